"""The span table model: Qt's model checks, and its sorted, filtered rows against a plain reference."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from newsmark.core.model import Span, Tag
from newsmark.core.spanstore import SpanStore
from newsmark.ui.spantable import COLUMNS, END, NOTE, START, TAG, TEXT, SpanTableModel

TEXT_OF_DOC = "Kyiv said: troops 👨‍👩‍👧 moved to Kursk; officials in Seoul said 8,000 more. " * 3
TAGS = [Tag(1, "claim", "#e69f00", "1", 0), Tag(2, "figure", "#56b4e9", "2", 1), Tag(3, "location", "#cc79a7", "4", 2)]


def _span(i: int, start: int, length: int, tag: int, note: str = "") -> Span:
    start = min(start, len(TEXT_OF_DOC) - 1)
    return Span(i, 1, tag, start, min(len(TEXT_OF_DOC), start + length), note)


def _model(spans) -> tuple[SpanStore, SpanTableModel]:
    store = SpanStore()
    model = SpanTableModel(store)
    model.set_tags(TAGS)
    store.show(1, TEXT_OF_DOC, spans)
    return store, model


def test_span_table_passes_qt_model_checks(qtmodeltester):
    _store, model = _model([_span(i, i * 7, 5 + i % 4, 1 + i % 3, f"note {i}") for i in range(30)])
    qtmodeltester.check(model)
    model.sort(NOTE, Qt.DescendingOrder)
    model.set_filter(2, "")
    qtmodeltester.check(model)


def _reference_rows(spans: dict[int, Span], column: int, order, tag_filter, text_filter) -> list[int]:
    """The ids the table should show, computed the slow, obvious way."""
    def first(span):
        if column == TAG:
            return next(t.position for t in TAGS if t.id == span.tag_id)
        if column == TEXT:
            return TEXT_OF_DOC[span.start:span.end].casefold()
        if column == NOTE:
            return span.note.casefold()
        return span.end if column == END else span.start

    shown = [s for s in spans.values()
             if (tag_filter is None or s.tag_id == tag_filter)
             and text_filter.casefold() in TEXT_OF_DOC[s.start:s.end].casefold()]
    shown.sort(key=lambda s: (first(s), s.start, s.end, s.id), reverse=order == Qt.DescendingOrder)
    return [s.id for s in shown]


operations = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.integers(0, 200), st.integers(1, 12), st.integers(1, 3), st.sampled_from(["", "b", "a"])),
        st.tuples(st.just("remove"), st.integers(0, 60)),
        st.tuples(st.just("update"), st.integers(0, 60), st.integers(0, 200), st.integers(1, 12), st.integers(1, 3),
                  st.sampled_from(["", "b", "a", "c"])),
        st.tuples(st.just("sort"), st.sampled_from([TAG, TEXT, START, END, NOTE]),
                  st.sampled_from([Qt.AscendingOrder, Qt.DescendingOrder])),
        st.tuples(st.just("filter"), st.sampled_from([None, 1, 3]), st.sampled_from(["", "s", "kursk", "8,0"])),
    ),
    max_size=40,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=operations)
def test_rows_and_row_lookups_always_match_a_plain_sort_and_filter(ops):
    spans = {i: _span(i, i * 11, 4, 1 + i % 3) for i in range(1, 21)}
    store, model = _model(spans.values())
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)  # noqa: F841
    followed = {span_id: QPersistentModelIndex(model.index(model.row_of(span_id), 0)) for span_id in (3, 11, 17)}
    column, order, tag_filter, text_filter = START, Qt.AscendingOrder, None, ""
    next_id = 100
    for op in ops:
        if op[0] == "add":
            span = _span(next_id, *op[1:])
            next_id += 1
            spans[span.id] = span
            store.add([span])
        elif op[0] == "remove" and spans:
            span_id = sorted(spans)[op[1] % len(spans)]
            store.remove([spans.pop(span_id)])
        elif op[0] == "update" and spans:
            span_id = sorted(spans)[op[1] % len(spans)]
            spans[span_id] = _span(span_id, *op[2:])
            store.change([spans[span_id]])
        elif op[0] == "sort":
            column, order = op[1], op[2]
            model.sort(column, order)
        elif op[0] == "filter":
            tag_filter, text_filter = op[1], op[2]
            model.set_filter(tag_filter, text_filter)
        expected = _reference_rows(spans, column, order, tag_filter, text_filter)
        assert [model.span_at(r).id for r in range(model.rowCount())] == expected
        for span_id in spans:
            assert model.row_of(span_id) == (expected.index(span_id) if span_id in expected else None)
        # Persistent indexes (a view's selection) follow their spans through sorts and moves.
        for span_id, index in followed.items():
            if index.isValid():
                assert model.span_at(index.row()).id == span_id
        assert model.row_of(10_000) is None
    assert model.columnCount() == len(COLUMNS)
