"""The window and a damaged project: one message, the old project kept, no stale lock."""

from __future__ import annotations

import os

import pytest

from newsmark.core import storageconnect as connect
from newsmark.core.storage import Project
from newsmark.ui import app, dialogs


@pytest.fixture
def damaged(tmp_path):
    """A project whose last page (text) is overwritten: it opens, and its document list cannot be read."""
    path = tmp_path / "hurt.newsmark"
    with Project.open(path, create=True) as project:
        for i in range(40):
            project.add_document(f"Article {i}", f"word {i} " * 300)
    data = bytearray(path.read_bytes())
    data[-4096:] = b"\x00\x01" * 2048  # as tests/core/test_damaged.py's "tail"
    path.write_bytes(bytes(data))
    return path


@pytest.fixture(params=["checked at open", "found by the first reads"])
def when(request, monkeypatch):
    if request.param == "found by the first reads":  # as for a project too big for quick_check
        monkeypatch.setattr(connect, "QUICK_CHECK_MAX_BYTES", 0)
    return request.param


def test_starting_the_app_on_a_damaged_project_says_so_and_leaves_no_lock(damaged, when, monkeypatch, qapp, capsys):
    shown = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, title, message: shown.append(message))
    assert app.run_gui(damaged) == 1
    assert shown[0].startswith("damaged: hurt.newsmark")
    assert capsys.readouterr().err.startswith("newsmark: damaged: hurt.newsmark")
    assert not os.path.exists(f"{damaged}.lock")


def test_opening_a_damaged_project_keeps_the_shown_one_and_its_title(window, dialog, damaged, when, project_path):
    title = window.windowTitle()
    dialog.answer("ask_open_project", damaged)
    window.actions.open_project.trigger()
    ((_title, message),) = dialog.errors
    assert message.startswith("damaged: hurt.newsmark")
    assert window.windowTitle() == title
    assert window.session.project.path == project_path and window.session.project.writable
    assert window.session.project.documents()  # still open and readable
    assert not os.path.exists(f"{damaged}.lock")


@pytest.fixture
def one_bad_document(tmp_path):
    """A sound database with three articles; the second one's stored text holds a byte that is not UTF-8."""
    path = tmp_path / "bytes.newsmark"
    with Project.open(path, create=True) as project:
        for name in ("Alpha", "Bravo", "Charlie"):
            project.add_document(name, f"{name} text " * 200)
    data = bytearray(path.read_bytes())
    data[data.index(b"Bravo text Bravo")] = 0xFF
    path.write_bytes(bytes(data))
    return path


def test_a_document_whose_text_is_damaged_says_so_and_the_others_stay_reachable(open_window, dialog, one_bad_document):
    window = open_window(one_bad_document)
    model, docs = window.session.document_model, window.session.project.documents()
    alpha, bravo, charlie = (model.row_of(d.id) for d in docs)
    window.document_list.setCurrentIndex(model.index(alpha))
    window.document_list.setCurrentIndex(model.index(bravo))  # raised out of the slot before: a traceback, no message
    ((title, message),) = dialog.errors
    assert message.startswith("damaged: bytes.newsmark holds text that is not valid UTF-8")
    assert window.session.document.title == "Alpha" and window.document_list.currentIndex().row() == alpha
    window.document_list.setCurrentIndex(model.index(charlie))
    assert window.session.document.title == "Charlie" and window.view.toPlainText().startswith("Charlie text")
