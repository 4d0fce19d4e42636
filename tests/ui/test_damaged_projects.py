"""The window and a damaged project: one message, the old project kept, no stale lock."""

from __future__ import annotations

import os

import pytest

from newsmark.core import connect
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
