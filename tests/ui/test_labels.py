"""Labels for a whole document: set by key in the document panel, undoable, filterable; categories and link types
edited in the tag set editor and brought by tag set files."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from newsmark.ui.labels import labels_after_pick
from newsmark.ui.tageditor import TagSetEditor

from tests.ui.conftest import rows, trigger

LABELS_SQL = "SELECT document_id, c.name, value FROM document_labels JOIN categories c ON c.id = category_id ORDER BY 1, 2, 3"


def test_a_pick_toggles_in_a_multiple_choice_category_and_replaces_in_a_single_one():
    choices = ("politics", "economy", "war")
    assert labels_after_pick(choices, True, [], "war") == ["war"]
    assert labels_after_pick(choices, True, ["war"], "politics") == ["politics", "war"]  # the category's order
    assert labels_after_pick(choices, True, ["politics", "war"], "war") == ["politics"]
    assert labels_after_pick(choices, False, ["war"], "economy") == ["economy"]
    assert labels_after_pick(choices, False, ["war"], "war") == []  # picked again: cleared


def test_a_key_sets_a_label_shown_in_the_panel_and_undo_takes_it_back(busy_window, dialog):
    window = busy_window
    path = window.session.project.path
    doc = window.session.document
    dialog.answer("ask_document_label", "opinion")
    trigger(window, "labelCategory:genre")
    assert rows(path, LABELS_SQL) == [(doc.id, "genre", "opinion")]
    assert window.labeler.panel.buttons[window.session.categories[1].id].text() == "opinion"
    dialog.answer("ask_document_label", "economy")
    trigger(window, "labelCategory:topic")
    dialog.answer("ask_document_label", "war")
    trigger(window, "labelCategory:topic")
    assert rows(path, LABELS_SQL) == [(doc.id, "genre", "opinion"), (doc.id, "topic", "economy"), (doc.id, "topic", "war")]
    trigger(window, "undo")
    assert rows(path, LABELS_SQL) == [(doc.id, "genre", "opinion"), (doc.id, "topic", "economy")]
    topic = window.labeler.panel.buttons[window.session.categories[0].id]
    assert topic.text() == "economy"
    dialog.answer("ask_document_label", None)  # the menu closed: nothing changes
    trigger(window, "labelCategory:topic")
    assert window.undo_stack.count() == 3 and window.undo_stack.index() == 2  # no new step


def test_the_category_keys_are_alt_shift_and_listed_as_shortcuts(busy_window):
    keys = {a.objectName(): a.shortcut().toString() for a in busy_window.labeler.actions}
    assert keys == {"labelCategory:topic": "Alt+Shift+T", "labelCategory:genre": "Alt+Shift+G",
                    "labelCategory:stance": "Alt+Shift+S"}


def test_clicking_a_category_in_the_panel_asks_for_its_value(busy_window, dialog, qtbot):
    window = busy_window
    dialog.answer("ask_document_label", "critical")
    stance = window.session.categories[2]
    qtbot.mouseClick(window.labeler.panel.buttons[stance.id], Qt.LeftButton)
    assert window.session.labels_of(window.session.document.id, stance.id) == ["critical"]


def test_the_document_list_filters_by_label(busy_window, dialog):
    window = busy_window
    dialog.answer("ask_document_label", "news")
    trigger(window, "labelCategory:genre")
    box = window.labeler.filter
    box.setCurrentIndex(box.findText("genre: news"))
    assert [window.document_list.isRowHidden(r) for r in range(2)] == [False, True]
    box.setCurrentIndex(box.findText("genre: none"))
    assert [window.document_list.isRowHidden(r) for r in range(2)] == [True, False]
    trigger(window, "undo")  # the label goes: the list follows at once
    assert [window.document_list.isRowHidden(r) for r in range(2)] == [False, False]
    box.setCurrentIndex(0)
    assert [window.document_list.isRowHidden(r) for r in range(2)] == [False, False]


def test_removing_a_labelled_document_and_its_undo_keep_its_labels(busy_window, dialog):
    window = busy_window
    path = window.session.project.path
    dialog.answer("ask_document_label", "news")
    trigger(window, "labelCategory:genre")
    labels = rows(path, LABELS_SQL)
    trigger(window, "removeDocument")
    assert rows(path, LABELS_SQL) == []
    trigger(window, "undo")
    assert rows(path, LABELS_SQL) == labels
    assert window.session.labels_of(labels[0][0], window.session.categories[1].id) == ["news"]


@pytest.fixture
def editor(busy_window):
    dialog = TagSetEditor(busy_window.context)
    yield dialog
    dialog.close()


def test_the_tag_set_editor_adds_a_link_type_and_sets_its_ends(busy_window, editor, dialog):
    dialog.answer("ask_tag_name", "cites")
    editor.link_types.add()
    assert editor.link_types.selected().name == "cites"
    dialog.answer("ask_link_ends", (["quote"], ["claim", "figure"], False))
    editor.link_types.edit_ends()
    cites = next(t for t in busy_window.session.link_types if t.name == "cites")
    assert (cites.sources, cites.targets, cites.symmetric) == (("quote",), ("claim", "figure"), False)
    assert editor.link_types.list.currentItem().text() == "–   cites   (quote → claim/figure)"
    busy_window.undo_stack.undo()
    busy_window.undo_stack.undo()
    assert "cites" not in [t.name for t in busy_window.session.link_types]


def test_deleting_a_link_type_deletes_its_links_and_undo_restores_them(busy_window, editor):
    window = busy_window
    a, b = (window.session.span_model.span_at(i).id for i in range(2))
    window.linker.finish(a, b)  # claim -> claim: same_as
    links = rows(window.session.project.path, "SELECT * FROM links")
    editor.link_types.select("same_as")
    editor.link_types.delete()
    assert len(window.session.links) == 0 and "same_as" not in [t.name for t in window.session.link_types]
    window.undo_stack.undo()
    assert rows(window.session.project.path, "SELECT * FROM links") == links and len(window.session.links) == 1


def test_the_tag_set_editor_edits_categories(busy_window, editor, dialog):
    dialog.answer("ask_tag_name", "region")
    dialog.answer("ask_choices", ["east", "west"])
    editor.categories.add()
    region = next(c for c in busy_window.session.categories if c.name == "region")
    assert (region.choices, region.multiple) == (("east", "west"), False)
    editor.categories.toggle_multiple()
    dialog.answer("ask_key", "r")
    editor.categories.rekey()
    region = next(c for c in busy_window.session.categories if c.name == "region")
    assert (region.multiple, region.key) == (True, "r")
    assert "labelCategory:region" in [a.objectName() for a in busy_window.labeler.actions]
    assert busy_window.labeler.filter.findText("region: east") >= 0


def test_a_tag_set_file_brings_link_types_and_categories_and_undo_takes_them_out(busy_window, dialog, tmp_path):
    window = busy_window
    path = tmp_path / "team.json"
    path.write_text(json.dumps({
        "tags": [{"name": "claim", "color": "#000000", "key": "1"}],
        "link_types": [{"name": "contradicts", "color": "#ff0000", "key": "c", "sources": ["claim"], "targets": ["claim"]}],
        "categories": [{"name": "region", "choices": ["east", "west"], "key": "r"}],
    }), encoding="utf-8")
    dialog.answer("ask_tag_set_file", path)
    trigger(window, "importTagSet")
    assert "contradicts" in [t.name for t in window.session.link_types]
    assert "region" in [c.name for c in window.session.categories]
    trigger(window, "undo")
    assert "contradicts" not in [t.name for t in window.session.link_types]
    assert "region" not in [c.name for c in window.session.categories]
    trigger(window, "redo")
    assert "contradicts" in [t.name for t in window.session.link_types]


def test_a_tag_cannot_take_the_key_that_starts_a_link(busy_window, editor, dialog):
    editor.select("claim")
    dialog.answer("ask_key", "r")
    editor.rekey()
    assert busy_window.session.tags[0].key == "1" and dialog.errors == [("Key taken", "R starts a link; choose another key.")]


def test_the_category_actions_are_in_the_view_menu_and_the_shortcut_overview(busy_window):
    menu = busy_window.menus.label_menu
    assert [a.objectName() for a in menu.actions()] == ["labelCategory:topic", "labelCategory:genre", "labelCategory:stance"]
    rows = {name: key for name, key, _tip in busy_window.menus.shortcut_rows()}
    assert rows["Set genre…"] == "Alt+Shift+G"
    assert rows["Start Link"] == "R" and rows["Show All Links"] == "Ctrl+Shift+L"
