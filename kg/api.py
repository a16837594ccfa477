"""The library API that the CLI and notebooks share; the CLI only maps its flags to these calls.

    >>> import kg
    >>> result = kg.build(["data/reports"])                          # doctest: +SKIP
    >>> kg.query(result.dataset, "who-did-what")[0]["agency"]         # doctest: +SKIP
    '城阳区人民政府'
    >>> kg.build(["data/reports"], "out/graph.ttl", jobs=2).output   # doctest: +SKIP
    PosixPath('out/graph.ttl')
"""
from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import glob
import hashlib
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import XSD, Dataset, Literal, URIRef

from kg import collector
from kg.cache import ExtractionCache
from kg.cache import key as cache_key
from kg.cache import package_version
from kg.coverage import Coverage, coverage, record_coverage
from kg.errors import Errors, InputError, KgError
from kg.graph import iri
from kg.graph import io as graph_io
from kg.graph.build import new_dataset, report_nquads
from kg.graph.nquads import graph_name, rename_graph
from kg.ingest.read import MAX_FILE_BYTES, TEXT_SUFFIXES
from kg.locate import division_named
from kg.outputs import writable
from kg.progress import Progress
from kg.query import rows, run
from kg.store import DEFAULT_STORE, GraphStore, OxigraphStore, SpilledStore, holds_graphs, open_store

if TYPE_CHECKING:
    import pandas as pd

DEFAULT_INPUT = Path("data/reports")
_PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies
STORE_BATCH_BYTES = 16 << 20
"""N-Quads written to the store in one load, about 25 reports. Loads of 64 MiB cost Oxigraph's bulk loader a sixth
less CPU but the build 600 MiB more memory (``bench/README.md``)."""
IN_MEMORY_REPORTS = 500
"""Above this many reports the default store holds the graph on disk beside the cache while a build writes its files
(``kg.store.SpilledStore``): in memory a collection takes about 1.5 MiB a report."""


def expand_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Files, folders (their report files, sorted) and glob patterns, in the order given."""
    out: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            # A broken link is kept, to be reported as one, not skipped in silence.
            out.extend(sorted(p for p in path.iterdir()
                              if (p.is_file() or p.is_symlink() and not p.exists()) and p.suffix.lower() in TEXT_SUFFIXES))
        elif any(ch in str(item) for ch in "*?[") and not path.exists():
            matches = sorted(p for p in map(Path, glob.glob(str(item), recursive=True))
                             if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES)
            if not matches:
                raise InputError(item, Errors.E005, suffixes=", ".join(TEXT_SUFFIXES))
            out.extend(matches)
        else:
            out.append(path)
    return list(dict.fromkeys(out))


def report_graph(path: Path, district: str | None = None, year: int | None = None) -> tuple[bytes, Coverage] | InputError:
    """One report's named graph as N-Quads with its coverage, or the reason it cannot be read.

    It runs in a worker process: N-Quads bytes pickle cheaply and load fast into either
    store, and they are what the cache keeps; the coverage is read from the record here, where it is
    at hand, instead of from the N-Quads in the parent. The stages are imported here, not with this
    module, so that a rebuild served from the cache never loads spaCy.
    """
    with collector.paused():  # the first call imports spaCy and the stages (kg.collector)
        from kg.extract import extract

    try:
        record = extract(path, district=district, year=year)
        return report_nquads(record), record_coverage(record)
    except InputError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 - a bug one odd file triggers (extracting or writing) must not cost the batch its work
        detail = (str(exc).splitlines() or [""])[0][:200]
        return InputError(path, Errors.E004, kind=type(exc).__name__, detail=detail)


def _worker_started(parent: int) -> None:
    """A worker leaves Ctrl-C to the parent (which stops the build with one line, no worker tracebacks)
    and dies with it: killed, the parent cannot stop its workers, so the kernel does (Linux).
    ``parent`` is the build's pid, taken before the fork: a worker whose parent died before the request took
    effect is adopted by init or by a subreaper (a container's, a terminal multiplexer's), whose pid need not be 1."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


