"""A failed undo or redo (a full disk) leaves the undo stack and the file as they were, and says so."""

from __future__ import annotations

import sqlite3

import pytest

from tests.ui.conftest import rows, select_rows, trigger

EVERYTHING = "SELECT * FROM spans ORDER BY id"
SPANS = 'SELECT id, document_id, tag_id, start, "end", note, annotator, created_at FROM spans ORDER BY id'  # a redo is "now"


def stack_state(stack):
    return stack.index(), stack.count(), stack.isClean(), stack.undoText(), stack.redoText(), stack.canUndo(), stack.canRedo()


def disk_full(*_args, **_kwargs):
    raise sqlite3.OperationalError("database or disk is full")


@pytest.mark.parametrize("step", ["undo", "redo"])
@pytest.mark.parametrize("action, method", [("deleteSpan", "restore_spans"), ("retagAs:figure", "update_spans")])
def test_a_failed_step_keeps_the_stack_and_the_file_and_works_once_there_is_room(
    busy_window, dialog, monkeypatch, action, method, step
):
    window, stack = busy_window, busy_window.undo_stack
    path = window.session.project.path
    original = rows(path, SPANS)
    select_rows(window, 8)
    trigger(window, action)
    changed = rows(path, SPANS)
    if step == "redo":
        trigger(window, "undo")
        method = "delete_spans" if action == "deleteSpan" else method
    before, on_disk, shown = stack_state(stack), rows(path, EVERYTHING), window.span_table.model().rowCount()
    with monkeypatch.context() as m:
        m.setattr(window.session.project, method, disk_full)
        trigger(window, step)
    assert stack_state(stack) == before
    assert rows(path, EVERYTHING) == on_disk and window.span_table.model().rowCount() == shown
    ((_title, message),) = dialog.errors
    assert message.startswith(f"{step.title()} of “") and "disk is full" in message and "Nothing was changed" in message
    trigger(window, step)  # room again: the same step now goes through
    assert rows(path, SPANS) == (original if step == "undo" else changed)
    assert stack.index() == before[0] + (-1 if step == "undo" else 1) and stack.count() == 1


def test_a_real_full_disk_during_undo(busy_window, counter, dialog):
    """SQLite itself refuses the undo's pages (max_page_count), as on a full disk."""
    window, stack = busy_window, busy_window.undo_stack
    project = window.session.project
    conn = counter.connections[-1]  # the window's
    long_note = "checked " * 5000  # overflow pages, which the delete frees
    select_rows(window, 8)
    dialog.answer("ask_note", long_note)
    for row in range(8):
        window.span_table.selectRow(row)
        trigger(window, "editNote")
    original = rows(project.path, SPANS)
    select_rows(window, 8)
    trigger(window, "deleteSpan")
    project.add_document("Filler", "x" * 400_000)  # takes up the freed pages and more
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    before, on_disk = stack_state(stack), rows(project.path, SPANS)
    trigger(window, "undo")
    assert "full" in dialog.errors[-1][1] and "Nothing was changed" in dialog.errors[-1][1]
    assert stack_state(stack) == before and rows(project.path, SPANS) == on_disk == []
    conn.execute("PRAGMA max_page_count = 1073741823")  # space freed
    trigger(window, "undo")
    assert rows(project.path, SPANS) == original and window.span_table.model().rowCount() == 8
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_failed_new_action_leaves_no_step_and_keeps_the_redo_history(busy_window, dialog, monkeypatch):
    window, stack = busy_window, busy_window.undo_stack
    select_rows(window, 1)
    trigger(window, "deleteSpan")
    trigger(window, "undo")
    before = stack_state(stack)
    monkeypatch.setattr(window.session.project, "update_spans", disk_full)
    select_rows(window, 2)
    trigger(window, "retagAs:figure")
    assert "disk is full" in dialog.errors[-1][1]
    assert stack_state(stack) == before and stack.canRedo()


def test_undo_and_redo_say_what_they_did_in_the_status_bar(busy_window):
    window = busy_window
    select_rows(window, 2)
    trigger(window, "deleteSpan")
    text = window.undo_stack.undoText()
    trigger(window, "undo")
    assert window.statusBar().currentMessage() == f"Undone: {text} — saved"
    trigger(window, "redo")
    assert window.statusBar().currentMessage() == f"Redone: {text} — saved"
