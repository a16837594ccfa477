"""Named and ad-hoc SPARQL queries, with values bound, never formatted into the text."""
from __future__ import annotations

import re
import unicodedata
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Dataset, Literal, URIRef, Variable
from rdflib.query import Result

from kg.errors import Errors, InputError, KgError
from kg.model import sparql_values
from kg.sparql import prepare
from kg.store import GraphStore, MemoryStore

if TYPE_CHECKING:
    from rdflib.plugins.sparql.sparql import Query

_NAME = re.compile(r"^[a-z][a-z0-9-]*$")


def named_queries() -> dict[str, str]:
    """Name -> text of every query shipped in ``kg/queries``; ``{{scored-classes}}`` is filled from the model."""
    folder = resources.files("kg").joinpath("queries")
    return {p.name[:-3]: p.read_text(encoding="utf-8").replace("{{scored-classes}}", sparql_values())
            for p in folder.iterdir() if p.name.endswith(".rq")}


def query_text(query: str) -> str:
    """A named query, a path to a ``.rq`` file, or SPARQL text."""
    named = named_queries()
    if query in named:
        return named[query]
    if query.endswith(".rq"):
        path = Path(query)
        if not path.is_file():
            raise InputError(query, Errors.E040)
        return path.read_text(encoding="utf-8")
    if _NAME.match(query):
        raise KgError(Errors.E041, name=query, names=", ".join(sorted(named)))
    return query


# Characters an IRI cannot hold (SPARQL's IRIREF), spaces and control characters included.
_NOT_IN_IRI = re.compile(r'[<>"{}|^`\\\x00-\x20]')


def bind_value(name: str, value: str) -> URIRef | Literal:
    """An IRI stays an IRI, a number a number; other text is a Chinese label (``@zh``)."""
    if re.match(r"^https?://", value):
        bad = _NOT_IN_IRI.search(value)
        if bad:
            raise KgError(Errors.E028, value=name, iri=value, bad=bad.group())
        return URIRef(value)
    if re.fullmatch(r"-?\d+", value):
        return Literal(int(value))
    return Literal(value, lang="zh")


def variables(query: Query) -> set[str]:
    """The names of the variables a query uses anywhere (rdflib's own ``__agg_`` helpers left out)."""
    from rdflib.plugins.sparql.algebra import traverse  # here: rdflib's SPARQL parser takes a third of a second to import, and building a graph parses no SPARQL

    found: set[str] = set()
    traverse(query.algebra, visitPre=lambda node: found.add(str(node)) if isinstance(node, Variable) else None)
    return {name for name in found if not name.startswith("__")}


def checked(text: str, params: dict[str, str]) -> dict[Variable, URIRef | Literal]:
    """``params`` as bindings, refusing a name that is no variable of the query (it would bind nothing, silently)."""
    known = variables(prepare(text))
    for name in params:
        if name not in known:
            raise KgError(Errors.E027, value=name, name=name, known=", ".join(sorted(known)) or "(none)")
    return {Variable(k): bind_value(k, v) for k, v in params.items()}


def run(target: Dataset | GraphStore, query: str, params: dict[str, str] | None = None) -> Result:
    """Run a read-only query on a dataset or a store, with ``params`` bound through the engine's own API."""
    text = query_text(query)
    store = target if isinstance(target, GraphStore) else MemoryStore(target)
    return store.select(text, checked(text, params or {}) if params else {})


def table_result(columns: list[str], rows: list[dict[str, object]]) -> Result:
    """Rows computed in Python as a SELECT result, so that every ``--format`` is written as ``kg query`` writes it.

    A value of ``None`` or ``""`` is left unbound (an empty CSV cell, absent from JSON).
    """
    variables = [Variable(c) for c in columns]
    result = Result("SELECT")
    result.vars = variables
    result.bindings = [{v: Literal(row[c]) for v, c in zip(variables, columns) if row.get(c) not in (None, "")}
                       for row in rows]
    return result


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
