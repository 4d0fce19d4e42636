"""Find in the article and tag all matches: counted, highlighted, previewed, one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from newsmark.ui import dialogs as _dialogs
from tests.ui.conftest import ARTICLE, rows, select_code_points

REAL_ASK_ANNOTATE_ALL = _dialogs.ask_annotate_all  # taken before the dialog fixture replaces it


def open_find(window, qtbot, text):
    qtbot.keyClick(window.view, Qt.Key_F, Qt.ControlModifier)
    assert window.find_bar.isVisible() and window.find_bar.text.hasFocus()
    window.find_bar.text.setText(text)


def test_find_counts_matches_and_steps_through_them(window, qtbot):
    open_find(window, qtbot, "said")
    assert window.find_bar.count.text() == "2 matches"
    assert window.view._matches == [(ARTICLE.index("said"), ARTICLE.index("said") + 4),
                                    (ARTICLE.rindex("said"), ARTICLE.rindex("said") + 4)]
    qtbot.keyClick(window.find_bar.text, Qt.Key_Return)
    assert window.view.selection_range() == window.view._matches[0]
    qtbot.keyClick(window.view, Qt.Key_F3)
    assert window.view.selection_range() == window.view._matches[1]
    assert window.find_bar.count.text() == "2 of 2"
    qtbot.keyClick(window.view, Qt.Key_F3)  # wraps around
    assert window.view.selection_range() == window.view._matches[0]
    qtbot.keyClick(window.find_bar.text, Qt.Key_Escape)
    assert not window.find_bar.isVisible() and window.view._matches == []


def test_find_options_and_a_bad_regular_expression(window, qtbot):
    open_find(window, qtbot, "KURSK")
    assert window.find_bar.count.text() == "1 match"
    window.find_bar.case.setChecked(True)
    assert window.find_bar.count.text() == "0 matches"
    window.find_bar.case.setChecked(False)
    window.find_bar.regex.setChecked(True)
    window.find_bar.text.setText("[0-9,]+ troops")
    assert window.find_bar.count.text() == "1 match"
    window.find_bar.text.setText("(oops")
    assert "regular expression" in window.find_bar.count.text()


def test_tag_all_matches_previews_skips_tagged_ones_and_undoes_in_one_step(window, dialog, project_path, qtbot):
    first = ARTICLE.index("said")
    select_code_points(window.view, ARTICLE, first, first + 4)
    qtbot.keyClick(window.view, Qt.Key_1)  # one "said" is already a claim
    open_find(window, qtbot, "said")
    window.find_bar.tag.setCurrentIndex(window.find_bar.tag.findText("claim"))
    dialog.answer("ask_annotate_all", True)
    qtbot.mouseClick(window.find_bar.tag_all, Qt.LeftButton)
    ((name, (tag, preview, total, skipped)),) = dialog.calls
    assert name == "ask_annotate_all"
    assert (tag, total, skipped) == ("claim", 1, 1)
    assert [(p[0], p[2]) for p in preview] == [("Kyiv", "said")]
    assert preview[0][1].endswith("The café’s owner ") and preview[0][3] == ": “We stay.” "  # words around it, on one line
    assert len(rows(project_path)) == 2
    assert window.statusBar().currentMessage().endswith("— saved; 1 match already tagged was skipped")
    window.actions.undo.trigger()
    assert len(rows(project_path)) == 1
    window.actions.redo.trigger()
    assert len(rows(project_path)) == 2 and window.span_table.model().rowCount() == 2


def test_tag_all_in_all_documents_and_cancelling_changes_nothing(window, dialog, project_path, tmp_path, qtbot):
    other = tmp_path / "other.txt"
    other.write_text("Moscow said nothing. Kyiv said more.\n", encoding="utf-8")
    dialog.answer("ask_documents", [other])
    window.actions.add_documents.trigger()
    open_find(window, qtbot, "said")
    window.find_bar.scope.setCurrentIndex(1)
    window.find_bar.tag.setCurrentIndex(window.find_bar.tag.findText("quote"))
    dialog.answer("ask_annotate_all", False)
    qtbot.mouseClick(window.find_bar.tag_all, Qt.LeftButton)
    assert rows(project_path) == []
    dialog.answer("ask_annotate_all", True)
    qtbot.mouseClick(window.find_bar.tag_all, Qt.LeftButton)
    assert rows(project_path, "SELECT document_id, count(*) FROM spans GROUP BY document_id") == [(1, 2), (2, 2)]
    counts = [window.document_list.model().document_at(r).spans for r in range(2)]
    assert counts == [2, 2]
    window.actions.undo.trigger()
    assert rows(project_path) == [] and counts != [0, 0]
    assert [window.document_list.model().document_at(r).spans for r in range(2)] == [0, 0]


def test_tag_everywhere_tags_a_spans_text_in_every_document(window, dialog, project_path, tmp_path, qtbot):
    other = tmp_path / "other.txt"
    other.write_text("Troops left Kursk. Kursker is another word.\n", encoding="utf-8")
    dialog.answer("ask_documents", [other])
    window.actions.add_documents.trigger()
    window.document_list.setCurrentIndex(window.document_list.model().index(0))
    start = ARTICLE.index("Kursk")
    select_code_points(window.view, ARTICLE, start, start + 5)
    qtbot.keyClick(window.view, Qt.Key_4)
    dialog.answer("ask_annotate_all", True)
    qtbot.keyClick(window.view, Qt.Key_E, Qt.ControlModifier | Qt.ShiftModifier)
    found = rows(project_path, 'SELECT document_id, start, "end" FROM spans ORDER BY id')
    other_text = "Troops left Kursk. Kursker is another word.\n"
    assert found == [(1, start, start + 5), (2, other_text.index("Kursk"), other_text.index("Kursk") + 5)]


def test_the_tag_all_preview_lets_the_analyst_untick_matches(window, dialog, project_path, qtbot, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from newsmark.ui import dialogs
    from newsmark.ui.annotatedialog import AFTER, BEFORE, MATCH, TICK, AnnotateAllDialog

    monkeypatch.setattr(dialogs, "ask_annotate_all", REAL_ASK_ANNOTATE_ALL)
    open_find(window, qtbot, "said")
    window.find_bar.tag.setCurrentIndex(window.find_bar.tag.findText("quote"))
    seen = []

    def untick_the_first():
        box = QApplication.activeModalWidget()
        if not isinstance(box, AnnotateAllDialog):
            box.reject()
            return
        table = box.table
        seen.extend(tuple(table.item(r, c).text() for c in (BEFORE, MATCH, AFTER)) for r in range(table.rowCount()))
        table.item(0, TICK).setCheckState(Qt.Unchecked)
        seen.append(box.buttons.button(box.buttons.StandardButton.Ok).text())
        box.accept()

    QTimer.singleShot(0, untick_the_first)
    qtbot.mouseClick(window.find_bar.tag_all, Qt.LeftButton)
    assert seen[0] == ("Kyiv 👨\u200d👩\u200d👧 families fled. Officials ", "said", " “8,000 troops” arrived in Kursk. The …")
    assert seen[-1] == "Tag 1"
    assert [ARTICLE[s:e] for s, e in rows(project_path, 'SELECT start, "end" FROM spans')] == ["said"]
    assert rows(project_path, "SELECT start FROM spans") == [(ARTICLE.rindex("said"),)]
