"""The span table model: Qt's model checks, and its sorted, filtered rows and attribute columns against a plain reference."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from newsmark.core.attributes import AttributeSpec, attributes_json
from newsmark.core.model import Span, Tag
from newsmark.core.spanstore import SpanStore
from newsmark.ui.spantable import COLUMNS, END, NOTE, START, TAG, TEXT, SpanTableModel

TEXT_OF_DOC = "Kyiv said: troops 👨‍👩‍👧 moved to Kursk; officials in Seoul said 8,000 more. " * 3
STATUS = AttributeSpec("status", "choice", ("unverified", "true", "false"), "unverified")
# The figure tag's attributes in two versions: the tag set editor may change a type, and the order.
FIGURE_SPECS = ([AttributeSpec("value", "number"), AttributeSpec("unit")], [AttributeSpec("unit"), AttributeSpec("value")])


def _tags(figure_version: int = 0) -> list[Tag]:
    return [
        Tag(1, "claim", "#e69f00", "1", 0, attributes_json([STATUS])),
        Tag(2, "figure", "#56b4e9", "2", 1, attributes_json(FIGURE_SPECS[figure_version])),
        Tag(3, "location", "#cc79a7", "4", 2),  # no attributes: no attribute columns when it is the filter
    ]


TAGS = _tags()
# Values a span may carry: some not valid for its tag (loaded from a file, or the definition changed since).
VALUES = [
    {}, {"status": "false"}, {"status": "unverified"}, {"status": "true"}, {"status": "maybe"},
    {"value": "8000"}, {"value": "75"}, {"value": "100"}, {"value": "-2.5"}, {"value": "n/a"}, {"value": "75", "unit": "Troops"},
    {"unit": "km"}, {"extra": "x", "status": "false"},
]


def _span(i: int, start: int, length: int, tag: int, note: str = "", values: int = 0) -> Span:
    start = min(start, len(TEXT_OF_DOC) - 1)
    attributes = json.dumps(VALUES[values], sort_keys=True) if VALUES[values] else "{}"
    return Span(i, 1, tag, start, min(len(TEXT_OF_DOC), start + length), note, attributes=attributes)


def _model(spans) -> tuple[SpanStore, SpanTableModel]:
    store = SpanStore()
    model = SpanTableModel(store)
    model.set_tags(TAGS)
    store.show(1, TEXT_OF_DOC, spans)
    return store, model


def test_span_table_passes_qt_model_checks(qtmodeltester):
    _store, model = _model([_span(i, i * 7, 5 + i % 4, 1 + i % 3, f"note {i}", i % len(VALUES)) for i in range(30)])
    qtmodeltester.check(model)
    model.sort(NOTE, Qt.DescendingOrder)
    model.set_filter(2, "")
    qtmodeltester.check(model)
    model.sort(len(COLUMNS), Qt.AscendingOrder)  # by value, a number
    model.set_filter(2, "unit:")
    qtmodeltester.check(model)


# -- the reference: the same rows and cells, worked out the slow, obvious way ---------------------------------


def _specs(tags: list[Tag], tag_id: int) -> list[AttributeSpec]:
    from newsmark.core.attributes import parse_attributes

    return parse_attributes(next(t for t in tags if t.id == tag_id).attributes)


def _reference_headers(tags, tag_filter) -> list[str]:
    extra = ["Attributes"] if tag_filter is None else [a.name for a in _specs(tags, tag_filter)]
    return list(COLUMNS) + extra


def _reference_cell(tags, span: Span, header: str) -> str:
    values = json.loads(span.attributes)
    if header != "Attributes":
        return values.get(header, "")
    defined = [a.name for a in _specs(tags, span.tag_id)]
    names = [n for n in defined if n in values] + sorted(n for n in values if n not in defined)
    return "; ".join(f"{n}: {values[n]}" for n in names)


def _reference_matches(tags, span: Span, text_filter: str) -> bool:
    known = {a.name for t in tags for a in _specs(tags, t.id)}
    words = text_filter.split()
    terms = [w.split(":", 1) for w in words if ":" in w and w.split(":", 1)[0].casefold() in known]
    plain = text_filter if not terms else " ".join(w for w in words if w.split(":", 1) not in terms)
    if plain.casefold() not in TEXT_OF_DOC[span.start:span.end].casefold():
        return False
    defined = {a.name for a in _specs(tags, span.tag_id)}
    values = json.loads(span.attributes)
    for name, wanted in terms:
        name = name.casefold()  # attribute names match in any case
        value = values.get(name, "").casefold()
        if name not in defined and not value:
            return False
        if (wanted.casefold() not in value) if wanted else value:
            return False
    return True


def _reference_rows(tags, spans: dict[int, Span], column: int, order, tag_filter, text_filter) -> list[int]:
    headers = _reference_headers(tags, tag_filter)

    def first(span):
        if column == TAG:
            return next(t.position for t in tags if t.id == span.tag_id)
        if column == TEXT:
            return TEXT_OF_DOC[span.start:span.end].casefold()
        if column == NOTE:
            return span.note.casefold()
        if column in (START, END):
            return span.end if column == END else span.start
        cell = _reference_cell(tags, span, headers[column])
        if headers[column] == "Attributes":
            return (0, 0, cell.casefold())
        spec = _specs(tags, tag_filter)[column - len(COLUMNS)]
        if cell == "":
            return (0, 0, "")
        if spec.type == "number" and cell.lstrip("-").replace(".", "", 1).isdigit():
            return (1, float(cell), "")
        if spec.type == "choice" and cell in spec.choices:
            return (1, spec.choices.index(cell), "")
        return (2, 0, cell.casefold())

    shown = [s for s in spans.values()
             if (tag_filter is None or s.tag_id == tag_filter) and _reference_matches(tags, s, text_filter)]
    shown.sort(key=lambda s: (first(s), s.start, s.end, s.id), reverse=order == Qt.DescendingOrder)
    return [s.id for s in shown]


ATTRIBUTE_1, ATTRIBUTE_2 = len(COLUMNS), len(COLUMNS) + 1
operations = st.lists(
    st.one_of(
        st.tuples(st.just("add"), st.integers(0, 200), st.integers(1, 12), st.integers(1, 3), st.sampled_from(["", "b", "a"]),
                  st.integers(0, len(VALUES) - 1)),
        st.tuples(st.just("remove"), st.integers(0, 60)),
        st.tuples(st.just("update"), st.integers(0, 60), st.integers(0, 200), st.integers(1, 12), st.integers(1, 3),
                  st.sampled_from(["", "b", "a", "c"]), st.integers(0, len(VALUES) - 1)),
        st.tuples(st.just("sort"), st.sampled_from([TAG, TEXT, START, END, NOTE, ATTRIBUTE_1, ATTRIBUTE_2]),
                  st.sampled_from([Qt.AscendingOrder, Qt.DescendingOrder])),
        st.tuples(st.just("filter"), st.sampled_from([None, 1, 2, 3]),
                  st.sampled_from(["", "s", "kursk", "8,0", "status:false", "Status:U", "value:", "value:7 said",
                                   "unit:tro", "said:", "extra:x"])),
        st.tuples(st.just("define"), st.integers(0, 1)),
    ),
    max_size=40,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=operations)
# Sequences random lists rarely reach: choices in their order, numbers as numbers, a definition changed under a sort.
@example(ops=[("filter", 1, ""), ("sort", ATTRIBUTE_1, Qt.AscendingOrder), ("update", 0, 3, 5, 1, "", 4),
              ("filter", 1, "status:"), ("filter", 1, "status:e"), ("sort", ATTRIBUTE_1, Qt.DescendingOrder)])
@example(ops=[("filter", 2, ""), ("sort", ATTRIBUTE_1, Qt.AscendingOrder), ("define", 1), ("add", 9, 3, 2, "", 7),
              ("sort", ATTRIBUTE_2, Qt.DescendingOrder), ("define", 0), ("filter", None, "value:1"), ("filter", 3, "")])
@example(ops=[("sort", ATTRIBUTE_1, Qt.AscendingOrder), ("update", 4, 30, 5, 2, "", 12), ("filter", None, "unit:"),
              ("filter", 1, "")])
def test_rows_cells_and_row_lookups_always_match_a_plain_sort_and_filter(ops):
    spans = {i: _span(i, i * 11, 4, 1 + i % 3, "", i % len(VALUES)) for i in range(1, 21)}
    store, model = _model(spans.values())
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)  # noqa: F841
    followed = {span_id: QPersistentModelIndex(model.index(model.row_of(span_id), 0)) for span_id in (3, 11, 17)}
    column, order, tag_filter, text_filter, tags = START, Qt.AscendingOrder, None, "", TAGS
    next_id = 100
    for op in ops:
        headers = _reference_headers(tags, tag_filter)
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
        elif op[0] == "sort" and op[1] < len(headers):  # the header offers only the columns there are
            column, order = op[1], op[2]
            model.sort(column, order)
        elif op[0] in ("filter", "define"):
            if op[0] == "filter":
                tag_filter, text_filter = op[1], op[2]
                model.set_filter(tag_filter, text_filter)
            else:
                tags = _tags(op[1])
                model.set_tags(tags)
            new = _reference_headers(tags, tag_filter)
            if column >= len(COLUMNS):  # sorted by an attribute: the same one if still shown, else text order
                same = [i for i in range(len(COLUMNS), len(new)) if new[i] == headers[column]]
                column, order = (same[0], order) if same else (START, Qt.AscendingOrder)
        headers = _reference_headers(tags, tag_filter)
        assert model.sort_order() == (column, order)
        assert [model.headerData(c, Qt.Horizontal) for c in range(model.columnCount())] == headers
        expected = _reference_rows(tags, spans, column, order, tag_filter, text_filter)
        assert [model.span_at(r).id for r in range(model.rowCount())] == expected
        for row, span_id in enumerate(expected):
            for c in range(len(COLUMNS), len(headers)):
                assert model.index(row, c).data() == _reference_cell(tags, spans[span_id], headers[c])
        for span_id in spans:
            assert model.row_of(span_id) == (expected.index(span_id) if span_id in expected else None)
        # Persistent indexes (a view's selection) follow their spans through sorts and moves.
        for span_id, index in followed.items():
            if index.isValid():
                assert model.span_at(index.row()).id == span_id
        assert model.row_of(10_000) is None
