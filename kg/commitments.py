"""Next year's plans held against next year's report: was each promise kept?

Every report ends with the coming year's plan, and the same body's next report says what it
did. Each clause of the plan that promises something (a verb of ``plan_verbs.txt``,
``action_verbs.txt`` or ``program_verbs.txt``, or a named programme, regulation or event) is a
commitment. It is matched against the following year's report in two steps, and the reason
is always given, never merged silently:

1. **Canonical entities.** A programme, regulation, event or award the clause names is the
   same node in both years' graphs. Acted on outside the next report's plan and shortcomings,
   the commitment is ``done``; only named, it is ``mentioned``.
2. **Wording.** Otherwise the clause's wording after its verb is compared with every clause of
   the next report: the share of its character pairs found there, each pair weighted by how
   rare it is across the graph's reports (so that 法治政府建设 matches little and 包容审慎监管
   much). A clause above ``THRESHOLD`` with a verb, outside the plan and shortcomings, makes
   it ``done``; above it elsewhere, ``mentioned``; below, the commitment is ``missing``.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from kg.errors import Errors, KgError
from kg.report_parts import PLAN, SHORTCOMINGS, locate_parts, sentence_parts
from kg.report_text import Mention, ReportText, Sentence, grouped_by_body
from kg.resources import alternation, word_list

COLUMNS = ["district", "body", "year", "item", "entities", "status", "reason", "evidence", "next_year", "next_evidence"]
THRESHOLD = 0.6
NAMED = {"Program", "Regulation", "Event", "Award"}  # agencies and places are who and where, not what was promised

_CLAUSE_END = re.compile(r"[,;:。!?]")
_SUBJECT = re.compile(r"^[^,;:]{1,12}?(?:将|要|拟)")  # 城阳区将…, 我局将…


@cache
def _verb_pattern() -> re.Pattern[str]:
    verbs = word_list("plan_verbs.txt") + word_list("action_verbs.txt") + word_list("program_verbs.txt")
    return re.compile(alternation(verbs))


@dataclass(frozen=True)
class Clause:
    """A stretch of a sentence between punctuation, with the entities named in it."""

    sentence: Sentence
    text: str
    start: int  # offset in the sentence
    named: tuple[Mention, ...]

    @property
    def verb(self) -> re.Match[str] | None:
        return _verb_pattern().search(self.text)

    @property
    def wording(self) -> str:
        """What is promised: the clause after its first verb, or the whole clause when that is too short."""
        verb = self.verb
        rest = self.text[verb.end():] if verb else self.text
        return rest if len(rest) >= 4 else self.text


def clauses(sentence: Sentence) -> list[Clause]:
    out, pos = [], 0
    for stop in [m.start() for m in _CLAUSE_END.finditer(sentence.text)] + [len(sentence.text)]:
        text = sentence.text[pos:stop].strip()
        if text:
            lo, hi = sentence.start + pos, sentence.start + stop
            named = tuple(m for m in sentence.mentions if m.cls in NAMED and lo <= m.start < hi)
            out.append(Clause(sentence, text, pos, named))
        pos = stop + 1
    return out


def plan_items(report: ReportText) -> list[Clause]:
    """The clauses of the report's plan part that promise something, in reading order."""
    owner = sentence_parts(report, locate_parts(report))
    items = []
    for sentence in report.sentences:
        if owner[sentence.index] != PLAN or sentence.text in report.headings.values():
            continue
        for clause in clauses(sentence):
            text = _SUBJECT.sub("", clause.text)
            if text.startswith("为") or not (clause.named or _verb_pattern().search(text)):
                continue
            items.append(Clause(sentence, text, clause.start + len(clause.text) - len(text), clause.named))
    return items


class Wording:
    """Weighted character-pair containment: how much of a plan's wording a clause of the next report repeats."""

    def __init__(self, texts: list[str]) -> None:
        frequency = Counter(pair for text in texts for pair in set(_pairs(text)))
        self._idf = {pair: math.log((1 + len(texts)) / (1 + n)) + 1 for pair, n in frequency.items()}
        self._default = math.log(1 + len(texts)) + 1

    def score(self, wording: str, clause: str) -> float:
        wanted = set(_pairs(wording))
        if not wanted:
            return 0.0
        found = set(_pairs(clause))
        weight = {pair: self._idf.get(pair, self._default) for pair in wanted}
        return sum(w for pair, w in weight.items() if pair in found) / sum(weight.values())


