"""Who did what: the subject, the verb as written and the object of each action.

A clause's subject is the agency at its head (其中区综合执法局对…); a clause
without one keeps the subject of the clause before it in the same sentence,
and a sentence without any belongs to the reporting body. The verb is the
nearest action verb before the object in its clause (or after it: 《…》执法检查,
…会议上作典型发言).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp.text import doc_text, split_top_level
from kg.resources import alternation, table, word_list

OBJECT_KEYS = ("regulation", "program", "award", "event")
_HEAD_LEAD = re.compile(r"^(?:其中|由|经|并|同时|另外|此外|全年|今年|目前|一是|二是|三是|四是|五是|六是)?$")
_SUBPART = "其中"
_JOINER = re.compile(r"^[、和与及同]$")


@dataclass
class Action:
    """One extracted action; ``agent`` None means the reporting body."""

    verb: str
    verb_start: int
    sentence: Span
    agent: Span | None = None
    object: Span | None = None
    measures: list[Span] = field(default_factory=list)
    recipient: Span | None = None


@cache
def _verb_pattern() -> re.Pattern[str]:
    award_verbs = tuple(row["verb"] for row in table("award_verbs.tsv"))
    return re.compile(alternation(word_list("action_verbs.txt") + word_list("agency_object_verbs.txt") + award_verbs))


@cache
def _agency_object_verbs() -> frozenset[str]:
    return frozenset(word_list("agency_object_verbs.txt"))


class _Sorted:
    """Items sorted by start offset, sliced by a character range with bisection."""

    def __init__(self, items: list, key) -> None:
        self.items = sorted(items, key=key)
        self.keys = [key(item) for item in self.items]

    def between(self, start: int, end: int) -> list:
        return self.items[bisect.bisect_left(self.keys, start):bisect.bisect_left(self.keys, end)]


def _outermost(objects: list[Span]) -> list[Span]:
    """Objects not inside a longer one; a programme inside an event stays (专项行动 in its 启动仪式)."""
    ordered = sorted(objects, key=lambda o: (o.start, -len(o)))
    out, open_spans = [], []
    for obj in ordered:
        open_spans = [p for p in open_spans if p.end > obj.start]
        if any(p.end >= obj.end and len(p) > len(obj) and p.label_ != "Program" for p in open_spans):
            continue
        out.append(obj)
        open_spans.append(obj)
    return out


def _groups(doc: Doc) -> list[list[Span]]:
    """Sentences grouped so that a subject carries over a semicolon but not a full stop."""
    groups: list[list[Span]] = [[]]
    for sent in doc.sents:
        if not sent.text.strip():
            continue
        groups[-1].append(sent)
        if not sent.text.rstrip().endswith(";"):
            groups.append([])
    return [g for g in groups if g]


class ActionExtractor:
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        entity_spans = [s for key in (*OBJECT_KEYS, "agency") for s in doc.spans.get(key, [])]
        covered = bytearray(len(text))
        for span in entity_spans:
            covered[span.start_char:span.end_char] = b"\x01" * (span.end_char - span.start_char)
        agencies = list(doc.spans.get("agency", []))
        objects = _outermost([s for key in OBJECT_KEYS for s in doc.spans.get(key, [])])
        # A verb before 的 modifies a noun (新修订的《…》, 印发的方案): it is not the action.
        verbs = [m for m in _verb_pattern().finditer(text) if text[m.end():m.end() + 1] != "的" and not covered[m.start()]]
        by_start = {
            "agencies": _Sorted(agencies, lambda a: a.start_char),
            "objects": _Sorted(objects, lambda o: o.start_char),
            "verbs": _Sorted(verbs, lambda v: v.start()),
            "measures": _Sorted(list(doc.spans.get("measure", [])), lambda m: m.start_char),
        }
        actions: list[Action] = []
        for group in _groups(doc):
            carried: Span | None = None
            for sent in group:
                # Each sentence sees only its own spans: scanning every span per clause is quadratic.
                local = {k: v.between(sent.start_char, sent.end_char) for k, v in by_start.items()}
                carried = self._sentence(text, sent, local["agencies"], local["objects"], local["verbs"],
                                         measures=local["measures"], carried=carried, actions=actions)
        doc._.actions = actions
        return doc

    def _sentence(self, text: str, sent: Span, agencies: list[Span], objects: list[Span], verbs: list[re.Match[str]],
                  measures: list[Span], carried: Span | None, actions: list[Action]) -> Span | None:
        implicit: list[Action] = []
        sent_text = text[sent.start_char:sent.end_char]
        for c_start, c_end in split_top_level(sent_text, ",:"):
            start, end = sent.start_char + c_start, sent.start_char + c_end
            clause_verbs = [v for v in verbs if start <= v.start() < end]
            first_verb = clause_verbs[0].start() if clause_verbs else end
            heads = self._heads(text, agencies, start, first_verb)
            head_objects = [o for o in objects if o.start_char == start or (start < o.start_char and not text[start:o.start_char].strip())]
            partners: list[Span] = []
            if heads:
                subject = heads[0]
                carried = subject
                partners = heads[1:]
            elif head_objects:
                subject = None
            else:
                subject = carried
            clause_actions: list[Action] = []
            for obj in (o for o in objects if start <= o.start_char < end):
                if obj in head_objects and obj.label_ != "Award":
                    continue
                verb = self._verb_for(obj, clause_verbs, subject)
                if verb is None:
                    continue
                action = Action(verb.group(), verb.start(), sent, agent=subject, object=obj)
                if obj.label_ == "Award":
                    action.recipient = subject or (head_objects[0] if head_objects else None)
                clause_actions.append(action)
            for partner in partners:
                # 县检察院与县司法局会签《…》: each body that acts together is an agent of the action.
                clause_actions.extend(Action(a.verb, a.verb_start, a.sentence, agent=partner, object=a.object)
                                      for a in list(clause_actions) if a.agent is subject and a.object is not None)
            for other in (a for a in agencies if start <= a.start_char < end and a is not subject and a not in partners):
                before = [v for v in clause_verbs if v.end() <= other.start_char and v.group() in _agency_object_verbs()]
                if before and (subject is None or before[-1].start() >= subject.end_char):
                    clause_actions.append(Action(before[-1].group(), before[-1].start(), sent, agent=subject, object=other))
            for measure in (m for m in measures if start <= m.start_char < end):
                owner = next((a for a in reversed(clause_actions) if a.verb_start < measure.start_char), None)
                if owner is None:
                    verb = next((v for v in reversed(clause_verbs) if v.end() <= measure.start_char), None)
                    if verb is None:
                        continue
                    owner = Action(verb.group(), verb.start(), sent, agent=subject)
                    clause_actions.append(owner)
                owner.measures.append(measure)
            if heads and text[start:heads[0].start_char].strip() == _SUBPART:
                actions.extend(Action(a.verb, a.verb_start, a.sentence, agent=heads[0], object=a.object)
                               for a in implicit if a.object is not None)
            implicit.extend(a for a in clause_actions if a.agent is None)
            actions.extend(clause_actions)
        return carried

    @staticmethod
    def _heads(text: str, agencies: list[Span], start: int, first_verb: int) -> list[Span]:
        """The agency at the head of a clause and those joined to it (市委、市政府印发…)."""
        before = [a for a in agencies if start <= a.start_char < first_verb]
        first = next((a for a in before if _HEAD_LEAD.match(text[start:a.start_char].strip())), None)
        if first is None:
            return []
        heads = [first]
        for nxt in before[before.index(first) + 1:]:
            if not _JOINER.match(text[heads[-1].end_char:nxt.start_char]):
                break
            heads.append(nxt)
        return heads

    @staticmethod
    def _verb_for(obj: Span, clause_verbs: list[re.Match[str]], subject: Span | None) -> re.Match[str] | None:
        if obj.label_ == "Award" and obj._.fz and obj._.fz.get("verb"):
            verb = next((v for v in clause_verbs if v.start() == obj._.fz["verb_start"]), None)
            if verb:
                return verb
        floor = subject.end_char if subject is not None and subject.end_char <= obj.start_char else -1
        before = [v for v in clause_verbs if floor <= v.start() and v.end() <= obj.start_char]
        if before:
            return before[-1]
        return next((v for v in clause_verbs if v.start() >= obj.end_char), None)


@Language.factory("fazhi_actions")
def make_action_extractor(nlp: Language, name: str) -> ActionExtractor:
    return ActionExtractor()
