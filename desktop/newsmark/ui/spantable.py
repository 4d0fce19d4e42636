"""The span table: a Qt model over one document's spans, with its own sort and filter."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from newsmark.core.attributecolumns import ALL_ATTRIBUTES, tag_attributes
from newsmark.core.model import Span, Tag
from newsmark.core.spanstore import SpanEvent, SpanStore
from newsmark.ui.spancells import ATTRIBUTES, COLUMNS, END, NOTE, START, TAG, TEXT, SpanCells

__all__ = ["ATTRIBUTES", "COLUMNS", "END", "NOTE", "START", "TAG", "TEXT", "SpanIdRole", "SpanTableModel"]
SpanIdRole = Qt.UserRole + 1
_DISPLAY, _EDIT, _TOOLTIP, _DECORATION, _ALIGN, _SPAN_ID = (
    int(r) for r in (Qt.DisplayRole, Qt.EditRole, Qt.ToolTipRole, Qt.DecorationRole, Qt.TextAlignmentRole, SpanIdRole)
)
_ROLES = frozenset((_DISPLAY, _EDIT, _TOOLTIP, _DECORATION, _ALIGN, _SPAN_ID))
_RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)
# Sort keys built in C for the common orders: hundreds of thousands of rows sort in milliseconds.
_BY_START = attrgetter("start", "start", "end", "id")
_BY_END = attrgetter("end", "start", "end", "id")
_id = attrgetter("id")
_ONE_BY_ONE = 64  # a batch of more spans than this resets the table (the selection is kept) rather than row by row


class SpanTableModel(QAbstractTableModel):
    """Rows are the shown document's spans that pass the filter, in the chosen order: span ids only.

    The spans themselves live in the ``SpanStore``; a row's data is made from it when Qt asks,
    and the model follows the store's events. Sorting and filtering live here rather than in a
    QSortFilterProxyModel: a proxy calls back into Python once per row, too slow for 200k spans.
    What a cell shows and what the filter accepts is ``SpanCells``'s (ui/spancells.py).
    """

    def __init__(self, store: SpanStore, parent=None):
        super().__init__(parent)
        self._store = store
        self._ids: list[int] = []  # the rows, in order
        self._stale: dict[int, Span] = {}  # while an event is applied: rows' spans as they were before it
        self._cells = SpanCells(store)
        self._sort = (START, Qt.AscendingOrder)
        self.note_edited: Callable[[int, str], None] | None = None
        store.subscribe(self._on_event)

    # -- feeding ---------------------------------------------------------------

    def set_tags(self, tags: list[Tag]) -> None:
        """Names and colors for the tag column, and each tag's attributes for the attribute columns."""
        cells = self._cells
        cells.tags = {t.id: t for t in tags}
        specs = {t.id: tag_attributes(t) for t in tags}
        redefined = specs != cells.specs
        if redefined:
            cells.specs = specs
            cells.defined = {i: frozenset(a.name.casefold() for a in s) for i, s in specs.items()}
            # Other columns, or attribute terms whose meaning may have changed: a reset. Otherwise (a tag
            # added or deleted elsewhere) the rows stay, as for a rename: no reset, the selection kept.
            if cells.columns() != cells.extra or cells.filter.terms or cells.parse_filter(cells.filter_text).terms:
                self._refresh()
                return
        if self._sort[0] == TAG or (redefined and self._sort[0] >= ATTRIBUTES):
            self.sort(*self._sort)  # the tags' order (or an attribute's choices) may have changed; rows keep their selection
        elif self._ids:  # names, colors, values listed in a new order: one repaint, no reset
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(cells.headers) - 1))

    def set_filter(self, tag_id: int | None, text: str) -> None:
        """Show only spans of one tag (None: all) that match ``text`` (see ``parse_filter``), with that tag's columns."""
        self._cells.tag_filter, self._cells.filter_text = tag_id, text
        self._refresh()

    def sort_order(self) -> tuple[int, Qt.SortOrder]:
        """The column the rows are sorted by, and the direction."""
        return self._sort

    def _refresh(self) -> None:
        """Work out the attribute columns and the filter again, then the rows: one reset."""
        cells = self._cells
        old = cells.headers
        self.beginResetModel()
        cells.extra = cells.columns()
        cells.headers = COLUMNS + tuple(ALL_ATTRIBUTES if a is None else a.name for a in cells.extra)
        cells.filter = cells.parse_filter(cells.filter_text)
        column, order = self._sort
        if column >= ATTRIBUTES:  # sorted by an attribute: by the same one if it is still shown, else in text order
            name = old[column] if column < len(old) else None
            same = [i for i in range(ATTRIBUTES, len(cells.headers)) if cells.headers[i] == name]
            self._sort = (same[0], order) if same else (START, Qt.AscendingOrder)
        self._order_rows()
        self.endResetModel()

    def _on_event(self, event: SpanEvent) -> None:
        if event.kind == "added":
            self._insert(event.spans)
        elif event.kind == "reset" or len(event.spans) > _ONE_BY_ONE:
            self._rebuild()  # cheaper than thousands of row signals, and the selection is kept (see below)
        elif event.kind == "removed":
            self._stale = {s.id: s for s in event.spans}
            try:
                for span in event.spans:
                    self._remove(span)
            finally:
                self._stale = {}
        elif event.kind == "changed":
            self._stale = {s.id: s for s in event.old}
            try:
                for span in event.spans:
                    self._update(span)
            finally:
                self._stale = {}

    def _insert(self, spans: tuple[Span, ...]) -> None:
        key, descending = self._key_function(), self._descending()
        new = sorted((s for s in spans if self._cells.accepts(s)), key=key, reverse=descending)
        if not new:
            return
        # Slices of a large document arrive in text order: most or all of them go after the last row.
        tail = len(new)
        if self._ids:
            last = key(self._span(self._ids[-1]))
            while tail and self._before(last, key(new[tail - 1])):
                tail -= 1
        else:
            tail = 0
        if tail > _ONE_BY_ONE:
            self._rebuild()  # cheaper than thousands of row signals, and the selection is kept (see below)
            return
        for span in new[:tail]:
            row = self._bisect(key(span))
            self.beginInsertRows(QModelIndex(), row, row)
            self._ids.insert(row, span.id)
            self.endInsertRows()
        if tail < len(new):  # one signal for the whole block after the last row
            first = len(self._ids)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - tail - 1)
            self._ids += map(_id, new[tail:])
            self.endInsertRows()

    def _remove(self, span: Span) -> None:
        row = self._row_by_key(span)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._ids[row]
            self.endRemoveRows()
        self._stale.pop(span.id, None)  # only now: Qt's checks read the row while it is being removed

    def _update(self, span: Span) -> None:
        """A span's tag, edges or note changed: its row changes in place or moves (keeping its selection)."""
        old = self._stale.get(span.id, span)
        row = self._row_by_key(old)  # found by the old span's key, before the new one counts
        if row is None:
            self._stale.pop(span.id, None)
            self._insert((span,))
            return
        if not self._cells.accepts(span):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._ids[row]
            self.endRemoveRows()
            self._stale.pop(span.id, None)
            return
        del self._ids[row]  # briefly, to find its place among the others; no signal until it is back
        place = self._bisect(self._key(span))
        self._ids.insert(row, span.id)
        self._stale.pop(span.id, None)  # from here on its row shows it as it is now
        if place != row:  # Qt counts the destination in the rows as they were, before the move
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), place + (place > row))
            del self._ids[row]
            self._ids.insert(place, span.id)
            self.endMoveRows()
        self.dataChanged.emit(self.index(place, 0), self.index(place, len(self._cells.headers) - 1))

    # -- lookups ------------------------------------------------------------------

    def span_at(self, row: int) -> Span:
        """The span shown in a row."""
        return self._span(self._ids[row])

    def span_id_at(self, row: int) -> int:
        """The id of the span shown in a row (also while the store has just dropped that span)."""
        return self._ids[row]

    def rows_of(self, span_ids: list[int]) -> list[int | None]:
        """The rows of many spans at once (None where filtered out): one pass over the rows when there are many."""
        if len(span_ids) <= 64:
            return [self.row_of(i) for i in span_ids]
        where = {span_id: row for row, span_id in enumerate(self._ids)}
        return [where.get(i) for i in span_ids]

    def row_of(self, span_id: int) -> int | None:
        """The row showing a span, or None if it is filtered out; a binary search of the sorted rows."""
        if span_id not in self._store and span_id not in self._stale:
            return None
        return self._row_by_key(self._span(span_id))

    def _row_by_key(self, span: Span) -> int | None:
        row = self._bisect(self._key(span))
        return row if row < len(self._ids) and self._ids[row] == span.id else None

    def _span(self, span_id: int) -> Span:
        stale = self._stale.get(span_id)
        return stale if stale is not None else self._store.get(span_id)

    # -- Qt model interface -----------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._cells.headers)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        headers = self._cells.headers
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(headers):
            return headers[section]
        return None

    def data(self, index, role=_DISPLAY):
        # Plain ints: comparing PySide enums costs microseconds, and a paint asks ~750 times.
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._ids):
            return None
        span = self._span(self._ids[row])
        if role == _DISPLAY or role == _EDIT:
            return self._cells.display(span, column, edit=role == _EDIT)
        if role == _SPAN_ID:
            return span.id
        if role == _TOOLTIP:
            if column == TEXT:
                return self._store.text[span.start:span.end]
            if column >= ATTRIBUTES:
                return self._cells.attribute(span, column) or None
            return span.note or None if column == NOTE else None
        if role == _DECORATION:
            tag = self._cells.tags.get(span.tag_id) if column == TAG else None
            return QColor(tag.color) if tag else None
        return _RIGHT if column in (START, END) or self._cells.numeric(column) else None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemIsEditable if index.isValid() and index.column() == NOTE else base

    def setData(self, index, value, role=Qt.EditRole) -> bool:  # noqa: N802
        # The model never changes a span itself: it asks for an undoable edit.
        if role != Qt.EditRole or index.column() != NOTE or self.note_edited is None:
            return False
        span = self.span_at(index.row())
        if str(value) != span.note:
            self.note_edited(span.id, str(value))
        return True

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        # Persistent indexes (the selection, the current row) follow their spans, not their row numbers.
        persistent = self.persistentIndexList()
        ids = [self._ids[i.row()] if i.isValid() and i.row() < len(self._ids) else None for i in persistent]
        self._order_rows()
        rows = self.rows_of([i for i in ids if i is not None])
        moved, found = [], iter(rows)
        for index, span_id in zip(persistent, ids):
            row = next(found) if span_id is not None else None
            moved.append(self.index(row, index.column()) if row is not None else QModelIndex())
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # -- internals -------------------------------------------------------------------

    def _key(self, span: Span) -> tuple:
        return self._key_function()(span)

    def _key_function(self) -> Callable[[Span], tuple]:
        column = self._sort[0]
        if column == START:
            return _BY_START
        if column == END:
            return _BY_END
        return lambda span: self._slow_key(span, column)

    def _slow_key(self, span: Span, column: int) -> tuple:
        return (self._cells.sort_value(span, column), span.start, span.end, span.id)

    def _bulk_key_function(self) -> Callable[[Span], tuple]:
        """The key function for sorting every row at once: an attribute's key is made once per tag and values."""
        column = self._sort[0]
        if column < ATTRIBUTES:
            return self._key_function()
        known: dict[tuple[int, str], object] = {}  # most spans share their values with others
        attribute_key = self._cells.attribute_key

        def key(span: Span) -> tuple:
            shared = (span.tag_id, span.attributes)
            first = known.get(shared)
            if first is None:
                first = known[shared] = attribute_key(span, column)
            return (first, span.start, span.end, span.id)

        return key

    def _descending(self) -> bool:
        return self._sort[1] == Qt.DescendingOrder

    def _before(self, a: tuple, b: tuple) -> bool:
        """Whether a row with key ``a`` comes before one with key ``b`` in the current order."""
        return a > b if self._descending() else a < b

    def _bisect(self, key: tuple) -> int:
        """Where ``key`` is or would go among the rows' keys, in either sort direction (keys are unique).

        The keys are made from the store on the way (about 18 for 200k rows), so no key is kept per row.
        """
        ids, lo, hi = self._ids, 0, len(self._ids)
        make, span, descending = self._key_function(), self._span, self._descending()
        while lo < hi:
            mid = (lo + hi) // 2
            here = make(span(ids[mid]))
            if (here > key) if descending else (here < key):
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _order_rows(self) -> None:
        cells = self._cells
        filtered = cells.tag_filter is not None or cells.filter.text or cells.filter.terms
        # The index lists spans in (start, end, id) order: already the default order, no sort needed.
        spans = list(self._store.index)
        if filtered:
            accepts, known = cells.accepts, {}
            spans = [s for s in spans if accepts(s, known)]
        if self._sort[0] != START:
            spans.sort(key=self._bulk_key_function())  # each row's key is made once per sort, not per comparison
        if self._descending():
            spans.reverse()  # keys are unique, so reversing the ascending order is the descending one
        self._ids = list(map(_id, spans))

    def _rebuild(self) -> None:
        self.beginResetModel()
        self._order_rows()
        self.endResetModel()

