"""Every user action, and the undo and the redo of it, is exactly one SQLite transaction (one COMMIT)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel
from PySide6.QtGui import QAction

from newsmark.core.model import sha256_text
from newsmark.core.storage import Project
from newsmark.ui.tageditor import TagSetEditor
from tests.ui.conftest import ARTICLE, select_code_points

WORDS = ["Kyiv", "families", "fled", "Officials", "troops", "arrived", "Kursk", "owner"]
SECOND = "Seoul\n\nKursk is far from Seoul, officials said.\n"


class TransactionCounter:
    """A trace callback that counts the transactions a connection runs, and writes outside any of them."""

    def __init__(self):
        self.on = False
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


def _tag(window, dialog, tmp_path):
    start = ARTICLE.index("café")
    select_code_points(window.view, ARTICLE, start, start + 4)
    trigger(window, "tagAs:quote")


def _delete_one(window, dialog, tmp_path):
    select_rows(window, 1)
    trigger(window, "deleteSpan")


def _delete_eight(window, dialog, tmp_path):
    select_rows(window, 8)
    trigger(window, "deleteSpan")


def _retag_one(window, dialog, tmp_path):
    select_rows(window, 1)
    trigger(window, "retagAs:figure")


def _retag_eight(window, dialog, tmp_path):
    select_rows(window, 8)
    trigger(window, "retagAs:figure")


def _note(window, dialog, tmp_path):
    select_rows(window, 1)
    dialog.answer("ask_note", "checked with the agency")
    trigger(window, "editNote")


def _grow_edge(window, dialog, tmp_path):
    select_rows(window, 1)
    trigger(window, "growEnd")


def _tag_everywhere(window, dialog, tmp_path):
    dialog.answer("ask_annotate_all", True)
    window.span_table.selectRow(WORDS.index("Kursk"))  # a word of both documents
    trigger(window, "tagEverywhere")


def _load_set(window, dialog, tmp_path):
    path = tmp_path / "set.csv"
    start = ARTICLE.index("café")
    path.write_text(
        "document_sha256,tag,start,end,text,annotator\n"
        f"{sha256_text(ARTICLE)},rumour,{start},{start + 4},café,ana\n"
        f"{sha256_text(ARTICLE)},location,0,4,Kyiv,ana\n"
        f"{sha256_text(SECOND)},rumour,0,5,Seoul,ana\n",
        encoding="utf-8",
    )
    dialog.answer("ask_annotation_set_path", path)
    trigger(window, "loadSet")


def _import_tag_set(window, dialog, tmp_path):
    path = tmp_path / "team.tags.json"
    tags = [{"name": "claim", "color": "#000000", "key": "1"}, {"name": "actor", "color": "#123456", "key": "5"},
            {"name": "rumour", "color": "#654321"}]
    path.write_text(json.dumps({"tags": tags}), encoding="utf-8")
    dialog.answer("ask_tag_set_file", path)
    trigger(window, "importTagSet")


def _add_documents(window, dialog, tmp_path):
    paths = []
    for name in ("alpha", "beta", "gamma"):
        path = tmp_path / f"{name}.txt"
        path.write_text(f"{name.title()}\n\nText of {name}.\n", encoding="utf-8")
        paths.append(path)
    dialog.answer("ask_documents", paths)
    trigger(window, "addDocuments")


def _add_folder(window, dialog, tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    for name in ("one", "two"):
        (folder / f"{name}.txt").write_text(f"{name.title()}\n\nText {name}.\n", encoding="utf-8")
    dialog.answer("ask_document_folder", folder)
    trigger(window, "addFolder")


def _remove_document(window, dialog, tmp_path):
    trigger(window, "removeDocument")


def _mark_done(window, dialog, tmp_path):
    trigger(window, "markStatus:done")


def _tag_editor(change):
    def act(window, dialog, tmp_path):
        editor = TagSetEditor(window)
        editor.select("claim")
        change(editor, dialog)
        editor.close()
    return act


def _delete_tag_moving_spans(editor, dialog):
    dialog.answer("ask_delete_tag", editor.session.tags[1].id)
    editor.delete()


def _delete_tag_and_spans(editor, dialog):
    dialog.answer("ask_delete_tag", "delete")
    editor.delete()


def _add_tag(editor, dialog):
    dialog.answer("ask_tag_name", "actor")
    editor.add_tag()


def _rename_tag(editor, dialog):
    dialog.answer("ask_tag_name", "assertion")
    editor.rename()


ACTIONS = {
    "tag": _tag,
    "delete one span": _delete_one,
    "delete 8 spans": _delete_eight,
    "retag one span": _retag_one,
    "retag 8 spans": _retag_eight,
    "edit note": _note,
    "move an edge": _grow_edge,
    "tag everywhere": _tag_everywhere,
    "load annotation set": _load_set,
    "import tag set": _import_tag_set,
    "add documents": _add_documents,
    "add folder": _add_folder,
    "remove document": _remove_document,
    "mark done": _mark_done,
    "add tag": _tag_editor(_add_tag),
    "rename tag": _tag_editor(_rename_tag),
    "reorder tags": _tag_editor(lambda editor, _dialog: editor.move(+1)),
    "delete tag with its spans": _tag_editor(_delete_tag_and_spans),
    "delete tag moving its spans": _tag_editor(_delete_tag_moving_spans),
}

ONE = (1, 1, 0, 0)  # one BEGIN, one COMMIT, no rollback, no write outside it


@pytest.mark.parametrize("name", ACTIONS)
def test_an_action_its_undo_and_its_redo_are_one_transaction_each(busy_window, counter, dialog, tmp_path, name):
    window, stack = busy_window, busy_window.undo_stack
    assert counter.count(lambda: ACTIONS[name](window, dialog, tmp_path)) == ONE
    assert stack.count() == 1 and dialog.errors == []
    for step in ("undo", "redo", "undo"):
        assert counter.count(lambda: trigger(window, step)) == ONE, step
    assert stack.index() == 0
