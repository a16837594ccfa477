"""The RDF terms every writer of a report's graph makes the same way, and where its triples go."""
from __future__ import annotations

from decimal import Decimal
from typing import Protocol

from rdflib import XSD, Literal, URIRef


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def decimal(value: Decimal) -> Literal:
    """A whole number as xsd:integer (80), any other as xsd:decimal (10.2).

    rdflib writes the decimal 80 as 80.0 and Oxigraph as 80, so a whole decimal would not
    read back as the same term from every store and format; integers and fractional
    decimals do.
    """
    if value == value.to_integral_value():
        return Literal(str(int(value)), datatype=XSD.integer)
    return Literal(format(value.normalize(), "f"), datatype=XSD.decimal)


class TripleSink(Protocol):
    """Where a report's triples go: an rdflib ``Graph``, or an ``NQuadsGraph`` that writes them as N-Quads."""

    def add(self, triple: tuple[URIRef, URIRef, URIRef | Literal]) -> object: ...


