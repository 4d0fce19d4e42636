"""The tag set editor: every change reaches the tag bar, the keys and the file, and undoes."""

from __future__ import annotations

from newsmark.core.attributes import AttributeSpec

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from newsmark.ui.tageditor import TagSetEditor
from tests.ui.conftest import ARTICLE, rows, select_code_points


def bar_labels(window):
    return [b.text() for b in window.tag_bar.findChildren(QToolButton)]


def test_ctrl_t_opens_the_editor(window, dialog, qtbot):
    qtbot.keyClick(window.view, Qt.Key_T, Qt.ControlModifier)
    assert dialog.editors == [window.context]


def test_add_a_tag_and_use_its_key_at_once(window, dialog, project_path, qtbot):
    editor = TagSetEditor(window.context)
    dialog.answer("ask_tag_name", "actor")
    editor.add_tag()
    assert bar_labels(window)[-1] == "5  actor"
    start = ARTICLE.index("Officials")
    select_code_points(window.view, ARTICLE, start, start + 9)
    qtbot.keyClick(window.view, Qt.Key_5)
    assert rows(project_path, "SELECT t.name FROM spans s JOIN tags t ON t.id = s.tag_id") == [("actor",)]
    assert window.find_bar.tag.findText("actor") >= 0 and window.tag_filter.findText("actor") >= 0


def test_rename_recolor_rekey_and_reorder_are_each_undoable(window, dialog, project_path):
    editor = TagSetEditor(window.context)
    editor.select("quote")
    dialog.answer("ask_tag_name", "citation")
    editor.rename()
    dialog.answer("ask_color", "#000000")
    editor.recolor()
    dialog.answer("ask_key", "q")
    editor.rekey()
    editor.move(-1)
    assert bar_labels(window) == ["1  claim", "q  citation", "2  figure", "4  location"]
    assert rows(project_path, "SELECT name, color, key FROM tags WHERE name = 'citation'") == [("citation", "#000000", "q")]
    for _ in range(4):
        window.actions.undo.trigger()
    assert bar_labels(window) == ["1  claim", "2  figure", "3  quote", "4  location"]
    assert editor.list.count() == 4 and editor.list.item(2).text() == "3   quote"


def test_a_clashing_key_is_refused_with_a_message(window, dialog, project_path):
    editor = TagSetEditor(window.context)
    editor.select("quote")
    dialog.answer("ask_key", "1")
    editor.rekey()
    ((title, message),) = dialog.errors
    assert "already tags 'claim'" in message
    assert rows(project_path, "SELECT key FROM tags WHERE name = 'quote'") == [("3",)]
    assert not window.undo_stack.canUndo()


def test_delete_a_tag_moving_its_spans_and_undo_it(window, dialog, project_path, qtbot):
    start = ARTICLE.index("Kursk")
    select_code_points(window.view, ARTICLE, start, start + 5)
    qtbot.keyClick(window.view, Qt.Key_4)
    editor = TagSetEditor(window.context)
    editor.select("location")
    claim = window.session.tags[0].id
    dialog.answer("ask_delete_tag", claim)
    editor.delete()
    assert "4  location" not in bar_labels(window)
    assert rows(project_path, "SELECT tag_id FROM spans") == [(claim,)]
    assert [r for r in range(window.span_table.model().rowCount())] == [0]
    assert window.span_table.model().index(0, 0).data() == "claim"
    window.actions.undo.trigger()
    assert bar_labels(window)[-1] == "4  location"
    assert window.span_table.model().index(0, 0).data() == "location"
    dialog.answer("ask_delete_tag", "delete")
    editor.select("location")
    editor.delete()
    assert rows(project_path) == [] and window.span_table.model().rowCount() == 0
    assert window.counts_label.text().endswith("0 spans")


