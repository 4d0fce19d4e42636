"""Every user action, and the undo and the redo of it, is exactly one SQLite transaction (one COMMIT)."""

from __future__ import annotations

import json

import pytest
from newsmark.core.model import sha256_text
from newsmark.ui.tageditor import TagSetEditor

from tests.ui.conftest import (
    ARTICLE,
    SECOND,
    WORDS,
    select_code_points,
    select_rows,
    trigger,
)


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
        editor = TagSetEditor(window.context)
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
        assert counter.count(lambda step=step: trigger(window, step)) == ONE, step
    assert stack.index() == 0
