"""A big merged graph made from the reference report, for the browser test and bench/viz_large.py.

Each copy gets its own report id, year, district code and place name
(城阳 -> 城阳7), so its district-level agencies, programmes and events are
new nodes, while provincial, municipal and national ones stay shared, as in a
real merged graph.
"""
from __future__ import annotations

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import XSD

from kg.graph import iri
from kg.graph.build import new_dataset

DISTRICT, PLACE, REPORT = "370214", "城阳", "chengyang-2024"


def replicate(source: Dataset, copies: int) -> Dataset:
    """``copies`` renamed copies of every triple that mentions the reference district or report."""
    out = new_dataset()
    triples = list(source.triples((None, None, None)))
    for i in range(copies):
        code, place, report = f"9{i:05d}", f"{PLACE}{i}", f"fake{i:03d}-{2020 + i % 5}"

        def rename(term: object) -> object:
            if isinstance(term, URIRef):
                return URIRef(str(term).replace(DISTRICT, code).replace(REPORT, report))
            if isinstance(term, Literal) and term.datatype == XSD.gYear:
                return Literal(str(2020 + i % 5), datatype=XSD.gYear)
            if isinstance(term, Literal) and isinstance(term.value, str):
                return Literal(str(term).replace(PLACE, place), lang=term.language, datatype=term.datatype)
            return term

        graph = out.graph(URIRef(str(iri.report(report))))
        for s, p, o in triples:
            graph.add((rename(s), rename(p), rename(o)))
    return out
