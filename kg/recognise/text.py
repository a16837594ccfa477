"""Character-level helpers shared by the recognisers: brackets, clauses, quotes.

Documents are segmented one character per token (spaCy's ``char`` segmenter),
so a character offset is a token index and every regex match is a mention.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import accumulate

import ahocorasick_rs

CLAUSE_BREAK = ",;。!?:\n"
OPEN_CLOSE = {"《": "》", "“": "”", "(": ")", "[": "]", "〔": "〕"}
_CLOSERS = frozenset(OPEN_CLOSE.values())
CJK = r"\u4e00-\u9fff"


def find_words(text: str, words: Iterable[str], after: tuple[str, ...] = (),
               followed_by: re.Pattern[str] | None = None) -> Iterator[tuple[int, int, int]]:
    """``(start, word_end, end)`` of each leftmost-longest occurrence of ``words``, not overlapping.

    The matches of the regex ``(w1|w2…)(a1|a2…)?`` (``a`` from ``after``), with ``(?=followed_by)``
    after the word when given. Every occurrence of every word is found in one pass of an
    Aho-Corasick automaton (ahocorasick-rs), not one ``str.find`` scan per word: a county's towns
    and communities are hundreds of words, different for each report (a few words are scanned for one by one).
    """
    found = sorted((start, start - end) for start, end in _occurrences(text, frozenset(words))
                   if followed_by is None or followed_by.match(text, end))
    last = 0
    for start, negative_length in found:
        if start >= last:
            word_end = start - negative_length
            last = word_end + next((len(a) for a in after if text.startswith(a, word_end)), 0)
            yield start, word_end, last


_FEW_WORDS = 32
"""Up to this many words are looked for one ``str.find`` at a time: building an automaton costs about 0.05 ms
whatever its size, more than a few dozen scans of a report (the agencies' 554 lookups of 100 reports' towns and
communities, 0.017 s with automata from 9 words on, 0.012 s from 33 on; nine in ten sets have 32 words or fewer)."""


def _occurrences(text: str, words: frozenset[str]) -> list[tuple[int, int]]:
    """``(start, end)`` of every occurrence of every word, overlapping ones included, in no particular order."""
    if len(words) > _FEW_WORDS:
        return [(start, end) for _, start, end in _automaton(words).find_matches_as_indexes(text, overlapping=True)]
    found = []
    for word in filter(None, words):
        start = text.find(word)
        while start >= 0:
            found.append((start, start + len(word)))
            start = text.find(word, start + 1)
    return found


@lru_cache(maxsize=64)
def _automaton(words: frozenset[str]) -> ahocorasick_rs.AhoCorasick:
    """The automaton of a set of words, kept for the next report of the same county (a collection has many).

    Most reports bring sets of their own (a county's towns, its communities), so the automaton is the kind
    quickest to build (a non-contiguous NFA: a twentieth of a millisecond for ten towns, against a fifth for
    the default), not the quickest to scan: a report is scanned once with each set."""
    return ahocorasick_rs.AhoCorasick(sorted(w for w in words if w),
                                      implementation=ahocorasick_rs.Implementation.NoncontiguousNFA)


_BRACKETS = {open_ch: re.compile(f"[{re.escape(open_ch)}{re.escape(close_ch)}]") for open_ch, close_ch in OPEN_CLOSE.items()}


@lru_cache(maxsize=64)
def enclosed(text: str, open_ch: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of the content of each outermost ``open_ch``…close pair.

    Only the two brackets are visited (found by a regex), not every character, and a text's pairs are kept:
    the recognisers ask for the titles and quotations of the same Doc's text five times (the few texts kept
    are that one and the short pieces the awards read between)."""
    close_ch = OPEN_CLOSE[open_ch]
    depth, start, pairs = 0, 0, []
    for m in _BRACKETS[open_ch].finditer(text):
        i, ch = m.start(), m.group()
        if ch == open_ch:
            if depth == 0:
                start = i + 1
            depth += 1
        elif ch == close_ch and depth:
            depth -= 1
            if depth == 0:
                pairs.append((start, i))
    return tuple(pairs)


def protected_ranges(text: str) -> list[tuple[int, int]]:
    """Ranges inside 《》 titles, including the brackets: a title's words are not the report's."""
    return list(_titles(text))


@lru_cache(maxsize=4)
def _titles(text: str) -> tuple[tuple[int, int], ...]:
    """``protected_ranges`` of a text, found once: four recognisers ask for them of the same Doc's text."""
    return tuple((s - 1, e + 1) for s, e in enclosed(text, "《"))


def inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether ``pos`` is in one of ``ranges``: a plain loop, as it runs for every candidate a recogniser weighs."""
    for start, end in ranges:
        if start <= pos < end:
            return True
    return False


class Spans:
    """Ranges ``[start, end)`` asked whether one of them holds a span, by bisection: a recogniser asks it of
    every candidate, and a report has hundreds of both."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))  # the furthest end among the first n

    def hold(self, start: int, end: int) -> bool:
        """Whether a range starts at ``start`` or before and ends at ``end`` or after."""
        last = bisect.bisect_right(self.starts, start)
        return last > 0 and self.reach[last - 1] >= end


def split_top_level(text: str, separators: str) -> list[tuple[int, int]]:
    """Split on separators that are not inside brackets or quotes."""
    parts, depth, start = [], 0, 0
    for m in _marks(separators).finditer(text):
        i, ch = m.start(), m.group()
        if ch in OPEN_CLOSE:
            depth += 1
        elif ch in _CLOSERS and depth:
            depth -= 1
        elif ch in separators and depth == 0:
            parts.append((start, i))
            start = i + 1
    parts.append((start, len(text)))
    return [(s, e) for s, e in parts if e > s]


@lru_cache(maxsize=16)
def _marks(separators: str) -> re.Pattern[str]:
    """Brackets and ``separators``: the only characters ``split_top_level`` needs to visit."""
    return re.compile(f"[{re.escape(''.join(OPEN_CLOSE) + ''.join(OPEN_CLOSE.values()) + separators)}]")


def last_break(text: str, start: int, end: int, breaks: str = CLAUSE_BREAK) -> int:
    """Where the last of ``breaks`` in ``text[start:end]`` is, -1 if none: ``max(text.rfind(ch, start, end) for ch
    in breaks)``, with ``start`` and ``end`` from 0 to the text's length.

    Found by bisection among the breaks' positions, listed once per text (and set of breaks): an ``rfind`` of a
    break the clause lacks (a newline, a question mark) scanned back to ``start``, most often the text's
    beginning, for every candidate a recogniser weighs."""
    positions = _break_positions(text, breaks)
    last = bisect.bisect_left(positions, end) - 1
    return positions[last] if last >= 0 and positions[last] >= start else -1


def clause_start(text: str, pos: int, breaks: str = CLAUSE_BREAK) -> int:
    """Where the clause that ``pos`` is in starts: right after the last of ``breaks`` before it, or 0."""
    return last_break(text, 0, pos, breaks) + 1


@lru_cache(maxsize=8)
def _break_positions(text: str, breaks: str) -> list[int]:
    """The positions of ``breaks`` in ``text``, in order: kept for the few texts a report's stages read (a
    text's hash is computed once and kept, and the same text object is found by identity)."""
    return [m.start() for m in re.finditer(f"[{re.escape(breaks)}]", text)]


def clause_end(text: str, pos: int, limit: int | None = None) -> int:
    """Where the clause that ``pos`` is in ends: the first top-level clause break from ``pos``,
    looked for up to ``limit`` (a text without punctuation must not cost a scan per match).

    Only brackets and breaks are visited (found by a regex), not every character: the programme
    recogniser asks it of every verb."""
    depth = 0
    stop = len(text) if limit is None else min(limit, len(text))
    for m in _marks(CLAUSE_BREAK).finditer(text, pos, stop):
        ch = m.group()
        if ch in OPEN_CLOSE:
            depth += 1
        elif ch in _CLOSERS and depth:
            depth -= 1
        elif ch in CLAUSE_BREAK and depth == 0:
            return m.start()
    return stop
