"""The curation panel: the curator's name, whose spans the text shows, the disagreements and their versions side by side."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDockWidget, QFormLayout, QHeaderView, QLabel, QListWidget, QListWidgetItem,
    QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

EVERYONE = ""  # the "Show" choice that paints every annotator's spans
KEY, ANNOTATOR, SPANS = range(3)


class CurationPanel(QDockWidget):
    """Shows what the curation controller hands it; changes nothing itself, it only reports the curator's choices."""

    curator_chosen = Signal(str)  # the curator's name was typed or picked
    shown_chosen = Signal(str)  # whose spans the text shows ("" for everyone)
    row_chosen = Signal(int)  # a disagreement was clicked (its row)

    def __init__(self, parent: QWidget | None = None):
        super().__init__("Curation", parent)
        self.setObjectName("curationPanel")
        body = QWidget()
        self.curator = QComboBox()
        self.curator.setObjectName("curatorName")
        self.curator.setEditable(True)
        self.curator.setToolTip("The annotator name of the gold set: accepted spans are copied under this name")
        self.shown = QComboBox()
        self.shown.setObjectName("curationShown")
        self.shown.setToolTip("Whose spans the text shows: everyone's, one annotator's, or the gold set")
        self.summary = QLabel()
        self.summary.setObjectName("curationSummary")
        self.summary.setWordWrap(True)
        self.disagreements = QListWidget()
        self.disagreements.setObjectName("disagreementList")
        self.disagreements.setToolTip("N / Shift+N: next / previous open disagreement")
        self.versions = QTableWidget(0, 3)
        self.versions.setObjectName("versionTable")
        self.versions.setHorizontalHeaderLabels(["Key", "Annotator", "Their version"])
        self.versions.verticalHeader().setVisible(False)
        self.versions.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.versions.setSelectionMode(QAbstractItemView.NoSelection)
        self.versions.setWordWrap(True)
        header = self.versions.horizontalHeader()
        header.setSectionResizeMode(KEY, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(ANNOTATOR, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(SPANS, QHeaderView.Stretch)
        self.help = QLabel("1, 2, …: accept that version · B: accept all · X: reject · N: next · Ctrl+Z: undo")
        self.help.setWordWrap(True)
        self.auto_merge = QPushButton("Auto-merge…")
        self.auto_merge.setObjectName("autoMergeButton")
        form = QFormLayout()
        form.addRow("Curator:", self.curator)
        form.addRow("Show:", self.shown)
        column = QVBoxLayout(body)
        column.addLayout(form)
        column.addWidget(self.summary)
        column.addWidget(self.disagreements, 2)
        column.addWidget(self.versions, 1)
        column.addWidget(self.help)
        column.addWidget(self.auto_merge)
        self.setWidget(body)
        self.curator.lineEdit().editingFinished.connect(lambda: self.curator_chosen.emit(self.curator.currentText().strip()))
        self.curator.activated.connect(lambda _i: self.curator_chosen.emit(self.curator.currentText().strip()))
        self.shown.activated.connect(lambda _i: self.shown_chosen.emit(self.shown.currentData()))
        self.disagreements.currentRowChanged.connect(self._on_row)
        self._filling = False

    def _on_row(self, row: int) -> None:
        if not self._filling and row >= 0:
            self.row_chosen.emit(row)

    def set_names(self, curator: str, names: list[str], shown: str) -> None:
        """The curator's name (and the names offered), and the annotators the Show choice offers."""
        self.curator.blockSignals(True)
        self.curator.clear()
        self.curator.addItems(sorted({curator, "gold", *names}))
        self.curator.setCurrentText(curator)
        self.curator.blockSignals(False)
        self.shown.clear()
        self.shown.addItem("Everyone", EVERYONE)
        for name in [*names, curator]:
            self.shown.addItem(f"{name} (gold)" if name == curator else name, name)
        self.shown.setCurrentIndex(max(0, self.shown.findData(shown)))

    def set_rows(self, rows: list[str], current: int | None, summary: str) -> None:
        """The disagreements' lines, which one is current, and the summary above them."""
        self._filling = True
        self.disagreements.clear()
        for text in rows:
            self.disagreements.addItem(QListWidgetItem(text))
        if current is not None:
            self.disagreements.setCurrentRow(current)
        self._filling = False
        self.summary.setText(summary)

    def set_versions(self, versions: list[tuple[str, str, str]]) -> None:
        """(key, annotator, their version) of the current disagreement, side by side in rows."""
        self.versions.setRowCount(len(versions))
        for r, row in enumerate(versions):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignLeft | Qt.AlignTop)
                self.versions.setItem(r, c, item)
        self.versions.resizeRowsToContents()
