"""Where a graph lives while it is built or queried: rdflib in memory, or an Oxigraph store.

rdflib's in-memory ``Dataset`` is simple and enough for a few reports, but at two million
triples Oxigraph loads a collection 6 times faster, answers ``who-did-what`` over every
agency 9 times faster and for one agency in milliseconds where rdflib takes over a minute, and
holds the graph on disk (``bench/README.md``); rdflib
stays the default because a small graph needs nothing opened or closed. ``--store oxigraph``
keeps the graph in a pyoxigraph ``Store``: in memory, or persistent in a folder (``oxigraph:PATH``)
that later commands (``kg query``, ``kg load``, ``kg serve``) open again without re-parsing.

Both stores hold one named graph per report and answer the same SPARQL with the same rows,
as rdflib ``Result`` objects, so the table, CSV and JSON output is written by one piece of code.

Why Oxigraph's default graph holds a copy of every report graph: the named queries read the
*union* of the report graphs as their default graph, and rdflib's union is a set (a triple
that two reports share, such as a national law's label, matches once). Oxigraph's
``use_default_graph_as_union`` is a bag: that triple would match once per report and
duplicate rows. So ``OxigraphStore`` keeps the union, as a set, in the store's own default
graph and queries that. Everything that reads a store (``kg serve`` included) then sees the
same default graph as rdflib's union; named graphs stay one per report.

A read-only SPARQL endpoint needs only :func:`open_graph` and ``kg.query.run``, which
refuses SPARQL Update and returns an rdflib ``Result`` that serialises to the SPARQL 1.1
results formats. A store folder is opened read-only; Oxigraph leaves reading it while
another process writes it undefined, so serve a store that no ``kg build`` is writing::

    >>> from kg.query import run
    >>> store = open_graph("out/store")                                  # doctest: +SKIP
    >>> run(store, "who-did-what").serialize(format="json")               # doctest: +SKIP
"""
from __future__ import annotations

import contextlib
import io
import queue
import re
import tempfile
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD
from rdflib.query import Result
from rdflib.term import Node

from kg.errors import Errors, InputError, KgError
from kg.graph import io as graph_io
from kg.graph.build import bind_prefixes, new_dataset
from kg.graph.iri import ID
from kg.graph.namespace import FZ
from kg.sparql import prepare

if TYPE_CHECKING:
    from rdflib.plugins.sparql.sparql import Query

_PREFIXES = {"fz": str(FZ._NS), "id": str(ID)}
# The prefixes a query may use undeclared: those rdflib's SPARQL parser knows, and the graph's own.
_QUERY_PREFIXES = {**_PREFIXES, "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), "owl": str(OWL),
                   "prov": str(PROV), "skos": str(SKOS), "dcterms": str(DCTERMS)}
_OX_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
               "nt": ox.RdfFormat.N_TRIPLES, "json-ld": ox.RdfFormat.JSON_LD}


