"""Named and ad-hoc SPARQL queries, with values bound, never formatted into the text."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path

from rdflib import Dataset, Literal, URIRef, Variable
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.algebra import traverse
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Result

from kg.errors import KgError
from kg.graph.namespace import FZ
from kg.store import GraphStore, MemoryStore

_NAME = re.compile(r"^[a-z][a-z0-9-]*$")
_UPDATE = re.compile(r"^\s*(?:PREFIX\s+\S+\s+<[^>]*>\s*|BASE\s+<[^>]*>\s*|#[^\n]*\n\s*)*(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)


def named_queries() -> dict[str, str]:
    """Name -> text of every query shipped in ``kg/queries``."""
    folder = resources.files("kg").joinpath("queries")
    return {p.name[:-3]: p.read_text(encoding="utf-8") for p in folder.iterdir() if p.name.endswith(".rq")}


def query_text(query: str) -> str:
    """A named query, a path to a ``.rq`` file, or SPARQL text."""
    named = named_queries()
    if query in named:
        return named[query]
    if query.endswith(".rq"):
        path = Path(query)
        if not path.is_file():
            raise KgError(f"{query}: no such query file")
        return path.read_text(encoding="utf-8")
    if _NAME.match(query):
        raise KgError(f"unknown named query {query!r}; named queries: {', '.join(sorted(named))}")
    return query


# Characters an IRI cannot hold (SPARQL's IRIREF), spaces and control characters included.
_NOT_IN_IRI = re.compile(r'[<>"{}|^`\\\x00-\x20]')


def bind_value(name: str, value: str) -> URIRef | Literal:
    """An IRI stays an IRI, a number a number; other text is a Chinese label (``@zh``)."""
    if re.match(r"^https?://", value):
        bad = _NOT_IN_IRI.search(value)
        if bad:
            raise KgError(f"--param {name}: {value!r} is not a valid IRI (it holds {bad.group()!r}); "
                          "percent-encode that character")
        return URIRef(value)
    if re.fullmatch(r"-?\d+", value):
        return Literal(int(value))
    return Literal(value, lang="zh")


def is_update(text: str) -> bool:
    """Whether ``text`` is a SPARQL UPDATE (INSERT, DELETE, LOAD, DROP …) rather than a query."""
    return bool(_UPDATE.match(text))


@lru_cache(maxsize=256)
def prepare(text: str) -> Query:
    """Parse SPARQL query text (``fz:`` predeclared); an UPDATE or a syntax error is a ``KgError``.

    Parsing costs rdflib tens of milliseconds, more than answering a small query: an endpoint
    sees the same texts again and again, so parsed queries are kept (they are not modified).
    """
    if is_update(text):
        raise KgError("SPARQL UPDATE is not allowed here: queries are read-only")
    try:
        return prepareQuery(text, initNs={"fz": FZ._NS})
    except Exception as exc:  # pyparsing reports syntax errors with its own exception types
        raise KgError(f"SPARQL syntax error: {(str(exc).splitlines() or [type(exc).__name__])[0][:200]}") from None


def variables(query: Query) -> set[str]:
    """The names of the variables a query uses anywhere (rdflib's own ``__agg_`` helpers left out)."""
    found: set[str] = set()
    traverse(query.algebra, visitPre=lambda node: found.add(str(node)) if isinstance(node, Variable) else None)
    return {name for name in found if not name.startswith("__")}


def checked(text: str, params: dict[str, str]) -> dict[Variable, URIRef | Literal]:
    """``params`` as bindings, refusing a name that is no variable of the query (it would bind nothing, silently)."""
    known = variables(prepare(text))
    for name in params:
        if name not in known:
            raise KgError(f"--param {name}: the query has no variable ?{name}; "
                          f"its variables: {', '.join(sorted(known)) or '(none)'}")
    return {Variable(k): bind_value(k, v) for k, v in params.items()}


def run(target: Dataset | GraphStore, query: str, params: dict[str, str] | None = None) -> Result:
    """Run a read-only query on a dataset or a store, with ``params`` bound through the engine's own API."""
    text = query_text(query)
    store = target if isinstance(target, GraphStore) else MemoryStore(target)
    return store.select(text, checked(text, params or {}) if params else {})


def rows(result: Result) -> list[dict[str, str]]:
    """Result rows as plain dicts of strings, unbound variables left out."""
    names = [str(v) for v in result.vars or []]
    return [{n: str(row[n]) for n in names if row[n] is not None} for row in result]


def to_json(result: Result) -> str:
    return result.serialize(format="json").decode("utf-8")


def to_csv(result: Result) -> str:
    return result.serialize(format="csv").decode("utf-8")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def to_table(result: Result, max_width: int = 60) -> str:
    """An aligned text table that counts a Chinese character as two columns."""
    names = [str(v) for v in result.vars or []]
    return format_table(names, [[str(row[n]) if row[n] is not None else "" for n in names] for row in result], max_width)


def format_table(names: list[str], cells: list[list[str]], max_width: int = 60) -> str:
    """Header, rule and rows aligned for a terminal; shared by query results and analytics tables."""
    table = [names] + [[_clip(cell, max_width) for cell in row] for row in cells]
    widths = [max(_width(r[i]) for r in table) for i in range(len(names))]
    lines = []
    for n, r in enumerate(table):
        lines.append("  ".join(cell + " " * (widths[i] - _width(cell)) for i, cell in enumerate(r)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    lines.append(f"({len(table) - 1} rows)")
    return "\n".join(lines) + "\n"


def _clip(text: str, max_width: int) -> str:
    text = text.replace("\n", " ")
    if _width(text) <= max_width:
        return text
    out, width = [], 0
    for ch in text:
        width += _width(ch)
        if width > max_width - 1:
            break
        out.append(ch)
    return "".join(out) + "…"


FORMATTERS = {"table": to_table, "csv": to_csv, "json": to_json}
