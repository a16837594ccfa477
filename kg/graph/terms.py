"""The RDF terms every writer of a report's graph makes the same way, and where its triples go.

A report's graph is over a thousand triples, written once per report for every report of a
collection, so the writer deals in plain strings: IRIs as ``str``, literals as their lexical
form and datatype. Making an rdflib term for each (a ``Literal`` checks and normalises its value,
a ``DefinedNamespace`` checks every attribute against the ontology) cost more than all the rest of
writing the graph. ``GraphSink`` turns the same calls into rdflib terms, where an rdflib
``Graph`` is wanted; ``kg.graph.nquads.NQuadsGraph`` writes them straight as N-Quads lines.
"""
from __future__ import annotations

from decimal import Decimal
from typing import Protocol

from rdflib import XSD, Graph, Literal, URIRef
from rdflib.namespace import Namespace

INTEGER, BOOLEAN, DECIMAL, G_YEAR = str(XSD.integer), str(XSD.boolean), str(XSD.decimal), str(XSD.gYear)


class TripleSink(Protocol):
    """Where a report's triples go, one call per triple, by the kind of its object."""

    def link(self, s: str, p: str, o: str) -> None:
        """A triple whose object is an IRI."""

    def literal(self, s: str, p: str, lexical: str, datatype: str | None = None) -> None:
        """A triple whose object is a literal of ``datatype`` (a plain string without one)."""

    def zh(self, s: str, p: str, text: str) -> None:
        """A triple whose object is Chinese text (a literal tagged ``@zh``)."""


class Terms:
    """A namespace's terms as plain strings, each looked up in the namespace (and checked) once."""

    def __init__(self, namespace: Namespace | type) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        value = str(getattr(self._namespace, name))
        setattr(self, name, value)  # found in the instance from now on, without reaching __getattr__
        return value


def boolean(value: bool) -> str:
    """An ``xsd:boolean``'s lexical form, as rdflib writes ``Literal(value)``."""
    return "true" if value else "false"


def decimal(value: Decimal) -> tuple[str, str]:
    """A whole number as xsd:integer (80), any other as xsd:decimal (10.2): lexical form and datatype.

    rdflib writes the decimal 80 as 80.0 and Oxigraph as 80, so a whole decimal would not
    read back as the same term from every store and format; integers and fractional
    decimals do.
    """
    if value == value.to_integral_value():
        return str(int(value)), INTEGER
    return format(value.normalize(), "f"), DECIMAL


class GraphSink:
    """An rdflib ``Graph`` as a ``TripleSink``: each call made into rdflib terms and added."""

    def __init__(self, graph: Graph) -> None:
        self._graph = graph

    def link(self, s: str, p: str, o: str) -> None:
        self._graph.add((URIRef(s), URIRef(p), URIRef(o)))

    def literal(self, s: str, p: str, lexical: str, datatype: str | None = None) -> None:
        self._graph.add((URIRef(s), URIRef(p), Literal(lexical, datatype=URIRef(datatype) if datatype else None)))

    def zh(self, s: str, p: str, text: str) -> None:
        self._graph.add((URIRef(s), URIRef(p), Literal(text, lang="zh")))
