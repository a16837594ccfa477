"""Exports that other tools open: GraphML and GEXF for Gephi, CSV for spreadsheets, JSON-LD for the web.

GraphML, GEXF and CSV carry the property graph of ``kg.analytics.to_networkx`` (entities as nodes
with class, label and jurisdiction; actions as edges with verb, evidence, report and ``planned``,
which marks next year's plans), because that is what graph tools and spreadsheets understand. JSON-LD carries the whole RDF dataset, named
graphs included, compacted with :data:`JSONLD_CONTEXT` so that keys read ``label`` and ``verb``
rather than full IRIs. Every file is written atomically, and opens whatever the labels hold: characters
XML cannot carry are replaced in GraphML and GEXF, and CSV cells that a spreadsheet would run as a
formula are kept as text.
"""
from __future__ import annotations

import io
import re
from pathlib import Path

import networkx as nx
from rdflib import RDFS, XSD, Dataset
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.analytics import actions, entities, to_networkx
from kg.errors import Errors, KgError
from kg.graph.io import write_atomic
from kg.graph.namespace import FZ, ID

FORMATS = {"graphml": ".graphml", "gexf": ".gexf", "csv": ".csv", "jsonld": ".jsonld"}
"""Export format -> the suffix of its default file name."""

JSONLD_CONTEXT: dict[str, object] = {
    "fz": str(FZ._NS), "id": str(ID), "rdfs": str(RDFS), "xsd": str(XSD), "prov": str(PROV),
    "skos": str(SKOS), "dcterms": str(DCTERMS),
    "label": {"@id": "rdfs:label", "@language": "zh"},
    "verb": {"@id": "fz:verb", "@language": "zh"},
    "text": "fz:text",
    "agent": {"@id": "fz:agent", "@type": "@id"},
    "object": {"@id": "fz:object", "@type": "@id"},
    "evidence": {"@id": "fz:evidence", "@type": "@id"},
    "jurisdiction": {"@id": "fz:jurisdiction", "@type": "@id"},
    "district": {"@id": "fz:district", "@type": "@id"},
    "year": {"@id": "fz:year", "@type": "xsd:gYear"},
    "code": "fz:code",
    "derivedFrom": {"@id": "prov:wasDerivedFrom", "@type": "@id"},
}
"""Short keys for the terms a reader of the JSON-LD meets most; the rest stay ``fz:``-prefixed."""

NODE_COLUMNS = ["id", "class", "label", "jurisdiction", "jurisdiction_code"]
EDGE_COLUMNS = ["source", "target", "source_label", "target_label", "verb", "evidence", "report", "district",
                "year", "planned", "action"]


def export(dataset: Dataset, fmt: str, out: str | Path) -> list[Path]:
    """Write ``dataset`` as ``fmt`` (graphml, gexf, csv or jsonld) and return the files written.

    ``csv`` writes two files beside ``out``: ``STEM-nodes.csv`` and ``STEM-edges.csv``.

    Raises:
        KgError: ``fmt`` is not one of :data:`FORMATS`.
    """
    out = Path(out)
    if fmt not in FORMATS:
        raise KgError(Errors.E054, fmt=fmt, formats=", ".join(FORMATS))
    if fmt == "csv":
        return write_csv(dataset, out)
    if fmt == "jsonld":
        write_atomic(out, jsonld(dataset).encode("utf-8"))
        return [out]
    buffer = io.BytesIO()
    writer = nx.write_graphml if fmt == "graphml" else nx.write_gexf
    writer(xml_safe(to_networkx(dataset, plans=True)), buffer)
    write_atomic(out, buffer.getvalue())
    return [out]


# What XML 1.0 cannot hold at all, even escaped: most C0 controls, surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``graph`` with each character XML cannot hold in its text attributes replaced by U+FFFD.

    networkx writes such a character as it is: GEXF came out malformed and GraphML failed.
    """
    def clean(attrs: dict) -> None:
        for key, value in attrs.items():
            if isinstance(value, str):
                attrs[key] = _NOT_XML.sub("\ufffd", value)

    for _, attrs in graph.nodes(data=True):
        clean(attrs)
    for _, _, attrs in graph.edges(data=True):
        clean(attrs)
    return graph


def write_csv(dataset: Dataset, out: Path) -> list[Path]:
    """Nodes and edges as two UTF-8 CSV files whose headers Gephi's spreadsheet import recognises."""
    stem = out.with_suffix("") if out.suffix.lower() == ".csv" else out
    nodes = entities(dataset)
    known = set(nodes["id"])
    labels = dict(zip(nodes["id"], nodes["label"]))
    edges = actions(dataset, plans=True)
    edges = edges[edges["agent"].isin(known) & edges["target"].isin(known)].rename(columns={"agent": "source"})
    edges = edges.assign(source_label=edges["source"].map(labels), target_label=edges["target"].map(labels))
    paths = [stem.parent / f"{stem.name}-nodes.csv", stem.parent / f"{stem.name}-edges.csv"]
    for path, frame, columns in ((paths[0], nodes, NODE_COLUMNS), (paths[1], edges, EDGE_COLUMNS)):
        write_atomic(path, frame[columns].map(spreadsheet_safe).to_csv(index=False).encode("utf-8"))
    return paths


def spreadsheet_safe(cell: object) -> object:
    """A text cell that a spreadsheet would run as a formula (``=HYPERLINK(…``, ``@SUM(…``, ``+cmd|…``)
    with an apostrophe before it, as OWASP advises, so that it is shown as text; other cells unchanged."""
    if isinstance(cell, str) and cell.startswith(("=", "+", "-", "@", "\t", "\r")):
        return "'" + cell
    return cell


def jsonld(dataset: Dataset) -> str:
    """The dataset as compacted JSON-LD with :data:`JSONLD_CONTEXT`; named graphs are kept."""
    return dataset.serialize(format="json-ld", context=JSONLD_CONTEXT, auto_compact=True, indent=2)
