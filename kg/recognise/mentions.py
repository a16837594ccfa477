"""What the recognisers find, as typed values, and the one place a Doc keeps them.

Each recogniser adds frozen mentions to the Doc's :class:`Mentions` (``doc._.mentions``),
one list per kind. They are not attached to spaCy spans: span extension data is keyed by
character offsets alone, so two recognisers that claimed the same characters (an event
named like an agency) would overwrite each other's data. Here two kinds may claim the same
characters without harm; within one kind the first claim of a range wins.

The report a Doc belongs to travels the other way as one typed :class:`ReportContext`
(``doc._.report``), set when the Doc is made.

    >>> found = Mentions("区司法局召开会议")
    >>> found.add(AgencyMention(0, 4, "区司法局", rule="table", kind="department", core="司法局", jurisdiction="区"))
    True
    >>> found.add(EventMention(0, 4, "区司法局"))   # the same characters, another kind: both kept
    True
    >>> [m.type for m in found.all()]
    ['Agency', 'Event']
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from operator import attrgetter
from decimal import Decimal
from typing import ClassVar

from spacy.tokens import Doc


@dataclass(frozen=True)
class ReportContext:
    """What a report's text refers to by 区, 我区, 街道: its division and its reporting body's type."""

    division_code: str = ""
    division_name: str = ""
    level_char: str = "区"
    chain_names: tuple[str, ...] = ()
    body_type: str | None = None  # street, town, zone or bureau when the reporting body is one (its self-references differ)
    street_name: str | None = None  # in a street office's own report, 街道人大工委 is this street's
    level_chars: str = ""  # the level characters its own divisions answer to (区市 for 西城区); empty: unchecked
    in_zone: bool = False  # the division is a functional zone: its 管委会 governs it, whoever wrote the report


@dataclass(frozen=True)
class Mention:
    """Characters ``[start, end)`` of the Doc's text (one token per character) and what they say."""

    type: ClassVar[str] = ""
    start: int
    end: int
    text: str

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class AgencyMention(Mention):
    """A body as written: a table name after its prefix, a name by grammar, a town, or a self-reference."""

    type: ClassVar[str] = "Agency"
    rule: str = ""  # table, grammar, national, founding, town, community, self
    kind: str = ""  # government, party_committee, department, …, generic, national, founded, grassroots
    core: str = ""  # the body's name after its prefix, in full (司法局, 人民政府)
    jurisdiction: str | None = None  # the prefix that places it, as written: 区, 城阳区, 青岛市城阳区
    prefix: str | None = None  # 中共, 中国共产党, 国家税务总局
    party: bool = False  # 委 before the core: 区委政法委
    unit: str = ""  # a sub-unit written right after it: 分局, 办公室, 司法所
    refers: str | None = None  # a self-reference's referent: government, body, division


@dataclass(frozen=True)
class RegulationMention(Mention):
    """The title inside 《》 (the brackets are not part of it)."""

    type: ClassVar[str] = "Regulation"


@dataclass(frozen=True)
class ProgramMention(Mention):
    type: ClassVar[str] = "Program"
    name: str = ""  # quotes removed, a programme noun after the quote kept (一网通办 + 平台)
    core: str = ""  # the quoted words alone
    rule: str = ""  # quote, unquoted, under_way (a clause opening with the name: …平台升级)


@dataclass(frozen=True)
class AwardMention(Mention):
    type: ClassVar[str] = "Award"
    verb: str = ""  # the award verb that introduced it (荣获, 入选 …)
    verb_start: int = -1
    level: str | None = None  # national, provincial, municipal, district, county
    name: str = ""  # when the honour is not written in one piece: a ranking's assessment and rank (…考评第一)


@dataclass(frozen=True)
class EventMention(Mention):
    type: ClassVar[str] = "Event"
    name: str = ""  # when the event is not written in one piece: one of sessions listed under one head and noun


@dataclass(frozen=True)
class PlaceMention(Mention):
    type: ClassVar[str] = "Place"


@dataclass(frozen=True)
class MeasureMention(Mention):
    type: ClassVar[str] = "Measure"
    value: Decimal = Decimal(0)
    unit: str = ""
    approximate: bool = False
    counts: str = ""  # what the number counts, as written (受理行政复议案件)


@dataclass(frozen=True)
class ActionMention:
    """One action as written: the verb, who did it (None: the reporting body) and what to."""

    verb: str
    verb_start: int
    sentence_start: int
    agent: AgencyMention | None = None
    object: Mention | None = None
    measures: list[MeasureMention] = field(default_factory=list)
    recipient: Mention | None = None  # who received an award, when not the agent
    on_writer: bool = False  # the object is the reporting body, unnamed (在区司法局的指导下,…: the writer was guided)


_POSITION = attrgetter("start", "end")


class Mentions:
    """A Doc's mentions by kind, each kind sorted by position, and its actions."""

    def __init__(self, text: str) -> None:
        self.text = text  # the Doc's text, joined once: ``Doc.text`` makes a Token per character on every call
        self._found: dict[str, dict[tuple[int, int], Mention]] = {}
        self._by_position: dict[str, list[Mention]] = {}  # each kind sorted when first asked for, until it changes
        self.actions: list[ActionMention] = []

    def add(self, mention: Mention) -> bool:
        """Keep ``mention`` unless it is blank or its kind already has one over the same characters."""
        if not self.text[mention.start:mention.end].strip():
            return False
        found = self._found.setdefault(mention.type, {})
        if (mention.start, mention.end) in found:
            return False
        found[(mention.start, mention.end)] = mention
        self._by_position.pop(mention.type, None)
        return True

    def of(self, *types: str) -> list[Mention]:
        """The mentions of these kinds, by position (of several kinds at one position, in the order asked).

        Each kind is sorted once and kept until a mention of it is added: the stages ask for the same kinds
        again and again (the agencies, a dozen times a report), and sorting kinds already sorted is a merge."""
        if len(types) == 1:
            return list(self._sorted(types[0]))
        return sorted((m for t in types for m in self._sorted(t)), key=_POSITION)

    def _sorted(self, type_: str) -> list[Mention]:
        if type_ not in self._by_position:
            self._by_position[type_] = sorted(self._found.get(type_, {}).values(), key=_POSITION)
        return self._by_position[type_]

    def keep(self, type_: str, mentions: Iterable[Mention]) -> None:
        """Replace the mentions of one kind (a recogniser that prunes its own finds)."""
        self._found[type_] = {(m.start, m.end): m for m in mentions}
        self._by_position.pop(type_, None)

    def all(self) -> Iterator[Mention]:
        for type_ in self._found:
            yield from self.of(type_)


if not Doc.has_extension("mentions"):
    Doc.set_extension("mentions", default=None)
if not Doc.has_extension("report"):
    Doc.set_extension("report", default=None)


def mentions(doc: Doc) -> Mentions:
    """The Doc's mentions, made empty on first use."""
    if doc._.mentions is None:
        doc._.mentions = Mentions(doc.text)
    return doc._.mentions


def context(doc: Doc) -> ReportContext:
    """The Doc's report context; a Doc made without one (a title on its own) gets the empty context."""
    return doc._.report or ReportContext()
