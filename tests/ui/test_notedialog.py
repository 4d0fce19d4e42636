"""F2 opens the note editor; Ctrl+Enter saves the note."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from newsmark.ui import dialogs
from newsmark.ui.notedialog import NoteDialog
from tests.ui.conftest import ARTICLE, rows, select_code_points

REAL_ASK_NOTE = dialogs.ask_note  # taken before the dialog fixture replaces it


def test_ctrl_enter_accepts_the_note_dialog(window, project_path, qtbot, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_note", REAL_ASK_NOTE)
    start = ARTICLE.index("Kursk")
    select_code_points(window.view, ARTICLE, start, start + 5)
    qtbot.keyClick(window.view, Qt.Key_4)
    typed = []

    def type_and_accept():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, NoteDialog):
            dialog.reject()  # some other dialog: close it so the test fails instead of hanging
            return
        qtbot.keyClicks(dialog.editor, "region")
        qtbot.keyClick(dialog.editor, Qt.Key_Return)  # a new line, not "accept"
        qtbot.keyClicks(dialog.editor, "in Russia")
        typed.append(dialog.note())
        qtbot.keyClick(dialog.editor, Qt.Key_Return, Qt.ControlModifier)
        if dialog.isVisible():  # not accepted: close it so the test fails instead of hanging
            dialog.reject()

    QTimer.singleShot(0, type_and_accept)
    qtbot.keyClick(window.view, Qt.Key_F2)
    assert typed == ["region\nin Russia"]
    assert rows(project_path, "SELECT note FROM spans") == [("region\nin Russia",)]