@dataclass
class BuildReport:
    """What a build did: the report graphs it holds, the inputs that failed, the inputs built once because an
    earlier input holds the same text (``duplicates``), how many were extracted afresh, where each report
    went quiet (``coverage``), and, when it wrote them, the graph file and its page."""

    graphs: list[URIRef] = field(default_factory=list)
    failures: list[InputError] = field(default_factory=list)
    duplicates: list[InputError] = field(default_factory=list)
    extracted: int = 0
    content_key: str | None = None
    """When every report has a cache entry: a key of the graphs built (equal keys, equal graphs)."""
    store: GraphStore | None = None
    """The graph; ``None`` after a build that found its files as it left them and so loaded nothing, or that
    wrote a triples file from a store of the union alone (``dataset`` then loads the report graphs from the cache)."""
    output: Path | None = None
    page: Path | None = None
    triples: int = 0
    coverage: dict[URIRef, Coverage] = field(default_factory=dict)
    reload: Callable[[], GraphStore] | None = field(default=None, repr=False)

    @property
    def dataset(self) -> Dataset:
        """The built graph as an rdflib ``Dataset`` (a named graph per report)."""
        if self.store is None and self.reload is not None:
            self.store = self.reload()
        assert self.store is not None, "a BuildReport from build() or build_into() holds its store"
        return self.store.dataset()


def _digest(path: Path) -> str | None:
    """The sha256 of a file's bytes; ``None`` for what is not a readable file of a report's size
    (extraction then says why)."""
    try:
        if not path.is_file() or path.stat().st_size > MAX_FILE_BYTES:
            return None
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


Plan = tuple[list[tuple[Path, str | None]], list[str | None], list[InputError]]
"""The inputs to build (the first file of each text, with its sha256), their cache keys, and the others."""


def _plan(paths: Sequence[Path], district: str | None, year: int | None, cache: ExtractionCache | None) -> Plan:
    """What to build of ``paths``: the same bytes read as the same format are the same report.

    Every file is read and hashed here, once per build: ``build`` hands the plan it checked for an
    unchanged rebuild on to ``build_into``."""
    digests = [_digest(p) for p in paths]
    first: dict[tuple[str, str], Path] = {}
    duplicates = []
    for path, digest in zip(paths, digests):
        if digest is not None and first.setdefault((digest, path.suffix.lower()), path) != path:
            duplicates.append(InputError(path, Errors.E120, first=first[digest, path.suffix.lower()]))
    todo = [(p, d) for p, d in zip(paths, digests) if d is None or first[d, p.suffix.lower()] == p]
    entries = [cache_key(d, p.name, district, year) if cache is not None and d is not None else None for p, d in todo]
    return todo, entries, duplicates


def _content_key(entries: list[str | None]) -> str | None:
    """A key of the graphs that reports of these cache keys, in this order, make (their names included);
    ``None`` unless every report has a key."""
    if not entries or None in entries:
        return None
    return hashlib.sha256("\n".join(entries).encode()).hexdigest()  # type: ignore[arg-type]


def build_into(store: GraphStore, paths: Sequence[Path], district: str | None = None, year: int | None = None,
               jobs: int = 1, cache: ExtractionCache | None = None, progress: Progress | None = None,
               plan: Plan | None = None, started: Callable[[], object] | None = None) -> BuildReport:
    """Add each report to ``store`` as its own named graph, extracting on ``jobs`` processes.

    Reports stream through: at most a few per worker are in flight, and each graph goes into
    the store as soon as it is ready, in input order, so memory does not grow with the
    number of reports beyond the store itself. With a cache, unchanged reports are read
    from it instead of being extracted again.

    A report is named by what it is (division, year, writer), so two files never replace each
    other: the same text given twice is built once (listed in ``duplicates``), and a different
    text with the same division, year and writer as an earlier input gets a short content hash.
    ``plan`` is ``paths`` already planned with the same ``district``, ``year`` and ``cache``. ``started`` is
    called once the workers are running, for work that may go on a thread beside them from then on (no process
    forks after it: ``ProcessPoolExecutor`` forks every worker at the first submit).
    """
    report = BuildReport(store=store)
    progress = progress or Progress(len(paths), enabled=False)
    writer = _StoreWriter(store, progress)
    # (path, its sha256, cache key, graph (with its coverage when extracted) or error or its future, whether it was
    # extracted in this run)
    pending: deque[tuple[Path, str | None, str | None, Future | bytes | tuple[bytes, Coverage] | InputError, bool]] = deque()
    ready: list[tuple[URIRef, bytes]] = []
    texts: dict[URIRef, str | None] = {}  # each report IRI given out -> the sha256 of its text

    def flush() -> None:
        writer.put(list(ready))
        ready.clear()

    def settle() -> None:
        path, digest, entry, outcome, fresh = pending.popleft()
        result = outcome.result() if isinstance(outcome, Future) else outcome
        progress.extract.update()
        if isinstance(result, InputError):
            report.failures.append(result)
            progress.store.update()
        else:
            result, quiet = result if isinstance(result, tuple) else (result, coverage(result))
            if fresh and cache is not None and entry is not None:
                cache.put(entry, result)
            name = graph_name(result)
            if name in texts and digest is not None:  # the same coverage: only the report's IRIs change
                distinct = iri.distinct_report(name, digest)
                result, name = rename_graph(result, name, distinct), distinct
            texts[name] = digest
            report.coverage[name] = quiet
            ready.append((name, result))
            report.graphs.append(name)
        if sum(len(nquads) for _, nquads in ready) >= STORE_BATCH_BYTES:
            flush()

    todo, entries, report.duplicates = plan or _plan(paths, district, year, cache)
    progress.extract.total = progress.store.total = len(todo)
    hits = [cache is not None and e is not None and cache.has(e) for e in entries]
    workers = min(jobs, hits.count(False))
    with store.loading(), writer, ProcessPoolExecutor(workers, initializer=_worker_started, initargs=(os.getpid(),)) if workers > 1 else contextlib.nullcontext() as pool:
        for (path, digest), entry, hit in zip(todo, entries, hits):
            cached = cache.get(entry) if hit else None  # read one at a time: the cache may be larger than memory
            if cached is not None:
                pending.append((path, digest, entry, cached, False))
            else:
                # The first report is extracted here, before the workers fork at the first submit: they start
                # with the pipeline loaded (shared copy-on-write) instead of each loading it, about three
                # seconds of CPU apiece, as much as thirty reports take.
                warm = report.extracted > 0
                report.extracted += 1
                outcome = pool.submit(report_graph, path, district, year) if pool and warm else report_graph(path, district, year)
                pending.append((path, digest, entry, outcome, True))
                if pool and warm and started is not None:
                    started()
                    started = None
            while len(pending) > 2 * max(workers, 1):
                settle()
        while pending:
            settle()
        flush()
    report.graphs.sort()
    if cache is not None and not report.failures:
        report.content_key = _content_key(entries)
    return report


