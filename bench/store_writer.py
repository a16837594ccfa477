"""Ways of writing report graphs and their union copy into an on-disk Oxigraph store, the writer alone.

The build's writer (``kg.api._StoreWriter``, ``kg.store.OxigraphStore.put_graphs``) loads each report's
N-Quads into its named graph and a copy into the default graph, which holds the union as a set. This
script replays the graphs of a build's cache into a new store folder, one child process per way, and
prints the CPU the store's calls took (the process's CPU while each call ran: Oxigraph loads on its own
threads), the wall time, the peak memory and what the store then holds, so that every way can be
checked to give the same default graph. Figures from one run compare with each other only::

    .venv/bin/python bench/store_writer.py CACHE_DIR WORK_DIR --copies 1 --ways now named-only insert-batch
"""
from __future__ import annotations

import argparse
import io
import json
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox
import zstandard

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.graph.nquads import graph_name, rename_graph  # noqa: E402
from kg.api import STORE_BATCH_BYTES  # noqa: E402
from kg.store import _as_triples  # noqa: E402

NQ = ox.RdfFormat.N_QUADS


def cached_graphs(cache: Path, copies: int) -> Iterator[tuple[ox.NamedNode, bytes]]:
    """Every graph of the cache, ``copies`` times, each graph under a report IRI of its own (as the build renames)."""
    files = sorted(cache.glob("*/*.nq.zst"))
    seen: set[str] = set()
    for copy in range(copies):
        for file in files:
            nquads = zstandard.decompress(file.read_bytes())
            name = graph_name(nquads)
            if str(name) in seen or copy:
                new = type(name)(f"{name}-{copy}-{file.name[:8]}")
                nquads, name = rename_graph(nquads, name, new), new
            seen.add(str(name))
            yield ox.NamedNode(str(name)), nquads


def batches(graphs: Iterator[tuple[ox.NamedNode, bytes]], size: int) -> Iterator[list[tuple[ox.NamedNode, bytes]]]:
    batch: list[tuple[ox.NamedNode, bytes]] = []
    held = 0
    for graph in graphs:
        batch.append(graph)
        held += len(graph[1])
        if held >= size:
            yield batch
            batch, held = [], 0
    if batch:
        yield batch


def _values(batch: list[tuple[ox.NamedNode, bytes]]) -> str:
    return " ".join(str(g) for g, _ in batch)


class Timer:
    """Process CPU and wall time summed over the store's calls only (reading the cache is left out)."""

    def __init__(self) -> None:
        self.cpu = self.wall = 0.0

    def __call__(self, call: Callable[[], object]) -> None:
        usage, start = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
        call()
        after = resource.getrusage(resource.RUSAGE_SELF)
        self.cpu += after.ru_utime + after.ru_stime - usage.ru_utime - usage.ru_stime
        self.wall += time.perf_counter() - start


def way_now(store: ox.Store, batch: list, timed: Timer) -> None:
    """As the writer does: each batch's N-Quads and their copy without graph names in one bulk load."""
    data = b"".join([nq for _, nq in batch] + [_as_triples(g, nq) for g, nq in batch])
    timed(lambda: store.bulk_load(data, format=NQ))


def way_two_loads(store: ox.Store, batch: list, timed: Timer) -> None:
    """The named graphs, then the copy as N-Triples into the default graph, two bulk loads."""
    named = b"".join(nq for _, nq in batch)
    triples = b"".join(_as_triples(g, nq) for g, nq in batch)
    timed(lambda: store.bulk_load(named, format=NQ))
    timed(lambda: store.bulk_load(triples, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph()))


def way_named_only(store: ox.Store, batch: list, timed: Timer) -> None:
    """No union copy at all: the floor, not a way the queries can use."""
    data = b"".join(nq for _, nq in batch)
    timed(lambda: store.bulk_load(data, format=NQ))


def way_insert_batch(store: ox.Store, batch: list, timed: Timer) -> None:
    """The named graphs by bulk load, the copy made inside Oxigraph by one SPARQL INSERT per batch."""
    way_named_only(store, batch, timed)
    timed(lambda: store.update(f"INSERT {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ {_values(batch)} }} GRAPH ?g {{ ?s ?p ?o }} }}"))


def way_extend_batch(store: ox.Store, batch: list, timed: Timer) -> None:
    """The named graphs by bulk load, the copy read back as quads and bulk-extended into the default graph."""
    way_named_only(store, batch, timed)
    default = ox.DefaultGraph()

    def copy() -> None:
        store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, default)
                          for g, _ in batch for q in store.quads_for_pattern(None, None, None, g))
    timed(copy)


