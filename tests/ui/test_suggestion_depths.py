"""The review outline's nesting level: the sweep used for every suggestion counts exactly the suggestions holding it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsmark.core.model import Span
from newsmark.ui.suggestionpainter import _depth, _depths

RANGES = st.lists(st.tuples(st.integers(0, 30), st.integers(1, 12)), max_size=25)


def _spans(ranges) -> list[Span]:
    return [Span(i, 1, 1, start, start + length) for i, (start, length) in enumerate(ranges)]


def test_crossing_ranges_do_not_hide_an_outer_one():
    shown = _spans([(0, 10), (2, 10), (3, 6)])  # (0, 10), (2, 12) cross; (3, 9) lies inside both
    assert _depths(shown) == {0: 0, 1: 0, 2: 2}


@given(RANGES)
def test_the_sweep_counts_as_the_one_by_one_count(ranges):
    shown = _spans(ranges)
    assert _depths(shown) == {s.id: _depth(s, shown) for s in shown}
