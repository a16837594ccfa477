"""Pushing graphs to any SPARQL 1.1 Graph Store Protocol endpoint (Oxigraph, Fuseki, GraphDB …).

Each report's named graph is sent with an HTTP ``PUT`` to ``URL?graph=IRI``, which replaces
that graph on the server, so loading a collection twice, or after one report changed, leaves
the server with exactly the current graphs. Triples outside every named graph (from a Turtle
or N-Triples file) are sent with ``POST`` to ``URL?default``, which adds them without
wiping what else the server's default graph holds.
"""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

from rdflib import URIRef

from kg.errors import Errors, InputError, KgError
from kg.store import GraphStore

CONTENT_TYPE = "text/turtle"  # the graphs are sent as N-Triples, which is Turtle too
TIMEOUT_S = 120


def graph_url(endpoint: str, name: URIRef | None) -> str:
    """The Graph Store Protocol address of one graph (``?graph=IRI``) or of the default graph (``?default``)."""
    separator = "&" if urllib.parse.urlsplit(endpoint).query else "?"
    if name is None:
        return f"{endpoint}{separator}default"
    return f"{endpoint}{separator}graph={urllib.parse.quote(str(name), safe='')}"


def push(store: GraphStore, endpoint: str) -> Iterator[URIRef | None]:
    """Send every named graph of ``store`` (then any unnamed triples) and yield each graph's name once sent."""
    if urllib.parse.urlsplit(endpoint).scheme not in ("http", "https"):
        raise KgError(Errors.E060, value=endpoint)
    for name in store.graph_names():
        _send("PUT", graph_url(endpoint, name), store.graph_data(name))
        yield name
    unnamed = store.graph_data(None)
    if unnamed.strip():
        _send("POST", graph_url(endpoint, None), unnamed)
        yield None


def _send(method: str, url: str, data: bytes) -> None:
    request = urllib.request.Request(url, data=data, method=method,
                                     headers={"Content-Type": f"{CONTENT_TYPE}; charset=utf-8"})
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
            response.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip().splitlines()
        raise InputError(url, Errors.E061, status=exc.code, detail=detail[0][:160] if detail else exc.reason) from None
    except (urllib.error.URLError, OSError) as exc:
        raise InputError(url, Errors.E062, reason=getattr(exc, "reason", exc)) from None
