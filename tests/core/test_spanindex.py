"""The span index answers every query as a brute-force scan would, through any sequence of edits."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from newsmark.core.model import Span
from newsmark.core.spanindex import SpanIndex

LENGTH = 1000  # the document's length: spans lie in [0, LENGTH]
TAGS = (1, 2, 3)
# Positions a query may ask about: before the text, inside it, at its end and past it.
positions = st.integers(-3, LENGTH + 3)
tags = st.sampled_from(TAGS)
# Ids are not always small and positive: the index must not rely on a sentinel id.
ids = st.integers(-(10**6), 10**12)


def order(spans):
    return sorted(spans, key=lambda s: (s.start, s.end, s.id))


def brute_overlapping(spans, a, b):
    return order(s for s in spans if s.start < b and s.end > a)


@st.composite
def ranges(draw):
    """A non-empty [start, end) in the document: short, at a length-class edge, very long, at 0 or at the end."""
    length = draw(
        st.one_of(
            st.integers(1, 8),
            st.sampled_from([2**k + d for k in range(10) for d in (-1, 0, 1) if 2**k + d >= 1]),
            st.integers(LENGTH // 2, LENGTH),
            st.integers(1, LENGTH),
        )
    )
    start = draw(st.one_of(st.just(0), st.just(LENGTH - length), st.integers(0, LENGTH - length)))
    return start, start + length


def make_span(span_id, tag_id, start, end):
    return Span(span_id, 7, tag_id, start, end, note=f"n{span_id}")


@st.composite
def span_lists(draw, max_size=30):
    """Spans with unique ids; some share a range with an earlier one, some sit inside one."""
    span_ids = draw(st.lists(ids, unique=True, max_size=max_size))
    spans = []
    for span_id in span_ids:
        how = draw(st.sampled_from(["new", "same", "inside"])) if spans else "new"
        if how == "new":
            start, end = draw(ranges())
        else:
            other = draw(st.sampled_from(spans))
            start, end = other.start, other.end
            if how == "inside":
                start = draw(st.integers(start, end - 1))
                end = draw(st.integers(start + 1, end))
        spans.append(make_span(span_id, draw(tags), start, end))
    return spans


def check_queries(index, spans, a, b, tag_id):
    """Every query at (a, b) against a scan of ``spans``."""
    expected = order(spans)
    assert index.overlapping(a, b) == brute_overlapping(spans, a, b)
    assert index.covering(a) == [s for s in expected if s.start <= a < s.end]
    for tag in (None, tag_id):
        wanted = [s for s in expected if tag is None or s.tag_id == tag]
        after = [s for s in wanted if s.start > a]
        before = [s for s in wanted if s.start < a]
        assert index.next_after(a, tag) == (after[0] if after else None)
        assert index.previous_before(a, tag) == (before[-1] if before else None)


class SpanIndexMachine(RuleBasedStateMachine):
    """Random builds, adds, removes and replaces, each query checked against a plain dict of spans."""

    def __init__(self):
        super().__init__()
        self.index = SpanIndex()
        self.model: dict[int, Span] = {}

    @initialize(spans=span_lists())
    def build(self, spans):
        self.index = SpanIndex(spans)
        self.model = {s.id: s for s in spans}

    def _new_id(self, data):
        return data.draw(ids.filter(lambda i: i not in self.model), label="id")

    @rule(data=st.data(), where=ranges(), tag=tags)
    def add(self, data, where, tag):
        span = make_span(self._new_id(data), tag, *where)
        self.index.add(span)
        self.model[span.id] = span

    @precondition(lambda self: self.model)
    @rule(data=st.data(), tag=tags)
    def add_same_range(self, data, tag):
        other = data.draw(st.sampled_from(sorted(self.model)), label="copied")
        span = make_span(self._new_id(data), tag, self.model[other].start, self.model[other].end)
        self.index.add(span)
        self.model[span.id] = span

    @precondition(lambda self: self.model)
    @rule(data=st.data(), tag=tags)
    def add_nested(self, data, tag):
        outer = self.model[data.draw(st.sampled_from(sorted(self.model)), label="outer")]
        start = data.draw(st.integers(outer.start, outer.end - 1), label="start")
        end = data.draw(st.integers(start + 1, outer.end), label="end")
        span = make_span(self._new_id(data), tag, start, end)
        self.index.add(span)
        self.model[span.id] = span

    @precondition(lambda self: self.model)
    @rule(data=st.data())
    def remove(self, data):
        victim = data.draw(st.sampled_from(sorted(self.model)), label="victim")
        assert self.index.remove(victim) == self.model.pop(victim)

    @precondition(lambda self: self.model)
    @rule(data=st.data(), where=ranges(), tag=tags, note=st.text(max_size=3))
    def replace(self, data, where, tag, note):
        victim = data.draw(st.sampled_from(sorted(self.model)), label="victim")
        changed = self.model[victim].with_changes(start=where[0], end=where[1], tag_id=tag, note=note)
        self.index.replace(changed)
        self.model[victim] = changed

    @rule(data=st.data(), where=ranges())
    def refused_edits_change_nothing(self, data, where):
        absent = self._new_id(data)
        with pytest.raises(KeyError):
            self.index.remove(absent)
        with pytest.raises(KeyError):
            self.index.get(absent)
        with pytest.raises(KeyError):
            self.index.replace(make_span(absent, 1, *where))
        with pytest.raises(ValueError):
            self.index.add(make_span(absent, 1, where[0], where[0]))  # empty
        if self.model:
            present = data.draw(st.sampled_from(sorted(self.model)), label="present")
            with pytest.raises(ValueError):
                self.index.add(make_span(present, 1, *where))
            with pytest.raises(ValueError):
                self.index.replace(make_span(present, 1, where[1], where[0]))  # reversed

    @rule(a=positions, b=positions, tag=tags)
    def query(self, a, b, tag):
        check_queries(self.index, list(self.model.values()), a, b, tag)

    @rule(a=positions, width=st.integers(0, 40), tag=tags)
    def query_a_small_window(self, a, width, tag):
        check_queries(self.index, list(self.model.values()), a, a + width, tag)

    @precondition(lambda self: self.model)
    @rule(data=st.data(), shift=st.integers(-1, 1), width=st.integers(0, 3), tag=tags)
    def query_at_a_span_edge(self, data, shift, width, tag):
        # Off-by-one errors live where a query meets a span's own start or end.
        span = self.model[data.draw(st.sampled_from(sorted(self.model)), label="span")]
        for a in (span.start + shift, span.end + shift):
            check_queries(self.index, list(self.model.values()), a, a + width, tag)

    @invariant()
    def holds_exactly_the_model(self):
        assert len(self.index) == len(self.model)
        assert list(self.index) == order(self.model.values())
        for span_id, span in self.model.items():
            assert span_id in self.index and self.index.get(span_id) == span


TestSpanIndexMachine = SpanIndexMachine.TestCase
TestSpanIndexMachine.settings = settings(max_examples=150, stateful_step_count=40, deadline=None)


@given(span_lists(max_size=60), st.lists(st.tuples(positions, positions, tags), max_size=15), st.randoms())
def test_a_bulk_build_answers_as_adding_one_by_one_does(spans, queries, rnd):
    shuffled = list(spans)
    rnd.shuffle(shuffled)
    built, added = SpanIndex(shuffled), SpanIndex()
    for span in spans:
        added.add(span)
    assert list(built) == list(added) == order(spans)
    for a, b, tag in queries:
        check_queries(built, spans, a, b, tag)
        check_queries(added, spans, a, b, tag)


# -- concrete examples ------------------------------------------------------------------------


def test_an_empty_index_finds_nothing():
    index = SpanIndex()
    assert len(index) == 0 and list(index) == [] and 1 not in index
    assert index.overlapping(0, 10**9) == [] and index.covering(0) == []
    assert index.next_after(-1) is None and index.previous_before(10**9) is None


def test_ranges_are_half_open():
    index = SpanIndex([make_span(1, 1, 5, 10)])
    assert index.overlapping(0, 5) == [] and index.overlapping(10, 20) == []
    assert [s.id for s in index.overlapping(9, 10)] == [1] and [s.id for s in index.overlapping(0, 6)] == [1]
    assert index.covering(4) == [] and [s.id for s in index.covering(5)] == [1]
    assert [s.id for s in index.covering(9)] == [1] and index.covering(10) == []


@pytest.mark.parametrize("k", range(12))
def test_lengths_at_both_edges_of_a_length_class(k):
    shortest, longest = 2**k, 2 ** (k + 1) - 1  # both in class k
    index = SpanIndex([make_span(1, 1, 100, 100 + shortest), make_span(2, 1, 100, 100 + longest)])
    assert [s.id for s in index.overlapping(100 + shortest, 100 + shortest + 1)] == ([2] if k else [])
    assert [s.id for s in index.overlapping(100 + shortest - 1, 100 + shortest)] == [1, 2]
    assert index.overlapping(100 + longest, 100 + longest + 5) == []
    assert index.overlapping(90, 100) == []


def test_nested_and_identical_spans_come_in_start_end_id_order():
    spans = [make_span(4, 1, 0, 10), make_span(2, 1, 0, 10), make_span(3, 2, 2, 5), make_span(1, 3, 0, 3)]
    index = SpanIndex(spans)
    assert [s.id for s in index] == [1, 2, 4, 3]
    assert [s.id for s in index.covering(2)] == [1, 2, 4, 3]
    assert [s.id for s in index.covering(3)] == [2, 4, 3]
    assert [s.id for s in index.overlapping(5, 6)] == [2, 4]


def test_spans_at_the_start_and_at_the_end_of_the_text():
    index = SpanIndex([make_span(1, 1, 0, 1), make_span(2, 1, LENGTH - 1, LENGTH), make_span(3, 1, 0, LENGTH)])
    assert [s.id for s in index.covering(0)] == [1, 3]
    assert [s.id for s in index.covering(LENGTH - 1)] == [3, 2]
    assert index.covering(LENGTH) == [] and index.covering(-1) == []
    assert [s.id for s in index.overlapping(-5, LENGTH + 5)] == [1, 3, 2]


def test_a_very_long_span_is_found_far_from_its_start():
    short = [make_span(i, 1, 10 * i, 10 * i + 3) for i in range(1, 1000)]
    index = SpanIndex([*short, make_span(5000, 2, 5, 9_000_000)])
    assert [s.id for s in index.overlapping(8_000_000, 8_000_100)] == [5000]
    assert [s.id for s in index.covering(5000)] == [5000, 500]
    index.remove(5000)
    assert index.overlapping(8_000_000, 8_000_100) == []


def test_next_and_previous_among_spans_that_share_a_start():
    index = SpanIndex([make_span(1, 1, 5, 9), make_span(2, 2, 5, 7), make_span(3, 1, 5, 7), make_span(4, 2, 1, 2)])
    assert index.next_after(4).id == 2  # (5, 7, 2) comes before (5, 7, 3) and (5, 9, 1)
    assert index.next_after(4, tag_id=1).id == 3
    assert index.next_after(5) is None
    assert index.previous_before(6).id == 1  # the last of the three at 5
    assert index.previous_before(6, tag_id=2).id == 2
    assert index.previous_before(5).id == 4
    assert index.previous_before(5, tag_id=1) is None and index.next_after(0, tag_id=3) is None


def test_replace_moves_a_span_to_another_length_class():
    index = SpanIndex([make_span(1, 1, 0, 2), make_span(2, 1, 100, 101)])
    index.replace(make_span(1, 2, 50, 900))
    assert index.get(1).tag_id == 2 and [s.id for s in index.covering(99)] == [1]
    assert [s.id for s in index.overlapping(100, 101)] == [1, 2]
    index.replace(make_span(1, 2, 0, 1))
    assert index.covering(99) == [] and [s.id for s in index] == [1, 2]


def test_ids_must_be_unique_and_known():
    index = SpanIndex([make_span(1, 1, 0, 3)])
    with pytest.raises(ValueError):
        index.add(make_span(1, 1, 4, 5))
    with pytest.raises(KeyError):
        index.remove(2)
    with pytest.raises(KeyError):
        index.get(2)
    with pytest.raises(KeyError):
        index.replace(make_span(2, 1, 0, 1))
    with pytest.raises(ValueError):
        SpanIndex([make_span(1, 1, 0, 3), make_span(1, 1, 4, 5)])
    assert 1 in index and 2 not in index and index.get(1).end == 3


@pytest.mark.parametrize("start, end", [(3, 3), (4, 3)])
def test_empty_or_reversed_spans_are_refused(start, end):
    index = SpanIndex([make_span(1, 1, 0, 3)])
    with pytest.raises(ValueError):
        SpanIndex([make_span(2, 1, start, end)])
    with pytest.raises(ValueError):
        index.add(make_span(2, 1, start, end))
    with pytest.raises(ValueError):
        index.replace(make_span(1, 1, start, end))
    assert list(index) == [make_span(1, 1, 0, 3)]


def test_a_refused_reset_leaves_the_index_as_it_was():
    index = SpanIndex([make_span(1, 1, 0, 3)])
    with pytest.raises(ValueError):
        index.reset([make_span(2, 1, 0, 3), make_span(2, 1, 5, 6)])
    assert list(index) == [make_span(1, 1, 0, 3)]
    index.reset([make_span(9, 1, 4, 8)])
    assert [s.id for s in index] == [9] and 1 not in index


def test_a_large_random_index_through_edits():
    rng = random.Random(11)
    spans = {}
    for i in range(1, 3001):
        start = rng.randrange(100_000)
        spans[i] = make_span(i, rng.choice(TAGS), start, start + rng.choice((rng.randint(1, 50), rng.randint(1, 90_000))))
    index = SpanIndex(spans.values())
    for step in range(300):
        if step % 2:
            victim = rng.choice(sorted(spans))
            assert index.remove(victim) == spans.pop(victim)
        else:
            start = rng.randrange(100_000)
            span = make_span(10_000 + step, 1, start, start + rng.randint(1, 2000))
            index.add(span)
            spans[span.id] = span
        a = rng.randrange(-10, 100_010)
        assert index.overlapping(a, a + 300) == brute_overlapping(spans.values(), a, a + 300)
    assert list(index) == order(spans.values())
