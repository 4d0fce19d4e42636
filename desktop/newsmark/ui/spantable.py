"""The span table: a Qt model over one document's spans, with its own sort and filter."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter

from PySide6.QtCore import QAbstractTableModel, QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from PySide6.QtGui import QColor

from newsmark.core.model import Span, Tag
from newsmark.core.spanstore import SpanEvent, SpanStore

COLUMNS = ("Tag", "Text", "Start", "End", "Note")
TAG, TEXT, START, END, NOTE = range(len(COLUMNS))
LINKS = len(COLUMNS)  # how many links a span has: a column shown on request (View › Show Link Counts)
_TEXT_PREVIEW = 200
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
    """

    def __init__(self, store: SpanStore, parent=None):
        super().__init__(parent)
        self._store = store
        self._ids: list[int] = []  # the rows, in order
        self._stale: dict[int, Span] = {}  # while an event is applied: rows' spans as they were before it
        self._tags: dict[int, Tag] = {}
        self._tag_filter: int | None = None
        self._text_filter = ""
        self._sort = (START, Qt.AscendingOrder)
        self.note_edited: Callable[[int, str], None] | None = None
        self._link_count: Callable[[int], int] = lambda _span_id: 0
        self._show_links = False
        store.subscribe(self._on_event)

    def follow_links(self, links) -> None:
        """Show how many links each span has (a ``ShownLinks``), repainting the rows whose count changed."""
        self._link_count = links.count

        def changed(event) -> None:
            if self._sort[0] == LINKS:
                self.sort(*self._sort)  # the counts are the order: rows move (keeping their selection)
                rows = [0, len(self._ids) - 1]
            elif event.kind == "reset" or len(event.spans) > _ONE_BY_ONE:
                rows = [0, len(self._ids) - 1]
            else:
                rows = [r for r in self.rows_of(list(event.spans)) if r is not None]
            if rows and self._ids and self._show_links:
                self.dataChanged.emit(self.index(min(rows), LINKS), self.index(max(rows), LINKS))

        links.subscribe(changed)

    def show_link_counts(self, on: bool) -> None:
        """Show (or hide) the column of link counts, after the others."""
        if on == self._show_links:
            return
        if on:
            self.beginInsertColumns(QModelIndex(), LINKS, LINKS)
            self._show_links = True
            self.endInsertColumns()
        else:
            if self._sort[0] == LINKS:
                self.sort(START, Qt.AscendingOrder)
            self.beginRemoveColumns(QModelIndex(), LINKS, LINKS)
            self._show_links = False
            self.endRemoveColumns()

    # -- feeding ---------------------------------------------------------------

    def set_tags(self, tags: list[Tag]) -> None:
        """Names and colors for the tag column."""
        self._tags = {t.id: t for t in tags}
        if self._sort[0] == TAG:
            self.sort(*self._sort)  # the tags' order may have changed; rows keep their selection
        elif self._ids:  # names and colors: one repaint of the tag column, no reset
            self.dataChanged.emit(self.index(0, TAG), self.index(len(self._ids) - 1, TAG))

    def set_filter(self, tag_id: int | None, text: str) -> None:
        """Show only spans of one tag (None: all) whose text contains ``text`` (any case)."""
        self._tag_filter, self._text_filter = tag_id, text.casefold()
        self._rebuild()

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
        new = sorted((s for s in spans if self._accepts(s)), key=key, reverse=descending)
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
        if not self._accepts(span):
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
        self.dataChanged.emit(self.index(place, 0), self.index(place, self.columnCount() - 1))

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
        return 0 if parent.isValid() else len(COLUMNS) + self._show_links

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < self.columnCount():
            return COLUMNS[section] if section < len(COLUMNS) else "Links"
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
            return self._display(span, column, edit=role == _EDIT)
        if role == _SPAN_ID:
            return span.id
        if role == _TOOLTIP:
            if column == TEXT:
                return self._store.text[span.start:span.end]
            return span.note or None if column == NOTE else None
        if role == _DECORATION:
            tag = self._tags.get(span.tag_id) if column == TAG else None
            return QColor(tag.color) if tag else None
        return _RIGHT if column in (START, END, LINKS) else None

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

    def _display(self, span: Span, column: int, *, edit: bool = False):
        if column == TAG:
            tag = self._tags.get(span.tag_id)
            return tag.name if tag else "?"
        if column == TEXT:
            text = self._store.text[span.start:span.end]
            text = text if len(text) <= _TEXT_PREVIEW else text[:_TEXT_PREVIEW] + "…"
            return " ".join(text.split())
        if column == START:
            return span.start
        if column == END:
            return span.end
        if column == LINKS:
            return self._link_count(span.id) or ""
        return span.note if edit else " ".join(span.note.split())

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
        if column == TAG:
            tag = self._tags.get(span.tag_id)
            first = tag.position if tag else -1
        elif column == TEXT:
            first = self._store.text[span.start:span.end].casefold()
        elif column == LINKS:
            first = self._link_count(span.id)
        else:
            first = span.note.casefold()
        return (first, span.start, span.end, span.id)

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

    def _accepts(self, span: Span) -> bool:
        if self._tag_filter is not None and span.tag_id != self._tag_filter:
            return False
        return not self._text_filter or self._text_filter in self._store.text[span.start:span.end].casefold()

    def _order_rows(self) -> None:
        filtered = self._tag_filter is not None or self._text_filter
        # The index lists spans in (start, end, id) order: already the default order, no sort needed.
        spans = list(self._store.index)
        if filtered:
            spans = [s for s in spans if self._accepts(s)]
        if self._sort[0] != START:
            spans.sort(key=self._key_function())
        if self._descending():
            spans.reverse()  # keys are unique, so reversing the ascending order is the descending one
        self._ids = list(map(_id, spans))

    def _rebuild(self) -> None:
        self.beginResetModel()
        self._order_rows()
        self.endResetModel()


def keep_selection_across_resets(table: QTableView) -> None:
    """Reselect the same spans after the table's model is reset (a filter typed, the rest of a large document loaded)."""
    model: SpanTableModel = table.model()
    remembered: list[int] = []  # selected span ids, the current one first

    def remember() -> None:
        selection = table.selectionModel()
        current = selection.currentIndex()
        rows = {r for block in selection.selection() for r in range(block.top(), block.bottom() + 1)}
        first = [current.row()] if current.isValid() and current.row() < model.rowCount() else []
        remembered[:] = [model.span_id_at(r) for r in first + sorted(rows - set(first))]

    def restore() -> None:
        rows = [r for r in model.rows_of(remembered) if r is not None]
        if not rows:
            return
        selection = QItemSelection()
        last_column = model.columnCount() - 1
        ordered = sorted(rows)
        start = previous = ordered[0]
        for row in ordered[1:] + [None]:  # one range per run of adjacent rows
            if row is not None and row == previous + 1:
                previous = row
                continue
            selection.select(model.index(start, 0), model.index(previous, last_column))
            if row is not None:
                start = previous = row
        flags = QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
        table.selectionModel().setCurrentIndex(model.index(rows[0], 0), QItemSelectionModel.NoUpdate)
        table.selectionModel().select(selection, flags)

    model.modelAboutToBeReset.connect(remember)
    model.modelReset.connect(restore)
