"""Removing a document (or deleting a tag) in the window, its undo and redo carry every row tied to it, one transaction each."""

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


def test_deleting_a_tag_and_its_undo_keep_its_rejected_suggestions(tmp_path, counter, open_window, dialog):
    from newsmark.ui.tageditor import TagSetEditor

    path = tmp_path / "tag.newsmark"
    with Project.open(path, create=True) as project:
        doc = fill(project, "Kursk")
    window = open_window(path)
    project = window.session.project
    before = tables(project)
    editor = TagSetEditor(window.context)
    editor.select("location")
    dialog.answer("ask_delete_tag", "delete")
    assert counter.count(editor.delete) == ONE
    editor.close()
    assert all(s.tag_id != 4 for s in project.suggestions(doc.id, status=None))
    assert counter.count(lambda: trigger(window, "undo")) == ONE
    assert tables(project) == before  # the rejected "Monday" stays rejected: it is not proposed again
    assert counter.count(lambda: trigger(window, "redo")) == ONE
    assert counter.count(lambda: trigger(window, "undo")) == ONE
    assert tables(project) == before
