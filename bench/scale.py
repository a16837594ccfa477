"""How fazhi-kg scales: build rate, peak memory, incremental rebuild, segmentation cost, query latency.

Every figure comes from one run of this script on one machine, so the ratios between them
are meaningful and the absolute numbers are not: compare ratios, not seconds.

Reports are made from the real texts shipped with the project (``data/reports`` and
``tests/fixtures/reports``): each is a template whose own district, city and province names
are replaced by those of another real division of the same level (from the GB/T 2260
gazetteer), with its years shifted and some of its paragraphs left out, so that no two reports
are the same text and agencies land in many jurisdictions.

Usage (from the repository root)::

    .venv/bin/python bench/scale.py --sizes 100 1000 5000 --query-size 1000 --add-one-at 1000
    .venv/bin/python bench/scale.py --sizes --segmentation-reports 0 --speedup-reports 200 --results bench/speedup.json
    .venv/bin/python bench/scale.py --sizes --segmentation-reports 0 --default-sizes 50 300 3000 --results bench/default.json
    .venv/bin/python bench/scale.py --sizes 10000 --query-size 0 --add-one-at 0 --segmentation-reports 0 --sample-only \\
        --default-sizes 50 300 --results bench/default.json

The last measures the issue "Fast and safe by default" in one run: the default build against
segmentation, 10,000 reports into a store folder and who-did-what for agencies drawn from it; the
results end with those figures and their bounds (``targets``).

``--default-sizes`` measures what a new user runs, the command line with its defaults: ``kg build DIR -o
graph.ttl`` (Oxigraph in memory, Turtle, the page) against spaCy's segmentation of the same texts, its
peak memory, the same command again with nothing changed, and ``kg query FILE who-did-what`` against
the same query of a store folder, each a whole ``kg`` process as the user waits for it.

Each build runs in a fresh process (``--child``) so that its peak memory is its own.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted((ROOT / "data" / "reports").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures" / "reports").glob("*.txt"))
SEED = 2260


def _templates() -> list[tuple[str, list]]:
    """Each source text with the chain of divisions it is about (most specific first)."""
    from kg.divisions import gazetteer
    from kg.extract import extract

    return [(path.read_text(encoding="utf-8"), gazetteer().chain(gazetteer().by_code[extract(path).division.code])) for path in SOURCES]


def make_reports(n: int, folder: Path) -> list[Path]:
    """Write ``n`` reports into ``folder``, each a template moved to another real division.

    A text the program would refuse (the moved names locate no division, as for a county whose name
    is also another's) is drawn again, so that a build of any size stores every report it is given.
    """
    from kg.divisions import gazetteer

    rng = random.Random(SEED)
    gaz = gazetteer()
    templates = _templates()
    targets: dict[int, list] = {}
    for division in gaz.by_code.values():
        chain = gaz.chain(division)
        targets.setdefault(len(chain), []).append(chain)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        text, chain = templates[i % len(templates)]
        while True:
            target = rng.choice([c for c in targets[len(chain)] if c[0].level == chain[0].level])
            body = _moved(text, chain, target, rng)
            if not _refused(body):
                break
        path = folder / f"{target[0].code}-{i:05d}.txt"
        path.write_text(body, encoding="utf-8")
        paths.append(path)
    return paths


def _moved(text: str, chain: list, target: list, rng: random.Random) -> str:
    """``text`` with the names of ``chain`` replaced by those of ``target``, its years shifted and lines left out."""
    mapping: dict[str, str] = {}
    for old, new in zip(chain, target):
        mapping[old.name] = new.name
        if len(old.alias) >= 2 and len(new.alias) >= 2:
            mapping[old.alias] = new.alias
    names = re.compile("|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True)))
    shift = rng.randint(-3, 0)
    body = names.sub(lambda m: mapping[m.group()], text)
    body = re.sub(r"(20[12]\d)(?=年)", lambda m: str(int(m.group(1)) + shift), body)
    lines = body.splitlines()
    kept = lines[:4] + [line for line in lines[4:] if rng.random() > 0.2]
    return "\n".join(kept) + "\n"


def _refused(text: str) -> bool:
    """Whether extraction would refuse ``text`` before reading it: no division, no year, or not a report on the
    rule of law (the checks of ``kg.extract.extract``, about 3 ms a text)."""
    from kg.ingest import normalise
    from kg.layout import read_layout
    from kg.locate import report_division

    layout = read_layout(normalise(text))
    return report_division(layout) is None or layout.year is None or not layout.about_rule_of_law()


def _peak_self_mib() -> float:
    """This process's peak resident memory (VmHWM): unlike ru_maxrss it is not carried over exec from the bench."""
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _peak_workers_mib() -> float:
    """The largest worker's peak resident memory (ru_maxrss, kilobytes on Linux), pages shared with the parent included."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def child_build(folder: Path, work: Path, store_spec: str, jobs: int, add_one: Path | None) -> dict:
    """Build every report of ``folder`` (then, with ``add_one``, rebuild with one more) and measure."""
    from kg import api
    from kg.cache import ExtractionCache
    from kg.store import open_store

    paths = sorted(folder.glob("*.txt"))
    store = open_store(store_spec)
    cache = ExtractionCache(work / ".cache")
    start = time.perf_counter()
    result = api.build_into(store, paths, jobs=jobs, cache=cache)
    seconds = time.perf_counter() - start
    out = {"reports": len(result.graphs), "failures": len(result.failures), "seconds": seconds,
           "cpu_seconds": _cpu_seconds(), "triples": len(store), "peak_parent_mib": _peak_self_mib(),
           "peak_worker_mib": _peak_workers_mib()}
    if add_one is not None:
        start = time.perf_counter()
        again = api.build_into(store, paths + [add_one], jobs=jobs, cache=cache)
        out["add_one_seconds"] = time.perf_counter() - start
        out["add_one_extracted"] = again.extracted
    store.close()
    return out


def run_child(folder: Path, work: Path, store_spec: str, jobs: int, add_one: Path | None = None) -> dict:
    args = [sys.executable, __file__, "--child", str(folder), str(work), store_spec, str(jobs)]
    if add_one is not None:
        args.append(str(add_one))
    done = subprocess.run(args, check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def segmentation_ratio(paths: list[Path], warm_up: Path) -> dict:
    """The pipeline against spaCy's Chinese character segmentation alone, on the same texts.

    Each step runs in a fresh process that first handles ``warm_up`` (a report outside the
    measured ones), so that loading the pipeline is not counted and no step inherits the caches
    another filled (a division's towns, compiled patterns): in a collection every report is new.
    """
    return {"reports": len(paths),
            **{f"{step}_seconds": run_ratio_child(step, paths, warm_up) for step in ("segment", "extract", "graph")}}


def default_path(folder: Path, work: Path, warm_up: Path) -> dict:
    """The command line's default build of ``folder``, then a rebuild and the file and folder queries."""
    paths = sorted(folder.glob("*.txt"))
    graph = work / "graph.ttl"
    out: dict = {"reports": len(paths), "segment_seconds": run_ratio_child("segment", paths, warm_up)}
    out["build"] = run_kg_child(["build", str(folder), "-o", str(graph), "--quiet"])
    out["build_times_segmentation"] = out["build"]["seconds"] / out["segment_seconds"]
    out["rebuild"] = run_kg_child(["build", str(folder), "-o", str(graph), "--quiet"])
    if len(paths) <= 300:  # the query comparison is asked at 50 reports; a store folder of the same graphs
        run_kg_child(["build", str(folder), "-o", str(work / "graph.nq"), "--no-html", "--quiet",
                      "--store", f"oxigraph:{work / 'store'}"])
        for name, target in (("query_file", graph), ("query_folder", work / "store")):
            times = [run_kg_child(["query", str(target), "who-did-what", "--format", "csv"])["seconds"] for _ in range(3)]
            out[name + "_median_seconds"] = statistics.median(times)
        out["query_file_times_folder"] = out["query_file_median_seconds"] / out["query_folder_median_seconds"]
    return out


def run_kg_child(argv: list[str]) -> dict:
    """One ``kg`` command in a fresh process: wall seconds (start-up included) and peak memory."""
    args = [sys.executable, __file__, "--child-kg", *argv]
    done = subprocess.run(args, check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(done.stdout.strip().splitlines()[-1])


def child_kg(argv: list[str]) -> dict:
    start = time.perf_counter()
    from kg.api import leave_stores_to_exit
    from kg.cli import main

    leave_stores_to_exit()  # as the ``kg`` command does (``kg.cli.command_line``): the process frees nothing after this
    code = 0
    try:
        main(argv, standalone_mode=False)
    except SystemExit as exc:
        code = exc.code or 0
        if code != 1:  # 1: some reports refused (a few generated texts are), the rest built and written
            raise
    return {"seconds": time.perf_counter() - start, "cpu_seconds": _cpu_seconds(), "peak_parent_mib": _peak_self_mib(),
            "peak_worker_mib": _peak_workers_mib(), "exit_code": code}


def _cpu_seconds() -> float:
    """User and system CPU of this process and its workers: on a shared machine it moves less with the load than wall time."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def run_ratio_child(step: str, paths: list[Path], warm_up: Path) -> float:
    args = [sys.executable, __file__, "--child-ratio", step, str(warm_up), *map(str, paths)]
    done = subprocess.run(args, check=True, capture_output=True, text=True, cwd=ROOT)
    return float(done.stdout.strip().splitlines()[-1])


def child_ratio(step: str, warm_up: Path, paths: list[Path]) -> float:
    """Seconds for one step over ``paths``: segmentation (``make_doc``), extraction, or extraction and N-Quads."""
    import spacy

    from kg.api import report_graph
    from kg.extract import extract

    if step == "segment":
        nlp = spacy.blank("zh")
        texts = [p.read_text(encoding="utf-8") for p in paths]
        nlp.make_doc(warm_up.read_text(encoding="utf-8"))
        start = time.perf_counter()
        for text in texts:
            nlp.make_doc(text)
        return time.perf_counter() - start
    work = {"extract": extract, "graph": report_graph}[step]
    work(warm_up)
    start = time.perf_counter()
    for path in paths:
        work(path)
    return time.perf_counter() - start


def query_latency(store_spec: str, graph: Path, agency: str | None, repeat: int = 3, sample: int = 0) -> dict:
    """Open one collection in a store (a graph file loaded, or a store folder as it is) and time queries.

    ``who-did-what`` for one agency is the question of the issue, asked of ``agency`` (the label
    with the most actions: the slowest) and, with ``sample``, of that many agency labels drawn at
    random; ``agency-actions`` is the same question without the report and section columns;
    ``who-did-what`` in full reads every action. Without ``agency`` only the sample is asked: at
    10,000 reports finding the busiest label and listing every agency take many minutes.
    """
    from kg.query import rows, run
    from kg.store import open_graph

    start = time.perf_counter()
    store = open_graph(graph, store_spec)
    load = time.perf_counter() - start
    out: dict = {"load_seconds": load, "triples": len(store)}
    steps = () if agency is None else (
        ("who_did_what_one_agency", "who-did-what", {"agency": agency}, repeat),
        ("agency_actions_one_agency", "agency-actions", {"agency": agency}, repeat),
        ("who_did_what_all", "who-did-what", {}, 1 if sample else repeat))
    for label, name, params, times_run in steps:
        timed = [_timed_rows(store, name, params) for _ in range(times_run)]
        times = [seconds for seconds, _ in timed]
        out[label] = {"rows": timed[-1][1], "median_seconds": statistics.median(times), "first_seconds": times[0]}
    if sample:
        labels = sorted(row["l"] for row in rows(run(store, "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                                                        "SELECT DISTINCT ?l WHERE { ?act fz:agent/rdfs:label ?l }")))
        timed = [_timed_rows(store, "who-did-what", {"agency": label})
                 for label in random.Random(SEED).sample(labels, min(sample, len(labels)))]
        times = sorted(seconds for seconds, _ in timed)
        found = [count for _, count in timed]
        out["who_did_what_random_agencies"] = {
            "agencies": len(times), "of_labels": len(labels), "median_seconds": statistics.median(times),
            "p90_seconds": times[int(0.9 * (len(times) - 1))], "max_seconds": times[-1],
            "median_rows": statistics.median(found), "max_rows": max(found)}
    store.close()
    return out


def _timed_rows(store: object, name: str, params: dict[str, str]) -> tuple[float, int]:
    """Seconds to answer one query, rows written out as the CLI does, and how many rows."""
    from kg.query import rows, run

    start = time.perf_counter()
    found = len(rows(run(store, name, params)))
    return time.perf_counter() - start, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 1000])
    parser.add_argument("--query-size", type=int, default=1000, help="Collection size for query latency.")
    parser.add_argument("--add-one-at", type=int, default=1000, help="Collection size for the add-one-report rebuild.")
    parser.add_argument("--segmentation-reports", type=int, default=100, help="0 leaves the step out.")
    parser.add_argument("--speedup-reports", type=int, default=0,
                        help="Reports built with one job and with --jobs, into Oxigraph in memory (0: no such step).")
    parser.add_argument("--default-sizes", type=int, nargs="*", default=[],
                        help="Collection sizes for the command line's default build, rebuild and query.")
    parser.add_argument("--agency-sample", type=int, default=50,
                        help="Agency labels drawn at random for who-did-what on the largest store.")
    parser.add_argument("--sample-only", action="store_true",
                        help="On the largest store ask only the drawn agencies, not the busiest label nor every agency.")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", type=Path, help="Keep the generated reports and stores in this folder.")
    parser.add_argument("--results", type=Path, default=Path("bench/results.json"), help="Where the figures go (JSON).")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--child-ratio", nargs="+", help=argparse.SUPPRESS)
    parser.add_argument("--child-kg", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_kg:
        print(json.dumps(child_kg(args.child_kg)))
        return
    if args.child_ratio:
        step, warm_up, *paths = args.child_ratio
        print(child_ratio(step, Path(warm_up), [Path(p) for p in paths]))
        return
    if args.child:
        folder, work, spec, jobs, *extra = args.child
        print(json.dumps(child_build(Path(folder), Path(work), spec, int(jobs), Path(extra[0]) if extra else None)))
        return

    if args.keep:
        run_all(args, args.keep)
        return
    with tempfile.TemporaryDirectory(prefix="fazhi-bench-") as base:  # a 10,000-report run leaves 13 GB
        run_all(args, Path(base))


def run_all(args: argparse.Namespace, base: Path) -> None:
    """Every step the arguments ask for, the generated reports and stores under ``base``."""
    results: dict = {"jobs": args.jobs, "cpus": os.cpu_count(), "load_average_start": os.getloadavg()[0], "builds": {}}
    largest = max([*args.sizes, *args.default_sizes, args.segmentation_reports, args.speedup_reports])
    all_paths = make_reports(largest + 1, base / "all")
    extra = all_paths[-1]
    print(f"generated {largest + 1} reports in {base / 'all'}", file=sys.stderr)

    if args.segmentation_reports:
        results["segmentation"] = segmentation_ratio(all_paths[: args.segmentation_reports], extra)
        _progress(results, "segmentation", results["segmentation"], args.results)
    if args.speedup_reports:
        folder = base / f"speedup{args.speedup_reports}"
        folder.mkdir(parents=True, exist_ok=True)
        for path in all_paths[: args.speedup_reports]:
            if not (folder / path.name).exists():
                (folder / path.name).symlink_to(path)
        results["speedup"] = {f"jobs={jobs}": run_child(folder, base / f"speedup-jobs{jobs}", "oxigraph", jobs)
                              for jobs in (1, args.jobs)}
        _progress(results, "speedup", results["speedup"], args.results)

    for n in sorted(args.default_sizes):
        folder = base / f"default{n}" / "reports"
        folder.mkdir(parents=True, exist_ok=True)
        for path in all_paths[:n]:
            if not (folder / path.name).exists():
                (folder / path.name).symlink_to(path)
        results.setdefault("default_path", {})[str(n)] = default_path(folder, base / f"default{n}", extra)
        _progress(results, f"default path n={n}", results["default_path"][str(n)], args.results)

    for n in sorted(args.sizes):
        folder = base / f"n{n}" / "reports"
        folder.mkdir(parents=True, exist_ok=True)
        for path in all_paths[:n]:
            target = folder / path.name
            if not target.exists():
                target.symlink_to(path)
        # rdflib holds a large collection in Python objects: past 1,000 reports only Oxigraph is built.
        kinds = ("oxigraph", "memory") if n <= 1000 else ("oxigraph",)
        for kind in kinds:
            spec = f"oxigraph:{base / f'n{n}' / 'store'}" if kind == "oxigraph" else "memory"
            add = extra if (n == args.add_one_at and kind == "oxigraph") else None
            results["builds"][f"{n}/{kind}"] = {**run_child(folder, base / f"n{n}" / kind, spec, args.jobs, add),
                                                "load_average": os.getloadavg()[0]}
            _progress(results, f"n={n} {kind}", results["builds"][f"{n}/{kind}"], args.results)
        if n == args.query_size:
            results["query"] = query_comparison(base / f"n{n}", n)
            _progress(results, "query", results["query"], args.results)
    if args.sizes:
        n = max(args.sizes)
        from kg.store import open_graph

        folder = base / f"n{n}" / "store"
        agency = None
        if not args.sample_only:
            store = open_graph(folder)
            agency = busiest_agency(store)
            store.close()
        results["query_largest"] = {"collection": n, "agency": agency, "oxigraph_on_disk": query_latency(
            "oxigraph", folder, agency, sample=args.agency_sample)}
        _progress(results, f"query n={n}", results["query_largest"], args.results)
    results["load_average_end"] = os.getloadavg()[0]
    results["targets"] = targets(results)
    _progress(results, "targets", results["targets"], args.results)


def targets(results: dict) -> dict:
    """The figures of the issue "Fast and safe by default" that this run measured, each with its bound."""
    out: dict = {}
    if ratio := results.get("segmentation"):
        out["extraction, times segmentation (at most 8)"] = round(ratio["extract_seconds"] / ratio["segment_seconds"], 1)
    for n, figures in results.get("default_path", {}).items():
        out[f"default build of {n} reports, times segmentation (at most 15)"] = round(figures["build_times_segmentation"], 1)
        if n == "3000":
            out["default build of 3000 reports, parent's peak MiB (under 1536)"] = round(figures["build"]["peak_parent_mib"])
    for key, figures in results["builds"].items():
        n, kind = key.split("/")
        if kind == "oxigraph" and int(n) >= 10000:
            out[f"{n} reports into an Oxigraph store, seconds (under 480)"] = round(figures["seconds"], 1)
    sample = results.get("query_largest", {}).get("oxigraph_on_disk", {}).get("who_did_what_random_agencies")
    if sample:
        out[f"who-did-what for one agency of {results['query_largest']['collection']} reports, median ms (under 50)"] = (
            round(1000 * sample["median_seconds"], 1))
    return out


def _progress(results: dict, step: str, figures: dict, path: Path) -> None:
    """Report a step and rewrite the results file, so that a run cut short keeps what it measured."""
    print(f"{step}: {json.dumps(figures, ensure_ascii=False)}", file=sys.stderr)
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def busiest_agency(store: object) -> str:
    """The agency label with the most actions in a built store: the slowest one-agency question to answer."""
    from kg.query import rows, run

    query = ("PREFIX fz: <https://w3id.org/fazhi-kg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
             "SELECT ?agency (COUNT(?act) AS ?n) WHERE { ?act a fz:Action ; fz:agent/rdfs:label ?agency } "
             "GROUP BY ?agency ORDER BY DESC(?n) ?agency LIMIT 1")
    return rows(run(store, query))[0]["agency"]


def query_comparison(folder: Path, n: int) -> dict:
    """Query latency on the collection built in ``folder``, in each kind of store, loaded from one N-Quads file."""
    from kg.store import open_graph

    graph_file = folder / "graph.nq"
    store = open_graph(folder / "store")
    store.save(graph_file)
    agency = busiest_agency(store)
    store.close()
    out: dict = {"agency": agency, "collection": n}
    for kind in ("oxigraph", "memory"):
        out[kind] = query_latency(kind, graph_file, agency)
        print(f"query {kind}: {json.dumps(out[kind], ensure_ascii=False)}", file=sys.stderr)
    return out


if __name__ == "__main__":
    main()