class GraphStore(ABC):
    """One named graph per report, queried through their union."""

    @abstractmethod
    def put_graphs(self, graphs: Sequence[tuple[URIRef, bytes]], checked: bool = False) -> None:
        """Replace each named graph ``name`` with the quads of its ``nquads`` (N-Quads naming that graph).

        A batch, because a persistent store pays for each write transaction. ``checked``: the graphs were written
        by ``kg.graph.nquads``, which refuses every IRI that is not one, so the store need not check them again.
        """

    @abstractmethod
    def drop_graphs(self, names: Iterable[URIRef]) -> None:
        """Remove these named graphs."""

    @abstractmethod
    def load_file(self, path: Path) -> None:
        """Add a graph file (format from its suffix); triples-only formats go to the default graph."""

    @abstractmethod
    def graph_names(self) -> list[URIRef]:
        """The named graphs, sorted."""

    @abstractmethod
    def graph_data(self, name: URIRef | None) -> bytes:
        """One named graph (or, for ``None``, the triples outside every named graph) as N-Triples.

        N-Triples is also valid Turtle, so any Graph Store Protocol endpoint takes it.
        """

    @abstractmethod
    def select(self, text: str, bindings: dict[Variable, Node]) -> Result:
        """Run a read-only query over the union of the graphs; ``bindings`` are initial values, never pasted in."""

    @abstractmethod
    def save(self, path: Path) -> None:
        """Write the graph to a file, atomically, in the format of its suffix."""

    def saves_aside(self, path: Path) -> bool:
        """Whether ``save(path)`` runs without holding the interpreter, so that other work (the page) can run
        beside it on a thread."""
        return False

    @abstractmethod
    def dataset(self) -> Dataset:
        """The graph as an rdflib ``Dataset``, for the tools that walk it in Python (view, SHACL, scorer)."""

    @abstractmethod
    def __len__(self) -> int:
        """The number of distinct triples in the union of the graphs."""

    def loading(self) -> contextlib.AbstractContextManager[None]:
        """A stretch of ``put_graphs`` calls (a build) that the store may write as one load, done when it ends."""
        return contextlib.nullcontext()

    def close(self) -> None:
        """Release the store (a persistent Oxigraph store flushes and unlocks its folder)."""


class MemoryStore(GraphStore):
    """rdflib's in-memory ``Dataset``: nothing to install or open, fine for a handful of reports."""


    def __init__(self, dataset: Dataset | None = None) -> None:
        self._dataset = dataset if dataset is not None else new_dataset()

    def put_graphs(self, graphs: Sequence[tuple[URIRef, bytes]], checked: bool = False) -> None:
        for name, nquads in graphs:
            self._dataset.remove_graph(name)
            self._dataset.parse(data=nquads, format="nquads")

    def drop_graphs(self, names: Iterable[URIRef]) -> None:
        for name in names:
            self._dataset.remove_graph(name)

    def load_file(self, path: Path) -> None:
        graph_io.load(path, into=self._dataset)

    def graph_names(self) -> list[URIRef]:
        default = self._dataset.default_graph.identifier
        return sorted(URIRef(g.identifier) for g in self._dataset.graphs() if g.identifier != default and len(g))

    def graph_data(self, name: URIRef | None) -> bytes:
        graph = self._dataset.default_graph if name is None else self._dataset.graph(name)
        out = Graph()
        for triple in graph:
            out.add(triple)
        return out.serialize(format="nt", encoding="utf-8")

    def select(self, text: str, bindings: dict[Variable, Node]) -> Result:
        query = prepare(text)
        problem = _parsed_outside_reach(query, {g.identifier for g in self._dataset.graphs()})
        if problem:
            raise problem
        return self._dataset.query(query, initBindings=bindings)

    def save(self, path: Path) -> None:
        graph_io.save(self._dataset, path)

    def dataset(self) -> Dataset:
        return self._dataset

    def __len__(self) -> int:
        return len(self._dataset)


