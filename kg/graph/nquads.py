"""One named graph written straight to N-Quads lines, without an rdflib store.

A worker turns each report into N-Quads bytes (``kg.api.report_graph``). Adding the
triples to an rdflib ``Dataset`` and serialising it cost several times as much as making
the triples: the Memory store indexes every triple three ways and per context, and its
serialiser looks each one up again. Here a triple becomes its line as it is added, from plain
strings (``kg.graph.terms``), and the graph is those lines in the order first added (a triple
added twice is one line).

Terms are written as rdflib's N-Quads serialiser writes them, so the lines are the ones a
``Dataset`` would give: IRIs as ``<...>``, refused if they hold a character that N-Quads does
not allow in one (rdflib refuses most of these too) or that RFC 3987 does not allow in an IRI's path
(Oxigraph's validation): a store then loads these lines without checking them again
(``kg.store.OxigraphStore.put_graphs``); literals with backslash, double quote,
newline and carriage return escaped, then ``@lang`` or ``^^<datatype>``. A report graph has no
blank nodes.
"""
from __future__ import annotations

import re

from rdflib import BNode, Literal, URIRef

from kg.graph.iri import NOT_UCSCHAR

_NOT_IN_IRI = re.compile(r'%(?![0-9A-Fa-f]{2})|[\x00-\x20<>"{}|^`\\[\]' + NOT_UCSCHAR + "]")
"""What an IRI written here may not hold: N-Quads' excluded characters, a ``%`` that escapes nothing, brackets
(a host's only), and outside ASCII what is not RFC 3987's ``ucschar`` (controls, surrogates, private use,
noncharacters, tags), which a path may not hold either."""
_SUSPECT = re.compile(r'[\x00-\x20<>"{}|^`\\[\]%\x7f-\x9f\ud800-\uf8ff\ufdd0-\ufdef\ufff0-\U0010ffff]')
"""A character that may make an IRI one of those: a class of a few ranges, searched five times faster than the exact
pattern, which is searched only where this finds one (a percent escape, a character outside the BMP)."""
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _checked_iri(term: str) -> str:
    if isinstance(term, (BNode, Literal)):
        raise TypeError(f"{term!r}: a report graph holds IRIs and literals only")
    if _SUSPECT.search(term) and _NOT_IN_IRI.search(term):
        raise ValueError(f"{term!r} is not an IRI that N-Quads can write")
    return f"<{term}>"


def _quoted(text: str) -> str:
    """A literal's lexical form in quotes, escaped; most hold nothing to escape, and looking costs less than translating."""
    if "\\" in text or '"' in text or "\n" in text or "\r" in text:
        text = text.translate(_ESCAPES)
    return f'"{text}"'


class _WrittenIris(dict):
    """Each IRI as written (``<...>``), checked the first time it is asked for.

    Most IRIs recur (a node has several triples, and predicates, classes, datatypes, sentences and the
    report itself are everywhere), so a triple's terms are nearly always found: a subscript finds them
    without a Python call, where a method call per term, three a triple and some 2,500 triples a report,
    cost 0.2 ms of the 4.2 a report's N-Quads took (``bench/README.md``); only a miss reaches ``__missing__``.
    """

    def __missing__(self, term: str) -> str:
        written = self[term] = _checked_iri(term)
        return written


class NQuadsGraph:
    """A named graph that takes triples as a ``kg.graph.terms.TripleSink`` and gives its N-Quads bytes."""

    def __init__(self, name: str) -> None:
        self._end = f" {_checked_iri(name)} .\n"
        self._lines: dict[str, None] = {}
        self._iris = _WrittenIris()

    def link(self, s: str, p: str, o: str) -> None:
        iris = self._iris
        self._lines[f"{iris[s]} {iris[p]} {iris[o]}{self._end}"] = None

    def literal(self, s: str, p: str, lexical: str, datatype: str | None = None) -> None:
        iris = self._iris
        obj = f"{_quoted(lexical)}^^{iris[datatype]}" if datatype else _quoted(lexical)
        self._lines[f"{iris[s]} {iris[p]} {obj}{self._end}"] = None

    def zh(self, s: str, p: str, text: str) -> None:
        iris = self._iris
        self._lines[f"{iris[s]} {iris[p]} {_quoted(text)}@zh{self._end}"] = None

    def serialize(self) -> bytes:
        """The lines in the order added, then the empty line that rdflib's serialiser ends with."""
        return "".join(self._lines).encode("utf-8", "replace") + b"\n"


def graph_name(nquads: bytes) -> URIRef:
    """The name of the one graph an N-Quads report graph holds: the last term of its first line."""
    first = nquads[:nquads.index(b"\n")]
    return URIRef(first[first.rindex(b" <", 0, len(first) - 2) + 2:first.rindex(b">")].decode("utf-8"))


def rename_graph(nquads: bytes, old: URIRef, new: URIRef) -> bytes:
    """A report graph with its report's IRI, and every per-report IRI under it, moved to ``new``.

    Only IRIs change: a literal that quotes the old IRI keeps it (a report graph's predicates
    never lie under a report, so subject, object and graph name are the places to look).
    """
    before, after = f"<{old}".encode(), f"<{new}".encode()

    def moved(term: bytes) -> bytes:
        return after + term[len(before):] if term.startswith(before) and term[len(before):len(before) + 1] in (b">", b"/") else term

    lines = []
    for line in nquads.splitlines(keepends=True):
        if not line.strip():
            lines.append(line)
            continue
        subject, predicate, rest = line.split(b" ", 2)
        obj, graph = rest[:rest.rindex(b" <")], rest[rest.rindex(b" <") + 1:]
        if not obj.startswith(b'"'):
            obj = moved(obj)
        lines.append(b" ".join((moved(subject), predicate, obj, moved(graph))))
    return b"".join(lines)
