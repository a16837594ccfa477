"""Kinds of agency by function (司法局, 公安局, 人民法院, 街道办事处), so that "what did every justice
bureau do" is one query across districts.

Two districts' 司法局 are two nodes (each belongs to its jurisdiction); what they share is their
kind, a SKOS concept. The concepts come from the vocabularies recognition already keeps: each
row of ``agencies.tsv`` is a kind (its short forms are alternative labels), and each type suffix
of ``agency_suffixes.txt`` (局, 中心, 大队) is a coarse, broader kind that also types the bodies no
row names; a central body that no name ends (中共中央, 审计署, from ``national_agencies.tsv``) is a
kind of its own. A row written for every level (全面依法治{L}委员会办公室) is one kind, labelled in its
district form (全面依法治区委员会办公室, 依法治区办) with the other levels' forms as alternatives.
The ``kind`` column of ``agencies.tsv`` (department, court) is coarser still and stays apart.

A body abolished in a reorganisation (政府法制办公室, merged into the 司法局 in 2018) has a successor
of the same jurisdiction (``agency_successors.tsv``), so that a district's 2017 and 2024 reports
can be read as one line of work.

    >>> kind_of("城阳区司法局").label
    '司法局'
    >>> kind_of("城阳区委全面依法治区委员会办公室").label
    '全面依法治区委员会办公室'
    >>> kind_of("即墨区依法治区办").label, kind_of("桐庐县委全面依法治县委员会办公室").label
    ('全面依法治区委员会办公室', '全面依法治区委员会办公室')
    >>> kind_of("城阳区档案馆").label, kind_of("城阳区档案馆").broader
    ('档案馆', '馆')
    >>> kind_of("城阳区城市更新和城市建设攻坚指挥部").broader
    '部'
    >>> kind_of("城阳区营商环境监督员") is None
    True
    >>> successor("城阳区人民政府法制办公室"), successor("山东省人民政府法制办公室", province=True)
    ('城阳区司法局', '山东省司法厅')
    >>> successor("城阳区司法局") is None
    True
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from rdflib import URIRef

from kg.graph import iri
from kg.graph.namespace import ID
from kg.resources import table, word_list

_LEVEL = "{L}"
_DISTRICT = "区"
_OTHER_LEVELS = "县市省州旗盟"


@dataclass(frozen=True)
class AgencyKind:
    """One kind of agency: its Chinese label, the other names of the kind, and its broader kind's label."""

    label: str
    alt_labels: tuple[str, ...] = ()
    broader: str | None = None

    @property
    def iri(self) -> URIRef:
        return kind_iri(self.label)


def kind_iri(label: str) -> URIRef:
    """``id/agency-kind/司法局``: readable, and the same in every report's graph."""
    return ID[f"agency-kind/{iri.segment(label)}"]


def _levels(name: str) -> list[str]:
    """A name in its district form first, then in every other level's form when it is written for any level."""
    if _LEVEL not in name:
        return [name]
    return [name.replace(_LEVEL, level) for level in _DISTRICT + _OTHER_LEVELS]


@cache
def _suffixes() -> tuple[str, ...]:
    return tuple(sorted(word_list("agency_suffixes.txt"), key=len, reverse=True))


def _suffix_of(name: str, strict: bool) -> str | None:
    """The longest type suffix that ends ``name`` (and is shorter than it when ``strict``)."""
    return next((s for s in _suffixes() if name.endswith(s) and not (strict and s == name)), None)


@cache
def kinds() -> dict[str, AgencyKind]:
    """Every kind of the scheme by label: one per row of agencies.tsv, one per type suffix no row names."""
    rows: dict[str, tuple[str, ...]] = {}
    for row in table("agencies.tsv"):
        names = _levels(row["name"])
        aliases = [form for alias in row["aliases"].split("|") if alias for form in _levels(alias)]
        rows[names[0]] = tuple(dict.fromkeys(names[1:] + aliases))
    owner = {name: label for label, others in rows.items() for name in (label, *others)}
    for suffix in _suffixes():
        owner.setdefault(suffix, suffix)
        rows.setdefault(owner[suffix], ())
    for central in (row["name"] for row in table("national_agencies.tsv")):
        if not any(central.endswith(name) for name in owner):
            rows[central] = ()

    def broader(label: str) -> str | None:
        suffix = _suffix_of(label, strict=True)
        return None if suffix is None or owner[suffix] == label else owner[suffix]

    return {label: AgencyKind(label, others, broader(label)) for label, others in rows.items()}


@cache
def _endings() -> tuple[tuple[str, AgencyKind], ...]:
    """Every name of every kind, longest first: a label's kind is the longest one it ends with."""
    pairs = {name: kind for kind in kinds().values() for name in (kind.label, *kind.alt_labels)}
    return tuple(sorted(pairs.items(), key=lambda pair: len(pair[0]), reverse=True))


@cache
def kind_of(label: str) -> AgencyKind | None:
    """The kind of the agency named ``label`` (a canonical label: 城阳区司法局), or None when no name ends it."""
    return next((kind for name, kind in _endings() if label.endswith(name)), None)


def lineage(kind: AgencyKind) -> list[AgencyKind]:
    """The kind and its broader kinds, narrowest first: what a graph states so that it reads alone."""
    out = [kind]
    while out[-1].broader is not None:
        out.append(kinds()[out[-1].broader])
    return out


@cache
def _successors() -> tuple[tuple[str, str, str], ...]:
    """(former name, successor, successor at province level), longest former name first."""
    rows = [(former, row["successor"], row["in_province"])
            for row in table("agency_successors.tsv") for former in row["former"].split("|") if former]
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


def successor(label: str, province: bool = False) -> str | None:
    """The label of the body that took over from the abolished one named ``label``, in its jurisdiction."""
    for former, after, after_in_province in _successors():
        if label.endswith(former) and len(label) > len(former):
            return label.removesuffix(former) + (after_in_province if province else after)
    return None
