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


WRAPPED = (
    "Council votes to reopen the river bridge\n\n"
    "The city council voted on Tuesday to reopen the old river bridge to\n"
    "traffic next month, ending a closure that has lasted almost two years\n"
    "and forced commuters onto a detour of several kilometres each way.\n\n"
    "Engineers said the repairs had cost less than expected, and that the\n"
    "bridge would carry buses again from the first week of the new year,\n"
    "after a final inspection by the regional transport authority.\n"
)


def test_the_same_box_keeps_a_hard_wrapped_texts_lines(window, ticking, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "bridge.txt").write_text(WRAPPED, encoding="utf-8")
    ticking.answer = [str(tmp_path / "a" / "bridge.txt")]
    window.actions.add_documents.trigger()
    assert window.session.document.text.split("\n\n")[1].startswith("The city council voted on Tuesday to reopen the old river bridge to traffic")

    ticking.tick = True
    (tmp_path / "b" / "bridge2.txt").write_text(WRAPPED.replace("Tuesday", "Monday"), encoding="utf-8")
    ticking.answer = [str(tmp_path / "b" / "bridge2.txt")]
    window.actions.add_documents.trigger()
    assert window.session.document.text.splitlines()[2] == "The city council voted on Monday to reopen the old river bridge to"
