"""Events: named meetings, conferences, trainings, forums and ceremonies.

An event name ends in an event noun (会议, 推进会, 培训班, 论坛, 仪式 …) and
starts after the clause break or the verb that introduces it (召开, 举办, 在 …).
Two events joined by 和 / 、 are split after the first event noun.
"""
from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.text import CJK, CLAUSE_BREAK, add_span, doc_text, enclosed, inside, protected_ranges
from kg.resources import alternation, word_list

_JOINERS = "和、及与"
_MIN_EVENT, _MAX_EVENT = 4, 60
_NOT_AFTER = re.compile(r"^(?:纪要|材料|制度|议题|内容)")
_LEVEL_WORD = re.compile(r"(?:全国|全省|全市|全区|全县|中央|省委|市委|区委|县委)$")


@cache
def _noun_pattern() -> re.Pattern[str]:
    return re.compile(alternation(word_list("event_nouns.txt")))


@cache
def _lead_pattern() -> re.Pattern[str]:
    return re.compile(alternation(word_list("event_lead_verbs.txt")))


def _start_after_lead(text: str, start: int, end: int, protected: list[tuple[int, int]]) -> int:
    leads = [m for m in _lead_pattern().finditer(text, start, end)
             if not inside(m.start(), protected) and not _LEVEL_WORD.search(text, start, m.start())]
    return leads[-1].end() if leads else start


class EventRecognizer:
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        protected = protected_ranges(text) + [(s - 1, e + 1) for s, e in enclosed(text, "“")]
        ends = [m for m in _noun_pattern().finditer(text) if not inside(m.start(), protected)]
        ends = [m for m in ends if not _NOT_AFTER.match(text[m.end():m.end() + 2])]
        clause_start = 0
        for m in ends:
            break_pos = max((text.rfind(ch, 0, m.start()) for ch in CLAUSE_BREAK), default=-1)
            # an event noun directly followed by a joiner and another event closes the first one
            start = max(break_pos + 1, clause_start if clause_start <= m.start() else 0)
            start = _start_after_lead(text, start, m.start(), protected)
            joined = max(text.rfind("和", start, m.start()), text.rfind("及", start, m.start()))
            if joined >= start and not _noun_pattern().search(text, start, joined):
                start = joined + 1  # 习近平法治思想和中央…会议: only what follows the last joiner is the meeting
            name = text[start:m.end()].strip(" 、")
            lead = len(text[start:m.end()]) - len(text[start:m.end()].lstrip(" 、"))
            if _MIN_EVENT <= len(name) <= _MAX_EVENT and re.search(rf"[{CJK}]", name):
                add_span(doc, "event", start + lead, m.end(), "Event")
            following = text[m.end():m.end() + 1]
            clause_start = m.end() + 1 if following and following in _JOINERS else 0
        longest: dict[int, object] = {}
        for span in doc.spans.get("event", []):
            if span.start not in longest or len(span) > len(longest[span.start]):
                longest[span.start] = span
        doc.spans["event"] = sorted(longest.values(), key=lambda s: s.start)
        return doc


@Language.factory("fazhi_events")
def make_event_recognizer(nlp: Language, name: str) -> EventRecognizer:
    return EventRecognizer()
