"""Extraction time against sentence length: a 50,000-character sentence with no punctuation against a
25,000-character one (issue target: at most 2.5 times), each stage timed, in one process.

Usage (from the repository root)::

    .venv/bin/python bench/long_sentence.py
"""
from __future__ import annotations

import time

from kg.recognise import make_doc, pipeline
from kg.recognise.mentions import ReportContext

PHRASE = "区司法局组织开展法治宣传活动推进依法行政工作落实行政执法责任制召开全区法治政府建设推进会"
CONTEXT = ReportContext(division_code="370214", division_name="城阳区", level_char="区",
                        chain_names=("城阳区", "青岛市", "山东省"))


def seconds(length: int) -> dict[str, float]:
    """Seconds per recognition stage on one sentence of ``length`` characters, and their total."""
    nlp = pipeline()
    text = (PHRASE * (length // len(PHRASE) + 1))[:length]
    doc = make_doc(nlp, text, [0], CONTEXT)
    out = {}
    for name, stage in nlp.pipeline:
        start = time.perf_counter()
        doc = stage(doc)
        out[name] = time.perf_counter() - start
    out["total"] = sum(out.values())
    return out


def main() -> None:
    seconds(2_000)  # warm-up: vocabularies compiled
    short, long_ = seconds(25_000), seconds(50_000)
    print("| stage | 25k s | 50k s | ratio |\n| --- | ---: | ---: | ---: |")
    for name in short:
        print(f"| {name} | {short[name]:.3f} | {long_[name]:.3f} | {long_[name] / max(short[name], 1e-9):.2f} |")


if __name__ == "__main__":
    main()
