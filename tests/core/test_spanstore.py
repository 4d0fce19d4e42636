"""The span store: one place for the shown spans and every document's count, announcing each batch once."""

from __future__ import annotations

from collections import Counter

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from newsmark.core.model import Span
from newsmark.core.spanstore import SpanEvent, SpanStore

SHOWN = 1


def _store(counts=None, spans=()):
    store = SpanStore(counts if counts is not None else {1: len(spans), 2: 0, 3: 0})
    events: list[SpanEvent] = []
    store.subscribe(events.append)
    store.show(SHOWN, "x" * 1000, spans)
    events.clear()
    return store, events


def test_a_bulk_add_over_many_documents_is_one_event_naming_only_the_changed_documents():
    store, events = _store({1: 0, 2: 5, 3: 1, 4: 0})
    new = [Span(10 + i, 1 + i % 3, 1 + i % 2, i, i + 3) for i in range(30)]
    store.add(new)
    assert len(events) == 1
    (event,) = events
    assert event.kind == "added"
    assert event.documents == {1, 2, 3}
    assert sorted(s.id for s in event.spans) == [s.id for s in new if s.document_id == SHOWN]
    assert [store.document_count(d) for d in (1, 2, 3, 4)] == [10, 15, 11, 0]
    assert store.tag_counts() == dict(Counter(s.tag_id for s in new if s.document_id == SHOWN))


def test_removing_spans_of_other_documents_changes_their_counts_but_not_the_shown_spans():
    shown = [Span(1, 1, 1, 0, 5), Span(2, 1, 2, 3, 9)]
    store, events = _store({1: 2, 2: 2}, shown)
    store.remove([Span(7, 2, 1, 0, 4), Span(8, 2, 1, 4, 8), shown[0]])
    assert [(e.kind, e.spans, e.documents) for e in events] == [("removed", (shown[0],), {1, 2})]
    assert store.document_count(2) == 0 and store.document_count(1) == 1
    assert list(store.index) == [shown[1]]
    assert store.tag_counts() == {2: 1}


def test_a_change_reports_old_and_new_and_moves_the_tag_counts():
    old = Span(1, 1, 1, 0, 5)
    store, events = _store(spans=[old])
    new = old._replace(tag_id=3, end=8)
    assert store.change([new, Span(9, 2, 1, 0, 3)]) == [old]  # another document's span: not shown, ignored
    assert [(e.kind, e.spans, e.old) for e in events] == [("changed", (new,), (old,))]
    assert store.get(1) == new and store.tag_counts() == {3: 1}


def test_a_span_changed_before_its_slice_was_read_is_shown_once_and_not_doubled_by_the_slice():
    store, events = _store({1: 3}, [Span(1, 1, 1, 0, 5)])
    moved = Span(2, 1, 2, 10, 14)  # saved, but its slice is still to come
    store.change([moved])
    store.load([moved, Span(3, 1, 1, 20, 25)])  # the slice reads it again: skipped
    assert [s.id for s in store.index] == [1, 2, 3]
    assert store.document_count(1) == 3  # slices never change counts: the count came from the file
    assert [e.kind for e in events] == ["added", "added"]
    assert [s.id for s in events[1].spans] == [3]


def test_equal_texts_of_read_spans_are_kept_once():
    # As SQLite hands them out: every row brings its own copy of the same annotator and time.
    def fresh(text):
        return "".join(list(text))

    store, _ = _store({1: 3})
    store.load([Span(i, 1, 1, i, i + 2, "", fresh("ana"), fresh("2026-11-30T00:00:00Z"), fresh("2026-11-30T00:00:00Z"))
                for i in (1, 2, 3)])
    first, second = store.get(1), store.get(2)
    assert first == Span(1, 1, 1, 1, 3, "", "ana", "2026-11-30T00:00:00Z", "2026-11-30T00:00:00Z")
    assert first.annotator is second.annotator and first.created_at is second.updated_at