class _StoreWriter:
    """Writes batches of report graphs into a store on its own thread while the build gathers the next batch.

    Oxigraph lets go of the interpreter while it loads, so the extraction workers keep busy while a batch
    is written, where before they waited for the store (``bench/README.md``). One batch is written at a
    time, in input order; the store's progress counts the reports once they are written. Leaving the
    ``with`` block waits for the last batch, and a failed write is raised there or at the next ``put``.
    """

    def __init__(self, store: GraphStore, progress: Progress) -> None:
        self._store, self._progress = store, progress
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="kg-store")
        self._writing: tuple[Future, int] | None = None

    def put(self, graphs: list[tuple[URIRef, bytes]]) -> None:
        self.wait()
        self._writing = self._thread.submit(self._store.put_graphs, graphs, True), len(graphs)

    def wait(self) -> None:
        if self._writing is not None:
            done, written = self._writing
            self._writing = None
            done.result()
            self._progress.store.update(written)

    def __enter__(self) -> _StoreWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if exc[0] is None:
                self.wait()
        finally:
            self._thread.shutdown()


def build(inputs: Iterable[str | Path] = (DEFAULT_INPUT,), output: str | Path | None = None, *,
          district: str | None = None, year: int | None = None, jobs: int = 1, cache: bool = True,
          store: str | GraphStore = DEFAULT_STORE, html: bool = True, strict: bool = False,
          progress: bool = False) -> BuildReport:
    """Build the reports of ``inputs`` (files, folders, glob patterns) into one graph, a named graph per report.

    With ``output`` the graph file is written (its format from the suffix), replaced only once it is
    complete, with its HTML view beside it (``html``); unchanged reports then come from the
    output folder's ``.cache`` (``cache``). ``store`` is where the graph is held: ``oxigraph``
    (in memory, the default), ``oxigraph:PATH`` (a folder later commands open), ``memory`` (rdflib),
    or a store of yours; ``dataset`` gives it as an rdflib ``Dataset`` either way. A report that
    fails is listed in ``failures`` and the rest are built; with ``strict`` any failure writes nothing.
    ``district`` and ``year`` say what the texts do not.
    """
    if district:
        division_named(district)  # a setting the user got wrong is one error, not one per file
    if output is not None:  # checked before any work, so that a long build does not fail at its last step
        output = writable(Path(output))
        graph_io.format_for(output)
        if html:
            writable(output.with_suffix(".html"))
    paths = report_paths(inputs)
    folder = ExtractionCache(output.parent / ".cache") if output is not None and cache and not strict else None
    plan = _plan(paths, district, year, folder)
    if folder is not None and output is not None and store in ("oxigraph", "memory"):  # nothing outlives it but its files
        unchanged = _unchanged(paths, plan, district, year, folder, output, html, store)
        if unchanged is not None:
            return unchanged
    # A triples file and the page read only the union of the report graphs: a store that outlives nothing but
    # them holds only that, and the report graphs are loaded again from the cache if the caller asks for them.
    union_only = folder is not None and output is not None and store == DEFAULT_STORE and not holds_graphs(output)
    held = _held(store, len(paths), output, union_only)
    shown = Progress(len(paths), enabled=progress)
    try:
        result = build_into(held, paths, district, year, jobs=jobs, cache=folder, progress=shown, plan=plan,
                            started=_import_page_aside if html and output is not None else None)
        shown.close()  # the report phases are over: their bars stop their clocks
        if output is None or not result.graphs or (strict and result.failures):
            return result
        if union_only:
            result.reload = _reload(DEFAULT_STORE, paths, district, year, folder, output, plan)
        # A persistent store mirrors this build's inputs, as the output file does: earlier reports go.
        held.drop_graphs(set(held.graph_names()) - set(result.graphs))
        result.output, result.triples = output, len(held)
        page = output.with_suffix(".html") if html else None
        written = [output] + ([page] if page else [])
        stamp = _stamp(result.content_key, output, html)
        if stamp is not None and folder is not None and folder.written(stamp, written) is not None:
            result.page = page  # nothing changed since they were written
            return _let_go(result, union_only)
        result.page = _write_files(held, output, page, folder.folder / "layouts" if folder else None, shown)
        if stamp is not None and folder is not None:
            folder.mark_written(stamp, written, {"graphs": result.graphs, "triples": result.triples,
                                                 "coverage": {name: asdict(c) for name, c in result.coverage.items()}})
        return _let_go(result, union_only)
    except BaseException:
        if isinstance(store, str):  # a store this call opened is this call's to close
            held.close()
        raise
    finally:
        shown.close()