class OxigraphStore(GraphStore):
    """A pyoxigraph ``Store``, in memory or persistent in a folder; fast SPARQL on millions of triples."""


    def __init__(self, path: Path | None = None, read_only: bool = False, union_only: bool = False,
                 streamed: bool = True) -> None:
        """``union_only`` holds the union of the graphs put and not the graphs themselves: all that a triples
        file (Turtle, N-Triples) and the page read, loaded in two fifths to two thirds of the time (``bench/README.md``).
        ``streamed`` lets a store folder take a build's graphs as one bulk load (:meth:`loading`)."""
        self.path = path
        self.read_only = read_only
        self.union_only = union_only
        self._streamed = streamed and path is not None
        self._stream: _BulkStream | None = None
        self._started: dict[str, Future] = {}  # ``prefetch``
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as exc:
            detail = str(exc).splitlines()[0][:160]
            if path is not None and (path.exists() and not path.is_dir() or not path.parent.is_dir()):
                raise InputError(path, Errors.E039) from None
            hint = "; is another kg command writing to it?" if "lock" in detail.lower() else ""
            raise InputError(path, Errors.E034, reason=detail, hint=hint) from None

    def put_graphs(self, graphs: Sequence[tuple[URIRef, bytes]], checked: bool = False) -> None:
        """Graphs the store already holds unchanged are left alone: rebuilding a persistent
        store then writes only the reports that changed, which is most of its cost.

        Checked graphs are parsed without validating their IRIs again, which was a third of loading a build's
        union (``bench/README.md``)."""
        if self.union_only:
            self._load(b"".join(_as_triples(ox.NamedNode(str(name)), nquads) for name, nquads in graphs), checked)
            return
        changed = []
        for name, nquads in graphs:
            graph = ox.NamedNode(str(name))
            if self._store.contains_named_graph(graph):
                if self._holds(graph, nquads):
                    continue
                self._drop(graph)
            changed.append((graph, nquads))
        if not changed:
            return
        self._load(b"".join([nquads for _, nquads in changed] + [_as_triples(graph, nquads) for graph, nquads in changed]),
                   checked)

    def _load(self, nquads: bytes, checked: bool) -> None:
        # On disk bulk_load skips the write transaction, four times faster than load. A build cut short
        # leaves a graph incomplete, which the next build finds different from its report's and replaces.
        # In memory there is no transaction log to skip, and load costs a fifth less CPU than bulk_load's threads.
        if self._stream is not None:  # a build's graphs, all checked (``loading``)
            self._stream.put(nquads)
        else:
            (self._store.load if self.path is None else self._store.bulk_load)(nquads, format=ox.RdfFormat.N_QUADS,
                                                                                 lenient=checked)

    @contextlib.contextmanager
    def loading(self) -> Iterator[None]:
        """In a store folder, the graphs put until the end of the block go to Oxigraph as one bulk load, read
        from the batches as they come; the block ends once it is written.

        Oxigraph's bulk loader then cuts the quads into chunks of its own, far larger than a batch, and RocksDB
        ingests fewer and larger files: the writer's CPU a report is 45 ms at 1,000 and at 3,000 reports against
        63 and 52 ms batch by batch, and the folder a quarter to a third smaller (``bench/README.md``). The
        loader holds about 2.3 GiB while it sorts a chunk, whatever the number of reports, so a store spilled
        to disk for the default path, bound to 1.5 GB, loads batch by batch as before (``streamed=False``).
        The load takes what is put as a build puts it, ``checked``, without validating the IRIs again.
        """
        if not self._streamed or self._stream is not None:
            yield
            return
        self._stream = _BulkStream(self._store)
        try:
            yield
        finally:
            stream, self._stream = self._stream, None
            stream.finish()

    def _holds(self, graph: ox.NamedNode, nquads: bytes) -> bool:
        """Whether ``graph`` holds exactly the triples of ``nquads``, compared as N-Triples lines.

        Lines, not parsed quads: building a Python object per term of every report made adding
        one report to a built collection cost almost half a full build. A literal that the two
        writers escape differently (a tab) makes its graph count as changed: rewritten, never wrong.
        """
        held = self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph) or b""
        return set(held.splitlines()) == set(_as_triples(graph, nquads).splitlines()) - {b""}

    def drop_graphs(self, names: Iterable[URIRef]) -> None:
        for name in names:
            self._drop(ox.NamedNode(str(name)))

    def _drop(self, graph: ox.NamedNode) -> None:
        """Remove a named graph, and from the union those of its triples that no other graph holds."""
        self._store.update(
            f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER(?other != {graph}) }} }}")
        self._store.remove_graph(graph)

    def load_file(self, path: Path) -> None:
        fmt = graph_io.format_for(path)
        if not path.is_file():
            raise InputError(path, Errors.E031 if not path.exists() else Errors.E032)
        if fmt == "json-ld":
            graph_io.refuse_remote_context(path)
        try:
            self._store.load(path=str(path), format=_OX_FORMATS[fmt])
        except (SyntaxError, ValueError) as exc:
            raise InputError(path, Errors.E033, fmt=fmt, reason=str(exc).splitlines()[0][:160]) from None
        self._store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")

    def graph_names(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def graph_data(self, name: URIRef | None) -> bytes:
        if name is None:
            # The default graph holds the union; what is there but in no named graph came from a triples file.
            unnamed = self._store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }")
            return unnamed.serialize(format=ox.RdfFormat.N_TRIPLES) or b""
        return self._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(str(name))) or b""

    def _named_quads(self) -> Iterator[ox.Quad]:
        """The quads of every named graph, graph by graph in name order.

        Asked of each graph by its name, not filtered out of every quad in the store: the union copy
        is never read, and writing 300 reports as N-Quads takes a fifth less time (``bench/README.md``).
        """
        names = sorted(self._store.named_graphs(), key=str)
        return chain.from_iterable(self._store.quads_for_pattern(None, None, None, name) for name in names)

    def select(self, text: str, bindings: dict[Variable, Node]) -> Result:
        """Bound values are joined through a ``VALUES`` block at the head of the WHERE clause.

        There Oxigraph starts from them, as rdflib starts from its initial bindings: one
        agency's ``who-did-what`` reads that agency's actions, not every action in the store
        (0.4 ms against 200 ms with a trailing ``VALUES`` on 300 reports, ``bench/README.md``).
        Oxigraph's own substitutions (SEP-0007) are slower still: 417 ms against 50 ms for one
        agency of 200 reports' who-did-what (513,466 triples), and they refuse variables the query
        does not select. Nothing in the block is the user's text: each name is a variable the
        parsed query uses (``kg.query.checked``) and each value is written by rdflib's N3
        serialiser, which escapes it as one RDF term. A query where the block cannot go first
        (it binds the variable itself with ``BIND``) gets it at the end.
        """
        problem = outside_reach(text, lambda iri: self._store.contains_named_graph(ox.NamedNode(iri)))
        if problem:
            raise problem
        *tries, last = _with_values(text, bindings)
        for query in tries:
            try:
                return _to_result(self._query(query))
            except SyntaxError:
                continue
        try:
            answer = self._query(last)
        except SyntaxError as exc:
            raise KgError(Errors.E043, reason=str(exc).splitlines()[0][:200]) from None
        return _to_result(answer)

    def table(self, text: str) -> list[list[str]]:
        """Each solution of a SELECT as the plain values of its terms (``""`` where unbound), in its order.

        For a reader that turns tens of thousands of rows into its own structures (the page): Oxigraph
        writes the solutions as TSV and they are split back, so no Python object is made per term but the
        value's text. An IRI or a literal is its text, as ``term.value`` gives it; a blank node is ``_:`` and its id.
        Not CSV: Oxigraph writes an IRI there unquoted even when it holds a comma (a programme's name written
        with an ASCII comma, 学习贯彻二十大精神,踔厉奋发…), and its row then split into one field too many.
        """
        started = self._started.pop(text, None)
        return started.result() if started is not None else self._read_table(text)

    def _read_table(self, text: str) -> list[list[str]]:
        data = (self._query(text).serialize(format=ox.QueryResultsFormat.TSV) or b"").decode("utf-8")
        lines = data.split("\n")[1:]
        if lines and not lines[-1]:  # the newline that ends the last row
            lines.pop()
        return [[term[1:-1] if term[:1] == "<" else _tsv_literal(term) if term[:1] == '"' else term
                 for term in line.split("\t")] for line in lines]

    def prefetch(self, texts: Sequence[str]) -> None:
        """Start :meth:`table` of each of these queries on a thread of its own, for a reader that asks for all of them.

        Oxigraph evaluates a query as it writes the results, without the interpreter (a fifth of the page's
        time at 300 reports): started together, the reads run beside each other and beside the Python that
        turns the first ones into the reader's structures. ``table`` of one of these texts then waits for its
        result, once; a later ``table`` of the same text reads the store again.
        """
        pool = ThreadPoolExecutor(max(len(texts), 1), thread_name_prefix="kg-read")
        for text in texts:
            self._started[text] = pool.submit(self._read_table, text)
        pool.shutdown(wait=False)  # the threads end once their reads are done

    def _query(self, text: str) -> object:
        try:
            return self._store.query(text, prefixes=_QUERY_PREFIXES)
        except RuntimeError as exc:
            raise KgError(Errors.E044, reason=str(exc).splitlines()[0][:200]) from None

    def saves_aside(self, path: Path) -> bool:
        return not holds_graphs(path)

    def save(self, path: Path) -> None:
        """Streamed to the file: a large collection's Turtle is never held in memory whole. A graph format is
        written by Oxigraph to the file it opens, without the interpreter (``saves_aside``); a dataset format
        is written from the report graphs one by one, in Python."""
        fmt = _OX_FORMATS[graph_io.format_for(path)]
        if fmt.supports_datasets:
            graph_io.write_atomic(path, lambda out: ox.serialize(self._named_quads(), out, format=fmt, prefixes=_PREFIXES))
        else:
            graph_io.dump_atomic(path, lambda out: self._store.dump(out, format=fmt, from_graph=ox.DefaultGraph(),
                                                                    prefixes=_PREFIXES))

    def dataset(self) -> Dataset:
        dataset = new_dataset()
        dataset.parse(data=ox.serialize(self._named_quads(), format=ox.RdfFormat.N_QUADS) or b"", format="nquads")
        return dataset

    def __len__(self) -> int:
        """The triples of the union. A store of the union alone holds nothing else, and counts its quads in half the
        time that a SPARQL count of the default graph takes (60 ms for 300 reports, at the end of a build)."""
        if self.union_only:
            return len(self._store)
        count = next(iter(self._store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))
        return int(count["n"].value)

    def close(self) -> None:
        if self.path is not None and not self.read_only:
            self._store.flush()