def _pairs(text: str) -> list[str]:
    text = re.sub(r"[\s“”‘’\"'《》()]", "", text)
    return [text[i:i + 2] for i in range(len(text) - 1)]


@dataclass(frozen=True)
class Verdict:
    status: str
    reason: str
    evidence: str = ""


class NextReport:
    """The year-Y+1 report as commitments are checked against it: its clauses, and which can show work done."""

    def __init__(self, report: ReportText) -> None:
        self.report = report
        self.owner = sentence_parts(report, locate_parts(report))
        self.doable = {index: part not in (PLAN, SHORTCOMINGS) for index, part in self.owner.items()}
        self.clauses = [c for s in report.sentences for c in clauses(s)]

    def states_done(self, clause: Clause) -> bool:
        """A clause with a verb, outside the plan and the shortcomings."""
        return self.doable[clause.sentence.index] and _verb_pattern().search(clause.text) is not None

    def in_plan(self, clause: Clause) -> bool:
        return self.owner[clause.sentence.index] == PLAN


def judge(item: Clause, following: NextReport, wording: Wording) -> Verdict:
    """``done``, ``mentioned`` or ``missing`` for one commitment, with the reason and next year's sentence."""
    named_only: Verdict | None = None
    for mention in item.named:
        for sentence in following.report.sentences:
            acted = [a for a in sentence.acts if a.object == mention.entity and not a.planned]
            if acted and following.doable[sentence.index]:
                return Verdict("done", f"same {mention.cls} {mention.label}: {acted[0].verb}", sentence.text)
            if named_only is None and any(m.entity == mention.entity for m in sentence.mentions):
                named_only = Verdict("mentioned", f"same {mention.cls} {mention.label}, named without an action", sentence.text)
    # The closest clause; of two as close, one that states work done.
    best = max(following.clauses, key=lambda c: (wording.score(item.wording, c.text), following.states_done(c)), default=None)
    score = wording.score(item.wording, best.text) if best is not None else 0.0
    if best is not None and score >= THRESHOLD:
        reason = f"wording {score:.0%} like «{best.text}»"
        if following.states_done(best):
            return Verdict("done", reason, best.sentence.text)
        if named_only is None:
            return Verdict("mentioned", f"{reason}, {'in the plan' if following.in_plan(best) else 'without an action'}",
                           best.sentence.text)
    if named_only is not None:
        return named_only
    closest = f" (closest {score:.0%}: «{best.text}»)" if best is not None and score > 0 else ""
    return Verdict("missing", f"no entity or wording of the plan in the {following.report.year} report{closest}")


def _matches(report: ReportText, district: str) -> bool:
    return district in (report.district, report.code)


def commitments(reports: list[ReportText], district: str | None = None) -> list[dict[str, object]]:
    """One row per plan item of every year-Y report whose body's year-Y+1 report is in the graph."""
    if district is not None and not any(_matches(r, district) for r in reports):
        known = "、".join(sorted({r.district for r in reports}))
        raise KgError(Errors.E046, value=district, known=known)
    wording = Wording([s.text for r in reports for s in r.sentences])
    rows = []
    paired = False
    for years in grouped_by_body(reports).values():
        for year, report in sorted(years.items()):
            following = years.get(year + 1)
            if following is None or (district is not None and not _matches(report, district)):
                continue
            paired = True
            checked = NextReport(following)
            for item in plan_items(report):
                verdict = judge(item, checked, wording)
                rows.append({
                    "district": report.district, "body": report.body_label, "year": report.year, "item": item.text,
                    "entities": "、".join(dict.fromkeys(m.label for m in item.named)), "status": verdict.status,
                    "reason": verdict.reason, "evidence": item.sentence.text, "next_year": following.year,
                    "next_evidence": verdict.evidence,
                })
    if not paired:
        raise KgError(Errors.E047)
    return rows
