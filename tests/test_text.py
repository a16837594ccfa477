"""The character-level helpers the recognisers share answer as their plain definitions do."""
from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.recognise.text import CLAUSE_BREAK, Spans, clause_start, find_words, last_break

RANGES = [(10, 20), (0, 4), (12, 30), (40, 41)]


@pytest.mark.parametrize(("start", "end", "held"), [
    (0, 4, True),  # a range holds itself
    (1, 3, True),
    (12, 25, True),  # only the later of two overlapping ranges reaches 25
    (11, 25, False),  # the earlier one starts soon enough but ends too soon
    (9, 12, False),  # starts before every range
    (3, 5, False),
    (31, 32, False),  # between two ranges
    (40, 41, True),
    (40, 42, False),
])
def test_spans_hold(start: int, end: int, held: bool) -> None:
    assert Spans(RANGES).hold(start, end) is held


def test_no_spans_hold_nothing() -> None:
    assert not Spans([]).hold(0, 0)


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 50))), st.integers(0, 50), st.integers(0, 50))
def test_spans_hold_as_any_range_does(ranges: list[tuple[int, int]], start: int, end: int) -> None:
    assert Spans(ranges).hold(start, end) == any(s <= start and end <= e for s, e in ranges)


@pytest.mark.parametrize(("text", "pos", "start"), [
    ("区司法局举办培训班", 5, 0),  # no break before: the text's start
    ("开展普法,举办培训班", 7, 5),
    ("开展普法;\n举办培训班。印发方案", 8, 6),  # the nearest break of any kind
    ("开展普法,举办培训班", 4, 0),  # a break at ``pos`` is not before it
])
def test_clause_start(text: str, pos: int, start: int) -> None:
    assert clause_start(text, pos) == start


@given(st.text(alphabet="普法,。!\n;:", max_size=30), st.integers(0, 30), st.integers(0, 30),
       st.sampled_from([CLAUSE_BREAK, ",;。:\n", "。"]))
def test_last_break_as_rfind_does(text: str, start: int, end: int, breaks: str) -> None:
    start, end = min(start, len(text)), min(end, len(text))
    assert last_break(text, start, end, breaks) == max(text.rfind(ch, start, end) for ch in breaks)


@given(st.text(alphabet="镇街道乡", max_size=30), st.lists(st.text(alphabet="镇街道乡", max_size=3), max_size=12))
def test_find_words_as_its_regex_does(text: str, words: list[str]) -> None:
    """A few words are scanned for one by one, many with an automaton: both find the regex's matches."""
    longest_first = sorted({w for w in words if w}, key=len, reverse=True)
    expected = [(m.start(), m.end(), m.end()) for m in re.finditer("|".join(longest_first), text)] if longest_first else []
    assert list(find_words(text, words)) == expected
