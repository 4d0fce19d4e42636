"""The disagreements of a pair of annotators as a table model: rows are made only when the view shows them."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from newsmark.core.review.disagreements import Disagreement

PlaceRole = Qt.UserRole + 2  # a row's (document id, start, end)
COLUMNS = ("Document", "Text", "A", "B", "Difference")
_EXCERPT = 80


class DisagreementModel(QAbstractTableModel):
    """Document, text, A's tag and range, B's tag and range, and what differs; tens of thousands of rows cost nothing."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Disagreement] = []
        self._titles: dict[int, str] = {}
        self._texts: dict[int, str] = {}
        self._tags: dict[int, str] = {}

    def show(self, rows: list[Disagreement], titles: dict[int, str], texts: dict[int, str], tags: dict[int, str]) -> None:
        """Show these disagreements instead."""
        self.beginResetModel()
        self._rows, self._titles, self._texts, self._tags = rows, titles, texts, tags
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 - Qt override
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and 0 <= section < len(COLUMNS):
            return COLUMNS[section]
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == PlaceRole:
            return (row.document_id, row.start, row.end)
        if role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        column = index.column()
        if column == 0:
            return self._titles.get(row.document_id, str(row.document_id))
        if column == 1:
            text = self._texts.get(row.document_id, "")[row.start:row.end].replace("\n", " ")
            return text if role == Qt.ToolTipRole or len(text) <= _EXCERPT else text[:_EXCERPT - 1] + "…"
        if column == 2:
            return self._side(row.tag_a, row.range_a)
        if column == 3:
            return self._side(row.tag_b, row.range_b)
        return row.kind

    def _side(self, tag_id: int | None, where: tuple[int, int] | None) -> str:
        return "—" if tag_id is None else f"{self._tags.get(tag_id, '?')} {where[0]}–{where[1]}"