def _import_page_aside() -> None:
    """Import the page's modules (pyvis, networkx, scipy: 0.35 s of CPU) on a thread while the workers extract,
    rather than after the last report, when nothing else is left to run beside them. A failed import is
    left for ``_draw`` to raise."""
    def load() -> None:
        with contextlib.suppress(Exception):
            import kg.viz  # noqa: F401

    threading.Thread(target=load, name="kg-import-page", daemon=True).start()


def _write_files(held: GraphStore, output: Path, page: Path | None, layouts: Path | None, shown: Progress) -> Path | None:
    """The graph file, then its page (if asked), or both at once where the store writes the file without the
    interpreter: Oxigraph's Turtle for 3,000 reports takes as long as half the page (``bench/README.md``)."""
    if page is None or not held.saves_aside(output):
        with shown.step("write", output):
            held.save(output)
        return _draw(held, page, layouts, shown) if page is not None else None
    with ThreadPoolExecutor(1, thread_name_prefix="kg-write") as writer:
        saved = writer.submit(held.save, output)
        drawn = _draw(held, page, layouts, shown)
        with shown.step("write", output):
            saved.result()
    return drawn


def _draw(held: GraphStore, page: Path, layouts: Path | None, shown: Progress) -> Path:
    from kg import viz

    with shown.step("page", page):
        return viz.write(held, page, layouts=layouts)


def _unchanged(paths: list[Path], plan: Plan, district: str | None, year: int | None, folder: ExtractionCache,
               output: Path, html: bool, store: str) -> BuildReport | None:
    """What the last build of these inputs into ``output`` reported, when every report is in the cache and the
    files are as that build left them; ``None`` otherwise.

    Then nothing is extracted, loaded or written, which is most of a rebuild's time: the store is
    loaded from the cache only if the caller asks for ``dataset``.
    """
    _, entries, duplicates = plan
    page = output.with_suffix(".html") if html else None
    key = _content_key(entries)
    stamp = _stamp(key, output, html)
    if stamp is None or not all(folder.has(entry) for entry in entries if entry is not None):
        return None
    summary = folder.written(stamp, [output] + ([page] if page else []))
    if summary is None:
        return None
    return BuildReport(
        graphs=[URIRef(g) for g in summary["graphs"]], duplicates=duplicates, content_key=key,
        output=output, page=page, triples=summary["triples"],
        coverage={URIRef(name): Coverage(**{k: tuple(v) if isinstance(v, list) else v for k, v in c.items()})
                  for name, c in summary["coverage"].items()},
        reload=_reload(store, paths, district, year, folder, output, plan))