class SpilledStore(OxigraphStore):
    """An Oxigraph store in a new folder under ``near``, deleted when it is closed or the process ends.

    In memory Oxigraph takes about 1.5 MiB a report (each triple indexed in its report's graph and
    in the union), so a collection of thousands would not fit in a few gigabytes; on disk the
    process stays near 400 MiB whatever the number of reports (``bench/README.md``).
    """

    def __init__(self, near: Path, union_only: bool = False) -> None:
        near.mkdir(parents=True, exist_ok=True)
        self._folder = tempfile.TemporaryDirectory(prefix="store-", dir=near)
        super().__init__(Path(self._folder.name), union_only=union_only, streamed=False)

    def close(self) -> None:
        self._folder.cleanup()


class _BulkStream:
    """One ``bulk_load`` on a thread of its own, reading N-Quads batches as they are put: a file-like reader
    over a queue of one batch, so at most a batch waits while Oxigraph parses the one before."""

    def __init__(self, store: ox.Store) -> None:
        self._batches: queue.Queue[bytes | None] = queue.Queue(maxsize=1)
        self._held = io.BytesIO()
        self._ended = False  # Oxigraph may read again after the end
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="kg-bulk-load")
        self._done: Future = self._thread.submit(store.bulk_load, self, format=ox.RdfFormat.N_QUADS, lenient=True)

    def read(self, size: int = -1) -> bytes:
        """What Oxigraph asks of its input; empty once the stream is finished."""
        out = self._held.read(size)
        while not out and not self._ended:
            batch = self._batches.get()
            self._ended = batch is None
            self._held = io.BytesIO(batch or b"")
            out = self._held.read(size)
        return out

    def put(self, nquads: bytes) -> None:
        """Hand a batch to the loader, waiting while it still has one; a load that failed is raised here."""
        if not self._hand(nquads):
            self._done.result()
            raise KgError(Errors.E310)

    def finish(self) -> None:
        """End the input and wait until the load is written; its error, if any, is raised here."""
        try:
            self._hand(None)
            self._done.result()
        finally:
            self._thread.shutdown()

    def _hand(self, item: bytes | None) -> bool:
        """Queue ``item`` for the loader, waiting while the queue is full; False if the load stopped first."""
        while not self._done.done():
            try:
                self._batches.put(item, timeout=0.5)
                return True
            except queue.Full:
                continue
        return False


