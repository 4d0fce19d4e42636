"""The span index answers every query exactly as a brute-force scan would, through any edits."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmark.core.model import Span
from newsmark.core.spanindex import SpanIndex

LENGTH = 300


def order(spans):
    return sorted(spans, key=lambda s: (s.start, s.end, s.id))


@st.composite
def span_lists(draw):
    n = draw(st.integers(0, 40))
    spans = []
    for i in range(1, n + 1):
        start = draw(st.integers(0, LENGTH - 1))
        # Mostly short, some very long, some identical ranges: the shapes that break interval code.
        end = draw(st.one_of(st.integers(start + 1, min(LENGTH, start + 8)), st.integers(start + 1, LENGTH)))
        spans.append(Span(i, 1, draw(st.integers(1, 3)), start, end))
    return spans


@given(span_lists(), st.lists(st.tuples(st.integers(0, LENGTH), st.integers(0, LENGTH)), max_size=10))
def test_queries_match_a_brute_force_scan(spans, ranges):
    index = SpanIndex(spans)
    assert list(index) == order(spans) and len(index) == len(spans)
    for a, b in ranges:
        a, b = min(a, b), max(a, b)
        assert index.overlapping(a, b) == order(s for s in spans if s.start < b and s.end > a)
        assert index.covering(a) == order(s for s in spans if s.start <= a < s.end)


@given(span_lists(), st.data())
def test_edits_keep_the_index_exact(spans, data):
    index, alive = SpanIndex(), {}
    for span in spans:
        index.add(span)
        alive[span.id] = span
    for _ in range(data.draw(st.integers(0, 20))):
        if not alive:
            break
        victim = data.draw(st.sampled_from(sorted(alive)))
        if data.draw(st.booleans()):
            assert index.remove(victim) == alive.pop(victim)
        else:
            start = data.draw(st.integers(0, LENGTH - 1))
            moved = alive[victim].with_changes(start=start, end=data.draw(st.integers(start + 1, LENGTH)))
            index.replace(moved)
            alive[victim] = moved
    expected = order(alive.values())
    assert list(index) == expected
    for pos in range(0, LENGTH, 7):
        assert index.covering(pos) == [s for s in expected if s.start <= pos < s.end]
        following = [s for s in expected if s.start > pos]
        assert index.next_after(pos) == (following[0] if following else None)
        before = [s for s in expected if s.start < pos]
        assert index.previous_before(pos) == (before[-1] if before else None)
        for tag in (1, 2):
            nxt = [s for s in following if s.tag_id == tag]
            assert index.next_after(pos, tag) == (nxt[0] if nxt else None)


def test_ids_must_be_unique_and_known():
    index = SpanIndex([Span(1, 1, 1, 0, 3)])
    with pytest.raises(ValueError):
        index.add(Span(1, 1, 1, 4, 5))
    with pytest.raises(KeyError):
        index.remove(2)
    with pytest.raises(ValueError):
        SpanIndex([Span(1, 1, 1, 0, 3), Span(1, 1, 1, 4, 5)])
    assert 1 in index and 2 not in index and index.get(1).end == 3


@given(span_lists(), st.integers(0, 40), st.lists(st.tuples(st.integers(0, LENGTH), st.integers(0, LENGTH)), max_size=6))
def test_adding_many_at_once_is_adding_them_one_by_one(spans, split, ranges):
    # The first part already in, the rest added in one batch: appended runs and interleaved ones alike.
    index = SpanIndex(spans[:split])
    index.add_many(spans[split:])
    assert list(index) == order(spans) and len(index) == len(spans)
    for a, b in ranges:
        a, b = min(a, b), max(a, b)
        assert index.overlapping(a, b) == order(s for s in spans if s.start < b and s.end > a)
        assert index.next_after(a) == next(iter(order(s for s in spans if s.start > a)), None)


def test_adding_many_refuses_a_known_or_doubled_id_and_changes_nothing():
    index = SpanIndex([Span(1, 1, 1, 0, 5)])
    for bad in ([Span(1, 1, 1, 7, 9)], [Span(2, 1, 1, 7, 9), Span(2, 1, 1, 8, 9)], [Span(3, 1, 1, 4, 4)]):
        with pytest.raises(ValueError):
            index.add_many(bad)
        assert list(index) == [Span(1, 1, 1, 0, 5)]
