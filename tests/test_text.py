"""The character-level helpers the recognisers share answer as their plain definitions do."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.recognise.text import Spans

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
