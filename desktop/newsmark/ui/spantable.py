"""The span table: a Qt model over one document's spans, with its own sort and filter."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter

from PySide6.QtCore import QAbstractTableModel, QItemSelection, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from PySide6.QtGui import QColor

from newsmark.core.model import Span, Tag

COLUMNS = ("Tag", "Text", "Start", "End", "Note")
TAG, TEXT, START, END, NOTE = range(len(COLUMNS))
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


class SpanTableModel(QAbstractTableModel):
    """Rows are the current document's spans that pass the filter, in the chosen order.

    Sorting and filtering live here rather than in a QSortFilterProxyModel: a
    proxy calls back into Python once per row, too slow for 200k spans.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._text = ""
        self._all: dict[int, Span] = {}  # every span of the document, by id, filtered out or not
        self._rows: list[Span] = []
        self._keys: list[tuple] = []
        self._tags: dict[int, Tag] = {}
        self._tag_filter: int | None = None
        self._text_filter = ""
        self._sort = (START, Qt.AscendingOrder)
        self.note_edited: Callable[[int, str], None] | None = None

    # -- feeding ---------------------------------------------------------------

    def set_document(self, text: str, spans: list[Span]) -> None:
        """Show the spans of a new document."""
        self._text = text
        self._all = {s.id: s for s in spans}
        self._rebuild()

    def set_tags(self, tags: list[Tag]) -> None:
        """Names and colors for the tag column."""
        self._tags = {t.id: t for t in tags}
        self._rebuild()

    def set_filter(self, tag_id: int | None, text: str) -> None:
        """Show only spans of one tag (None: all) whose text contains ``text`` (any case)."""
        self._tag_filter, self._text_filter = tag_id, text.casefold()
        self._rebuild()

    def span_added(self, span: Span) -> None:
        """A span was saved: insert its row where the current order puts it."""
        self._all[span.id] = span
        if not self._accepts(span):
            return
        key = self._key(span)
        row = self._bisect(key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, span)
        self._keys.insert(row, key)
        self.endInsertRows()

    def span_removed(self, span_id: int) -> None:
        """A span was deleted: drop its row."""
        row = self.row_of(span_id)
        self._all.pop(span_id, None)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        del self._keys[row]
        self.endRemoveRows()

    def span_updated(self, span: Span) -> None:
        """A span's tag, edges or note changed: its row changes in place or moves (keeping its selection)."""
        row = self.row_of(span.id)  # found by the old span's key, so before the new one is stored
        self._all[span.id] = span
        if row is None:
            self.span_added(span)
            return
        if not self._accepts(span):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            del self._keys[row]
            self.endRemoveRows()
            return
        key = self._key(span)
        place = self._bisect(key)  # among all rows, the old one included
        place -= place > row  # among the others
        if place != row:  # Qt counts the destination in the rows as they were, before the move
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), place + (place > row))
            del self._rows[row]
            del self._keys[row]
            self._rows.insert(place, span)
            self._keys.insert(place, key)
            self.endMoveRows()
        else:
            self._rows[row], self._keys[row] = span, key
        self.dataChanged.emit(self.index(place, 0), self.index(place, len(COLUMNS) - 1))

    # -- lookups ------------------------------------------------------------------

    def span_at(self, row: int) -> Span:
        """The span shown in a row."""
        return self._rows[row]

    def rows_of(self, span_ids: list[int]) -> list[int | None]:
        """The rows of many spans at once (None where filtered out): one pass over the rows when there are many."""
        if len(span_ids) <= 64:
            return [self.row_of(i) for i in span_ids]
        where = {span.id: row for row, span in enumerate(self._rows)}
        return [where.get(i) for i in span_ids]

    def row_of(self, span_id: int) -> int | None:
        """The row showing a span, or None if it is filtered out; a binary search of the sorted rows."""
        span = self._all.get(span_id)
        if span is None:
            return None
        row = self._bisect(self._key(span))
        return row if row < len(self._rows) and self._rows[row].id == span_id else None

    # -- Qt model interface -----------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(COLUMNS):
            return COLUMNS[section]
        return None

    def data(self, index, role=_DISPLAY):
        # Plain ints: comparing PySide enums costs microseconds, and a paint asks ~750 times.
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._rows):
            return None
        span = self._rows[row]
        if role == _DISPLAY or role == _EDIT:
            return self._display(span, column, edit=role == _EDIT)
        if role == _SPAN_ID:
            return span.id
        if role == _TOOLTIP:
            if column == TEXT:
                return self._text[span.start:span.end]
            return span.note or None if column == NOTE else None
        if role == _DECORATION:
            tag = self._tags.get(span.tag_id) if column == TAG else None
            return QColor(tag.color) if tag else None
        return _RIGHT if column in (START, END) else None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemIsEditable if index.isValid() and index.column() == NOTE else base

    def setData(self, index, value, role=Qt.EditRole) -> bool:  # noqa: N802
        # The model never changes a span itself: it asks for an undoable edit.
        if role != Qt.EditRole or index.column() != NOTE or self.note_edited is None:
            return False
        span = self._rows[index.row()]
        if str(value) != span.note:
            self.note_edited(span.id, str(value))
        return True

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        # Persistent indexes (the selection, the current row) follow their spans, not their row numbers.
        persistent = self.persistentIndexList()
        ids = [self._rows[i.row()].id if i.isValid() and i.row() < len(self._rows) else None for i in persistent]
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
            text = self._text[span.start:span.end]
            text = text if len(text) <= _TEXT_PREVIEW else text[:_TEXT_PREVIEW] + "…"
            return " ".join(text.split())
        if column == START:
            return span.start
        if column == END:
            return span.end
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
            first = self._text[span.start:span.end].casefold()
        else:
            first = span.note.casefold()
        return (first, span.start, span.end, span.id)

    def _bisect(self, key: tuple) -> int:
        """Where ``key`` is or would go among the rows' keys, in either sort direction (keys are unique)."""
        keys, lo, hi = self._keys, 0, len(self._keys)
        descending = self._sort[1] == Qt.DescendingOrder
        while lo < hi:
            mid = (lo + hi) // 2
            if (keys[mid] > key) if descending else (keys[mid] < key):
                lo = mid + 1
            else:
                hi = mid
        return lo

    def _accepts(self, span: Span) -> bool:
        if self._tag_filter is not None and span.tag_id != self._tag_filter:
            return False
        return not self._text_filter or self._text_filter in self._text[span.start:span.end].casefold()

    def _order_rows(self) -> None:
        reverse = self._sort[1] == Qt.DescendingOrder
        key = self._key_function()
        self._rows.sort(key=key, reverse=reverse)
        self._keys = list(map(key, self._rows))

    def _rebuild(self) -> None:
        self.beginResetModel()
        filtered = self._tag_filter is not None or self._text_filter
        self._rows = [s for s in self._all.values() if self._accepts(s)] if filtered else list(self._all.values())
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
        remembered[:] = [model.span_at(r).id for r in first + sorted(rows - set(first))]

    def restore() -> None:
        rows = [r for r in model.rows_of(remembered) if r is not None]
        if not rows:
            return
        selection = QItemSelection()
        last_column = len(COLUMNS) - 1
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
