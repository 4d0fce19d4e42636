"""Fixtures for driving the real MainWindow offscreen."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings
from PySide6.QtGui import QAction, QTextCursor

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
    recorder.notes = []  # the progress dialog's labels shown before a step

    class FakeProgress:
        def __init__(self, *_args):
            self.steps = 0

        def step(self, _label):
            self.steps += 1
            return recorder.cancel_after is None or self.steps <= recorder.cancel_after

        def note(self, label):  # before the first step: cancel_after = 0 presses Cancel here
            recorder.notes.append(label)
            return recorder.cancel_after is None or self.steps < recorder.cancel_after

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


# -- a window with many spans, and the transactions it runs ------------------------------------------

WORDS = ["Kyiv", "families", "fled", "Officials", "troops", "arrived", "Kursk", "owner"]
SECOND = "Seoul\n\nKursk is far from Seoul, officials said.\n"


class TransactionCounter:
    """A trace callback that counts the transactions a connection runs, and writes outside any of them."""

    def __init__(self):
        self.on = False
        self.connections: list[sqlite3.Connection] = []
        self.begins = self.commits = self.rollbacks = self.stray_writes = 0
        self._open = False

    def __call__(self, sql: str) -> None:
        if not self.on:
            return
        words = sql.split(None, 2)
        first = words[0].upper() if words else ""
        if first == "BEGIN":
            self.begins += 1
            self._open = True
        elif first in ("COMMIT", "END"):
            self.commits += 1
            self._open = False
        elif first == "ROLLBACK" and (len(words) < 2 or words[1].upper() != "TO"):
            self.rollbacks += 1
            self._open = False
        elif first in ("INSERT", "UPDATE", "DELETE", "REPLACE") and not self._open:
            self.stray_writes += 1  # autocommitted: a transaction of its own

    def count(self, act) -> tuple[int, int, int, int]:
        """Run ``act`` and return (BEGINs, COMMITs, ROLLBACKs, writes outside a transaction) it caused."""
        self.begins = self.commits = self.rollbacks = self.stray_writes = 0
        self.on = True
        try:
            act()
        finally:
            self.on = False
        return self.begins, self.commits, self.rollbacks, self.stray_writes


@pytest.fixture
def counter(monkeypatch):
    """Counts the transactions of every connection opened from now on (the window's project)."""
    counting = TransactionCounter()
    real_connect = sqlite3.connect

    def connect(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        conn.set_trace_callback(counting)
        counting.connections.append(conn)
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    return counting


@pytest.fixture
def busy_window(tmp_path, counter, open_window):
    """A window on two documents; the first shows eight spans, one per word of WORDS."""
    path = tmp_path / "busy.newsmark"
    with Project.open(path, create=True) as project:
        doc, _ = project.add_document("Kyiv", ARTICLE, "/articles/kyiv.txt")
        project.add_document("Seoul", SECOND, "/articles/seoul.txt")
        claim = project.tags()[0].id
        for word in WORDS:
            start = ARTICLE.index(word)
            project.add_span(doc.id, claim, start, start + len(word))
    window = open_window(path)
    window.document_list.setCurrentIndex(window.document_list.model().index(0))
    return window


def trigger(window, name: str) -> None:
    """Trigger one of the window's actions by its object name, as a key press or menu click would."""
    action = window.findChild(QAction, name)
    assert action is not None, name
    action.trigger()


def select_rows(window, count: int) -> None:
    """Select the first ``count`` rows of the span table, as shift-clicking would."""
    table = window.span_table
    model = table.model()
    chosen = QItemSelection(model.index(0, 0), model.index(count - 1, model.columnCount() - 1))
    table.selectionModel().select(chosen, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
    assert len(window.selected_spans()) == count
