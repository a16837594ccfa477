"""A read-only SPARQL 1.1 Protocol endpoint over a loaded graph or an Oxigraph store, on 127.0.0.1 only.

Any SPARQL client (YASGUI, SPARQLWrapper, ``curl``) can then query a built
graph: ``GET /sparql?query=…``, ``POST`` with ``application/sparql-query`` or a
form with ``query=``. Results are SPARQL JSON or CSV (triples as Turtle or
N-Triples), chosen by the ``Accept`` header.

What keeps it safe to leave running:

- UPDATE is refused (403), and so is anything that would reach outside the
  loaded graph: ``SERVICE`` and ``FROM`` a graph that is not loaded (rdflib
  would fetch it from the web or read it from disk).
- Each query runs in a forked worker process that is killed at the time limit
  (a thread running an rdflib or Oxigraph query cannot be stopped), so one runaway
  query costs at most that long; requests are answered one at a time. A worker
  serving a store folder opens the folder itself, read-only: a RocksDB handle
  inherited across ``fork`` shares file locks and background threads it does not own.
- At most ``max_rows`` rows (or triples) are returned; a cut result says so in
  the ``X-SPARQL-MaxRows`` header.
"""
from __future__ import annotations

import multiprocessing
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, HTTPServer
from itertools import islice
from multiprocessing.connection import Connection
from urllib.parse import parse_qs, urlsplit

from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.sparql.algebra import traverse
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.plugins.sparql.sparql import Query
from rdflib.query import Result

from kg.errors import Errors, KgError
from kg.graph.build import bind_prefixes
from kg.sparql import is_update, prepare
from kg.store import GraphStore, MemoryStore, OxigraphStore

HOST = "127.0.0.1"
ENDPOINT = "/sparql"
# Media types offered, by kind of result; the first of each is the default.
RESULT_TYPES = {"application/sparql-results+json": "json", "application/json": "json", "text/csv": "csv"}
ASK_TYPES = {"application/sparql-results+json": "json", "application/json": "json"}
GRAPH_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt"}
_TYPES_OF = {"SelectQuery": RESULT_TYPES, "AskQuery": ASK_TYPES, "ConstructQuery": GRAPH_TYPES,
             "DescribeQuery": GRAPH_TYPES}
_CHARSET = {"json": "; charset=utf-8", "csv": "; charset=utf-8", "turtle": "; charset=utf-8", "nt": ""}


@dataclass(frozen=True)
class Limits:
    """How much one request may cost."""

    timeout: float = 10.0  # seconds of query evaluation
    max_rows: int = 10_000  # result rows, or triples of a CONSTRUCT/DESCRIBE
    max_request_bytes: int = 1 << 20


@dataclass(frozen=True)
class Response:
    status: HTTPStatus
    content_type: str
    body: bytes
    headers: tuple[tuple[str, str], ...] = ()


def _error(status: HTTPStatus, message: str) -> Response:
    return Response(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))


def negotiate(accept: str | None, offered: dict[str, str]) -> str | None:
    """The offered media type that ``accept`` prefers most (the first offered for ``*/*``), or None."""
    if not accept or not accept.strip():
        return next(iter(offered))
    choices = []
    for n, item in enumerate(accept.split(",")):
        media, *params = (part.strip() for part in item.split(";"))
        q = next((p[2:] for p in params if p.startswith("q=")), "1")
        try:
            weight = float(q)
        except ValueError:
            continue
        if weight > 0:
            choices.append((-weight, n, media.lower()))
    for _, _, media in sorted(choices):
        if media in offered:
            return media
        major = media.split("/")[0]
        if media.endswith("/*"):
            match = next((m for m in offered if major == "*" or m.startswith(major + "/")), None)
            if match:
                return match
    return None


def _loaded(store: GraphStore) -> set[object]:
    """The graph IRIs a ``FROM`` may name: the dataset's graphs (its default graph included)."""
    if isinstance(store, MemoryStore):
        return {g.identifier for g in store.dataset().graphs()}
    return {DATASET_DEFAULT_GRAPH_ID, *store.graph_names()}


def _outside_reach(query: Query, store: GraphStore) -> str | None:
    """Why ``query`` would read something other than the loaded graphs, if it would."""
    loaded = _loaded(store)
    for clause in query.algebra.get("datasetClause") or []:
        iri = clause.get("default") or clause.get("named")
        if iri not in loaded:
            return f"FROM <{iri}>: no such graph in this endpoint, which reads only its own graphs"
    services: list[CompValue] = []
    traverse(query.algebra, visitPre=lambda node: services.append(node)
             if isinstance(node, CompValue) and node.name == "ServiceGraphPattern" else None)
    if services:
        return "SERVICE is not allowed: this endpoint queries only its own graph"
    return None


def _worker_store(store: GraphStore) -> GraphStore:
    """The store a forked worker queries: a store folder opened afresh, read-only; otherwise the forked copy."""
    if isinstance(store, OxigraphStore) and store.path is not None:
        return OxigraphStore(store.path, read_only=True)
    return store


