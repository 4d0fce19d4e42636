"""Changing document leaves nothing of the previous one's selected span behind."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import ARTICLE, rows, select_code_points


def test_a_selected_span_does_not_follow_to_the_next_document(window, dialog, project_path, tmp_path, qtbot):
    other = tmp_path / "other.txt"
    other.write_text("Moscow said nothing at all today.\n", encoding="utf-8")
    dialog.answer("ask_documents", [other])
    window.actions.add_documents.trigger()
    window.document_list.setCurrentIndex(window.document_list.model().index(0))
    start = ARTICLE.index("Kursk")
    select_code_points(window.view, ARTICLE, start, start + 5)
    qtbot.keyClick(window.view, Qt.Key_4)
    span_id = window.session.index.covering(start)[0].id
    window.select_span_row(span_id)
    assert window.span_editor.span is not None and window.view._active is not None
    window.document_list.setCurrentIndex(window.document_list.model().index(1))
    assert window.session.document.text.startswith("Moscow")
    assert window.selected_spans() == []
    assert window.span_editor.span is None and not window.span_editor.panel.isEnabled()
    assert window.span_editor.panel.note.text() == ""
    assert window.view._active is None  # no edge bars at the old offsets
    # Typing in the panel's note now cannot write to the old span.
    window.span_editor.panel.note.setText("stray")
    window.span_editor.panel.note.editingFinished.emit()
    assert rows(project_path, "SELECT note FROM spans") == [("",)]