def _reload(store: str, paths: list[Path], district: str | None, year: int | None, folder: ExtractionCache,
            output: Path, plan: Plan) -> Callable[[], GraphStore]:
    """The built graph, every report's named graph in it, loaded again from the cache when it is asked for."""
    return lambda: build_into(_held(store, len(paths), output), paths, district, year, cache=folder, plan=plan).store


_LEFT_TO_EXIT: list[GraphStore] | None = None
"""The stores of the union that builds let go of, kept from being freed (``leave_stores_to_exit``); ``None``: freed."""


def leave_stores_to_exit() -> None:
    """Keep the store of the union that a build lets go of, for the process's exit to free, instead of freeing it.

    For a process that exits once its build returns (``kg.cli.command_line``): freeing the in-memory store of 300
    reports takes 0.2 s with the interpreter held (Oxigraph lets go of its indexes one entry at a time), after
    every file is written, where the kernel takes the memory back at once when the process ends without
    tearing the interpreter down. A library caller's builds go on freeing theirs when they return.
    """
    global _LEFT_TO_EXIT
    if _LEFT_TO_EXIT is None:
        _LEFT_TO_EXIT = []


def _let_go(result: BuildReport, union_only: bool) -> BuildReport:
    """``result`` without a store that holds only the union: ``dataset`` then loads the report graphs."""
    if union_only and result.store is not None:
        result.store.close()
        if _LEFT_TO_EXIT is not None:
            _LEFT_TO_EXIT.append(result.store)
        result.store = None
    return result


def _held(store: str | GraphStore, reports: int, output: Path | None, union_only: bool = False) -> GraphStore:
    """The store ``store`` names; the default one on disk, beside the output's cache, for a collection too
    large to hold in memory."""
    if store == DEFAULT_STORE and output is not None and reports > IN_MEMORY_REPORTS:
        return SpilledStore(output.parent / ".cache", union_only)
    if store == DEFAULT_STORE and union_only:
        return OxigraphStore(union_only=True)
    return open_store(store) if isinstance(store, str) else store


def _stamp(content_key: str | None, output: Path, html: bool) -> str | None:
    """What a graph file and its page are a function of: the graphs, the file's name and format, the page or
    not, and the code that writes them."""
    if content_key is None:
        return None
    return hashlib.sha256(f"{content_key} {output.resolve()} {html} {package_version()}".encode()).hexdigest()


def report_paths(inputs: Iterable[str | Path]) -> list[Path]:
    """The report files of ``inputs``; none at all is an error."""
    inputs = list(inputs)
    paths = expand_inputs(inputs)
    if not paths:
        raise KgError(Errors.E006, inputs=", ".join(map(str, inputs)), suffixes=", ".join(TEXT_SUFFIXES))
    return paths


def load(*paths: str | Path) -> Dataset:
    """Read one or more graph files into one dataset."""
    dataset = new_dataset()
    for path in paths:
        graph_io.load(path, into=dataset)
    return dataset


def save(dataset: Dataset, path: str | Path) -> Path:
    return graph_io.save(dataset, path)


def query(dataset: Dataset, name_or_sparql: str, **params: str) -> list[dict[str, str]]:
    """Rows of a named query (or SPARQL text) as dicts of strings."""
    return rows(run(dataset, name_or_sparql, params))


def query_df(dataset: Dataset, name_or_sparql: str, **params: str) -> pd.DataFrame:
    """Rows of a named query (or SPARQL text) as a pandas DataFrame, for notebooks.

    Columns follow the SELECT order even when nothing matches, so code that picks columns works on
    an empty result. Numbers, booleans and years keep their type so that they sort and sum; every
    other value is a string, and an unbound value is missing (``None``).

        >>> kg.query_df(ds, "awards").groupby("level").size()       # doctest: +SKIP
    """
    import pandas as pd  # imported here: the CLI does not need pandas to start

    result = run(dataset, name_or_sparql, params)
    names = [str(v) for v in result.vars or []]
    return pd.DataFrame([[_python(row[n]) for n in names] for row in result], columns=names)


def _python(term: object) -> object:
    if term is None:
        return None
    if isinstance(term, Literal) and term.datatype == XSD.gYear and str(term).isdigit():
        return int(str(term))
    if isinstance(term, Literal) and term.datatype is not None:
        value = term.toPython()
        if isinstance(value, Decimal):
            return float(value)
        if isinstance(value, (bool, int, float)):
            return value
    return str(term)