def oxigraph_copy(graph: Graph) -> OxigraphStore:
    """The triples of an rdflib graph (a dataset's union) in an in-memory Oxigraph store, for a reader that
    asks many SPARQL questions of it."""
    store = OxigraphStore()
    store._store.bulk_load(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
    return store


def holds_graphs(path: Path) -> bool:
    """Whether a graph file of this name keeps each report's named graph (TriG, N-Quads, JSON-LD) or only their union."""
    return _OX_FORMATS[graph_io.format_for(path)].supports_datasets


DEFAULT_STORE = "oxigraph"
"""Where a graph is held unless the user says: Oxigraph, in memory (``bench/README.md`` has why)."""


def open_store(spec: str) -> GraphStore:
    """A store from a ``--store`` value: ``memory``, ``oxigraph`` (in memory) or ``oxigraph:PATH``."""
    kind, _, location = spec.partition(":")
    if kind == "memory" and not location:
        return MemoryStore()
    if kind == "oxigraph":
        return OxigraphStore(Path(location) if location else None)
    raise KgError(Errors.E035, value=spec)


def open_graph(graph: str | Path, spec: str = DEFAULT_STORE) -> GraphStore:
    """What a reading command works on: an Oxigraph store folder (``PATH`` or ``oxigraph:PATH``) as it is,
    read-only, or a graph file loaded into a store of ``spec`` held in memory.

    A reading command never writes a store: ``spec`` naming a folder (``oxigraph:PATH``) is refused,
    since loading the file there would add to what the folder holds.
    """
    kind, colon, location = str(graph).partition(":")
    path = Path(location) if kind == "oxigraph" and colon and location else Path(graph)
    if path.is_dir():
        if not (path / "CURRENT").is_file():  # every RocksDB folder, so every Oxigraph store, has one
            raise InputError(path, Errors.E029)
        return OxigraphStore(path, read_only=True)
    if path != Path(graph):
        raise InputError(path, Errors.E121)
    if spec.startswith("oxigraph:"):
        raise KgError(Errors.E122, value=spec)
    store = open_store(spec)
    store.load_file(path)
    return store


def _as_triples(graph: ox.NamedNode, nquads: bytes) -> bytes:
    """A report graph's N-Quads lines without the graph name that ends each, so in the default graph (the union).

    A literal escapes its line breaks, so the name followed by a line break ends a line wherever it
    is found; replacing it is a fifth of the cost of a pattern that finds any name.
    """
    return nquads.replace(f" {graph} .\n".encode(), b" .\n")


# What can hide a brace or a keyword in SPARQL text: strings, IRIs and comments.
_IRI = r'<[^<>"{}|^`\\\x00-\x20]*>'
_SPARQL_TOKEN = re.compile(
    r'"""[\s\S]*?"""' r"|'''[\s\S]*?'''" r'|"(?:[^"\\\n]|\\.)*"' r"|'(?:[^'\\\n]|\\.)*'"
    rf"|(?<![?$:\w])FROM\s+(?:NAMED\s+)?(?P<source>{_IRI}|\S+)"
    rf"|{_IRI}|#[^\n]*|(?<![?$:\w])(?:WHERE|CONSTRUCT|DESCRIBE|SERVICE)\b|\{{", re.I)


def outside_reach(text: str, holds: Callable[[str], bool]) -> KgError | None:
    """Why query ``text`` would read something other than the graphs a store ``holds``, told from its tokens.

    Oxigraph follows ``SERVICE`` over HTTP. Parsing the query with rdflib to find it would
    cost more than most queries take Oxigraph to answer, so its words are read instead.
    """
    for token in _SPARQL_TOKEN.finditer(text):
        source = token.group("source")
        if source and not source.startswith("<"):
            return KgError(Errors.E074, source=source)
        if source and not holds(source[1:-1]):
            return KgError(Errors.E075, source=source)
        if token.group().upper() == "SERVICE":
            return KgError(Errors.E076)
    return None


def _parsed_outside_reach(query: Query, graphs: set[Node]) -> KgError | None:
    """Why a parsed query would read something other than ``graphs``: rdflib would fetch a
    ``SERVICE`` or a ``FROM`` graph it does not hold from the web, or read it from disk."""
    for clause in query.algebra.get("datasetClause") or []:
        iri = clause.get("default") or clause.get("named")
        if iri not in graphs:
            return KgError(Errors.E075, source=f"<{iri}>")
    from rdflib.plugins.sparql.algebra import traverse  # here: rdflib's SPARQL parser takes a third of a second to import, and building a graph parses no SPARQL
    from rdflib.plugins.sparql.parserutils import CompValue

    services: list[CompValue] = []
    traverse(query.algebra, visitPre=lambda node: services.append(node)
             if isinstance(node, CompValue) and node.name == "ServiceGraphPattern" else None)
    if services:
        return KgError(Errors.E076)
    return None


def _with_values(text: str, bindings: dict[Variable, Node]) -> list[str]:
    """The query texts to try in turn: the ``VALUES`` block opening the WHERE clause, then after the query."""
    if not bindings:
        return [text]
    names = " ".join(k.n3() for k in bindings)
    terms = " ".join(v.n3() for v in bindings.values())
    block = f"VALUES ({names}) {{ ({terms}) }}"
    where = _where_brace(text)
    leading = [] if where is None else [f"{text[:where + 1]} {block}\n{text[where + 1:]}"]
    return [*leading, f"{text}\n{block}"]


def _where_brace(text: str) -> int | None:
    """Offset of the brace that opens the query's WHERE clause (``None`` when it cannot be told)."""
    template = False
    for token in _SPARQL_TOKEN.finditer(text):
        word = token.group().upper()
        if word == "WHERE":
            template = False
        elif word in ("CONSTRUCT", "DESCRIBE"):
            template = True  # its first brace is the template, or it has no WHERE clause at all
        elif word == "{" and not template:
            return token.start()
    return None


def _to_rdflib(term: object) -> Node | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == str(XSD.string) else URIRef(datatype))
    raise KgError(Errors.E045, term=repr(term))


