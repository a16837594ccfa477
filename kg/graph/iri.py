"""Deterministic, readable IRIs under https://w3id.org/fazhi-kg/id/.

Entities are keyed by their jurisdiction (a GB/T 2260 code, or ``cn`` for national
things) and their canonical label, so the same entity gets the same IRI from
every report; per-report things (sentences, actions) are keyed by report id
and position. A report's id is what it is (division code, year, writer), never its file name,
so that two folders' ``report.txt`` stay two reports.
"""
from __future__ import annotations

import re
from functools import lru_cache

from rdflib import URIRef

from kg.graph.namespace import ID
from kg.model import ENTITY_TYPES

# Characters that an IRI path segment cannot hold as they are (RFC 3987) or that would change its meaning.
_ESCAPE = set(' <>"{}|\\^`#?/%[]') | {chr(c) for c in range(0x20)} | {"\u3000"}
_NONCHARACTERS = "".join(f"{chr(plane + 0xFFFE)}{chr(plane + 0xFFFF)}" for plane in range(0x10000, 0xE0000, 0x10000))
NOT_UCSCHAR = (r"\x7f-\x9f\ud800-\uf8ff\ufdd0-\ufdef\ufff0-\uffff\U000e0000-\U000e0fff\U000efffe-\U0010ffff"
               + _NONCHARACTERS)
"""Outside ASCII, what is no RFC 3987 ``ucschar`` (controls, surrogates, private use, noncharacters, tags), as the
ranges of a regex character class: no IRI may hold these as they are."""
_NOT_UCSCHAR = re.compile(f"[{NOT_UCSCHAR}]")
_DROP = set("“”《》")


@lru_cache(maxsize=1 << 14)  # a report's graph segments its own id for every node, and labels recur
def segment(text: str) -> str:
    """A label as an IRI path segment: Chinese stays readable, unsafe characters are percent-encoded."""
    out = []
    for ch in text.strip():
        if ch in _DROP:
            continue
        escaped = ch in _ESCAPE or ch > "~" and _NOT_UCSCHAR.match(ch)  # a stray U+FFF0 from a PDF, a private glyph
        out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8", "surrogatepass")) if escaped else ch)
    return "".join(out) or "_"


def entity(type_: str, jurisdiction: str, label: str) -> URIRef:
    """An entity's IRI from its type key, jurisdiction and label; a place is its division."""
    if type_ == "Place":
        return division(jurisdiction)
    return ID[f"{ENTITY_TYPES[type_].path}/{jurisdiction}/{segment(label)}"]


def division(code: str) -> URIRef:
    return ID[f"division/{code}"]


def report_id(division_code: str, year: int, writer: str) -> str:
    """A report's id from what it is: ``370214-2024-人民政府``, the same whatever its file is called."""
    return f"{division_code}-{year}-{writer}"


def distinct_report(report_iri: URIRef, sha256: str) -> URIRef:
    """The IRI of a report whose division, year and writer another, different text shares: a short content hash added."""
    return URIRef(f"{report_iri}-{sha256[:8]}")


def report(report_id: str) -> URIRef:
    return ID[f"report/{segment(report_id)}"]


class Parts:
    """The IRIs of one report's own nodes (``report/ID/sentence/12``, ``report/ID/action/12-3``), as plain
    strings, the report's segment worked out once: a report's graph names a thousand of them."""

    def __init__(self, report_id: str) -> None:
        self._base = f"{ID}report/{segment(report_id)}/"

    def __call__(self, kind: str, *keys: object) -> str:
        return f"{self._base}{kind}/" + "-".join(map(str, keys))
