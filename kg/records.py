"""What extraction produces for one report, before it becomes RDF.

A ``ReportRecord`` carries everything a writer needs, so that writing the graph asks
nothing more of the gazetteer, the vocabularies or the text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from kg.layout import Section

EntityKey = tuple[str, str, str]
"""An entity's identity: its type key (``Agency``), jurisdiction (a GB/T 2260 code or ``cn``) and label."""


@dataclass(frozen=True)
class Mention:
    """Where an entity is written: sentence index and original character offsets."""

    sentence: int
    start: int
    end: int
    surface: str


@dataclass
class Entity:
    type: str  # a key of kg.model.ENTITY_TYPES
    label: str
    jurisdiction: str  # GB/T 2260 code, or "cn"
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    props: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> EntityKey:
        return self.type, self.jurisdiction, self.label


@dataclass(frozen=True)
class Measure:
    value: Decimal
    unit: str
    approximate: bool
    counts: str
    mention: Mention


@dataclass
class Action:
    agent: EntityKey
    verb: str
    sentence: int
    verb_start: int
    verb_end: int
    object: EntityKey | None = None
    measures: list[Measure] = field(default_factory=list)
    recipient: EntityKey | None = None
    planned: bool = False
    object_surface: str = ""  # the object as this sentence writes it (区法院, 《行政处罚法》)
    role: str | None = None  # what the verb makes the agent of its object: issued, organized, participated


@dataclass(frozen=True)
class DivisionRecord:
    """A division the report's graph describes: code, name, level and the division it is part of.

    A functional zone (level ``zone``) is no division: ``parts`` are the divisions it lies in.
    """

    code: str
    name: str
    level: str
    parent: str | None
    parts: tuple[str, ...] = ()
    former: tuple[str, ...] = ()  # names it had before being renamed (海门市 for 海门区): one place over time


@dataclass
class SentenceRecord:
    index: int
    text: str  # as in the original file (soft line breaks removed)
    start: int  # original offsets
    end: int
    section: str | None
    skipped: bool = False  # recognition failed on it: nothing was extracted from it


@dataclass
class ReportRecord:
    """One report: metadata, layout and every extracted fact with its provenance."""

    id: str
    source: str
    sha256: str
    encoding: str
    title: str | None
    year: int
    division: DivisionRecord
    reporting_body: EntityKey
    sections: list[Section]
    sentences: list[SentenceRecord]
    entities: dict[EntityKey, Entity]
    actions: list[Action]
    divisions: dict[str, DivisionRecord] = field(default_factory=dict)  # every division named, with their parents
    header: dict[str, str] = field(default_factory=dict)
    measures: list[Measure] = field(default_factory=list)  # every measure written, an action's or not