def _evaluate(conn: Connection, store: GraphStore, text: str, fmt: str, max_rows: int) -> None:
    """Worker body: run the query and send back ``(body, truncated)`` or ``("error", message)``."""
    try:
        result = _worker_store(store).select(text, {})
        truncated = False
        if result.type == "SELECT":
            rows = list(islice(result, max_rows + 1))
            truncated = len(rows) > max_rows
            capped = Result("SELECT")
            capped.vars = result.vars
            capped.bindings = [{v: row[v] for v in result.vars or [] if row[v] is not None} for row in rows[:max_rows]]
            body = capped.serialize(format=fmt)
        elif result.type == "ASK":
            body = result.serialize(format=fmt)
        else:
            graph = Graph()
            bind_prefixes(graph)
            for triple in islice(result.graph, max_rows + 1):
                graph.add(triple)
            truncated = len(graph) > max_rows
            if truncated:
                graph.remove(next(iter(graph)))
            body = graph.serialize(format=fmt, encoding="utf-8")
        conn.send((body, truncated))
    except Exception as exc:  # noqa: BLE001 - the parent turns it into a 500 response
        conn.send(("error", f"{type(exc).__name__}: {(str(exc).splitlines() or [''])[0][:300]}"))
    finally:
        conn.close()


def answer(store: GraphStore, text: str, accept: str | None, limits: Limits) -> Response:
    """The HTTP response to SPARQL query ``text``: parsed and checked here, evaluated in a worker."""
    if is_update(text):
        return _error(HTTPStatus.FORBIDDEN, "SPARQL UPDATE is refused: this endpoint is read-only")
    try:
        query = prepare(text)
    except KgError as exc:
        return _error(HTTPStatus.BAD_REQUEST, str(exc))
    problem = _outside_reach(query, store)
    if problem:
        return _error(HTTPStatus.BAD_REQUEST, problem)
    offered = _TYPES_OF[query.algebra.name]
    media = negotiate(accept, offered)
    if media is None:
        return _error(HTTPStatus.NOT_ACCEPTABLE, f"cannot answer in {accept}; offered: {', '.join(offered)}")
    fmt = offered[media]

    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    worker = context.Process(target=_evaluate, args=(sender, store, text, fmt, limits.max_rows), daemon=True)
    worker.start()
    sender.close()
    try:
        if not receiver.poll(limits.timeout):
            worker.kill()
            return _error(HTTPStatus.SERVICE_UNAVAILABLE,
                          f"query stopped after {limits.timeout:g} s, the time limit; narrow it or add LIMIT")
        body, truncated = receiver.recv()
    except EOFError:
        return _error(HTTPStatus.INTERNAL_SERVER_ERROR, "query worker died without an answer")
    finally:
        receiver.close()
        worker.join()
    if body == "error":
        return _error(HTTPStatus.INTERNAL_SERVER_ERROR, f"query failed: {truncated}")
    headers = (("X-SPARQL-MaxRows", str(limits.max_rows)),) if truncated else ()
    return Response(HTTPStatus.OK, media + _CHARSET[fmt], body, headers)


class SparqlServer(HTTPServer):
    """One loaded store behind the SPARQL protocol; requests are served one at a time."""

    def __init__(self, store: GraphStore, port: int, limits: Limits) -> None:
        self.store = store
        self.limits = limits
        super().__init__((HOST, port), _Handler)


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "fazhi-kg"

    def _send(self, response: Response) -> None:
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        for name, value in response.headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(response.body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        self._send(self._get())

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        self._send(self._post())

    def _get(self) -> Response:
        url = urlsplit(self.path)
        if url.path != ENDPOINT:
            return _error(HTTPStatus.NOT_FOUND, f"the SPARQL endpoint is {ENDPOINT}?query=…")
        return self._form(parse_qs(url.query, keep_blank_values=True))

    def _post(self) -> Response:
        if urlsplit(self.path).path != ENDPOINT:
            return _error(HTTPStatus.NOT_FOUND, f"the SPARQL endpoint is {ENDPOINT}")
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= self.server.limits.max_request_bytes:
            return _error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                          f"request body must be 0 to {self.server.limits.max_request_bytes} bytes")
        body = self.rfile.read(length).decode(self.headers.get_content_charset() or "utf-8", errors="replace")
        kind = self.headers.get_content_type()
        if kind == "application/sparql-update":
            return _error(HTTPStatus.FORBIDDEN, "SPARQL UPDATE is refused: this endpoint is read-only")
        if kind == "application/sparql-query":
            return answer(self.server.store, body, self.headers.get("Accept"), self.server.limits)
        if kind == "application/x-www-form-urlencoded":
            return self._form(parse_qs(body, keep_blank_values=True))
        return _error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                      "POST application/sparql-query, or a form (application/x-www-form-urlencoded) with query=")

    def _form(self, params: dict[str, list[str]]) -> Response:
        """The answer to the ``query=`` of a query string or a form; ``update=`` is refused."""
        if "update" in params:
            return _error(HTTPStatus.FORBIDDEN, "SPARQL UPDATE is refused: this endpoint is read-only")
        queries = params.get("query", [])
        if len(queries) != 1:
            return _error(HTTPStatus.BAD_REQUEST, "give exactly one query parameter")
        return answer(self.server.store, queries[0], self.headers.get("Accept"), self.server.limits)


def make_server(graph: Dataset | GraphStore, port: int = 3030, limits: Limits = Limits()) -> SparqlServer:
    """A server of ``graph`` (an rdflib ``Dataset`` is served from memory) bound to 127.0.0.1:``port``
    (0: a free port), not yet serving."""
    store = MemoryStore(graph) if isinstance(graph, Dataset) else graph
    try:
        return SparqlServer(store, port, limits)
    except OSError as exc:
        raise KgError(Errors.E063, value=port, host=HOST, reason=exc.strerror or exc) from None
