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


# -- links, link types, categories and document labels (issue #10) ------------------------------------------

def _link_first_two(window, dialog, tmp_path):
    """R on the first span, the second chosen and confirmed: claim -> claim, only same_as allows it."""
    select_rows(window, 1)
    trigger(window, "startLink")
    window.select_span_row(window.session.span_model.span_at(1).id)
    trigger(window, "confirmLink")


def _nothing(window, dialog, tmp_path):
    pass


def _delete_selected_link(window, dialog, tmp_path):
    select_rows(window, 1)
    window.linker.link_list.setCurrentRow(0)
    trigger(window, "deleteLink")


def _edit_link_note(window, dialog, tmp_path):
    select_rows(window, 1)
    window.linker.link_list.setCurrentRow(0)
    dialog.answer("ask_link_note", "same place")
    trigger(window, "editLinkNote")


def _link_and_add_a_type(window, dialog, tmp_path):
    """A same_as link, and a type "cites" that any span may have with any other."""
    _link_first_two(window, dialog, tmp_path)
    _link_set_editor("link_types", _add_link_type)(window, dialog, tmp_path)


def _change_link_type(window, dialog, tmp_path):
    select_rows(window, 1)
    window.linker.link_list.setCurrentRow(0)
    trigger(window, "changeLinkType")  # cites is the only other type allowed: taken without asking
    assert window.session.link_type(next(iter(window.session.links)).type_id).name == "cites"


def _set_genre(window, dialog, tmp_path):
    dialog.answer("ask_document_label", "news")
    trigger(window, "labelCategory:genre")


def _link_set_editor(page, change):
    def act(window, dialog, tmp_path):
        editor = TagSetEditor(window.context)
        change(getattr(editor, page), dialog)
        editor.close()
    return act


def _add_link_type(page, dialog):
    dialog.answer("ask_tag_name", "cites")
    page.add()


def _change_ends(page, dialog):
    page.select("same_as")
    dialog.answer("ask_link_ends", (["claim"], ["claim"], False))
    page.edit_ends()


def _delete_same_as(page, dialog):
    page.select("same_as")
    page.delete()


def _add_category(page, dialog):
    dialog.answer("ask_tag_name", "region")
    dialog.answer("ask_choices", ["east", "west"])
    page.add()


def _delete_genre(page, dialog):
    page.select("genre")
    page.delete()


LINK_ACTIONS = {  # name: (what is done first, untimed; the action)
    "make a link": (_nothing, _link_first_two),
    "delete a link": (_link_first_two, _delete_selected_link),
    "edit a link's note": (_link_first_two, _edit_link_note),
    "change a link's type": (_link_and_add_a_type, _change_link_type),
    "delete a span with its link": (_link_first_two, _delete_one),
    "delete 8 spans with their link": (_link_first_two, _delete_eight),
    "delete a tag with its spans and links": (_link_first_two, _tag_editor(_delete_tag_and_spans)),
    "remove a document with its links and labels": (_link_first_two, _remove_document),
    "set a document label": (_nothing, _set_genre),
    "add a link type": (_nothing, _link_set_editor("link_types", _add_link_type)),
    "change a link type's ends": (_nothing, _link_set_editor("link_types", _change_ends)),
    "delete a link type with its links": (_link_first_two, _link_set_editor("link_types", _delete_same_as)),
    "add a category": (_nothing, _link_set_editor("categories", _add_category)),
    "delete a category with its labels": (_set_genre, _link_set_editor("categories", _delete_genre)),
}


@pytest.mark.parametrize("name", LINK_ACTIONS)
def test_link_and_label_actions_and_their_undo_and_redo_are_one_transaction_each(
    busy_window, counter, dialog, tmp_path, name
):
    window, stack = busy_window, busy_window.undo_stack
    setup, act = LINK_ACTIONS[name]
    setup(window, dialog, tmp_path)
    before = stack.count()
    assert counter.count(lambda: act(window, dialog, tmp_path)) == ONE
    assert stack.count() == before + 1 and dialog.errors == []
    for step in ("undo", "redo", "undo"):
        assert counter.count(lambda step=step: trigger(window, step)) == ONE, step
    assert stack.index() == before


# -- curation into a gold set (issue #12) --------------------------------------------------------------------

