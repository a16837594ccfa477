"""Loaders for the vocabularies shipped as data files beside this module.

Rules and word lists live in plain text so that a reader can extend them
without touching code; see README.md in this folder for each file's format.
"""
from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources


def _text(name: str) -> str:
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")


@cache
def word_list(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of ``name``, longest first (for alternations)."""
    words = {line.strip() for line in _text(name).splitlines()}
    return tuple(sorted((w for w in words if w and not w.startswith("#")), key=lambda w: (-len(w), w)))


@cache
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a tab-separated file with a header line; ``#`` lines are comments."""
    lines = [line for line in _text(name).splitlines() if line.strip() and not line.startswith("#")]
    return tuple(dict(row) for row in csv.DictReader(lines, delimiter="\t"))


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation that prefers the longest word."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
