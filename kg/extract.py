"""From one report file to its ``ReportRecord``, stage by stage.

    read      kg.ingest     file -> text, normalised, with a map back to the original offsets
    layout    kg.layout     title, year, page chrome, sections, sentences, next year's plans
    locate    kg.locate     the division the report is about
    recognise kg.recognise  spaCy components -> typed mentions (agencies, regulations, …, actions)
    resolve   kg.resolve    canonical names and jurisdictions, the reporting body, short forms
    assemble  kg.assemble   entities and actions with their provenance -> ReportRecord

The record then goes to a writer (``kg.graph.build``). Each stage takes and returns
typed values; data flows one way.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from kg.assemble import Report, assemble
from kg.errors import Errors, InputError
from kg.graph.iri import report_id
from kg.ingest import normalise, read_source
from kg.layout import read_layout
from kg.locate import division_named, report_division, town_written
from kg.recognise import make_doc, pipeline, recognise_by_sentence
from kg.recognise.mentions import ReportContext
from kg.records import ReportRecord
from kg.resolve import Resolver, town_body

_TITLE_YEAR = re.compile(r"(?:关于)?(?:19|20)\d{2}年")

Clock = Callable[[str], AbstractContextManager]
"""Called with a stage's name around that stage's work: a benchmark passes a timer, everyone else nothing."""


def _untimed(stage: str) -> AbstractContextManager:
    return nullcontext()


def extract(path: str | Path, district: str | None = None, year: int | None = None,
            clock: Clock = _untimed) -> ReportRecord:
    """Every entity, action and measure of one report, with provenance.

    ``district`` (a name or GB/T 2260 code) and ``year`` say what the text does not; ``clock``
    is entered around each stage, by name (``bench/components.py`` times them so).
    """
    path = Path(path)
    with clock("read"):
        source = read_source(path)
        text = normalise(source.text)
    with clock("layout"):
        layout = read_layout(text)
    with clock("locate"):
        division = division_named(district) if district else report_division(layout)
    if division is None:
        raise InputError(path, Errors.E001)
    if not layout.about_rule_of_law():
        raise InputError(path, Errors.E077)
    year = year or layout.year
    if year is None:
        raise InputError(path, Errors.E003)

    nlp = pipeline()
    with clock("resolve: the reporting body"):
        resolver = Resolver(division)
        # a department writing about its own year names itself in the title, or, in a text with none, as the
        # subject of its first sentence (2024年,宜城街道在市委…的领导下…), which pages without a title open with
        heading = layout.title or next((s.text for s in layout.opening_sentences()), "")
        if heading:
            head = next((part for part in _TITLE_YEAR.split(heading) if part.strip()), "")  # 2024年某市司法局…
            title = make_doc(nlp, head, [0], ReportContext(division.code, division.name, division.level_char,
                                                           in_zone=division.level == "zone"))
            title = nlp.get_pipe("fazhi_agencies")(title)
            body = resolver.reporting_body_of(title._.mentions.of("Agency"), head)
            if body is None and division.level == "county" and (town := town_written(layout)):
                body = town_body(town)  # a street or town writes its own report
            resolver = resolver.with_body(body)
    context = resolver.context()
    with clock("recognise: make_doc"):
        doc = make_doc(nlp, layout.body, [s.start for s in layout.sentences], context)
    try:
        for name, stage in nlp.pipeline:
            with clock(f"recognise: {name}"):
                doc = stage(doc)
        found, skipped = doc._.mentions, []
    except Exception:  # noqa: BLE001 - retried sentence by sentence: only the sentences it fails on are lost
        with clock("recognise: sentence by sentence"):
            found, failed = recognise_by_sentence(nlp, layout.body, [(s.start, s.end) for s in layout.sentences],
                                                  context)
        skipped = [layout.sentences[n].index for n in failed]
    with clock("assemble"):
        return assemble(Report(report_id(division.code, year, resolver.writer), source, text, layout, year), resolver,
                        found, skipped)

