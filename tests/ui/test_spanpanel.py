"""The span panel: attribute values and notes edited beside the text, checked, saved, undoable."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from tests.ui.conftest import ARTICLE, rows, select_code_points


def tag(window, qtbot, phrase, key):
    start = ARTICLE.index(phrase)
    select_code_points(window.view, ARTICLE, start, start + len(phrase))
    qtbot.keyClick(window.view, key)


def saved_values(project_path):
    return [json.loads(a) for (a,) in rows(project_path, "SELECT attributes FROM spans ORDER BY id")]


def test_a_new_claim_starts_unverified_and_its_status_is_a_choice(window, project_path, qtbot):
    tag(window, qtbot, "Officials said", Qt.Key_1)
    assert saved_values(project_path) == [{"status": "unverified"}]
    panel = window.span_editor.panel
    status = panel.fields["status"]
    assert status.currentText() == "unverified"
    assert [status.itemText(i) for i in range(status.count())] == ["", "unverified", "true", "false", "misleading", "unclear"]
    status.setCurrentIndex(status.findText("misleading"))
    status.activated.emit(status.currentIndex())
    assert saved_values(project_path) == [{"status": "misleading"}]
    window.actions.undo.trigger()
    assert saved_values(project_path) == [{"status": "unverified"}]
    assert window.span_editor.panel.fields["status"].currentText() == "unverified"


def test_a_figure_value_must_be_a_number(window, project_path, qtbot):
    tag(window, qtbot, "8,000", Qt.Key_2)
    panel = window.span_editor.panel
    assert "figure: “8,000”" in panel.summary.text()
    value, unit = panel.fields["value"], panel.fields["unit"]
    value.setText("eight thousand")
    value.editingFinished.emit()
    assert panel.error.text() == "value must be a number, not 'eight thousand'"
    assert saved_values(project_path) == [{}]
    value.setText("8,000")
    value.editingFinished.emit()
    unit.setText("troops")
    unit.editingFinished.emit()
    assert panel.error.text() == ""
    assert saved_values(project_path) == [{"unit": "troops", "value": "8000"}]
    assert window.span_editor.panel.fields["value"].text() == "8000"


def test_the_note_is_edited_in_the_panel_and_the_table_follows(window, project_path, qtbot):
    tag(window, qtbot, "Kursk", Qt.Key_4)
    note = window.span_editor.panel.note
    note.setText("region in Russia")
    note.editingFinished.emit()
    assert rows(project_path, "SELECT note FROM spans") == [("region in Russia",)]
    assert window.span_table.model().index(0, 4).data() == "region in Russia"


def test_the_panel_follows_the_selection(window, qtbot):
    tag(window, qtbot, "Kyiv", Qt.Key_4)
    tag(window, qtbot, "We stay.", Qt.Key_3)
    window.select_span_row(window.session.index.covering(0)[0].id)
    assert list(window.span_editor.panel.fields) == ["place", "geonames_id", "country"]
    window.span_table.clearSelection()
    assert not window.span_editor.panel.isEnabled()


def test_a_message_never_moves_the_fields_and_a_bad_value_is_never_dropped_silently(window, project_path, qtbot):
    window.resize(800, 600)  # a narrow panel, where the message takes two lines
    qtbot.waitUntil(lambda: window.width() == 800)
    tag(window, qtbot, "8,000", Qt.Key_2)
    panel = window.span_editor.panel
    value, unit = panel.fields["value"], panel.fields["unit"]
    qtbot.wait(20)
    before = (panel.height(), unit.mapTo(window, unit.rect().topLeft()))
    value.setText("8000troops")
    value.editingFinished.emit()  # Tab
    qtbot.wait(20)
    assert "value must be a number" in panel.error.text()
    assert (panel.height(), unit.mapTo(window, unit.rect().topLeft())) == before  # nothing jumped
    unit.setText("troops")
    unit.editingFinished.emit()  # a valid edit elsewhere must not hide the value's problem
    assert saved_values(project_path) == [{"unit": "troops"}]
    assert "value must be a number" in panel.error.text() and value.text() == "8000troops"
    window.span_table.clearSelection()  # leaving the span: what could not be saved is said, not lost
    assert "8000troops" in window.statusBar().currentMessage()
