"""Document status, its filter, metadata editing, next not done, and removing a document."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import ARTICLE, rows, select_code_points


def add_docs(window, dialog, tmp_path, *titles):
    paths = []
    for title in titles:
        path = tmp_path / f"{title}.txt"
        path.write_text(f"{title}\n\nBody of {title}.\n", encoding="utf-8")
        paths.append(path)
    dialog.answer("ask_documents", paths)
    window.actions.add_documents.trigger()


def visible_titles(window):
    model = window.document_list.model()
    return [model.document_at(r).title for r in range(model.rowCount()) if not window.document_list.isRowHidden(r)]


def test_status_keys_mark_the_document_and_undo_restores_it(window, project_path, qtbot):
    qtbot.keyClick(window.view, Qt.Key_3, Qt.ControlModifier | Qt.AltModifier)
    assert rows(project_path, "SELECT status FROM documents") == [("done",)]
    assert window.document_list.model().index(0).data().startswith("● Kyiv")
    assert window.documents.panel.status.currentText() == "Done"
    window.actions.undo.trigger()
    assert rows(project_path, "SELECT status FROM documents") == [("todo",)]
    assert window.documents.panel.status.currentText() == "To do"


def test_filter_by_status_and_jump_to_the_next_document_not_done(window, dialog, tmp_path, qtbot):
    add_docs(window, dialog, tmp_path, "Seoul", "Kharkiv", "Moscow")
    window.document_list.setCurrentIndex(window.document_list.model().index(1))  # Seoul
    window.actions.mark_done.trigger()
    window.documents.filter.setCurrentIndex(window.documents.filter.findText("Not done"))
    assert visible_titles(window) == ["Kyiv", "Kharkiv", "Moscow"]
    window.documents.filter.setCurrentIndex(window.documents.filter.findText("Done"))
    assert visible_titles(window) == ["Seoul"]
    window.documents.filter.setCurrentIndex(0)
    qtbot.keyClick(window.view, Qt.Key_N, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.session.document.title == "Kharkiv"  # after Seoul, skipping nothing done
    window.actions.mark_reviewed.trigger()
    qtbot.keyClick(window.view, Qt.Key_N, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.session.document.title == "Moscow"
    qtbot.keyClick(window.view, Qt.Key_N, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.session.document.title == "Kyiv"  # wraps around


def test_metadata_edits_are_saved_and_undoable(window, project_path, qtbot):
    url = window.documents.panel.fields["url"]
    url.setText("https://news.example/kyiv")
    url.editingFinished.emit()
    title = window.documents.panel.fields["title"]
    title.setText("Kyiv families flee")
    title.editingFinished.emit()
    assert rows(project_path, "SELECT title, url FROM documents") == [("Kyiv families flee", "https://news.example/kyiv")]
    assert window.windowTitle().startswith("Kyiv families flee — ")
    assert "Kyiv families flee" in window.document_list.model().index(0).data()
    window.actions.undo.trigger()
    assert rows(project_path, "SELECT title, url FROM documents") == [("Kyiv", "https://news.example/kyiv")]
    assert title.text() == "Kyiv"
    title.setText("   ")
    title.editingFinished.emit()  # a blank title is not accepted
    assert title.text() == "Kyiv" and rows(project_path, "SELECT title FROM documents") == [("Kyiv",)]


def test_removing_a_document_takes_its_spans_and_undo_brings_both_back(window, dialog, tmp_path, project_path, qtbot):
    add_docs(window, dialog, tmp_path, "Seoul")
    window.document_list.setCurrentIndex(window.document_list.model().index(0))
    start = ARTICLE.index("Kursk")
    select_code_points(window.view, ARTICLE, start, start + 5)
    qtbot.keyClick(window.view, Qt.Key_4)
    spans = rows(project_path, "SELECT * FROM spans")
    window.actions.remove_document.trigger()
    assert rows(project_path, "SELECT title FROM documents") == [("Seoul",)]
    assert rows(project_path) == [] and window.session.document.title == "Seoul"
    window.actions.undo.trigger()
    assert rows(project_path, "SELECT title FROM documents ORDER BY id") == [("Kyiv",), ("Seoul",)]
    assert rows(project_path, "SELECT * FROM spans") == spans
    assert window.session.document.title == "Kyiv" and window.span_table.model().rowCount() == 1


def test_the_last_document_and_the_layout_come_back_on_the_next_start(window, open_window, dialog, tmp_path, project_path):
    add_docs(window, dialog, tmp_path, "Seoul", "Kharkiv")
    window.document_list.setCurrentIndex(window.document_list.model().index(1))
    screen = window.screen().availableGeometry()  # the offscreen screen is small; stay inside it
    window.setGeometry(screen.left() + 10, screen.top() + 30, screen.width() - 40, screen.height() - 60)
    window.splitter.setSizes([200, 300, 200])
    sizes, size = window.splitter.sizes(), window.size()
    window.close()
    again = open_window(project_path)
    assert again.session.document.title == "Seoul"
    assert again.size() == size and again.splitter.sizes() == sizes
