"""The span table's view helpers: the selection and the sort indicator follow the spans across model resets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QTableView

if TYPE_CHECKING:
    from newsmark.ui.spantable import SpanTableModel


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


def keep_sort_indicator(table: QTableView) -> None:
    """Show the model's sort in the header after a reset: a filter may take away the attribute column it sorted by."""
    model: SpanTableModel = table.model()
    header = table.horizontalHeader()

    def follow() -> None:
        column, order = model.sort_order()
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (column, order):
            header.blockSignals(True)  # the rows are in this order already: no second sort
            header.setSortIndicator(column, order)
            header.blockSignals(False)
            header.viewport().update()

    model.modelReset.connect(follow)

