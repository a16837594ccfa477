"""Where extraction spends its time, step by step, against spaCy's character segmentation of the same text.

``bench/scale.py`` gives one ratio for the whole pipeline; this script splits it into the steps
of ``kg.extract.extract`` (reading, normalising, layout, making the Doc, each pipeline component,
assembling the record) and the RDF graph, so that the next optimisation starts at the largest.

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
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scale  # noqa: E402  (the report generator of the sibling script)


def timed(totals: dict[str, float], name: str, work: Callable) -> Callable:
    def run(*args: object, **kwargs: object) -> object:
        start = time.perf_counter()
        try:
            return work(*args, **kwargs)
        finally:
            totals[name] += time.perf_counter() - start
    return run


def measure(paths: list[Path], warm_up: Path) -> tuple[float, dict[str, float], float, float]:
    """Segmentation seconds, seconds per step, whole extraction seconds, graph-writing seconds."""
    import spacy

    import kg.extract as extraction
    from kg.graph.build import report_nquads
    from kg.recognise import pipeline

    texts = [p.read_text(encoding="utf-8") for p in paths]
    blank = spacy.blank("zh")
    start = time.perf_counter()
    for text in texts:
        blank.make_doc(text)
    segment = time.perf_counter() - start

    extraction.extract(warm_up)
    totals: dict[str, float] = defaultdict(float)
    for name in ("read_source", "normalise", "read_layout", "make_doc"):
        setattr(extraction, name, timed(totals, name, getattr(extraction, name)))
    nlp = pipeline()
    # Language keeps its components in a private list; wrapping them there times each one as spaCy calls it.
    nlp._components = [(name, timed(totals, name, proc)) for name, proc in nlp._components]
    records = []
    start = time.perf_counter()
    for path in paths:
        records.append(extraction.extract(path))
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
    steps["the record (entities, actions, offsets)"] = whole - sum(steps.values())
    steps["RDF graph as N-Quads"] = graph
    print(f"{args.reports} reports; spaCy segmentation (`make_doc`) {segment:.3f} s = 1.0\n")
    print("| step | seconds | times segmentation |\n| --- | ---: | ---: |")
    for name, seconds in sorted(steps.items(), key=lambda kv: -kv[1]):
        print(f"| {name} | {seconds:.3f} | {seconds / segment:.1f} |")
    print(f"| **extraction** | {whole:.3f} | {whole / segment:.1f} |")
    print(f"| **extraction and graph** | {whole + graph:.3f} | {(whole + graph) / segment:.1f} |")


if __name__ == "__main__":
    main()
