"""The Add dialogs' "keep each printed line of a PDF" box: PDFs come in as paragraphs unless it is ticked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QFileDialog

from newsmark.ui import dialogs, filedialogs

PDF = Path(__file__).resolve().parents[1] / "data" / "grain-exports.pdf"
REAL = {name: getattr(dialogs, name) for name in ("ask_documents", "ask_document_folder")}


class Ticking:
    """Stands in for running a file dialog: records the box's state, sets it as asked, answers with a path."""

    def __init__(self):
        self.seen: list[bool] = []
        self.tick = False
        self.answer: list[str] = []

    def __call__(self, dialog: QFileDialog) -> list[str]:
        box = dialog.findChild(QCheckBox, "pdfPrintedLines")
        self.seen.append(box.isChecked())
        box.setChecked(self.tick)
        dialog.deleteLater()
        return self.answer


@pytest.fixture
def ticking(monkeypatch, dialog):
    for name, real in REAL.items():
        monkeypatch.setattr(dialogs, name, real)
    recorder = Ticking()
    monkeypatch.setattr(filedialogs, "_run", recorder)
    return recorder


def test_pdfs_are_added_as_paragraphs_unless_the_box_is_ticked_and_the_choice_is_remembered(window, ticking, tmp_path):
    first, second = tmp_path / "a" / "grain.pdf", tmp_path / "b"
    first.parent.mkdir()
    shutil.copy(PDF, first)
    ticking.answer = [str(first)]
    window.actions.add_documents.trigger()
    assert window.session.document.text.split("\n\n")[1].startswith("Argentina's grain exports fell 18 percent in the first")

    ticking.tick = True  # the folder dialog has the same box; ticked, the printed lines stay
    second.mkdir()
    shutil.copy(PDF, second / "grain.pdf")
    ticking.answer = [str(second)]
    window.actions.add_folder.trigger()
    assert window.session.document.text.splitlines()[:2] == ["Grain exports fall", "as drought bites"]
    assert ticking.seen == [False, False]

    ticking.answer = []
    window.actions.add_documents.trigger()  # the next dialog opens with the box as it was left
    assert ticking.seen[-1] is True
