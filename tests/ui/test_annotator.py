"""The annotator's name: asked once on the first run, shown in the status bar, a setting, saved with new spans."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import ARTICLE, rows, select_code_points


def test_the_first_run_asks_once_prefilled_and_new_spans_carry_the_name(window, dialog, project_path, settings, qtbot):
    assert not settings.contains("annotator")
    dialog.answer("ask_annotator", "Dana Reyes")
    window.annotator.ask_once()
    assert dialog.calls == [("ask_annotator", ("tester",))]  # prefilled with the login (here NEWSMARK_ANNOTATOR)
    assert window.widgets.annotator_label.text() == "Annotator: Dana Reyes"
    assert settings.value("annotator") == "Dana Reyes"
    window.annotator.ask_once()
    assert len(dialog.calls) == 1  # once only
    start = ARTICLE.index("Kursk")
    select_code_points(window.view, ARTICLE, start, start + 5)
    qtbot.keyClick(window.view, Qt.Key_4)
    assert rows(project_path, "SELECT annotator FROM spans") == [("Dana Reyes",)]


def test_the_name_is_a_setting_changed_from_the_menu_and_used_by_tag_all(window, dialog, project_path, settings, qtbot):
    dialog.answer("ask_annotator", "Sam")
    window.actions.set_annotator.trigger()
    assert settings.value("annotator") == "Sam" and "Sam" in window.statusBar().currentMessage()
    window.actions.find.trigger()
    window.find_bar.text.setText("said")
    dialog.answer("ask_annotate_all", True)
    qtbot.mouseClick(window.find_bar.tag_all, Qt.LeftButton)
    assert set(rows(project_path, "SELECT annotator FROM spans")) == {("Sam",)}


def test_cancelling_the_first_question_keeps_the_login_and_does_not_ask_again(window, dialog, settings):
    dialog.answer("ask_annotator", None)
    window.annotator.ask_once()
    window.annotator.ask_once()
    assert len(dialog.calls) == 1 and settings.value("annotator") == "tester"
