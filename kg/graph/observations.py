"""Measures typed with an indicator, as RDF Data Cube observations that line up across districts.

A measure node (``fz:Measure``) keeps the number as the sentence writes it; an observation
(``qb:Observation`` in the one data set ``ind:dataset``) says which indicator of the scheme it
gives, for which division and year, who reports it and where the sentence says so, so that
``kg indicators`` and SPARQL can compare places without reading free text.
"""
from __future__ import annotations

from rdflib import RDF, Literal, Namespace
from rdflib.namespace import PROV, SKOS, XSD

from kg.graph import iri
from kg.graph.terms import TripleSink, decimal
from kg.graph.namespace import FZ
from kg.indicators import Indicator, Reading, classify
from kg.records import Measure, ReportRecord

QB = Namespace("http://purl.org/linked-data/cube#")
IND = Namespace("https://w3id.org/fazhi-kg/id/indicator/")
DATASET = IND.dataset


def readings(record: ReportRecord) -> list[tuple[Measure, Reading]]:
    """Each measure of a report that gives an indicator, with its reading."""
    out = []
    for measure in record.measures:
        sentence = record.sentences[measure.mention.sentence]
        start = _offset_in(sentence.text, measure.mention.surface, measure.mention.start - sentence.start)
        if start is None:
            continue
        reading = classify(measure.value, measure.unit, measure.approximate, sentence.text, start,
                           start + len(measure.mention.surface))
        if reading is not None:
            out.append((measure, reading))
    return out


def _offset_in(text: str, surface: str, guess: int) -> int | None:
    """Where ``surface`` is in the sentence text, nearest to ``guess`` (the text drops soft line breaks)."""
    surface = surface.replace("\n", "").replace("\r", "")
    found = [m for m in range(len(text)) if text.startswith(surface, m)] if surface else []
    return min(found, key=lambda m: abs(m - guess)) if found else None


def write(g: TripleSink, record: ReportRecord) -> None:
    """One observation per typed measure of the report."""
    report = iri.report(record.id)
    described = set()
    agents = {(m.mention.start, m.mention.end): action.agent for action in record.actions for m in action.measures}
    for measure, reading in readings(record):
        mention = measure.mention
        node = iri.part(record.id, "observation", mention.start, mention.end)
        g.add((node, RDF.type, QB.Observation))
        g.add((node, QB.dataSet, DATASET))
        g.add((node, FZ.indicator, reading.indicator.iri))
        g.add((node, FZ.area, iri.division(record.division.code)))
        g.add((node, FZ.period, Literal(str(record.year), datatype=XSD.gYear)))
        measure_property = FZ.change if reading.change else FZ.value
        g.add((node, QB.measureType, measure_property))
        g.add((node, measure_property, decimal(reading.value)))
        g.add((node, FZ.unit, Literal(reading.unit)))
        g.add((node, FZ.approximate, Literal(reading.approximate)))
        g.add((node, FZ.reportedBy, iri.entity(*agents.get((mention.start, mention.end), record.reporting_body))))
        g.add((node, FZ.surface, Literal(mention.surface)))
        g.add((node, FZ.start, Literal(mention.start)))
        g.add((node, FZ.end, Literal(mention.end)))
        g.add((node, FZ.evidence, iri.part(record.id, "sentence", mention.sentence)))
        g.add((node, PROV.wasDerivedFrom, report))
        if reading.indicator not in described:  # the graph names its indicators, so a merged graph reads alone
            described.add(reading.indicator)
            _describe(g, reading.indicator)


def _describe(g: TripleSink, indicator: Indicator) -> None:
    g.add((indicator.iri, RDF.type, FZ.Indicator))
    g.add((indicator.iri, SKOS.inScheme, IND.scheme))
    g.add((indicator.iri, SKOS.notation, Literal(indicator.notation)))
    g.add((indicator.iri, SKOS.prefLabel, Literal(indicator.label, lang="zh")))
