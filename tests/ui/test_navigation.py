"""Working by keyboard: jumping between spans, zooming, the shortcut overview."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.conftest import ARTICLE, select_code_points

WORDS = [("Kyiv", Qt.Key_4), ("Officials", Qt.Key_1), ("8,000", Qt.Key_2), ("Kursk", Qt.Key_4), ("café’s", Qt.Key_1)]


def tag_words(window, qtbot):
    for word, key in WORDS:
        start = ARTICLE.index(word)
        select_code_points(window.view, ARTICLE, start, start + len(word))
        qtbot.keyClick(window.view, key)
    window.span_table.clearSelection()
    window.view.clear_selection()


def selected_text(window):
    return [window.session.document.text[s.start:s.end] for s in window.selected_spans()]


def test_f8_walks_through_the_spans_in_text_order_and_the_view_follows(window, qtbot):
    tag_words(window, qtbot)
    cursor = window.view.textCursor()
    cursor.setPosition(0)
    window.view.setTextCursor(cursor)
    seen = []
    for _ in range(5):
        qtbot.keyClick(window.view, Qt.Key_F8)
        seen += selected_text(window)
        assert window.view.textCursor().selectedText() == seen[-1]
    assert seen == [w for w, _ in WORDS]
    qtbot.keyClick(window.view, Qt.Key_F8)
    assert "No more spans" in window.statusBar().currentMessage()
    qtbot.keyClick(window.view, Qt.Key_F8, Qt.ShiftModifier)
    assert selected_text(window) == ["Kursk"]


def test_ctrl_f8_jumps_to_the_next_span_of_the_same_tag(window, qtbot):
    tag_words(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key_F8, Qt.ControlModifier)
    assert "Select a span first" in window.statusBar().currentMessage()
    window.select_span_row(window.session.index.covering(0)[0].id)  # Kyiv, a location
    qtbot.keyClick(window.view, Qt.Key_F8, Qt.ControlModifier)
    assert selected_text(window) == ["Kursk"]
    qtbot.keyClick(window.view, Qt.Key_F8, Qt.ControlModifier | Qt.ShiftModifier)
    assert selected_text(window) == ["Kyiv"]


def test_zoom_changes_the_text_size_and_is_remembered(window, open_window, project_path, qtbot):
    normal = window.view.text_size
    qtbot.keyClick(window.view, Qt.Key_Plus, Qt.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key_Plus, Qt.ControlModifier)
    assert window.view.text_size == normal + 2
    qtbot.keyClick(window.view, Qt.Key_Minus, Qt.ControlModifier)
    assert window.view.text_size == normal + 1
    window.close()
    again = open_window(project_path)
    assert again.view.text_size == normal + 1
    qtbot.keyClick(again.view, Qt.Key_0, Qt.ControlModifier)
    assert again.view.text_size == normal


def test_shortcut_overview_lists_every_action_with_its_keys(window, dialog, qtbot):
    qtbot.keyClick(window.view, Qt.Key_F1)
    (rows,) = dialog.shortcuts
    keys = {name: keys for name, keys, _ in rows}
    assert keys["Tag selection as claim"] == "1" and keys["Tag selection as location"] == "4"
    assert keys["Change tag to figure"] == "Alt+2"
    assert keys["Undo"].startswith("Ctrl+Z") and "Ctrl+Shift+Z" in keys["Redo"]
    assert keys["Next Span"] == "F8"
    assert all(tip for _, _, tip in rows)
    assert len(rows) == len(keys)  # each action once, under its own name


def test_span_edges_move_exactly_and_a_burst_of_moves_is_one_undo_step(window, project_path, qtbot):
    from tests.ui.conftest import rows
    start = ARTICLE.index("said")
    select_code_points(window.view, ARTICLE, start, start + 4)
    qtbot.keyClick(window.view, Qt.Key_1)
    alt_shift = Qt.AltModifier | Qt.ShiftModifier
    qtbot.keyClick(window.view, Qt.Key_Right, alt_shift | Qt.ControlModifier)  # end: a word on, “8,000
    qtbot.keyClick(window.view, Qt.Key_Right, alt_shift | Qt.ControlModifier)  # troops
    qtbot.keyClick(window.view, Qt.Key_Right, alt_shift)  # and one character: the closing quote
    qtbot.keyClick(window.view, Qt.Key_Up, alt_shift | Qt.ControlModifier)  # start: a word back
    expected = "Officials said “8,000 troops”"
    ((_, s, e, _),) = rows(project_path)
    assert ARTICLE[s:e] == expected
    assert window.view.textCursor().selectedText() == expected
    assert selected_text(window) == [expected]
    assert "Officials said" in window.statusBar().currentMessage()  # each move says what the span now is
    window.actions.undo.trigger()
    assert rows(project_path)[0][1:3] == (start, start + 4)
    assert window.undo_stack.index() == 1  # the four moves were one step; the tagging is the other
    window.actions.redo.trigger()
    assert rows(project_path)[0][1:3] == (s, e)


def test_moscows_is_trimmed_to_moscow_with_snapping_on(open_window, tmp_path, qtbot):
    from newsmark.core.storage import Project
    from tests.ui.conftest import rows
    text = "Already, the DPRK's troops reached Moscow's suburbs.\n"
    path = tmp_path / "edges.newsmark"
    with Project.open(path, create=True) as project:
        project.add_document("Edges", text, "/edges.txt")
    window = open_window(path)
    assert window.actions.snap_to_words.isChecked()
    start = text.index("Moscow")
    select_code_points(window.view, text, start, start + 8)
    qtbot.keyClick(window.view, Qt.Key_4)
    alt_shift = Qt.AltModifier | Qt.ShiftModifier
    qtbot.keyClick(window.view, Qt.Key_Left, alt_shift)
    qtbot.keyClick(window.view, Qt.Key_Left, alt_shift)
    assert [text[s:e] for _, s, e, _ in rows(path)] == ["Moscow"]
    # A drag of the end into the middle of a word lands exactly there too.
    span = window.session.project.spans(window.session.document.id)[0]
    window.span_actions.drag_edge(span.id, "end", start + 4)
    assert [text[s:e] for _, s, e, _ in rows(path)] == ["Mosc"]
    window.span_actions.drag_edge(span.id, "end", start - 3)  # past the start: refused, and said so
    assert [text[s:e] for _, s, e, _ in rows(path)] == ["Mosc"]
    assert "not moved" in window.statusBar().currentMessage()


def test_one_word_move_of_the_start_drops_the_comma_not_the_next_word(open_window, tmp_path, qtbot):
    from newsmark.core.storage import Project
    from tests.ui.conftest import rows
    text = "Already, the DPRK's troops reached Moscow's suburbs.\n"
    path = tmp_path / "edges.newsmark"
    with Project.open(path, create=True) as project:
        doc, _ = project.add_document("Edges", text, "/edges.txt")
        project.add_span(doc.id, project.tags()[0].id, text.index(","), text.index(" troops"))
    window = open_window(path)
    window.select_span_row(window.session.project.spans(doc.id)[0].id)
    qtbot.keyClick(window.view, Qt.Key_Down, Qt.AltModifier | Qt.ShiftModifier | Qt.ControlModifier)
    assert [text[s:e] for _, s, e, _ in rows(path)] == ["the DPRK's"]


def test_shrinking_a_one_word_span_is_refused(window, project_path, qtbot):
    from tests.ui.conftest import rows
    start = ARTICLE.index("Kursk")
    select_code_points(window.view, ARTICLE, start, start + 5)
    qtbot.keyClick(window.view, Qt.Key_4)
    qtbot.keyClick(window.view, Qt.Key_Left, Qt.AltModifier | Qt.ShiftModifier | Qt.ControlModifier)
    assert rows(project_path)[0][1:3] == (start, start + 5)
    assert "cannot move" in window.statusBar().currentMessage()


def test_the_reading_font_is_chosen_and_remembered(window, dialog, open_window, project_path, qtbot):
    from PySide6.QtGui import QFont
    dialog.answer("ask_font", QFont("DejaVu Serif", 17))
    window.actions.choose_font.trigger()
    assert (window.view.font().family(), window.view.text_size) == ("DejaVu Serif", 17)
    window.close()
    again = open_window(project_path)
    assert (again.view.font().family(), again.view.text_size) == ("DejaVu Serif", 17)


def test_dragging_the_selected_spans_end_with_the_mouse_moves_it(window, project_path, qtbot):
    from tests.ui.conftest import rows, utf16
    start = ARTICLE.index("Officials")
    select_code_points(window.view, ARTICLE, start, start + 9)
    qtbot.keyClick(window.view, Qt.Key_1)  # the new span is selected, so its edges have handles
    window.view.viewport().repaint()
    handle = window.view._edge_rect("end").center().toPoint()
    cursor = window.view.textCursor()
    cursor.setPosition(utf16(ARTICLE, ARTICLE.index("troops") + 2))  # inside "troops": an explicit move, not snapped
    target = window.view.cursorRect(cursor).center()
    viewport = window.view.viewport()
    qtbot.mousePress(viewport, Qt.LeftButton, pos=handle)
    qtbot.mouseMove(viewport, pos=target)
    qtbot.mouseRelease(viewport, Qt.LeftButton, pos=target)
    (_, s, e, _), = rows(project_path)
    assert ARTICLE[s:e] == "Officials said “8,000 tr"
    window.actions.undo.trigger()
    assert rows(project_path)[0][1:3] == (start, start + 9)
    assert window.view.textCursor().selectedText() in ("", "Officials")  # the drag made no text selection


def test_the_overview_names_actions_fully_shows_one_key_filters_and_wraps(window, dialog, qtbot):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    from newsmark.ui.shortcutsdialog import WHAT, ShortcutsDialog

    qtbot.keyClick(window.view, Qt.Key_F1)
    (rows,) = dialog.shortcuts
    keys = {name: keys for name, keys, _ in rows}
    assert keys["Undo"] == "Ctrl+Z" and keys["Redo"] == "Ctrl+Shift+Z"  # no "F14, Undo" aliases
    assert "Double" not in keys and keys["Double Line Spacing"] == "Ctrl+2"
    assert all(len(name.split()) > 1 or name in ("Undo", "Redo", "Find…") for name in keys), sorted(keys)
    overview = ShortcutsDialog(window, rows)
    qtbot.addWidget(overview)
    overview.resize(520, 500)
    overview.show()
    qtbot.waitExposed(overview)
    table = overview.table
    metrics = QFontMetrics(table.font())
    from PySide6.QtWidgets import QStyle
    margin = table.style().pixelMetric(QStyle.PM_FocusFrameHMargin, None, table) + 1  # Qt's own text margin
    width = table.columnWidth(WHAT) - 2 * margin
    for r in range(table.rowCount()):  # every description fits its cell: wrapped, not clipped
        needed = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextWordWrap, table.item(r, WHAT).text()).height()
        assert table.rowHeight(r) >= needed, table.item(r, WHAT).text()
    qtbot.keyClicks(overview.filter, "span end")
    shown = [table.item(r, 0).text() for r in range(table.rowCount()) if not table.isRowHidden(r)]
    assert shown and all("span end" in (name + table.item(r, WHAT).text()).lower()
                         for r, name in ((r, table.item(r, 0).text()) for r in range(table.rowCount()) if not table.isRowHidden(r)))
    assert "Extend Span End by a Word" in shown and "Undo" not in shown
