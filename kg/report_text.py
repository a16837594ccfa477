"""Each report of a built graph read back as text: its sections, sentences, and what each sentence names.

``kg commitments`` and ``kg audit`` work on the wording of whole reports (plan clauses, headings,
characters per part), which the graph holds sentence by sentence. Four named queries read it
all in one pass each, whatever the store, and this module groups their rows by report.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import Dataset

from kg.errors import Errors, KgError
from kg.query import rows, run
from kg.store import GraphStore


@dataclass(frozen=True)
class Mention:
    """An entity or a measure named in a sentence; ``cls`` is the local name of its class."""

    entity: str
    cls: str
    label: str
    start: int
    end: int


@dataclass(frozen=True)
class Act:
    """An action stated by a sentence: its verb, what it acts on, and whether it is next year's plan."""

    verb: str
    start: int
    object: str | None
    object_label: str | None
    planned: bool


@dataclass
class Sentence:
    index: int
    start: int
    text: str
    path: str | None
    mentions: list[Mention] = field(default_factory=list)
    acts: list[Act] = field(default_factory=list)


@dataclass
class ReportText:
    """One report: who wrote it for which year, its headings by section path, and its sentences in order."""

    iri: str
    label: str
    district: str
    code: str
    year: int
    body: str
    body_label: str
    headings: dict[str, str] = field(default_factory=dict)  # path -> heading with its marker (一、…)
    sentences: list[Sentence] = field(default_factory=list)

    def section_chain(self, path: str | None) -> list[str]:
        """The section ``path`` and every section it lies in, outermost first: 1, 1.2, 1.2.3."""
        if not path:
            return []
        parts = path.split(".")
        return [".".join(parts[:n]) for n in range(1, len(parts) + 1)]


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def read_reports(target: Dataset | GraphStore) -> list[ReportText]:
    """Every report of the graph, ordered by district code and year."""
    reports: dict[str, ReportText] = {}
    for row in rows(run(target, "reports")):
        reports[row["report"]] = ReportText(
            iri=row["report"], label=row["label"], district=row["district"], code=row["code"], year=int(row["year"]),
            body=row["body"], body_label=row.get("bodyLabel", ""))
    if not reports:
        raise KgError(Errors.E048)
    for row in rows(run(target, "report-sections")):
        if row["report"] in reports:
            reports[row["report"]].headings[row["path"]] = row["label"]
    by_index: dict[tuple[str, int], Sentence] = {}
    for row in rows(run(target, "report-sentences")):
        report = reports.get(row["report"])
        if report is not None:
            sentence = Sentence(int(row["index"]), int(row["start"]), row["text"], row.get("path"))
            report.sentences.append(sentence)
            by_index[(row["report"], sentence.index)] = sentence
    seen: set[tuple[str, int, int, str]] = set()
    for row in rows(run(target, "sentence-mentions")):
        sentence = by_index.get((row["report"], int(row["index"])))
        key = (row["report"], int(row["start"]), int(row["end"]), row["entity"])
        if sentence is not None and key not in seen:
            seen.add(key)
            sentence.mentions.append(Mention(row["entity"], _local(row["class"]), row["label"], int(row["start"]), int(row["end"])))
    for row in rows(run(target, "sentence-actions")):
        sentence = by_index.get((row["report"], int(row["index"])))
        if sentence is not None:
            sentence.acts.append(Act(row["verb"], int(row["start"]), row.get("object"), row.get("objectLabel"),
                                     row.get("planned") == "true"))
    ordered = sorted(reports.values(), key=lambda r: (r.code, r.year, r.iri))
    for report in ordered:
        report.sentences.sort(key=lambda s: s.index)
    return ordered


def grouped_by_body(reports: list[ReportText]) -> dict[str, dict[int, ReportText]]:
    """Reporting body -> year -> report (the first, when a body has two reports of one year)."""
    bodies: dict[str, dict[int, ReportText]] = defaultdict(dict)
    for report in reports:
        bodies[report.body].setdefault(report.year, report)
    return bodies
