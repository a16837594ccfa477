"""Where extraction spends its time, step by step, against spaCy's character segmentation of the same text.

``bench/scale.py`` gives one ratio for the whole pipeline; this script splits it into the stages
of ``kg.extract.extract`` (reading, layout, locating, the reporting body, making the Doc, each
recognition component, assembling the record), timed through the ``clock`` that ``extract`` enters
around each stage, and the RDF graph, so that the next optimisation starts at the largest.

Usage (from the repository root)::

    .venv/bin/python bench/components.py --reports 100

Reports are generated as in ``bench/scale.py``; one process, after a warm-up report. With ``--repeat N``
every figure is the fastest of N passes over the same reports (segmentation, each step, the whole), so
that other work on a shared machine, which only ever adds time, weighs less on the ratios. With ``--cpu``
the figures are this process's CPU seconds instead of wall-clock ones: on a machine shared with other
jobs, wall-clock ratios of one short step (the segmentation) to a long one swing by half from run to run.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scale  # noqa: E402  (the report generator of the sibling script)


def measure(paths: list[Path], warm_up: Path, repeat: int = 1,
            now: Callable[[], float] = time.perf_counter) -> tuple[float, dict[str, float], float, float]:
    """Segmentation seconds, seconds per stage, whole extraction seconds, graph-writing seconds: each the
    fastest of ``repeat`` passes over ``paths``."""
    import spacy

    from kg.extract import extract

    texts = [p.read_text(encoding="utf-8") for p in paths]
    blank = spacy.blank("zh")
    extract(warm_up)
    runs = [_one_pass(paths, texts, blank, now) for _ in range(repeat)]
    steps = {name: min(run[1].get(name, 0.0) for run in runs) for name in runs[0][1]}
    return min(run[0] for run in runs), steps, min(run[2] for run in runs), min(run[3] for run in runs)


def _one_pass(paths: list[Path], texts: list[str], blank,
              now: Callable[[], float]) -> tuple[float, dict[str, float], float, float]:
    from kg.extract import extract
    from kg.graph.build import report_nquads

    start = now()
    for text in texts:
        blank.make_doc(text)
    segment = now() - start
    totals: dict[str, float] = defaultdict(float)

    @contextmanager
    def clock(stage: str) -> Iterator[None]:
        begun = now()
        try:
            yield
        finally:
            totals[stage] += now() - begun

    records = []
    start = now()
    for path in paths:
        records.append(extract(path, clock=clock))
    whole = now() - start
    start = now()
    for record in records:
        report_nquads(record)
    graph = now() - start
    return segment, dict(totals), whole, graph


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=1, help="passes over the reports; each figure is the fastest")
    parser.add_argument("--cpu", action="store_true", help="CPU seconds of this process, not wall-clock seconds")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="fazhi-components-") as folder:
        paths = scale.make_reports(args.reports + 1, Path(folder))
        segment, steps, whole, graph = measure(paths[:-1], paths[-1], args.repeat,
                                               time.process_time if args.cpu else time.perf_counter)
    steps["between the stages"] = whole - sum(steps.values())
    steps["RDF graph as N-Quads"] = graph
    seconds_of = "CPU seconds" if args.cpu else "seconds"
    print(f"{args.reports} reports, fastest of {args.repeat} passes, {seconds_of}; spaCy segmentation (`make_doc`) "
          f"{segment:.3f} s = 1.0\n")
    print("| step | seconds | times segmentation |\n| --- | ---: | ---: |")
    for name, seconds in sorted(steps.items(), key=lambda kv: -kv[1]):
        print(f"| {name} | {seconds:.3f} | {seconds / segment:.1f} |")
    print(f"| **extraction** | {whole:.3f} | {whole / segment:.1f} |")
    print(f"| **extraction and graph** | {whole + graph:.3f} | {(whole + graph) / segment:.1f} |")


if __name__ == "__main__":
    main()
