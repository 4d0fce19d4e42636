"""Removing a document in the window, and its undo and redo, carry every row tied to it, one transaction each."""

from __future__ import annotations

from newsmark.core.storage import Project

from tests.core.wholedocument import fill, tables
from tests.ui.conftest import trigger

ONE = (1, 1, 0, 0)


def test_remove_undo_redo_round_trips_suggestions_decisions_and_split(tmp_path, counter, open_window):
    path = tmp_path / "whole.newsmark"
    with Project.open(path, create=True) as project:
        doc = fill(project, "Kursk")
        other = fill(project, "Other")
        project.save_split({doc.id: "dev", other.id: "train"}, seed=3, ratios={"train": 0.5, "dev": 0.5})
    window = open_window(path)
    window.document_list.setCurrentIndex(window.document_list.model().index(0))
    project = window.session.project
    before = tables(project)

    assert counter.count(lambda: trigger(window, "removeDocument")) == ONE
    removed = tables(project)
    assert project.suggestions(doc.id, status=None) == [] and doc.id not in project.split_parts()
    assert project.curation_decisions(doc.id, "cyd") == []

    assert counter.count(lambda: trigger(window, "undo")) == ONE
    assert tables(project) == before
    assert window.session.document.id == doc.id
    assert [s.status for s in window.session.suggestions(doc.id)] == ["open"]  # the review sees it again

    assert counter.count(lambda: trigger(window, "redo")) == ONE
    assert tables(project) == removed
    assert counter.count(lambda: trigger(window, "undo")) == ONE
    assert tables(project) == before
