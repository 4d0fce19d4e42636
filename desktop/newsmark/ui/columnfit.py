"""Keep one column of a table filling the spare width, but never narrower than a readable minimum."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class FillColumn(QObject):
    """Sizes ``column`` of ``table`` to the width the other columns leave, at least ``minimum`` pixels.

    Unlike ``QHeaderView.Stretch``, which shrinks the column to "…" in a narrow
    window, this lets the table scroll sideways instead, so the text stays readable.
    """

    def __init__(self, table: QTableView, column: int, minimum: int):
        super().__init__(table)
        self._table, self._column, self._minimum = table, column, minimum
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._on_section_resized)

    def fit(self) -> None:
        """Give the column the spare width (or its minimum); call again after the table gets a model."""
        header = self._table.horizontalHeader()
        if self._column >= header.count():
            return  # no model yet
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self._column, QHeaderView.Interactive)
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != self._column and not header.isSectionHidden(c))
        header.resizeSection(self._column, max(self._minimum, self._table.viewport().width() - others))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Resize:
            self.fit()
        return False

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if column != self._column:
            self.fit()  # another column was dragged wider or narrower: the text column takes up the difference
