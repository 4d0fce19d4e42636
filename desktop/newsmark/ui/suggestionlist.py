"""The suggestion list: the shown document's open suggestions with tag, text, confidence and suggester."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from newsmark.core.suggest.suggestion import StoredSuggestion

TAG, TEXT, CONFIDENCE, SUGGESTER = range(4)
HEADERS = ("Tag", "Text", "Confidence", "Suggester")


class SuggestionModel(QAbstractTableModel):
    """Adapts a list of stored suggestions (in text order) for the table; it only shows, never decides."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[StoredSuggestion] = []
        self._row_of: dict[int, int] = {}
        self._text = ""
        self._tag_names: dict[int, str] = {}

    def set_rows(self, rows: list[StoredSuggestion], text: str, tag_names: dict[int, str]) -> None:
        """Show these suggestions of a text."""
        self.beginResetModel()
        self._rows, self._text, self._tag_names = list(rows), text, dict(tag_names)
        self._row_of = {s.id: i for i, s in enumerate(self._rows)}
        self.endResetModel()

    def suggestion_at(self, row: int) -> StoredSuggestion:
        """The suggestion shown in a row."""
        return self._rows[row]

    def row_of(self, suggestion_id: int) -> int | None:
        """The row of a suggestion, or None."""
        return self._row_of.get(suggestion_id)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt override
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802 - Qt override
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and 0 <= section < len(HEADERS):
            return HEADERS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        if role == Qt.DisplayRole:
            column = index.column()
            if column == TAG:
                return self._tag_names.get(s.tag_id, "?")
            if column == TEXT:
                text = " ".join(self._text[s.start:s.end].split())
                return text if len(text) <= 80 else text[:79] + "…"
            if column == CONFIDENCE:
                return f"{s.confidence:.2f}"
            if column == SUGGESTER:
                return s.suggester
        if role == Qt.TextAlignmentRole and index.column() == CONFIDENCE:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None


class SuggestionPanel(QWidget):
    """A line saying how many suggestions are open and what the keys do, over the list."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("suggestionPanel")
        self.summary = QLabel("No suggestions. Review › Suggest for This Document (Ctrl+Shift+S) proposes some for this document.")
        self.summary.setObjectName("suggestionSummary")
        self.summary.setWordWrap(True)
        self.model = SuggestionModel(self)
        self.table = QTableView()
        self.table.setObjectName("suggestionTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(TEXT, QHeaderView.Stretch)
        self.table.setFocusPolicy(Qt.ClickFocus)  # Tab walks the suggestions, never into this list
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
