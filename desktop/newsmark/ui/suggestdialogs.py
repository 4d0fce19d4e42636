"""The review's dialogs: accept all suggestions of a tag above a confidence (with a preview), and the team rules editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)


class AcceptAllDialog(QDialog):
    """Choose a tag and a lowest confidence; the dialog says how many suggestions that accepts."""

    def __init__(self, parent: QWidget | None, confidences: dict[str, list[float]], current: str | None):
        super().__init__(parent)
        self.setObjectName("acceptAllDialog")
        self.setWindowTitle("Accept all suggestions of a tag")
        self._confidences = confidences
        self.tag = QComboBox()
        self.tag.setObjectName("acceptAllTag")
        self.tag.addItems(sorted(confidences))
        if current in confidences:
            self.tag.setCurrentText(current)
        self.threshold = QDoubleSpinBox()
        self.threshold.setObjectName("acceptAllThreshold")
        self.threshold.setRange(0.0, 1.0)
        self.threshold.setSingleStep(0.05)
        self.threshold.setDecimals(2)
        self.threshold.setValue(0.9)
        self.preview = QLabel()
        self.preview.setObjectName("acceptAllPreview")
        form = QFormLayout(self)
        form.addRow("Tag", self.tag)
        form.addRow("Confidence at least", self.threshold)
        form.addRow(self.preview)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.tag.currentTextChanged.connect(self._preview)
        self.threshold.valueChanged.connect(self._preview)
        self._preview()

    def count(self) -> int:
        """How many suggestions the current choice accepts."""
        return sum(c >= self.threshold.value() for c in self._confidences.get(self.tag.currentText(), []))

    def _preview(self) -> None:
        n = self.count()
        self.preview.setText(f"Accepts {n} of {len(self._confidences.get(self.tag.currentText(), []))} "
                             f"{self.tag.currentText()} suggestions in this document, as one step.")
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(n > 0)


class TeamRulesDialog(QDialog):
    """Two plain text editors, the gazetteer TSV and patterns.jsonl; OK only once ``check`` finds no problem."""

    def __init__(self, parent: QWidget | None, gazetteer: str, patterns: str, check: Callable[[str, str], list[str]]):
        super().__init__(parent)
        self.setObjectName("teamRulesDialog")
        self.setWindowTitle("Team rules")
        self.resize(720, 520)
        self._check = check
        fixed = QFontDatabase.systemFont(QFontDatabase.FixedFont)
        self.gazetteer = QPlainTextEdit(gazetteer)
        self.gazetteer.setObjectName("gazetteerText")
        self.patterns = QPlainTextEdit(patterns)
        self.patterns.setObjectName("patternsText")
        tabs = QTabWidget()
        for editor, title in ((self.gazetteer, "Gazetteer (name<TAB>kind, or stop)"), (self.patterns, "Patterns (JSONL)")):
            editor.setFont(fixed)
            editor.setTabChangesFocus(False)
            tabs.addTab(editor, title)
        self.problems = QLabel()
        self.problems.setObjectName("rulesProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #d55e00")
        buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(tabs, 1)
        column.addWidget(self.problems)
        column.addWidget(buttons)

    def texts(self) -> tuple[str, str]:
        """The edited gazetteer and patterns texts."""
        return self.gazetteer.toPlainText(), self.patterns.toPlainText()

    def accept(self) -> None:
        problems = self._check(*self.texts())
        if problems:  # say what is wrong and stay open: nothing is saved
            self.problems.setText("\n".join(problems[:6]) + (f"\n… {len(problems) - 6} more" if len(problems) > 6 else ""))
            return
        super().accept()
