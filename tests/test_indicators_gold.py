"""Typing recall against the hand-made gold list: at least 80 % of the measures typed, none wrongly.

The gold list covers the reference report and 10 real reports of ``corpus/dev/reports``; rows of
reports whose file is not in this checkout are skipped.
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
        for row in rows:
            total += 1
            typed = {r["notation"] for r in found if row["snippet"] in r["evidence"]
                     and row["value"] in (r.get("value"), r.get("change"))}
            right += row["indicator"] in typed
            wrong += [f"{path.stem}: {row['snippet']} -> {t}" for t in typed - {row["indicator"]}]
    return total, right, wrong


@pytest.mark.slow
def test_gold_measures_are_typed_and_none_wrongly() -> None:
    total, right, wrong = score(gold_rows())
    assert total >= 11  # the reference report's rows at least
    assert wrong == []
    assert right / total >= 0.8, f"{right} of {total}"
