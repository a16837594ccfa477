"""Shared fixtures: the reference report's graph is built once per session (spaCy is slow to load)."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset

import kg.api

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "data" / "reports" / "chengyang-2024.txt"


@pytest.fixture(scope="session")
def reference() -> Dataset:
    dataset, failures = kg.api.build([REFERENCE])
    assert not failures
    return dataset
