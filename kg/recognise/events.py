"""Events: named meetings, conferences, trainings, forums and ceremonies.

An event name ends in an event noun (会议, 推进会, 培训班, 论坛, 仪式 …) and
starts after the clause break or the verb that introduces it (召开, 举办, 在 …).
Two events joined by 和 / 、 are split after the first event noun.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from kg.recognise.mentions import EventMention, mentions
from kg.recognise.text import CJK, CLAUSE_BREAK, enclosed, inside, protected_ranges
from kg.resources import Words, alternation, words

_JOINERS = "和、及与"
_MIN_EVENT, _MAX_EVENT = 4, 60
_NOT_AFTER = re.compile(r"^(?:纪要|材料|制度|议题|内容)")
_LEVEL_WORD = re.compile(r"(?:全国|全省|全市|全区|全县|中央|省委|市委|区委|县委)$")


class EventRecognizer:
    """Adds an :class:`EventMention` per event name; of names that start at one place, the longest."""

    def __init__(self, nouns: Words, lead_verbs: Words) -> None:
        self.nouns = re.compile(alternation(words(nouns)))
        self.leads = re.compile(alternation(words(lead_verbs)))

    def _start_after_lead(self, text: str, start: int, end: int, protected: list[tuple[int, int]]) -> int:
        leads = [m for m in self.leads.finditer(text, start, end)
                 if not inside(m.start(), protected) and not _LEVEL_WORD.search(text, start, m.start())]
        return leads[-1].end() if leads else start

    def __call__(self, doc: Doc) -> Doc:
        found = mentions(doc)
        text = found.text
        protected = protected_ranges(text) + [(s - 1, e + 1) for s, e in enclosed(text, "“")]
        ends = [m for m in self.nouns.finditer(text) if not inside(m.start(), protected)]
        ends = [m for m in ends if not _NOT_AFTER.match(text[m.end():m.end() + 2])]
        longest: dict[int, EventMention] = {}
        clause_start = 0
        for m in ends:
            break_pos = max((text.rfind(ch, 0, m.start()) for ch in CLAUSE_BREAK), default=-1)
            # an event noun directly followed by a joiner and another event closes the first one
            start = max(break_pos + 1, clause_start if clause_start <= m.start() else 0)
            start = self._start_after_lead(text, start, m.start(), protected)
            joined = max(text.rfind("和", start, m.start()), text.rfind("及", start, m.start()))
            if joined >= start and not self.nouns.search(text, start, joined):
                start = joined + 1  # 习近平法治思想和中央…会议: only what follows the last joiner is the meeting
            name = text[start:m.end()].strip(" 、")
            lead = len(text[start:m.end()]) - len(text[start:m.end()].lstrip(" 、"))
            if _MIN_EVENT <= len(name) <= _MAX_EVENT and re.search(rf"[{CJK}]", name) and name.strip():
                event = EventMention(start + lead, m.end(), text[start + lead:m.end()])
                if event.start not in longest or len(event) > len(longest[event.start]):
                    longest[event.start] = event
            following = text[m.end():m.end() + 1]
            clause_start = m.end() + 1 if following and following in _JOINERS else 0
        found.keep("Event", longest.values())
        return doc


@Language.factory("fazhi_events", default_config={"nouns": "event_nouns.txt", "lead_verbs": "event_lead_verbs.txt"},
                  assigns=["doc._.mentions"])
def make_event_recognizer(nlp: Language, name: str, nouns: Words, lead_verbs: Words) -> EventRecognizer:
    return EventRecognizer(nouns, lead_verbs)