def test_export_a_tag_set_and_start_a_new_project_from_it(window, dialog, tmp_path):
    editor = TagSetEditor(window.context)
    dialog.answer("ask_tag_name", "actor")
    editor.add_tag()
    shared = tmp_path / "team.json"
    dialog.answer("ask_tag_set_save_path", shared)
    window.actions.export_tag_set.trigger()
    dialog.answer("ask_tag_set_file", shared)
    dialog.answer("ask_new_project", tmp_path / "colleague.newsmark")
    window.actions.new_from_tag_set.trigger()
    assert window.session.project.path.name == "colleague.newsmark"
    assert bar_labels(window) == ["1  claim", "2  figure", "3  quote", "4  location", "5  actor"]


def test_importing_a_tag_set_merges_it_as_one_undo_step(window, dialog, tmp_path):
    import json
    shared = tmp_path / "team.json"
    shared.write_text(json.dumps({"tags": [
        {"name": "Claim", "color": "#000000", "key": "1"},
        {"name": "actor", "color": "#0072b2", "key": "2"},  # 2 belongs to figure: not taken
    ]}), encoding="utf-8")
    dialog.answer("ask_tag_set_file", shared)
    window.actions.import_tag_set.trigger()
    tags = {t.name: (t.color, t.key) for t in window.session.tags}
    assert tags["claim"] == ("#000000", "1") and tags["actor"] == ("#0072b2", "") and tags["figure"][1] == "2"
    window.actions.undo.trigger()
    assert [t.name for t in window.session.tags] == ["claim", "figure", "quote", "location"]
    assert window.session.tags[0].color == "#e69f00"


def test_attribute_definitions_are_edited_checked_and_undoable(window, dialog, project_path, qtbot):
    editor = TagSetEditor(window.context)
    editor.select("quote")
    dialog.answer("ask_attributes", [AttributeSpec("speaker"), AttributeSpec("verified", "yes/no")])
    editor.edit_attributes()
    assert dialog.calls[-1] == ("ask_attributes", ("quote", [AttributeSpec("speaker")]))
    assert rows(project_path, "SELECT attributes FROM tags WHERE name = 'quote'") == [
        ('[{"name": "speaker", "type": "text"}, {"name": "verified", "type": "yes/no"}]',)
    ]
    start = ARTICLE.index("We stay")
    select_code_points(window.view, ARTICLE, start, start + 7)
    qtbot.keyClick(window.view, Qt.Key_3)
    assert list(window.span_editor.panel.fields) == ["speaker", "verified"]
    dialog.answer("ask_attributes", None)  # cancelled
    editor.edit_attributes()
    window.actions.undo.trigger()  # the span
    window.actions.undo.trigger()  # the attributes
    assert rows(project_path, "SELECT attributes FROM tags WHERE name = 'quote'") == [('[{"name": "speaker", "type": "text"}]',)]


def test_a_tag_set_shares_the_teams_suggestion_rules_both_ways_as_one_undo_step(window, dialog, tmp_path):
    import json
    project = window.session.project
    project.set_rule_text("gazetteer", "Kursk region\tregion\n")
    shared = tmp_path / "team.json"
    dialog.answer("ask_tag_set_save_path", shared)
    window.actions.export_tag_set.trigger()
    data = json.loads(shared.read_text(encoding="utf-8"))
    assert data["gazetteer"] == "Kursk region\tregion\n" and "patterns" not in data
    data["gazetteer"] += "Most\tstop\n"
    data["patterns"] = [{"label": "location", "pattern": "North Sea"}]
    shared.write_text(json.dumps(data), encoding="utf-8")
    dialog.answer("ask_tag_set_file", shared)
    window.actions.import_tag_set.trigger()
    assert project.rule_text("gazetteer") == "Kursk region\tregion\nMost\tstop\n"
    assert json.loads(project.rule_text("patterns")) == {"label": "location", "pattern": "North Sea"}
    window.actions.undo.trigger()
    assert (project.rule_text("gazetteer"), project.rule_text("patterns")) == ("Kursk region\tregion\n", "")
    window.actions.redo.trigger()
    assert project.rule_text("gazetteer").endswith("Most\tstop\n")
    dialog.answer("ask_tag_set_file", shared)
    window.actions.import_tag_set.trigger()  # nothing new: no step
    window.actions.undo.trigger()
    assert project.rule_text("patterns") == ""
