"""Reviewing suggestions in the real window: keys, list, painting, undo, the team rules and persistence."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCursor

from newsmark.core.storage import Project
from tests.ui.conftest import select_code_points, trigger

TEXT = (
    "Troops cross border\n\n"
    "About 8,000 troops crossed into Kursk on Tuesday, and 12 tanks followed.\n\n"
    "“We will not give up an inch of our land,” Robert A. Wood said. Prices rose 3.5% in March.\n"
)
EIGHT = TEXT.index("8,000")
TWELVE = TEXT.index("12 tanks")
QUOTE = TEXT.index("We will")


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "review.newsmark"
    with Project.open(path, create=True) as project:
        project.add_document("Kursk", TEXT, "/articles/kursk.txt")
        project.set_rule_text("gazetteer", "Kursk\tcity\n# the team's own names\nMost\tstop")
        # Only figures and quotes are proposed here (a project suggests only the tags it has), so the walk
        # through this text is fixed; the location and claim suggesters have tests of their own.
        project.delete_tag(next(t.id for t in project.tags() if t.name == "location"))
    return path


@pytest.fixture
def window(counter, open_window, path, settings):
    settings.setValue("annotator", "ana")
    return open_window(path)


def press(window, key, modifiers=Qt.NoModifier):
    """A real key press in the article view, as the analyst makes it (shortcuts and all)."""
    from pytestqt.qtbot import QtBot

    QtBot.keyClick(window.view, key, modifiers)


def spans(window):
    return sorted(window.session.project.spans(window.session.document.id), key=lambda s: s.start)


def current_text(window):
    s = window.review.current
    return TEXT[s.start:s.end] if s else None


def suggest(window):
    press(window, Qt.Key_S, Qt.ControlModifier | Qt.ShiftModifier)
    assert window.review.on


def test_ctrl_shift_s_proposes_lists_and_makes_the_first_current(window, counter):
    assert counter.count(lambda: suggest(window)) == (1, 1, 0, 0)
    model = window.widgets.suggestion_panel.model
    rows = [[model.index(r, c).data() for c in range(4)] for r in range(model.rowCount())]
    assert rows[0] == ["figure", "8,000", "0.99", "figures"]
    assert ["quote", "We will not give up an inch of our land", "0.95", "quotes"] in rows
    assert current_text(window) == "8,000"
    assert window.widgets.span_tabs.currentWidget() is window.widgets.suggestion_panel
    assert window.widgets.span_tabs.tabText(1) == f"Suggestions ({len(rows)})"
    assert spans(window) == []  # nothing is a span until accepted


def test_the_suggestion_model_passes_the_model_tester(window, qtmodeltester):
    suggest(window)
    qtmodeltester.check(window.widgets.suggestion_panel.model)


def test_tab_and_shift_tab_walk_the_suggestions_and_a_click_in_the_list_chooses_one(window, qtbot):
    suggest(window)
    press(window, Qt.Key_Tab)
    assert current_text(window) == "12"
    press(window, Qt.Key_Backtab, Qt.ShiftModifier)
    assert current_text(window) == "8,000"
    press(window, Qt.Key_Backtab, Qt.ShiftModifier)  # wraps around to the last
    assert current_text(window) == "3.5%"
    table = window.widgets.suggestion_panel.table
    row = window.widgets.suggestion_panel.model.row_of(
        next(s.id for s in window.review.rows if s.start == QUOTE)
    )
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=rect.center())
    assert current_text(window).startswith("We will")


@pytest.mark.parametrize("key", [Qt.Key_Return, Qt.Key_A])
def test_enter_or_a_accepts_with_attributes_and_the_analyst_and_undo_redo_keep_the_span(window, key):
    suggest(window)
    press(window, key)
    [span] = spans(window)
    assert (span.start, span.end, span.annotator) == (EIGHT, EIGHT + 5, "ana")
    assert json.loads(span.attributes) == {"unit": "troops", "value": "8000"}
    assert window.session.tag(span.tag_id).name == "figure"
    assert span.id in window.session.store  # the span list follows the store's event
    assert window.session.span_model.row_of(span.id) is not None
    assert current_text(window) == "12"  # the next one is current
    window.select_span_row(span.id)
    assert "Suggested by figures, accepted by ana" in window.span_editor.panel.summary.text()
    trigger(window, "undo")
    assert spans(window) == [] and "8,000" in [TEXT[s.start:s.end] for s in window.review.rows]
    trigger(window, "redo")
    assert spans(window) == [span]  # the very span, id and all
    assert window.session.project.span_origin(span.id) == "figures"


@pytest.mark.parametrize("key", [Qt.Key_Backspace, Qt.Key_X])
def test_backspace_or_x_rejects_and_a_rejected_one_is_not_proposed_again(window, key):
    suggest(window)
    press(window, key)
    assert spans(window) == []
    assert "8,000" not in [TEXT[s.start:s.end] for s in window.review.rows]
    assert current_text(window) == "12"
    suggest(window)  # again: the rejection is remembered
    assert "8,000" not in [TEXT[s.start:s.end] for s in window.review.rows]
    trigger(window, "undo")
    assert "8,000" in [TEXT[s.start:s.end] for s in window.review.rows]


def test_a_tag_key_retags_and_accepts(window):
    suggest(window)
    press(window, Qt.Key_1)  # claim
    [span] = spans(window)
    assert window.session.tag(span.tag_id).name == "claim"
    assert json.loads(span.attributes) == {"status": "unverified"}  # the claim's values, not the figure's


def test_edge_keys_move_the_current_suggestion_before_it_is_accepted(window):
    suggest(window)
    press(window, Qt.Key_Right, Qt.ShiftModifier | Qt.AltModifier | Qt.ControlModifier)  # end one word on
    assert window.review.painter.current.end == EIGHT + len("8,000 troops")
    assert spans(window) == []  # only moved on screen so far
    press(window, Qt.Key_Return)
    [span] = spans(window)
    assert TEXT[span.start:span.end] == "8,000 troops"


def test_shift_x_rejects_and_adds_the_text_to_the_stop_list_keeping_the_other_lines(window):
    suggest(window)
    press(window, Qt.Key_X, Qt.ShiftModifier)
    assert window.session.project.rule_text("gazetteer") == "Kursk\tcity\n# the team's own names\nMost\tstop\n8,000\tstop\n"
    assert "8,000" not in [TEXT[s.start:s.end] for s in window.review.rows]
    trigger(window, "undo")
    assert window.session.project.rule_text("gazetteer") == "Kursk\tcity\n# the team's own names\nMost\tstop"


def test_accept_all_of_a_tag_above_a_confidence_is_one_step_and_one_store_event(window, dialog):
    suggest(window)
    events = []
    window.session.store.subscribe(events.append)
    dialog.answer("ask_accept_suggestions", ("figure", 0.9))
    press(window, Qt.Key_A, Qt.ShiftModifier)
    assert dialog.calls[-1][1] == ({"figure": [0.99, 0.99, 0.99], "quote": [0.95]}, "figure")
    assert [TEXT[s.start:s.end] for s in spans(window)] == ["8,000", "12", "3.5%"]
    assert [e.kind for e in events] == ["added"] and len(events[0].spans) == 3
    assert window.undo_stack.count() == 1
    trigger(window, "undo")
    assert spans(window) == []


def test_the_accept_all_dialog_previews_how_many(qtbot):
    from newsmark.ui.suggestdialogs import AcceptAllDialog

    dialog = AcceptAllDialog(None, {"figure": [0.99, 0.6, 0.3], "quote": [0.95]}, "figure")
    qtbot.addWidget(dialog)
    dialog.threshold.setValue(0.5)
    assert dialog.count() == 2 and "Accepts 2 of 3 figure" in dialog.preview.text()
    dialog.tag.setCurrentText("quote")
    dialog.threshold.setValue(0.99)
    assert dialog.count() == 0


def test_review_keys_do_nothing_of_theirs_when_not_reviewing(window, dialog):
    # Before any suggestion: Backspace deletes the selected span, Tab and A do not decide anything.
    select_code_points(window.view, TEXT, EIGHT, EIGHT + 5)
    trigger(window, "tagAs:figure")
    [span] = spans(window)
    for name in ("nextSuggestion", "acceptSuggestion", "rejectSuggestion", "rejectAndStop", "acceptAllSuggestions"):
        assert not window.findChild(QAction, name).isEnabled(), name
    window.select_span_row(span.id)
    press(window, Qt.Key_Backspace)
    assert spans(window) == []


def test_esc_stops_reviewing_and_the_keys_mean_what_they_did(window):
    suggest(window)
    press(window, Qt.Key_Escape)
    assert not window.review.on and not window.findChild(QAction, "acceptSuggestion").isEnabled()
    assert len(window.review.painter.index) == 0  # no longer painted
    select_code_points(window.view, TEXT, TWELVE, TWELVE + 2)
    press(window, Qt.Key_2)  # tags the selection, as always
    assert [TEXT[s.start:s.end] for s in spans(window)] == ["12"]
    assert QKeySequence("Backspace") in window.actions.delete_span.shortcuts()


def test_with_text_selected_a_tag_key_tags_the_selection_even_while_reviewing(window):
    suggest(window)
    select_code_points(window.view, TEXT, TEXT.index("Kursk"), TEXT.index("Kursk") + 5)
    press(window, Qt.Key_1)
    assert [(TEXT[s.start:s.end], window.session.tag(s.tag_id).name) for s in spans(window)] == [("Kursk", "claim")]
    assert current_text(window) == "8,000"  # still open


def _enabled_keys(window):
    seen = {}
    for action in window.findChildren(QAction):
        if not action.isEnabled() or action.shortcutContext() == Qt.WidgetShortcut:
            continue
        for key in action.shortcuts():
            seen.setdefault(key.toString(), []).append(action.objectName())
    return {k: v for k, v in seen.items() if len(v) > 1}


def test_no_two_enabled_actions_share_a_key_in_review_or_out_of_it(window, dialog):
    assert _enabled_keys(window) == {}
    suggest(window)
    assert _enabled_keys(window) == {}
    trigger(window, "showShortcuts")
    rows = {name: key for name, key, _tip in dialog.shortcuts[-1]}
    assert rows["Suggest for This Document"] == "Ctrl+Shift+S" and rows["Accept Suggestion"] == "A"
    assert rows["Reject and Stop-List"] == "Shift+X" and rows["Next Suggestion"] == "Tab"


def test_team_rules_are_checked_before_saving_and_saved_as_one_undoable_step(window, dialog):
    dialog.answer("ask_team_rules", ("Kursk\n", "not json\n"))
    trigger(window, "editRules")
    assert dialog.errors and "gazetteer line 1" in dialog.errors[-1][1] and "patterns.jsonl, line 1" in dialog.errors[-1][1]
    assert window.session.project.rule_text("patterns") == ""
    good = ("Kursk\tcity\nPolice\tstop\n", '{"label": "location", "pattern": [{"lower": "kursk"}]}\n')
    dialog.answer("ask_team_rules", good)
    trigger(window, "editRules")
    project = window.session.project
    assert (project.rule_text("gazetteer"), project.rule_text("patterns")) == good
    trigger(window, "undo")
    assert project.rule_text("gazetteer") == "Kursk\tcity\n# the team's own names\nMost\tstop"
    assert project.rule_text("patterns") == ""


def test_the_rules_dialog_stays_open_on_a_bad_line(qtbot):
    from newsmark.core.suggest.rulecheck import rule_problems
    from newsmark.ui.suggestdialogs import TeamRulesDialog

    dialog = TeamRulesDialog(None, "Kursk\tcity\n", "", rule_problems)
    qtbot.addWidget(dialog)
    dialog.patterns.setPlainText("{oops\n")
    dialog.accept()
    assert dialog.result() == 0 and "patterns.jsonl, line 1" in dialog.problems.text()
    dialog.patterns.setPlainText('{"label": "figure", "pattern": "x"}')
    dialog.accept()
    assert dialog.result() == 1


def test_open_suggestions_are_shown_again_after_reopening(open_window, path, window):
    suggest(window)
    press(window, Qt.Key_Return)
    open_ids = [s.id for s in window.review.rows]
    window.close()
    again = open_window(path)
    assert [s.id for s in again.review.rows] == open_ids
    assert again.review.on and len(again.review.painter.index) == len(open_ids)
    assert again.widgets.span_tabs.tabText(1) == f"Suggestions ({len(open_ids)})"


def _rect_of(view, start, end):
    a, b = QTextCursor(view.document()), QTextCursor(view.document())
    a.setPosition(start)
    b.setPosition(end)
    ra, rb = view.cursorRect(a), view.cursorRect(b)
    return ra.left(), rb.left(), ra.top(), ra.bottom()


def test_a_suggestion_is_outlined_where_a_span_is_filled(window, qtbot):
    suggest(window)
    press(window, Qt.Key_Return)  # "8,000" is a span now; "12" is the current suggestion, "3.5%" a plain one
    view = window.view
    view.clear_selection()
    cursor = view.textCursor()
    cursor.setPosition(0)
    view.setTextCursor(cursor)
    image = view.viewport().grab().toImage()
    background = image.pixelColor(QPoint(2, 2))
    figure = QColor(window.session.tag(spans(window)[0].tag_id).color)

    def inside(start, end):
        """The share of the range's inner pixels (off its outline) that are the page's background."""
        left, right, top, bottom = _rect_of(view, start, end)
        pixels = [image.pixelColor(QPoint(x, y)) for x in range(left + 4, right - 4) for y in range(top + 4, bottom - 4)]
        return sum(p == background for p in pixels) / len(pixels)

    def border(start, end):
        left, right, top, bottom = _rect_of(view, start, end)
        return [image.pixelColor(QPoint(x, y)) for x in range(left, right) for y in (top + 1, top + 2)]

    assert inside(EIGHT, EIGHT + 5) < 0.2  # a span is filled
    plain = TEXT.index("3.5%")
    assert inside(plain, plain + 4) > 0.5  # a suggestion is not filled...
    assert any(abs(c.hue() - figure.hue()) < 12 and c.saturation() > 60 for c in border(plain, plain + 4))  # ...but outlined
    assert inside(TWELVE, TWELVE + 2) < 0.2  # the current one is tinted
