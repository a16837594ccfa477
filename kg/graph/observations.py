"""Measures typed with an indicator, as RDF Data Cube observations that line up across districts.

A measure node (``fz:Measure``) keeps the number as the sentence writes it; an observation
(``qb:Observation`` in the one data set ``ind:dataset``) says which indicator of the scheme it
gives, for which division and year, who reports it and where the sentence says so, so that
``kg indicators`` and SPARQL can compare places without reading free text.
"""
from __future__ import annotations

from rdflib import RDF, Namespace
from rdflib.namespace import PROV, SKOS

from kg.graph import iri
from kg.graph.namespace import FZ
from kg.graph.terms import BOOLEAN, G_YEAR, INTEGER, Terms, TripleSink, boolean, decimal
from kg.indicators import Indicator, Reading, classify
from kg.records import Measure, ReportRecord

QB = Namespace("http://purl.org/linked-data/cube#")
IND = Namespace("https://w3id.org/fazhi-kg/id/indicator/")
DATASET = IND.dataset
_DATASET = str(DATASET)
_QB, _FZ, _RDF, _SKOS, _PROV = Terms(QB), Terms(FZ), Terms(RDF), Terms(SKOS), Terms(PROV)


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
    found = []
    at = text.find(surface) if surface else -1
    while at >= 0:  # every occurrence, overlapping ones too
        found.append(at)
        at = text.find(surface, at + 1)
    return min(found, key=lambda m: abs(m - guess)) if found else None


def write(g: TripleSink, record: ReportRecord, report: str, part: iri.Parts) -> None:
    """One observation per typed measure of the report (``report`` its IRI, ``part`` its nodes' IRIs)."""
    fz = _FZ
    described = set()
    agents = {(m.mention.start, m.mention.end): action.agent for action in record.actions for m in action.measures}
    area, period = str(iri.division(record.division.code)), str(record.year)  # made once, not per observation
    for measure, reading in readings(record):
        mention = measure.mention
        node = part("observation", mention.start, mention.end)
        g.link(node, _RDF.type, _QB.Observation)
        g.link(node, _QB.dataSet, _DATASET)
        g.link(node, fz.indicator, str(reading.indicator.iri))
        g.link(node, fz.area, area)
        g.literal(node, fz.period, period, G_YEAR)
        measure_property = fz.change if reading.change else fz.value
        g.link(node, _QB.measureType, measure_property)
        g.literal(node, measure_property, *decimal(reading.value))
        g.literal(node, fz.unit, reading.unit)
        g.literal(node, fz.approximate, boolean(reading.approximate), BOOLEAN)
        g.link(node, fz.reportedBy, str(iri.entity(*agents.get((mention.start, mention.end), record.reporting_body))))
        g.literal(node, fz.surface, mention.surface)
        g.literal(node, fz.start, str(mention.start), INTEGER)
        g.literal(node, fz.end, str(mention.end), INTEGER)
        g.link(node, fz.evidence, part("sentence", mention.sentence))
        g.link(node, _PROV.wasDerivedFrom, report)
        if reading.indicator not in described:  # the graph names its indicators, so a merged graph reads alone
            described.add(reading.indicator)
            _describe(g, reading.indicator)


def _describe(g: TripleSink, indicator: Indicator) -> None:
    node = str(indicator.iri)
    g.link(node, _RDF.type, _FZ.Indicator)
    g.link(node, _SKOS.inScheme, str(IND.scheme))
    g.literal(node, _SKOS.notation, indicator.notation)
    g.zh(node, _SKOS.prefLabel, indicator.label)
