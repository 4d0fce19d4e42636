"""The shown document's links follow the span store: loaded, added, removed with their spans, reset."""

from __future__ import annotations

from newsmark.core.model import Link, Span
from newsmark.core.shownlinks import LinkEvent, ShownLinks
from newsmark.core.spanstore import SpanStore


def span(i: int, doc: int = 1, start: int = 0) -> Span:
    return Span(i, doc, 1, start + i, start + i + 1)


def link(i: int, source: int, target: int, doc: int = 1, type_id: int = 1) -> Link:
    return Link(i, doc, type_id, source, target)


def make():
    store = SpanStore({1: 4, 2: 1})
    store.show(1, "x" * 20, [span(1), span(2), span(3), span(4)])
    links = ShownLinks(store)
    events: list[LinkEvent] = []
    links.subscribe(events.append)
    links.show(1, [link(10, 1, 2), link(11, 2, 3)])
    events.clear()
    return store, links, events


def test_links_are_found_by_either_end():
    _store, links, _events = make()
    assert [k.id for k in links.of_span(2)] == [10, 11]
    assert [k.id for k in links.of_span(1)] == [10]
    assert links.count(3) == 1 and links.count(4) == 0
    assert [k.id for k in links.of_spans([1, 3])] == [10, 11]


def test_added_links_of_another_document_are_not_shown():
    _store, links, events = make()
    assert links.add([link(12, 3, 4), link(13, 5, 6, doc=2)]) == [link(12, 3, 4)]
    assert [(e.kind, [k.id for k in e.links], e.spans) for e in events] == [("added", [12], frozenset({3, 4}))]


def test_deleting_a_span_drops_its_links_in_one_event():
    store, links, events = make()
    store.remove([span(2)])
    assert len(links) == 0
    assert [(e.kind, sorted(k.id for k in e.links)) for e in events] == [("removed", [10, 11])]


def test_deleting_a_span_without_links_says_nothing():
    store, _links, events = make()
    store.remove([span(4)])
    assert events == []


def test_another_document_empties_the_links_until_its_own_are_shown():
    store, links, events = make()
    store.show(2, "y", [span(5, doc=2)])
    assert len(links) == 0 and links.document_id == 2
    assert [e.kind for e in events] == ["reset"]
    links.show(2, [link(20, 5, 6, doc=2)])
    assert links.count(5) == 1


def test_the_same_document_read_again_keeps_its_links():
    store, links, events = make()
    store.show(1, "x" * 20, [span(1), span(2), span(3), span(4)])
    assert len(links) == 2 and events == []


def test_a_changed_link_keeps_its_place_and_reports_the_old_one():
    _store, links, events = make()
    old = links.change([link(10, 1, 2, type_id=3)])
    assert old == [link(10, 1, 2)]
    assert links.get(10).type_id == 3
    assert [(e.kind, e.old) for e in events] == [("changed", (link(10, 1, 2),))]


def test_removing_links_is_one_event_and_unknown_ones_are_ignored():
    _store, links, events = make()
    assert links.remove([link(10, 1, 2), link(99, 1, 2)]) == [link(10, 1, 2)]
    assert links.of_span(1) == [] and [k.id for k in links.of_span(2)] == [11]
    assert len(events) == 1


def test_broken_links_are_those_a_retag_makes_not_allowed():
    from newsmark.core.model import LinkType
    from newsmark.core.shownlinks import broken_links

    evidence = LinkType(1, "evidence", "#000000", sources=("figure",), targets=("claim",))
    same_as = LinkType(2, "same_as", "#000000", symmetric=True)
    kinds = {1: evidence, 2: same_as}
    tags = {1: "figure", 2: "claim", 3: "location"}
    links = [link(10, 1, 2, type_id=1), link(11, 1, 3, type_id=2), link(12, 3, 2, type_id=1), link(13, 3, 2, type_id=9)]

    def after(span_id):
        return "location" if span_id == 1 else tags[span_id]

    # evidence 10 breaks; same_as allows anything; 12 was not allowed already; type 9 is unknown.
    assert broken_links(links, kinds, tags.get, after) == [links[0]]


def test_links_are_read_with_the_spans_shown_a_slice_at_a_time():
    saved = [link(10, 1, 2), link(11, 2, 3), link(12, 3, 9)]  # span 9 is not shown yet
    asked: list[list[int]] = []

    def read(span_ids):
        asked.append(sorted(span_ids))
        return [k for k in saved if {k.source_id, k.target_id} & set(span_ids)]

    store = SpanStore({1: 4})
    links = ShownLinks(store, read)
    store.show(1, "x" * 20, [span(1), span(2)])  # the first screen's spans of a large document
    assert asked == [[1, 2]] and [k.id for k in links] == [10, 11]
    store.load([span(3), span(9)])  # the next slice: its links come with it, none twice
    assert asked[-1] == [3, 9] and sorted(k.id for k in links) == [10, 11, 12]
    store.show(None)
    assert len(links) == 0 and links.document_id is None
