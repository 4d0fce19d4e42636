"""The F1 overview: every action's name, its key and what it does, with a filter box."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHeaderView, QLineEdit, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

ACTION, KEYS, WHAT = range(3)


class ShortcutsDialog(QDialog):
    """Lists (action, key, description) rows; typing in the filter hides the rows that do not match."""

    def __init__(self, parent: QWidget | None, rows: list[tuple[str, str, str]]):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle("Keyboard shortcuts")
        self.filter = QLineEdit()
        self.filter.setObjectName("shortcutFilter")
        self.filter.setPlaceholderText("Filter by action, key or description")
        self.filter.setClearButtonEnabled(True)
        self.table = QTableWidget(len(rows), 3)
        self.table.setObjectName("shortcutTable")
        self.table.setHorizontalHeaderLabels(["Action", "Key", "What it does"])
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)  # long descriptions wrap instead of being cut off
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WHAT, QHeaderView.Stretch)
        # Row heights follow the description column's width (Qt does not redo them by itself).
        header.geometriesChanged.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.filter.textChanged.connect(self.apply_filter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        self.resize(760, 560)

    def apply_filter(self, text: str) -> None:
        """Show only the rows whose action, key or description contains ``text`` (any case)."""
        wanted = text.casefold().strip()
        for r in range(self.table.rowCount()):
            row = " ".join(self.table.item(r, c).text() for c in range(3)).casefold()
            self.table.setRowHidden(r, bool(wanted) and wanted not in row)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.table.resizeRowsToContents()
