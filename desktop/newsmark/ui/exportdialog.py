"""The Export dialog: a format and its options, where to write, and which tags, statuses, annotators and documents."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from newsmark.core.formats.registry import DEFAULT_LANGUAGE, FORMATS
from newsmark.core.model import STATUSES
from newsmark.ui import filedialogs


@dataclass
class ExportChoice:
    """What the analyst chose to export; empty filter lists mean "all"."""

    format: str
    path: Path
    tags: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    annotators: list[str] = field(default_factory=list)
    shown_document_only: bool = False
    plain: bool = False  # csv: exact text, as --plain
    language: str = DEFAULT_LANGUAGE  # spacy: the tokenizer's language, as --language
    split: str | None = None  # one part of the training split, as --split; None: every document


class ExportDialog(QDialog):
    """Asks for an ExportChoice; ``choice()`` reads it from the widgets."""

    def __init__(self, parent: QWidget, stem: Path, tags: list[str], annotators: list[str]):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle("Export annotation set")
        self._stem = stem
        self.format = QComboBox()
        self.format.setObjectName("exportFormat")
        for fmt in FORMATS.values():
            self.format.addItem(fmt.description, fmt.name)
        self.path = QLineEdit(str(stem.with_suffix(_suffix("csv"))))
        self.path.setObjectName("exportPath")
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.tags = _checklist("exportTags", tags)
        self.statuses = _checklist("exportStatuses", list(STATUSES.values()))
        self.annotators = _checklist("exportAnnotators", annotators)
        self.split = QComboBox()
        self.split.setObjectName("exportSplit")
        self.split.setToolTip("Only the documents of one part of the training split (made with newsmark split)")
        for label, part in (("All documents", None), ("train", "train"), ("dev", "dev"), ("test", "test")):
            self.split.addItem(label, part)
        self.shown_only = QCheckBox("Only the shown document")
        self.shown_only.setObjectName("exportShownOnly")
        self.plain = QCheckBox("Exact text (no ' prefix against spreadsheet formulas)")
        self.plain.setObjectName("exportPlain")
        self.language = QLineEdit(DEFAULT_LANGUAGE)
        self.language.setObjectName("exportLanguage")
        self.language.setToolTip("spaCy's language code for the tokenizer: en, de, fr, … or xx for multilingual")
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText("Export")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Format", self.format)
        form.addRow("Write to", where)
        form.addRow(self.plain)
        form.addRow("Language (spaCy)", self.language)
        form.addRow("Tags (none ticked: all)", self.tags)
        form.addRow("Document status", self.statuses)
        form.addRow("Annotators", self.annotators)
        form.addRow("Split part", self.split)
        form.addRow(self.shown_only)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self._enable_options()

    def choice(self) -> ExportChoice:
        """The choice as the widgets show it."""
        status_of = {label: status for status, label in STATUSES.items()}
        return ExportChoice(
            self.format.currentData(), Path(self.path.text()), _ticked(self.tags),
            [status_of[s] for s in _ticked(self.statuses)], _ticked(self.annotators), self.shown_only.isChecked(),
            self.plain.isChecked(), self.language.text().strip() or DEFAULT_LANGUAGE, self.split.currentData(),
        )

    def _format_changed(self) -> None:
        fmt = self.format.currentData()
        path = Path(self.path.text() or self._stem)
        self.path.setText(str(path.with_suffix(_suffix(fmt))))
        self._enable_options()

    def _enable_options(self) -> None:
        """Each option only where its format uses it."""
        fmt = self.format.currentData()
        self.plain.setEnabled(fmt == "csv")
        self.language.setEnabled(fmt == "spacy")

    def _browse(self) -> None:
        if FORMATS[self.format.currentData()].folder:
            name = filedialogs.existing_directory(self, "Folder for the brat files", str(Path(self.path.text()).parent))
        else:
            name = filedialogs.save_file_name(self, "Export to", self.path.text())
        if name:
            self.path.setText(name)


def _suffix(name: str) -> str:
    """The suffix an export in this format gets ("" for a folder)."""
    return (FORMATS[name].suffixes or ("",))[0]


def _checklist(name: str, labels: list[str]) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(name)
    widget.setMaximumHeight(90)
    for label in labels:
        item = QListWidgetItem(label or "(no name)")
        item.setData(Qt.UserRole, label)
        item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
        item.setCheckState(Qt.Unchecked)
        widget.addItem(item)
    return widget


def _ticked(widget: QListWidget) -> list[str]:
    return [
        widget.item(i).data(Qt.UserRole) for i in range(widget.count()) if widget.item(i).checkState() == Qt.Checked
    ]
