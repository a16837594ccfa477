"""Typing recall against the hand-made gold list: at least 80 % of the measures typed, none wrongly.

The gold list covers the reference report and 13 real reports of ``corpus/dev/reports``; rows of
reports whose file is not in this checkout are skipped. A typed observation counts for one gold row.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from kg import api

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "fixtures" / "indicators-gold.tsv"
FOLDERS = (ROOT / "data" / "reports", ROOT / "corpus" / "dev" / "reports")


def gold_rows() -> dict[Path, list[dict[str, str]]]:
    """Gold rows by report file, for the reports this checkout has."""
    lines = [line for line in GOLD.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    by_report: dict[Path, list[dict[str, str]]] = defaultdict(list)
    for row in csv.DictReader(lines, delimiter="\t"):
        path = next((folder / f"{row['report']}.txt" for folder in FOLDERS if (folder / f"{row['report']}.txt").is_file()), None)
        if path is not None:
            by_report[path].append(row)
    return by_report


def score(by_report: dict[Path, list[dict[str, str]]]) -> tuple[int, int, list[str]]:
    """(gold rows, rows typed with their indicator, descriptions of rows typed wrongly)."""
    total, right, wrong = 0, 0, []
    for path, rows in by_report.items():
        built = api.build([path])
        dataset, failures = built.dataset, built.failures
        assert not failures
        found = api.query(dataset, "indicators")
        used: set[int] = set()  # an observation types one gold row: two equal figures in one sentence are two rows
        for row in rows:
            total += 1
            matching = [n for n, r in enumerate(found) if n not in used and row["snippet"] in r["evidence"]
                        and row["value"] in (r.get("value"), r.get("change"))]
            hit = next((n for n in matching if found[n]["notation"] == row["indicator"]), None)
            if hit is not None:
                right += 1
                used.add(hit)
            wrong += [f"{path.stem}: {row['snippet']} -> {found[n]['notation']}" for n in matching
                      if found[n]["notation"] != row["indicator"]]
    return total, right, wrong


@pytest.mark.slow
def test_gold_measures_are_typed_and_none_wrongly() -> None:
    total, right, wrong = score(gold_rows())
    assert total >= 11  # the reference report's rows at least
    assert wrong == []
    assert right / total >= 0.8, f"{right} of {total}"
