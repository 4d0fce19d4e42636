"""Accepting a claim suggestion in the window stores who asserts it, when the project's claim tag has ``source``."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from newsmark.core.storage import Project

TEXT = ("Harbour wall gives way\n\n"
        "Harbour engineer Peter Vasquez inspected the sea wall on Sunday. "
        "Vasquez said that the wall had cracked in three places.\n")
CLAIM = "the wall had cracked in three places"


def _project(path, claim_attributes=None):
    """A project with one article and only the claim tag (so the walk starts at the claim)."""
    with Project.open(path, create=True) as project:
        project.add_document("Harbour", TEXT, "/articles/harbour.txt")
        for tag in project.tags():
            if tag.name != "claim":
                project.delete_tag(tag.id)
            elif claim_attributes is not None:
                project.update_tag(tag.id, attributes=json.dumps(claim_attributes))
    return path


def _accept_first(window):
    QtBot.keyClick(window.view, Qt.Key_S, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.review.on
    QtBot.keyClick(window.view, Qt.Key_Return)
    [span] = window.session.project.spans(window.session.document.id)
    assert TEXT[span.start:span.end] == CLAIM
    return json.loads(span.attributes)


def test_a_new_projects_claim_keeps_its_source_on_accept(open_window, tmp_path):
    window = open_window(_project(tmp_path / "new.newsmark"))
    assert _accept_first(window) == {"source": "Peter Vasquez", "status": "unverified"}


@pytest.mark.parametrize("attributes", [
    [{"name": "status", "type": "choice", "choices": ["unverified", "true"], "default": "unverified"}],
    [],
])
def test_a_claim_tag_without_source_drops_it_on_accept(open_window, tmp_path, attributes):
    window = open_window(_project(tmp_path / "old.newsmark", attributes))
    assert _accept_first(window) == ({"status": "unverified"} if attributes else {})
