"""Who did what: the subject, the verb as written and the object of each action.

A clause's subject is the agency at its head (其中区综合执法局对…); a clause
without one keeps the subject of the clause before it in the same sentence,
and a sentence without any belongs to the reporting body. The verb is the
nearest action verb before the object in its clause (or after it: 《…》执法检查,
…会议上作典型发言).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp.text import split_top_level
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
        entity_spans = [s for key in (*OBJECT_KEYS, "agency") for s in doc.spans.get(key, [])]
        agencies = list(doc.spans.get("agency", []))
        objects = [s for key in OBJECT_KEYS for s in doc.spans.get(key, [])]
        objects = [o for o in objects if not any(p is not o and p.start <= o.start and o.end <= p.end and len(p) > len(o) and p.label_ != "Program" for p in objects)]
        text = doc.text  # Doc.text joins every token: read it once
        verbs = [m for m in _verb_pattern().finditer(text)
                 if not any(s.start_char <= m.start() < s.end_char for s in entity_spans)]
        actions: list[Action] = []
        measures = list(doc.spans.get("measure", []))
        for group in _groups(doc):
            carried: Span | None = None
            for sent in group:
                carried = self._sentence(text, sent, agencies, objects, verbs, measures=measures,
                                         carried=carried, actions=actions)
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
