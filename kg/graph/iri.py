"""Deterministic, readable IRIs under https://w3id.org/fazhi-kg/id/.

Entities are keyed by their scope (a GB/T 2260 code, or ``cn`` for national
things) and their canonical label, so the same entity gets the same IRI from
every report; per-report things (sentences, actions) are keyed by report id
and position.
"""
from __future__ import annotations

from rdflib import URIRef

from kg.graph.namespace import ID

# Characters that an IRI path segment cannot hold as they are (RFC 3987) or that would change its meaning.
_ESCAPE = set(' <>"{}|\\^`#?/%[]') | {chr(c) for c in range(0x20)} | {"\u3000"}
_DROP = set("“”《》")


def segment(text: str) -> str:
    """A label as an IRI path segment: Chinese stays readable, unsafe characters are percent-encoded."""
    out = []
    for ch in text.strip():
        if ch in _DROP:
            continue
        out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8")) if ch in _ESCAPE else ch)
    return "".join(out) or "_"


_TYPE_PATH = {"Agency": "agency", "Regulation": "regulation", "Program": "program", "Award": "award", "Event": "event"}


def entity(type_: str, scope: str, label: str) -> URIRef:
    if type_ == "Place":
        return division(scope)
    return ID[f"{_TYPE_PATH[type_]}/{scope}/{segment(label)}"]


def division(code: str) -> URIRef:
    return ID[f"division/{code}"]


def report(report_id: str) -> URIRef:
    return ID[f"report/{segment(report_id)}"]


def part(report_id: str, kind: str, *keys: object) -> URIRef:
    """A per-report node: ``report/ID/sentence/12``, ``report/ID/action/12-3``."""
    return ID[f"report/{segment(report_id)}/{kind}/" + "-".join(str(k) for k in keys)]