def way_own_split(store: ox.Store, batch: list, timed: Timer) -> None:
    """Only the shareable triples (subject not under the report's own IRI) copied by the loader's byte route.

    Not a way the queries can use on its own (the report's own triples are then missing from the default
    graph): it measures what copying the shareable fifth alone would cost, the floor of any split.
    """
    named = b"".join(nq for _, nq in batch)
    shared = b"".join(line for g, nq in batch for line in _as_triples(g, nq).splitlines(keepends=True)
                      if not line.startswith(f"<{g.value}".encode()))
    timed(lambda: store.bulk_load(named + shared, format=NQ))


EACH_BATCH = {"now": way_now, "two-loads": way_two_loads, "named-only": way_named_only,
              "insert-batch": way_insert_batch, "extend-batch": way_extend_batch, "own-split": way_own_split}
class _Stream:
    """A file-like reader over the batches' bytes, so that one bulk load takes the whole build."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks, self._held = chunks, io.BytesIO()

    def read(self, size: int = -1) -> bytes:
        out = self._held.read(size)
        while not out:
            chunk = next(self._chunks, None)
            if chunk is None:
                return b""
            self._held = io.BytesIO(chunk)
            out = self._held.read(size)
        return out


def _now_bytes(batch: list) -> bytes:
    return b"".join([nq for _, nq in batch] + [_as_triples(g, nq) for g, nq in batch])


WHOLE = {
    # One bulk load fed batch by batch: Oxigraph cuts its own chunks (the cache read is inside the timing).
    "stream": lambda store, batches, timed: timed(lambda: store.bulk_load(_Stream(map(_now_bytes, batches)), format=NQ)),
    # Only reading the cache and making the bytes: what "stream" counts beyond the store's own work.
    "read": lambda store, batches, timed: timed(lambda: sum(len(_now_bytes(b)) for b in batches)),
}
AT_END = {"insert-end": "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"}


def _peak_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def child(cache: Path, folder: Path, way: str, copies: int, batch_bytes: int, optimize: bool) -> dict:
    store = ox.Store(str(folder))
    timed = Timer()
    reports = 0
    def counted() -> Iterator[list]:
        nonlocal reports
        for batch in batches(cached_graphs(cache, copies), batch_bytes):
            reports += len(batch)
            yield batch
    if way in WHOLE:
        WHOLE[way](store, counted(), timed)
    for batch in [] if way in WHOLE else counted():
        (EACH_BATCH.get(way) or way_named_only)(store, batch, timed)
    if way in AT_END:
        timed(lambda: store.update(AT_END[way]))
    if optimize:
        timed(store.optimize)
    timed(store.flush)
    union = next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"].value
    quads = next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")))["n"].value
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
    return {"way": way, "reports": reports, "batch_mib": batch_bytes / 2**20, "optimize": optimize,
            "store_cpu_s": round(timed.cpu, 1), "store_wall_s": round(timed.wall, 1),
            "cpu_ms_a_report": round(1000 * timed.cpu / reports, 1), "peak_mib": round(_peak_mib()),
            "union_triples": int(union), "named_quads": int(quads), "store_mib": round(size / 2**20)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cache", type=Path, help="A build's .cache folder (KEY.nq.zst files).")
    parser.add_argument("work", type=Path, help="Where the store folders are made (each deleted after).")
    parser.add_argument("--ways", nargs="+", default=["now", "insert-batch"], choices=[*EACH_BATCH, *WHOLE, *AT_END])
    parser.add_argument("--copies", type=int, default=1, help="Load the cached graphs this many times, renamed.")
    parser.add_argument("--batch-mib", type=float, default=STORE_BATCH_BYTES / 2**20)
    parser.add_argument("--optimize", action="store_true", help="Call Store.optimize at the end (timed).")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    batch_bytes = int(args.batch_mib * 2**20)
    if args.child:
        way, folder = args.child
        print(json.dumps(child(args.cache, Path(folder), way, args.copies, batch_bytes, args.optimize)))
        return
    import os
    for way in args.ways:
        folder = args.work / f"store-{way}"
        shutil.rmtree(folder, ignore_errors=True)
        argv = [sys.executable, __file__, str(args.cache), str(args.work), "--copies", str(args.copies),
                "--batch-mib", str(args.batch_mib), "--child", way, str(folder)] + (["--optimize"] if args.optimize else [])
        load = os.getloadavg()[0]
        done = subprocess.run(argv, check=True, capture_output=True, text=True)
        print(json.dumps({**json.loads(done.stdout.splitlines()[-1]), "load_average": round(load, 1)}), flush=True)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
