"""SPARQL text checked before it runs: read-only, parsed with the ``fz:`` prefix declared.

Both stores and the endpoint ask this module, which sits below all of them.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.errors import Errors, KgError
from kg.graph.namespace import FZ

if TYPE_CHECKING:
    from rdflib.plugins.sparql.sparql import Query

_UPDATE = re.compile(r"^\s*(?:PREFIX\s+\S+\s+<[^>]*>\s*|BASE\s+<[^>]*>\s*|#[^\n]*\n\s*)*(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)


def is_update(text: str) -> bool:
    """Whether ``text`` is a SPARQL UPDATE (INSERT, DELETE, LOAD, DROP …) rather than a query."""
    return bool(_UPDATE.match(text))


@lru_cache(maxsize=256)
def prepare(text: str) -> Query:
    """Parse SPARQL query text (``fz:`` predeclared); an UPDATE or a syntax error is a ``KgError``.

    Parsing costs rdflib tens of milliseconds, more than answering a small query: an endpoint
    sees the same texts again and again, so parsed queries are kept (they are not modified).
    """
    from rdflib.plugins.sparql import prepareQuery  # here: rdflib's SPARQL parser takes a third of a second to import, and building a graph parses no SPARQL

    if is_update(text):
        raise KgError(Errors.E042)
    try:
        return prepareQuery(text, initNs={"fz": FZ._NS})
    except Exception as exc:  # pyparsing reports syntax errors with its own exception types
        raise KgError(Errors.E043, reason=(str(exc).splitlines() or [type(exc).__name__])[0][:200]) from None
