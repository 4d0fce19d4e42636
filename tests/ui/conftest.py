"""Fixtures for driving the real MainWindow offscreen."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextCursor

from newsmark.core.storage import Project
from newsmark.ui import dialogs
from newsmark.ui.mainwindow import MainWindow

ARTICLE = (
    "Kyiv 👨‍👩‍👧 families fled.\n"
    "\n"
    "Officials said “8,000 troops” arrived in Kursk.\n"
    "The café’s owner said: “We stay.”\n"
)


def utf16(text: str, cp: int) -> int:
    """A code point offset as Qt counts it, computed independently of the app's own mapping."""
    return len(text[:cp].encode("utf-16-le")) // 2


def select_code_points(view, text: str, start: int, end: int) -> None:
    """Select text in the view the way a user would end up with it: by Qt cursor positions."""
    cursor = view.textCursor()
    cursor.setPosition(utf16(text, start))
    cursor.setPosition(utf16(text, end), QTextCursor.KeepAnchor)
    view.setTextCursor(cursor)


def rows(path, sql="SELECT tag_id, start, \"end\", note FROM spans ORDER BY id"):
    """Read the project file with plain sqlite3: what is really on disk."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


class DialogRecorder:
    """Stands in for the modal dialogs: scripted answers, recorded messages."""

    def __init__(self):
        self.errors: list[tuple[str, str]] = []
        self.answers: dict[str, object] = {}
        self.calls: list[tuple[str, tuple]] = []  # (dialog name, its arguments after the parent)

    def answer(self, name: str, value) -> None:
        self.answers[name] = value

    def __call__(self, name):
        def ask(_parent, *args, **_kwargs):
            self.calls.append((name, args))
            if name not in self.answers:
                raise AssertionError(f"unexpected dialog {name}")
            return self.answers[name]
        return ask


@pytest.fixture
def dialog(monkeypatch):
    """Replace every ask_*/show_* dialog; unexpected questions fail the test."""
    recorder = DialogRecorder()
    for name in dir(dialogs):
        if name.startswith("ask_"):
            monkeypatch.setattr(dialogs, name, recorder(name))
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, title, message: recorder.errors.append((title, message)))
    monkeypatch.setattr(dialogs, "show_info", lambda *_a: None)
    recorder.problems = []  # (title, summary) of every show_problems
    monkeypatch.setattr(dialogs, "show_problems", lambda _parent, title, summary: recorder.problems.append((title, summary)))
    recorder.shortcuts = []
    recorder.editors = []
    recorder.cancel_after = None  # a number: the progress dialog's Cancel is pressed after that many steps

    class FakeProgress:
        def __init__(self, *_args):
            self.steps = 0

        def step(self, _label):
            self.steps += 1
            return recorder.cancel_after is None or self.steps <= recorder.cancel_after

        def close(self):
            pass

    monkeypatch.setattr(dialogs, "progress", FakeProgress)
    monkeypatch.setattr(dialogs, "show_tag_set_editor", lambda window: recorder.editors.append(window))
    monkeypatch.setattr(dialogs, "show_shortcuts", lambda _parent, rows: recorder.shortcuts.append(rows))
    return recorder


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "analyst.newsmark"
    with Project.open(path, create=True) as project:
        project.add_document("Kyiv", ARTICLE, "/articles/kyiv.txt")
    return path


@pytest.fixture
def open_window(qtbot, settings, dialog):
    """Open a MainWindow on a project file, shown and active."""
    def open_(path):
        window = MainWindow(Project.open(path), settings)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)  # shortcuts only fire in the active window
        window.view.setFocus()
        return window
    return open_


@pytest.fixture
def window(open_window, project_path):
    return open_window(project_path)
