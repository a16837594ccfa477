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
    """The prescribed parts, as ``resources/report_parts.tsv`` lists them (``ARTICLE_ORDER`` is the regulations' order)."""
    plan_words = alternation(word_list("plan_headings.txt"))
    parts = []
    for row in table("report_parts.tsv"):
        cues = row["cues"] + (f"|{plan_words}" if row["part"] == PLAN else "")
        parts.append(Part(row["part"], row["label"], re.compile(cues)))
    return tuple(parts)


def parts_of_heading(heading: str, year: int) -> tuple[str, ...]:
    """The prescribed parts a heading announces, in the regulations' order: one as a rule, two in
    a combined heading (三、存在的问题及下一步工作打算). A first-responsible heading announces that
    part alone, since it goes on to name what the duty served (…职责,加强法治政府建设的情况); the
    measures only when no other part is announced, since plans have measures too (下一步工作措施)."""
    if re.match(rf"\D{{0,4}}(?:{year + 1}|{year + 2})年", heading):
        return (PLAN,)
    matched = {p.id for p in prescribed_parts() if p.cues.search(heading)}
    if FIRST_RESPONSIBLE in matched:
        return (FIRST_RESPONSIBLE,)
    others = tuple(part for part in ARTICLE_ORDER if part in matched and part != MEASURES)
    return others or ((MEASURES,) if MEASURES in matched else ())


def locate_parts(report: ReportText) -> dict[str, str]:
    """Part id -> the path of the section that holds it; a part with no section is left out.

    The shallowest heading wins, and a heading inside a part's section does not start another
    part: (三)完善普法计划 under 一、主要举措和成效 is not the plan. A section that holds two
    parts is the exception: its subsections (一)存在的问题 and (二)下一步打算 take them apart.
    """
    found: dict[str, str] = {}
    taken: set[str] = set()
    together: dict[str, tuple[str, ...]] = {}  # a section that announced several parts -> those parts
    for path in sorted(report.headings, key=lambda p: (p.count("."), [int(n) for n in p.split(".")])):
        announced = parts_of_heading(report.headings[path], report.year)
        holders = [s for s in report.section_chain(path)[:-1] if s in taken]
        if holders:
            for part in announced:
                if part in together.get(holders[-1], ()) and found[part] == holders[-1]:
                    found[part] = path
                    taken.add(path)
            continue
        new = tuple(part for part in announced if part not in found)
        for part in new:
            found[part] = path
            taken.add(path)
        if len(new) > 1:
            together[path] = new
    if MEASURES not in found:
        themed = _themed_measures(report, taken)
        if themed:
            found[MEASURES] = themed
    return found


def _themed_measures(report: ReportText, taken: set[str]) -> str | None:
    """The first top-level section outside the other parts whose sentences state done actions."""
    for sentence in report.sentences:
        chain = report.section_chain(sentence.path)
        if chain and not any(p in taken for p in chain) and any(not a.planned for a in sentence.acts):
            return chain[0]
    return None


def sentence_parts(report: ReportText, parts: dict[str, str]) -> dict[int, str | None]:
    """Sentence index -> the located part it belongs to, if any.

    A sentence belongs to the part of the innermost section that holds one. In a section that
    holds two parts with no subsections to tell them apart, the plan begins at the first sentence
    that turns to the coming year near its start (下一步, 针对上述问题,今后…, 2024年…): reports
    state the problems first. A part whose section is its heading alone goes on over the
    sections after it that hold no part: published reports misnumber their subsections
    (一、2022年法治政府建设主要措施 followed by 一、强化领导责任 and 二、…).
    """
    owners: dict[str, list[str]] = {}
    for part in ARTICLE_ORDER:
        if part in parts:
            owners.setdefault(parts[part], []).append(part)
    turn = re.compile(rf"^[^。;]{{0,12}}?(?:下一步|今后|明年|新的一年|{report.year + 1}年)")
    headings = set(report.headings.values())  # 二、存在的问题及下一步打算 itself does not turn
    planning: set[str] = set()
    bare = set(owners) - {s for sentence in report.sentences if sentence.text not in headings
                          for s in report.section_chain(sentence.path)}
    carried: str | None = None  # the part of a bare section, until another top-level part begins
    out: dict[int, str | None] = {}
    for sentence in report.sentences:
        section = next((p for p in reversed(report.section_chain(sentence.path)) if p in owners), None)
        held = owners.get(section, [])
        if len(held) > 1 and PLAN in held:
            if turn.match(sentence.text) and sentence.text not in headings:
                planning.add(section)
            out[sentence.index] = PLAN if section in planning else held[0]
        elif held:
            out[sentence.index] = held[0]
        else:
            out[sentence.index] = carried if sentence.path else None
        if held and "." not in section:  # a part nested in the carried sections does not end them
            carried = held[-1] if section in bare else None
    return out
