"""The tag set editor's attribute form: a row per attribute, checked as typed, added, removed and reordered."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from newsmark.core.attributes import AttributeSpec
from newsmark.ui import dialogs
from newsmark.ui.attributeform import CHOICES, DEFAULT, NAME, TYPE, AttributeForm
from newsmark.ui.tageditor import TagSetEditor
from tests.ui.conftest import rows

REAL_ASK_ATTRIBUTES = dialogs.ask_attributes  # taken before the dialog fixture replaces it


def set_cell(form, row, column, text):
    form.table.item(row, column).setText(text)


def ok_enabled(form):
    return form.buttons.button(QDialogButtonBox.Ok).isEnabled()


def test_each_attribute_is_a_row_and_mistakes_are_shown_as_typed(qtbot):
    form = AttributeForm(None, "claim", [AttributeSpec("status", "choice", ("unverified", "true"), "unverified")])
    qtbot.addWidget(form)
    assert [form.table.item(0, c).text() for c in (NAME, CHOICES, DEFAULT)] == ["status", "unverified, true", "unverified"]
    assert form.table.cellWidget(0, TYPE).currentText() == "choice" and ok_enabled(form)
    qtbot.mouseClick(form.findChild(type(form.buttons.button(QDialogButtonBox.Ok)), "attributeAdd"), Qt.LeftButton)
    assert not ok_enabled(form) and "name" in form.error.text()  # a new row needs a name
    set_cell(form, 1, NAME, "confidence")
    form.table.cellWidget(1, TYPE).setCurrentText("number")
    set_cell(form, 1, DEFAULT, "high")
    assert not ok_enabled(form) and "must be a number" in form.error.text()
    set_cell(form, 1, DEFAULT, "3")
    assert ok_enabled(form) and form.error.text() == ""
    form.table.setCurrentCell(1, NAME)
    form.move(-1)
    assert [s.name for s in form.specs()] == ["confidence", "status"]
    form.table.setCurrentCell(0, NAME)
    form.remove_row()
    assert form.specs() == [AttributeSpec("status", "choice", ("unverified", "true"), "unverified")]


def test_the_tag_set_editor_saves_what_the_form_made_as_one_undo_step(window, project_path, qtbot, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_attributes", REAL_ASK_ATTRIBUTES)
    editor = TagSetEditor(window.context)
    qtbot.addWidget(editor)
    editor.select("quote")

    def fill_in():
        form = QApplication.activeModalWidget()
        if not isinstance(form, AttributeForm):
            form.reject()
            return
        form.add_row()
        set_cell(form, 1, NAME, "verified")
        form.table.cellWidget(1, TYPE).setCurrentText("yes/no")
        form.buttons.button(QDialogButtonBox.Ok).click()

    QTimer.singleShot(0, fill_in)
    editor.edit_attributes()
    assert rows(project_path, "SELECT attributes FROM tags WHERE name = 'quote'") == [
        ('[{"name": "speaker", "type": "text"}, {"name": "verified", "type": "yes/no"}]',)
    ]
    window.actions.undo.trigger()
    assert rows(project_path, "SELECT attributes FROM tags WHERE name = 'quote'") == [('[{"name": "speaker", "type": "text"}]',)]
