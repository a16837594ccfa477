"""The parts every annual report must contain, found among its headings.

The 2019 《法治政府建设与责任落实督察工作规定》 (article 24) prescribes four parts for a
rule-of-law annual report: the year's main measures and results, the principal leaders'
performance of their duties as first persons responsible, shortcomings and their causes, and
next year's plan (``resources/report_parts.tsv``). Reports give each part its own numbered
heading in most cases; some write what was done under themed headings instead, so the measures
part is also found as the sections, outside the other parts, that state done actions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.report_text import ReportText
from kg.resources import alternation, table, word_list

PLAN = "plan"
SHORTCOMINGS = "shortcomings"
MEASURES = "measures"
FIRST_RESPONSIBLE = "first-responsible"
ARTICLE_ORDER = (MEASURES, SHORTCOMINGS, FIRST_RESPONSIBLE, PLAN)  # as article 24 lists them


@dataclass(frozen=True)
class Part:
    id: str
    label: str
    cues: re.Pattern[str]


@cache
def prescribed_parts() -> tuple[Part, ...]:
    """The prescribed parts, in the order a heading is tested against them (``ARTICLE_ORDER`` is the regulations')."""
    plan_words = alternation(word_list("plan_headings.txt"))
    parts = []
    for row in table("report_parts.tsv"):
        cues = row["cues"] + (f"|{plan_words}" if row["part"] == PLAN else "")
        parts.append(Part(row["part"], row["label"], re.compile(cues)))
    return tuple(parts)


def _part_of_heading(heading: str, year: int) -> str | None:
    if re.match(rf"\D{{0,4}}(?:{year + 1}|{year + 2})年", heading):
        return PLAN
    return next((p.id for p in prescribed_parts() if p.cues.search(heading)), None)


def locate_parts(report: ReportText) -> dict[str, str]:
    """Part id -> the path of the section that holds it; a part with no section is left out.

    The shallowest heading wins, and a heading inside a section already given to a part does
    not start another part: (三)完善普法计划 under 一、主要举措和成效 is not the plan.
    """
    found: dict[str, str] = {}
    taken: list[str] = []
    for path in sorted(report.headings, key=lambda p: (p.count("."), [int(n) for n in p.split(".")])):
        if any(path.startswith(t + ".") for t in taken):
            continue
        part = _part_of_heading(report.headings[path], report.year)
        if part is not None and part not in found:
            found[part] = path
            taken.append(path)
    if MEASURES not in found:
        themed = _themed_measures(report, taken)
        if themed:
            found[MEASURES] = themed
    return found


def _themed_measures(report: ReportText, taken: list[str]) -> str | None:
    """The first top-level section outside the other parts whose sentences state done actions."""
    for sentence in report.sentences:
        chain = report.section_chain(sentence.path)
        if chain and not any(p in taken for p in chain) and any(not a.planned for a in sentence.acts):
            return chain[0]
    return None


def part_of_sentence(report: ReportText, parts: dict[str, str], path: str | None) -> str | None:
    """Which located part a sentence of section ``path`` belongs to, if any."""
    owners = {section: part for part, section in parts.items()}
    return next((owners[p] for p in reversed(report.section_chain(path)) if p in owners), None)