def test_large_batches_rebuild_the_index_to_the_same_result():
    base = [Span(i, 1, 1, i, i + 2) for i in range(1, 1500)]
    store, _ = _store({1: len(base)}, base[:200])
    store.add(base[200:])
    assert list(store.index) == base
    store.remove(base[::2])
    assert list(store.index) == base[1::2]
    assert store.tag_counts() == {1: len(base[1::2])}


def test_documents_come_and_go():
    store, events = _store({1: 1, 2: 4}, [Span(1, 1, 1, 0, 5)])
    store.forget_document(SHOWN)
    assert store.document_id is None and len(store) == 0 and store.document_count(1) == 0
    store.set_document(5, 3)
    assert store.document_count(5) == 3
    assert [e.kind for e in events] == ["reset", "removed", "added"]


def test_an_unsubscribed_listener_hears_nothing_more():
    store, events = _store()
    store.unsubscribe(events.append)
    store.add([Span(1, 1, 1, 0, 2)])
    assert events == []


class StoreAgainstDicts(RuleBasedStateMachine):
    """Any sequence of changes leaves the store equal to plain dicts, and its events replay onto a copy."""

    def __init__(self):
        super().__init__()
        self.spans: dict[int, Span] = {}  # every span in the project, by id
        self.store = SpanStore({d: 0 for d in (1, 2, 3)})
        self.mirror: dict[int, Span] = {}  # the shown spans, rebuilt from the events alone
        self.store.subscribe(self._replay)
        self.shown = None
        self.next_id = 1

    def _replay(self, event: SpanEvent) -> None:
        if event.kind == "reset":
            self.mirror = {s.id: s for s in self.store.index}
        elif event.kind == "removed":
            for span in event.spans:
                del self.mirror[span.id]
        else:
            for span in event.spans:
                self.mirror[span.id] = span

    @rule(document=st.sampled_from([1, 2, 3]))
    def show(self, document):
        self.shown = document
        self.store.show(document, "", [s for s in self.spans.values() if s.document_id == document])

    @rule(new=st.lists(st.tuples(st.sampled_from([1, 2, 3]), st.integers(1, 3), st.integers(0, 50), st.integers(1, 9)),
                       max_size=8))
    def add(self, new):
        spans = []
        for document, tag, start, length in new:
            spans.append(Span(self.next_id, document, tag, start, start + length))
            self.next_id += 1
        self.spans.update((s.id, s) for s in spans)
        self.store.add(spans)

    @rule(picks=st.lists(st.integers(0, 1000), max_size=5))
    def remove(self, picks):
        ids = sorted(self.spans)
        gone = {ids[p % len(ids)] for p in picks} if ids else set()
        removed = [self.spans.pop(i) for i in gone]
        self.store.remove(removed)

    @rule(pick=st.integers(0, 1000), tag=st.integers(1, 3), start=st.integers(0, 50))
    def change(self, pick, tag, start):
        if not self.spans:
            return
        span = self.spans[sorted(self.spans)[pick % len(self.spans)]]
        new = span._replace(tag_id=tag, start=start, end=start + 4)
        self.spans[span.id] = new
        self.store.change([new])

    @invariant()
    def matches_the_dicts(self):
        shown = {i: s for i, s in self.spans.items() if s.document_id == self.shown} if self.shown else {}
        assert {s.id: s for s in self.store.index} == shown == self.mirror
        assert self.store.tag_counts() == {t: n for t, n in Counter(s.tag_id for s in shown.values()).items()}
        counts = Counter(s.document_id for s in self.spans.values())
        assert all(self.store.document_count(d) == counts[d] for d in (1, 2, 3))


StoreAgainstDicts.TestCase.settings = settings(max_examples=150, stateful_step_count=30, deadline=None)
test_store_matches_plain_dicts = StoreAgainstDicts.TestCase
