"""The Add dialogs' choice to keep printed lines (a PDF's, a hard-wrapped text's) rather than rebuild paragraphs, kept in the settings."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QFileDialog, QGridLayout

KEY = "addDocuments/pdfPrintedLines"


def printed_lines(settings: QSettings | None) -> bool:
    """Whether PDFs and hard-wrapped texts are added line for line (the choice last ticked in an Add dialog)."""
    return bool(settings.value(KEY, False, type=bool)) if settings is not None else False


def add_checkbox(dialog: QFileDialog, settings: QSettings | None) -> QCheckBox:
    """Put the "keep printed lines" box under the dialog's file list; ticking it is remembered at once."""
    box = QCheckBox("Keep each printed line of a PDF or hard-wrapped text (do not rebuild paragraphs)", dialog)
    box.setObjectName("pdfPrintedLines")
    box.setToolTip("PDFs and texts wrapped at a fixed width are read as paragraphs, with hyphenated line ends joined; "
                   "tick to keep every printed line")
    box.setChecked(printed_lines(settings))
    if settings is not None:
        box.toggled.connect(lambda on: settings.setValue(KEY, on))
    layout = dialog.layout()
    if isinstance(layout, QGridLayout):  # Qt's own dialog (never native here): a row of its own under the rest
        layout.addWidget(box, layout.rowCount(), 0, 1, layout.columnCount())
    return box
