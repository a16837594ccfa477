"""Does each report contain what the regulations prescribe, and how much of it is concrete?

Supervising offices and researchers check annual reports by hand against the 2019
《法治政府建设与责任落实督察工作规定》: article 24 prescribes four parts (``kg.report_parts``)
and article 25 publication before 1 April of the following year. The audit gives one row per
report and part: whether the part is present and under which heading, how concrete it is
(measures, named programmes and regulations per thousand characters), and how many of its
sentences other reports of the graph share almost word for word (MinHash over character
shingles, with datasketch's LSH index, so that a collection of reports is not compared pair by pair).
"""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import date

from datasketch import MinHash, MinHashLSH

from kg.report_parts import ARTICLE_ORDER, locate_parts, prescribed_parts, sentence_parts
from kg.report_text import ReportText

COLUMNS = ["report", "district", "year", "part", "label", "present", "heading", "chars", "measures_per_1k",
           "programs_per_1k", "regulations_per_1k", "boilerplate", "dated", "on_time"]
BOILERPLATE_MIN_CHARS = 20  # shorter sentences (一、主要举措和成效) are shared by every report and say nothing
BOILERPLATE_SIMILARITY = 0.9
_SHINGLE = 3
_PERMUTATIONS = 64
_DATE = re.compile(r"^(20\d{2})年(\d{1,2})月(\d{1,2})日$")
_PUBLISH_BY = (4, 1)  # month, day of the following year


def _minhash(text: str) -> MinHash:
    sketch = MinHash(num_perm=_PERMUTATIONS)
    for i in range(max(1, len(text) - _SHINGLE + 1)):
        sketch.update(text[i:i + _SHINGLE].encode("utf-8"))
    return sketch


def shared_sentences(reports: list[ReportText]) -> dict[str, set[int]]:
    """Report IRI -> indices of its sentences that another report of the graph repeats almost word for word."""
    index = MinHashLSH(threshold=BOILERPLATE_SIMILARITY, num_perm=_PERMUTATIONS)
    sketches = {}
    for report in reports:
        for sentence in report.sentences:
            if len(sentence.text) >= BOILERPLATE_MIN_CHARS:
                key = f"{report.iri}#{sentence.index}"
                sketches[key] = _minhash(sentence.text)
                index.insert(key, sketches[key])
    shared: dict[str, set[int]] = defaultdict(set)
    for key, sketch in sketches.items():
        report, sentence = key.rsplit("#", 1)
        if any(other.rsplit("#", 1)[0] != report for other in index.query(sketch)):
            shared[report].add(int(sentence))
    return shared


def dated(report: ReportText) -> date | None:
    """The date a report signs off with (2023年3月20日 on a line of its own), if it has one."""
    for sentence in reversed(report.sentences[-5:]):
        match = _DATE.match(sentence.text.strip())
        if match:
            try:
                return date(*(int(g) for g in match.groups()))
            except ValueError:
                return None
    return None


def _per_thousand(count: int, chars: int) -> str:
    return f"{1000 * count / chars:.1f}" if chars else ""


def audit(reports: list[ReportText]) -> list[dict[str, object]]:
    """One row per report and prescribed part."""
    shared = shared_sentences(reports)
    rows = []
    for report in reports:
        parts = locate_parts(report)
        signed = dated(report)
        on_time = "" if signed is None else ("yes" if signed < date(report.year + 1, *_PUBLISH_BY) else "no")
        owner = sentence_parts(report, parts)
        by_part = defaultdict(list)
        for sentence in report.sentences:
            by_part[owner[sentence.index]].append(sentence)
        for part in sorted(prescribed_parts(), key=lambda p: ARTICLE_ORDER.index(p.id)):
            sentences = by_part.get(part.id, []) if part.id in parts else []
            chars = sum(len(s.text) for s in sentences)
            named = defaultdict(set)
            for sentence in sentences:
                for mention in sentence.mentions:
                    named[mention.cls].add((mention.entity, mention.start))
            rows.append({
                "report": report.label, "district": report.district, "year": report.year, "part": part.id,
                "label": part.label, "present": "yes" if part.id in parts else "no",
                "heading": report.headings.get(parts.get(part.id, ""), ""), "chars": chars,
                "measures_per_1k": _per_thousand(len(named["Measure"]), chars),
                "programs_per_1k": _per_thousand(len(named["Program"]), chars),
                "regulations_per_1k": _per_thousand(len(named["Regulation"]), chars),
                "boilerplate": sum(1 for s in sentences if s.index in shared.get(report.iri, ())),
                "dated": signed.isoformat() if signed else "", "on_time": on_time,
            })
    return rows
