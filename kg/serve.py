"""A read-only SPARQL 1.1 Protocol endpoint over a loaded graph or an Oxigraph store, on 127.0.0.1 only.

Any SPARQL client (YASGUI, SPARQLWrapper, ``curl``) can then query a built
graph: ``GET /sparql?query=…``, ``POST`` with ``application/sparql-query`` or a
form with ``query=``. Results are SPARQL JSON or CSV (triples as Turtle or
N-Triples), chosen by the ``Accept`` header.

What keeps it safe to leave running:

- UPDATE is refused (403), and so is anything that would reach outside the
  loaded graph: ``SERVICE`` and ``FROM`` a graph that is not loaded (rdflib
  would fetch it from the web or read it from disk).
- Queries are checked and answered in a pool of forked worker processes; a worker
  past the time limit is killed and replaced (a thread running an rdflib or Oxigraph
  query cannot be stopped), so one runaway query costs at most that long.
- waitress serves the HTTP side: many clients at once, and a connection that stays
  silent (an idle or half-sent request) is closed after ``idle_timeout``.
- At most ``max_rows`` rows (or triples) are returned; a cut result says so in
  the ``X-SPARQL-MaxRows`` header.
"""
from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import queue
import signal
import threading
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from http import HTTPStatus
from itertools import islice
from multiprocessing.connection import Connection
from urllib.parse import parse_qs

import waitress
from rdflib import Dataset, Graph
from rdflib.query import Result

from kg.errors import Errors, KgError
from kg.graph.build import bind_prefixes
from kg.sparql import is_update
from kg.store import GraphStore, MemoryStore, OxigraphStore

HOST = "127.0.0.1"
ENDPOINT = "/sparql"
# Media types offered, by kind of result; the first of each is the default.
RESULT_TYPES = {"application/sparql-results+json": "json", "application/json": "json", "text/csv": "csv"}
ASK_TYPES = {"application/sparql-results+json": "json", "application/json": "json"}
GRAPH_TYPES = {"text/turtle": "turtle", "application/n-triples": "nt"}
_TYPES_OF = {"SELECT": RESULT_TYPES, "ASK": ASK_TYPES, "CONSTRUCT": GRAPH_TYPES, "DESCRIBE": GRAPH_TYPES}
_CHARSET = {"json": "; charset=utf-8", "csv": "; charset=utf-8", "turtle": "; charset=utf-8", "nt": ""}


@dataclass(frozen=True)
class Limits:
    """How much one request may cost."""

    timeout: float = 10.0  # seconds of query evaluation
    max_rows: int = 10_000  # result rows, or triples of a CONSTRUCT/DESCRIBE
    max_request_bytes: int = 1 << 20
    idle_timeout: float = 30.0  # seconds a connection may stay silent, half a request sent or none
    concurrency: int = max(4, 2 * (os.cpu_count() or 1))  # queries answered at once
    connections: int = 1000  # open connections at most; more wait in the listen backlog


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


def answer(store: GraphStore, text: str, accept: str | None, max_rows: int) -> Response:
    """The HTTP response to SPARQL query ``text`` on ``store``: checked, evaluated, capped, serialised.

    It runs in a query worker, where the time limit can stop it.
    """
    if is_update(text):
        return _error(HTTPStatus.FORBIDDEN, "SPARQL UPDATE is refused: this endpoint is read-only")
    try:
        result = store.select(text, {})  # SERVICE and FROM a graph the store lacks are refused here
    except KgError as exc:
        return _error(HTTPStatus.BAD_REQUEST, str(exc))
    offered = _TYPES_OF[result.type]
    media = negotiate(accept, offered)
    if media is None:
        return _error(HTTPStatus.NOT_ACCEPTABLE, f"cannot answer in {accept}; offered: {', '.join(offered)}")
    fmt = offered[media]
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
    headers = (("X-SPARQL-MaxRows", str(max_rows)),) if truncated else ()
    return Response(HTTPStatus.OK, media + _CHARSET[fmt], body, headers)


