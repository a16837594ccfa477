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


Words = str | list[str] | tuple[str, ...]
"""A vocabulary as a component's config gives it: a file of this folder by name, or the words themselves."""
Rows = str | list[dict[str, str]] | tuple[dict[str, str], ...]
"""A table as a component's config gives it: a file of this folder by name, or its rows."""


def words(spec: Words) -> tuple[str, ...]:
    """The words of a vocabulary given by file name or inline, longest first.

    >>> words(["会议", "推进会"])
    ('推进会', '会议')
    """
    if isinstance(spec, str):
        return word_list(spec)
    return tuple(sorted({w.strip() for w in spec if w.strip()}, key=lambda w: (-len(w), w)))


def rows(spec: Rows) -> tuple[dict[str, str], ...]:
    """The rows of a table given by file name or inline."""
    return table(spec) if isinstance(spec, str) else tuple(dict(r) for r in spec)


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex that matches any of ``words``, preferring the longest, and is fast to scan with.

    Python's ``re`` tries an alternation's branches one by one at every position, so a
    plain ``a|b|c`` of the 3,000 division names or 600 body names costs thousands of steps
    per character. The words go into a trie instead (one branch per next character), behind
    a lookahead on the set of first characters, which rejects most positions in one step.
    """
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not trie:
        return ""
    return f"(?=[{''.join(re.escape(ch) for ch in sorted(trie))}]){_trie_regex(trie)}"


def _trie_regex(node: dict[str, dict]) -> str:
    """Each child before the end of a word, so that the longest word is tried first."""
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    return f"(?:{body})?" if "" in node else body
