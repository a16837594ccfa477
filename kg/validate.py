"""SHACL validation of a graph against ``ontology/shapes.ttl`` (pySHACL)."""
from __future__ import annotations

from pyshacl import validate as shacl_validate
from rdflib import Dataset, Graph

from kg.graph.ontology import ONTOLOGY_FILE, SHAPES_FILE


def validate(dataset: Dataset) -> tuple[bool, str]:
    """``(conforms, report text)``; the ontology is given so that subclass targets work."""
    data = Graph()
    for triple in dataset.triples((None, None, None)):
        data.add(triple)
    conforms, _, text = shacl_validate(
        data, shacl_graph=Graph().parse(SHAPES_FILE), ont_graph=Graph().parse(ONTOLOGY_FILE),
        inference="none", abort_on_first=False, allow_warnings=True)
    return bool(conforms), str(text)