def _worker(conn: Connection, store: GraphStore, max_rows: int, parent: int) -> None:
    """A query worker's life: answer each ``(text, accept)`` received until the pipe closes or the server dies.

    Another worker forked later holds a copy of this worker's pipe, so the pipe alone does not
    close when the server dies: the worker also watches its parent.

    A worker serving a store folder opens the folder itself, read-only: a RocksDB handle
    inherited across ``fork`` shares file locks and background threads it does not own.
    """
    if isinstance(store, OxigraphStore) and store.path is not None:
        store = OxigraphStore(store.path, read_only=True)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's to handle: it ends the workers
    while True:
        try:
            while not conn.poll(1.0):
                if os.getppid() != parent:
                    return  # the server died without ending its workers (SIGKILL): end with it
            text, accept = conn.recv()
        except (EOFError, OSError):
            return
        try:
            response = answer(store, text, accept, max_rows)
        except Exception as exc:  # noqa: BLE001 - one query's failure is its own 500, not the worker's end
            response = _error(HTTPStatus.INTERNAL_SERVER_ERROR,
                              f"query failed: {type(exc).__name__}: {(str(exc).splitlines() or [''])[0][:300]}")
        conn.send(response)


@dataclass(eq=False)
class _Process:
    process: multiprocessing.process.BaseProcess
    conn: Connection


class WorkerPool:
    """Query workers forked once, each holding the store; a worker past the time limit is killed and replaced.

    A thread running an rdflib or Oxigraph query cannot be stopped, a process can. Forking a
    worker per query cost more than most queries; a pool keeps that to the queries that time out.
    """

    def __init__(self, store: GraphStore, limits: Limits) -> None:
        self._store = store
        self._limits = limits
        self._context = multiprocessing.get_context("fork")
        self._idle: queue.SimpleQueue[_Process] = queue.SimpleQueue()
        self._all: set[_Process] = set()
        self._lock = threading.Lock()
        # One query here, before any fork, builds what every query needs once (the SPARQL grammar, the store's
        # prefixes): each worker then starts with it, and its first query is not the one that meets the time limit.
        answer(store, "ASK {}", None, 1)
        for _ in range(limits.concurrency):
            self._idle.put(self._spawn())

    def _spawn(self) -> _Process:
        mine, theirs = self._context.Pipe()
        process = self._context.Process(target=_worker, args=(theirs, self._store, self._limits.max_rows, os.getpid()),
                                        daemon=True)
        process.start()
        theirs.close()
        worker = _Process(process, mine)
        with self._lock:
            self._all.add(worker)
        return worker

    def _replace(self, worker: _Process) -> _Process:
        worker.process.kill()
        worker.process.join()
        worker.conn.close()
        with self._lock:
            self._all.discard(worker)
        return self._spawn()

    def answer(self, text: str, accept: str | None) -> Response:
        """The response of an idle worker, or 503 when the query outlives the time limit."""
        worker = self._idle.get()
        try:
            worker.conn.send((text, accept))
            if not worker.conn.poll(self._limits.timeout):
                worker = self._replace(worker)
                return _error(HTTPStatus.SERVICE_UNAVAILABLE,
                              f"query stopped after {self._limits.timeout:g} s, the time limit; narrow it or add LIMIT")
            return worker.conn.recv()
        except (EOFError, OSError):
            worker = self._replace(worker)
            return _error(HTTPStatus.INTERNAL_SERVER_ERROR, "query worker died without an answer")
        finally:
            self._idle.put(worker)

    def close(self) -> None:
        with self._lock:
            workers, self._all = self._all, set()
        for worker in workers:
            worker.process.kill()
            worker.process.join()
            worker.conn.close()


def application(pool: WorkerPool, limits: Limits) -> Callable:
    """The WSGI application that answers the SPARQL protocol at :data:`ENDPOINT` from ``pool``'s workers."""

    def app(environ: dict, start_response: Callable) -> list[bytes]:
        response = _respond(pool, limits, environ)
        headers = [("Content-Type", response.content_type), ("Content-Length", str(len(response.body))),
                   *response.headers]
        start_response(f"{response.status.value} {response.status.phrase}", headers)
        return [response.body]

    return app


