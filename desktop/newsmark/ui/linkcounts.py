"""The span list with, on request, a last column counting each span's links (View › Show Link Counts)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from newsmark.core.model import Span
from newsmark.core.shownlinks import LinkEvent, ShownLinks
from newsmark.ui.spantable import START, SpanTableModel

_MANY = 64  # a batch touching more spans than this repaints the whole column


class LinkCountTableModel(SpanTableModel):
    """The span table's model, plus a "Links" column after the others while it is shown.

    The counts come from the ``ShownLinks`` store when Qt asks; the column follows its events.
    """

    def __init__(self, store, parent=None):
        super().__init__(store, parent)
        self._count = lambda _span_id: 0
        self._counting = False

    def follow_links(self, links: ShownLinks) -> None:
        """Count from ``links`` and follow its events.

        Called after the links store subscribed to the span store, so a deleted span's row is gone
        before its links are: the rows are never looked up by a count that changed under them.
        """
        self._count = links.count
        links.subscribe(self._on_links)

    @property
    def links_column(self) -> int | None:
        """The column of link counts, or None while it is hidden."""
        return super().columnCount() if self._counting else None

    def show_link_counts(self, on: bool) -> None:
        """Show (or hide) the column of link counts, after the others."""
        if on == self._counting:
            return
        column = super().columnCount()
        if on:
            self.beginInsertColumns(QModelIndex(), column, column)
            self._counting = True
            self.endInsertColumns()
        else:
            if self._sort[0] == column:
                self.sort(START, Qt.AscendingOrder)
            self.beginRemoveColumns(QModelIndex(), column, column)
            self._counting = False
            self.endRemoveColumns()

    def _on_links(self, event: LinkEvent) -> None:
        column = self.links_column
        if column is None or not self._ids:
            return
        if self._sort[0] == column:
            self.sort(*self._sort)  # the counts are the order: rows move, keeping their selection
            rows = [0, len(self._ids) - 1]
        elif event.kind == "reset" or len(event.spans) > _MANY:
            rows = [0, len(self._ids) - 1]
        else:
            rows = [r for r in self.rows_of(list(event.spans)) if r is not None]
        if rows:
            self.dataChanged.emit(self.index(min(rows), column), self.index(max(rows), column))

    # -- the extra column ------------------------------------------------------------------

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return super().columnCount(parent) + (self._counting and not parent.isValid())

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if section == self.links_column and orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return "Links"
        return super().headerData(section, orientation, role)

    def data(self, index, role=Qt.DisplayRole):
        if index.isValid() and index.column() == self.links_column and 0 <= index.row() < len(self._ids):
            if int(role) == int(Qt.TextAlignmentRole):
                return int(Qt.AlignRight | Qt.AlignVCenter)
            if int(role) != int(Qt.DisplayRole):
                return None
            return self._count(self._ids[index.row()]) or ""
        return super().data(index, role)

    def flags(self, index):
        if index.isValid() and index.column() == self.links_column:
            return Qt.ItemIsEnabled | Qt.ItemIsSelectable
        return super().flags(index)

    def _key_function(self):
        if self._sort[0] == self.links_column:
            count = self._count
            return lambda span: (count(span.id), span.start, span.end, span.id)
        return super()._key_function()

    def _bulk_key_function(self):
        if self._sort[0] == self.links_column:
            return self._key_function()
        return super()._bulk_key_function()

    def _slow_key(self, span: Span, column: int) -> tuple:
        if column == self.links_column:
            return (self._count(span.id), span.start, span.end, span.id)
        return super()._slow_key(span, column)