@pytest.fixture
def team_window(tmp_path, counter, open_window):
    """A window in review mode on one document where ana and ben differ on a figure's edges and agree on Kursk."""
    from newsmark.core.storage import Project
    path = tmp_path / "team.newsmark"
    with Project.open(path, create=True) as project:
        doc, _ = project.add_document("Kyiv", ARTICLE, "/articles/kyiv.txt")
        start = ARTICLE.index("8,000")
        for who, end in (("ana", start + 5), ("ben", start + 12)):
            project.add_span(doc.id, 2, start, end, annotator=who)
            project.add_span(doc.id, 4, ARTICLE.index("Kursk"), ARTICLE.index("Kursk") + 5, annotator=who)
    window = open_window(path)
    trigger(window, "curateDocument")
    return window


def _auto_merge(window, dialog, tmp_path):
    from newsmark.ui.review.automergedialog import AutoMergeChoice
    dialog.answer("ask_auto_merge", AutoMergeChoice(2))
    trigger(window, "autoMerge")


CURATION_ACTIONS = {
    "accept version 1": lambda window, dialog, tmp_path: trigger(window, "acceptVersion:1"),
    "accept version 2": lambda window, dialog, tmp_path: trigger(window, "acceptVersion:2"),
    "accept all versions": lambda window, dialog, tmp_path: trigger(window, "acceptAllVersions"),
    "reject a disagreement": lambda window, dialog, tmp_path: trigger(window, "rejectDisagreement"),
    "auto-merge": _auto_merge,
}


@pytest.mark.parametrize("name", CURATION_ACTIONS)
def test_curation_actions_and_their_undo_and_redo_are_one_transaction_each(team_window, counter, dialog, tmp_path, name):
    window, stack = team_window, team_window.undo_stack
    assert counter.count(lambda: CURATION_ACTIONS[name](window, dialog, tmp_path)) == ONE
    assert stack.count() == 1 and dialog.errors == []
    for step in ("undo", "redo", "undo"):
        assert counter.count(lambda step=step: trigger(window, step)) == ONE, step
    assert stack.index() == 0


# -- reviewing suggestions (issue #11) ----------------------------------------------------------------------

def _suggest(window, dialog, tmp_path):
    trigger(window, "suggestDocument")  # the figure "8,000": one open suggestion, current
    assert window.review.current is not None


def _accept_suggestion(window, dialog, tmp_path):
    trigger(window, "acceptSuggestion")


def _reject_suggestion(window, dialog, tmp_path):
    trigger(window, "rejectSuggestion")


def _reject_and_stop(window, dialog, tmp_path):
    trigger(window, "rejectAndStop")


def _retag_and_accept(window, dialog, tmp_path):
    trigger(window, "tagAs:quote")


def _accept_all(window, dialog, tmp_path):
    dialog.answer("ask_accept_suggestions", ("figure", 0.5))
    trigger(window, "acceptAllSuggestions")


def _edit_rules(window, dialog, tmp_path):
    dialog.answer("ask_team_rules", ("Kursk\tcity\n", '{"label": "location", "pattern": "Kursk region"}\n'))
    trigger(window, "editRules")


SUGGESTION_ACTIONS = {
    "accept a suggestion": _accept_suggestion,
    "reject a suggestion": _reject_suggestion,
    "reject and stop-list a suggestion": _reject_and_stop,
    "retag and accept a suggestion": _retag_and_accept,
    "accept all of a tag": _accept_all,
    "edit the team rules": _edit_rules,
}


@pytest.mark.parametrize("name", SUGGESTION_ACTIONS)
def test_review_actions_and_their_undo_and_redo_are_one_transaction_each(busy_window, counter, dialog, tmp_path, name):
    window, stack = busy_window, busy_window.undo_stack
    assert counter.count(lambda: _suggest(window, dialog, tmp_path)) == ONE  # suggesting stores in one transaction
    assert counter.count(lambda: SUGGESTION_ACTIONS[name](window, dialog, tmp_path)) == ONE
    assert stack.count() == 1 and dialog.errors == []
    for step in ("undo", "redo", "undo"):
        assert counter.count(lambda step=step: trigger(window, step)) == ONE, step
    assert stack.index() == 0