def _respond(pool: WorkerPool, limits: Limits, environ: dict) -> Response:
    if environ.get("PATH_INFO") != ENDPOINT:
        return _error(HTTPStatus.NOT_FOUND, f"the SPARQL endpoint is {ENDPOINT}?query=…")
    accept = environ.get("HTTP_ACCEPT")
    method = environ.get("REQUEST_METHOD")
    if method in ("GET", "HEAD"):
        return _form(pool, parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True), accept)
    if method != "POST":
        return _error(HTTPStatus.METHOD_NOT_ALLOWED, "use GET or POST")
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = -1
    if not 0 <= length <= limits.max_request_bytes:
        return _error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request body must be 0 to {limits.max_request_bytes} bytes")
    header = Message()
    header["Content-Type"] = environ.get("CONTENT_TYPE") or ""
    body = environ["wsgi.input"].read(length).decode(header.get_content_charset() or "utf-8", errors="replace")
    kind = header.get_content_type()
    if kind == "application/sparql-update":
        return _error(HTTPStatus.FORBIDDEN, "SPARQL UPDATE is refused: this endpoint is read-only")
    if kind == "application/sparql-query":
        return pool.answer(body, accept)
    if kind == "application/x-www-form-urlencoded":
        return _form(pool, parse_qs(body, keep_blank_values=True), accept)
    return _error(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                  "POST application/sparql-query, or a form (application/x-www-form-urlencoded) with query=")


def _form(pool: WorkerPool, params: dict[str, list[str]], accept: str | None) -> Response:
    """The answer to the ``query=`` of a query string or a form; ``update=`` is refused."""
    if "update" in params:
        return _error(HTTPStatus.FORBIDDEN, "SPARQL UPDATE is refused: this endpoint is read-only")
    queries = params.get("query", [])
    if len(queries) != 1:
        return _error(HTTPStatus.BAD_REQUEST, "give exactly one query parameter")
    return pool.answer(queries[0], accept)


class SparqlServer:
    """One loaded store behind the SPARQL protocol, served by waitress.

    waitress reads each request whole in its event loop before a thread answers it, and closes
    a connection idle for ``limits.idle_timeout``: a client that sends half a request and stops
    ties up no thread, and many clients are answered at once (``limits.concurrency`` queries).
    """

    def __init__(self, store: GraphStore, port: int, limits: Limits) -> None:
        self.store = store
        self.limits = limits
        # waitress warns of every request that waits for a thread; a burst of clients is no fault.
        logging.getLogger("waitress.queue").setLevel(logging.ERROR)
        self._pool = WorkerPool(store, limits)
        try:
            self._server = waitress.create_server(
                application(self._pool, limits), host=HOST, port=port, threads=limits.concurrency,
                channel_timeout=limits.idle_timeout, cleanup_interval=limits.idle_timeout, max_request_body_size=limits.max_request_bytes,
                connection_limit=limits.connections, backlog=limits.connections, ident="fazhi-kg",
                clear_untrusted_proxy_headers=True)
        except BaseException:
            self._pool.close()
            raise
        self.server_address = self._server.socket.getsockname()[:2]
        self.server_port = self.server_address[1]

    def serve_forever(self) -> None:
        """Answer requests until :meth:`shutdown` (from another thread) or a ``KeyboardInterrupt``."""
        with contextlib.suppress(OSError, ValueError):  # the loop's sockets closed under it by shutdown
            self._server.run()

    def shutdown(self) -> None:
        """Stop serving: close every connection and the listening socket, and end the answering threads."""
        self._server.task_dispatcher.shutdown(timeout=self.limits.timeout + 1)
        for channel in list(self._server._map.values()):
            channel.close()

    def server_close(self) -> None:
        self._server.close()
        self._pool.close()


def make_server(graph: Dataset | GraphStore, port: int = 3030, limits: Limits = Limits()) -> SparqlServer:
    """A server of ``graph`` (an rdflib ``Dataset`` is served from memory) bound to 127.0.0.1:``port``
    (0: a free port), not yet serving."""
    store = MemoryStore(graph) if isinstance(graph, Dataset) else graph
    try:
        return SparqlServer(store, port, limits)
    except OSError as exc:
        raise KgError(Errors.E063, value=port, host=HOST, reason=exc.strerror or exc) from None
