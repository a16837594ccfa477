"""Where extraction spends its time, step by step, against spaCy's character segmentation of the same text.

``bench/scale.py`` gives one ratio for the whole pipeline; this script splits it into the stages
of ``kg.extract.extract`` (reading, layout, locating, the reporting body, making the Doc, each
recognition component, assembling the record), timed through the ``clock`` that ``extract`` enters
around each stage, and the RDF graph, so that the next optimisation starts at the largest.

Usage (from the repository root)::

    .venv/bin/python bench/components.py --reports 100

Reports are generated as in ``bench/scale.py``; one process, after a warm-up report.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scale  # noqa: E402  (the report generator of the sibling script)


def measure(paths: list[Path], warm_up: Path) -> tuple[float, dict[str, float], float, float]:
    """Segmentation seconds, seconds per stage, whole extraction seconds, graph-writing seconds."""
    import spacy

    from kg.extract import extract
    from kg.graph.build import report_nquads

    texts = [p.read_text(encoding="utf-8") for p in paths]
    blank = spacy.blank("zh")
    start = time.perf_counter()
    for text in texts:
        blank.make_doc(text)
    segment = time.perf_counter() - start

    extract(warm_up)
    totals: dict[str, float] = defaultdict(float)

    @contextmanager
    def clock(stage: str) -> Iterator[None]:
        begun = time.perf_counter()
        try:
            yield
        finally:
            totals[stage] += time.perf_counter() - begun

    records = []
    start = time.perf_counter()
    for path in paths:
        records.append(extract(path, clock=clock))
    whole = time.perf_counter() - start
    start = time.perf_counter()
    for record in records:
        report_nquads(record)
    graph = time.perf_counter() - start
    return segment, dict(totals), whole, graph


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="fazhi-components-") as folder:
        paths = scale.make_reports(args.reports + 1, Path(folder))
        segment, steps, whole, graph = measure(paths[:-1], paths[-1])
    steps["between the stages"] = whole - sum(steps.values())
    steps["RDF graph as N-Quads"] = graph
    print(f"{args.reports} reports; spaCy segmentation (`make_doc`) {segment:.3f} s = 1.0\n")
    print("| step | seconds | times segmentation |\n| --- | ---: | ---: |")
    for name, seconds in sorted(steps.items(), key=lambda kv: -kv[1]):
        print(f"| {name} | {seconds:.3f} | {seconds / segment:.1f} |")
    print(f"| **extraction** | {whole:.3f} | {whole / segment:.1f} |")
    print(f"| **extraction and graph** | {whole + graph:.3f} | {(whole + graph) / segment:.1f} |")


if __name__ == "__main__":
    main()
