"""The kinds of entity the graph holds, named once for every module and query.

Each :class:`EntityType` says how one kind is written everywhere: its key in the
records and mentions (``Agency``), its class in the ontology (``fz:Agency``), the
path segment of its IRIs (``agency``), its Chinese name and how the view draws it.
Recognition, the records, the graph writer, the queries, analytics, evaluation and
the view all read this table, so a new kind is added here and nowhere else.

    >>> ENTITY_TYPES["Regulation"].path
    'regulation'
    >>> [t.key for t in SCORED_TYPES]
    ['Agency', 'Regulation', 'Program', 'Award', 'Event']
    >>> by_class(FZ.AdministrativeDivision).key
    'Place'
"""
from __future__ import annotations

from dataclasses import dataclass

from rdflib import URIRef

from kg.graph.namespace import FZ


@dataclass(frozen=True)
class EntityType:
    """One kind of entity: its key, ontology class, IRI segment, Chinese name and drawing style."""

    key: str
    cls: URIRef
    path: str
    name: str
    colour: str
    shape: str
    symbol: str  # the shape as a character, for the view's legend
    acted_on: bool  # whether an action can take it as its object (every kind but places)


_TYPES = (
    EntityType("Agency", FZ.Agency, "agency", "机构", "#1f77b4", "dot", "●", True),
    EntityType("Regulation", FZ.Regulation, "regulation", "法规文件", "#d62728", "square", "■", True),
    EntityType("Program", FZ.Program, "program", "工作举措", "#2ca02c", "triangle", "▲", True),
    EntityType("Award", FZ.Award, "award", "荣誉", "#ff7f0e", "star", "★", True),
    EntityType("Event", FZ.Event, "event", "会议活动", "#9467bd", "diamond", "◆", True),
    EntityType("Place", FZ.AdministrativeDivision, "division", "行政区划", "#7f7f7f", "hexagon", "⬢", False),
)

ENTITY_TYPES: dict[str, EntityType] = {t.key: t for t in _TYPES}
"""Every kind, by key, in drawing and reporting order."""

SCORED_TYPES: tuple[EntityType, ...] = tuple(t for t in _TYPES if t.key != "Place")
"""The kinds a report names for itself (places come from the gazetteer): the ones scored and counted."""

OBJECT_TYPES: tuple[EntityType, ...] = tuple(t for t in SCORED_TYPES if t.key != "Agency")
"""The kinds recognised as what an action is done to (an agency object is found apart, after 会同, 指导 …)."""

_BY_CLASS = {t.cls: t for t in _TYPES}


def by_class(cls: URIRef) -> EntityType | None:
    """The kind whose ontology class is ``cls``, or None for any other class."""
    return _BY_CLASS.get(cls)


def sparql_values(types: tuple[EntityType, ...] = SCORED_TYPES) -> str:
    """The classes of ``types`` as the body of a SPARQL ``VALUES`` block (``fz:Agency fz:Regulation …``)."""
    return " ".join(f"fz:{t.cls.removeprefix(str(FZ._NS))}" for t in types)
