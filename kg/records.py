"""What extraction produces for one report, before it becomes RDF."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from kg.divisions import Division
from kg.structure import Section


@dataclass
class Mention:
    """Where an entity is written: sentence index and original character offsets."""

    sentence: int
    start: int
    end: int
    surface: str


@dataclass
class Entity:
    type: str  # Agency, Regulation, Program, Award, Event, Place
    label: str
    scope: str  # GB/T 2260 code, or "cn"
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    props: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str, str]:
        return self.type, self.scope, self.label


@dataclass
class Measure:
    value: Decimal
    unit: str
    approximate: bool
    counts: str
    mention: Mention


@dataclass
class Action:
    agent: tuple[str, str, str]  # Entity.key
    verb: str
    sentence: int
    verb_start: int
    verb_end: int
    object: tuple[str, str, str] | None = None
    measures: list[Measure] = field(default_factory=list)
    recipient: tuple[str, str, str] | None = None
    planned: bool = False
    object_surface: str = ""  # the object as this sentence writes it (区法院, 《行政处罚法》)


@dataclass
class SentenceRecord:
    index: int
    text: str  # as in the original file (soft line breaks removed)
    start: int  # original offsets
    end: int
    section: str | None


@dataclass
class ReportRecord:
    """One report: metadata, layout and every extracted fact with its provenance."""

    id: str
    source: str
    sha256: str
    encoding: str
    title: str | None
    year: int | None
    division: Division
    reporting_body: tuple[str, str, str]
    sections: list[Section]
    sentences: list[SentenceRecord]
    entities: dict[tuple[str, str, str], Entity]
    actions: list[Action]
    header: dict[str, str] = field(default_factory=dict)
    measures: list[Measure] = field(default_factory=list)  # every measure written, an action's or not