_TSV_ESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", re.DOTALL)
_TSV_ESCAPED = {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f"}


def _tsv_literal(term: str) -> str:
    """A literal as SPARQL TSV writes it (``"text"``, with ``@lang`` or ``^^<datatype>`` after it, and Turtle's
    escapes inside) as its text."""
    text = term[1:term.rindex('"')]
    if "\\" not in text:
        return text
    return _TSV_ESCAPE.sub(lambda m: chr(int(m[1][1:], 16)) if len(m[1]) > 1 else _TSV_ESCAPED.get(m[1], m[1]), text)


def _to_result(answer: object) -> Result:
    """An Oxigraph answer as an rdflib ``Result``, so that output formatting is shared."""
    if isinstance(answer, ox.QueryBoolean):
        result = Result("ASK")
        result.askAnswer = bool(answer)
        return result
    if isinstance(answer, ox.QueryTriples):
        result = Result("CONSTRUCT")
        graph = Graph()
        bind_prefixes(graph)
        for triple in answer:
            graph.add((_to_rdflib(triple.subject), _to_rdflib(triple.predicate), _to_rdflib(triple.object)))
        result.graph = graph
        return result
    result = Result("SELECT")
    names = [Variable(v.value) for v in answer.variables]
    result.vars = names
    result.bindings = [{n: _to_rdflib(solution[str(n)]) for n in names if solution[str(n)] is not None}
                       for solution in answer]
    return result

