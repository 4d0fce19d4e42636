"""The annotation loop in the real window: select, press a key, see it, undo it, reopen it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from tests.ui.conftest import ARTICLE, rows, select_code_points, utf16
from newsmark.ui.spantable import TAG, TEXT

QUOTE = "“8,000 troops”"


def tag_ids(window):
    return {t.name: t.id for t in window.session.tags}


def table_rows(window):
    model = window.span_table.model()
    return [tuple(model.index(r, c).data() for c in range(model.columnCount())) for r in range(model.rowCount())]


def test_select_a_range_after_an_emoji_and_press_3_saves_code_points(window, project_path, qtbot):
    start = ARTICLE.index(QUOTE)
    select_code_points(window.view, ARTICLE, start, start + len(QUOTE))
    qtbot.keyClick(window.view, Qt.Key_3)
    # The family emoji before it is 5 code points but 8 UTF-16 units: offsets must be code points.
    assert rows(project_path) == [(tag_ids(window)["quote"], start, start + len(QUOTE), "")]
    assert table_rows(window) == [("quote", QUOTE, start, start + len(QUOTE), "", "")]  # no attribute values yet
    assert window.counts_label.text().startswith("claim 0 · figure 0 · quote 1 · location 0")


def test_undo_and_redo_are_saved_too(window, project_path, qtbot):
    start = ARTICLE.index("Kursk")
    select_code_points(window.view, ARTICLE, start, start + 5)
    qtbot.keyClick(window.view, Qt.Key_4)
    saved = rows(project_path, "SELECT * FROM spans")
    assert len(saved) == 1
    qtbot.keyClick(window.view, Qt.Key_Z, Qt.ControlModifier)
    assert rows(project_path) == [] and table_rows(window) == []
    qtbot.keyClick(window.view, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    assert rows(project_path, "SELECT * FROM spans") == saved  # same id and times: it is the same span
    assert [r[0] for r in table_rows(window)] == ["location"]


def test_everything_is_there_after_reopening(open_window, project_path, qtbot):
    window = open_window(project_path)
    start = ARTICLE.index("Officials")
    select_code_points(window.view, ARTICLE, start, start + len("Officials said"))
    qtbot.keyClick(window.view, Qt.Key_1)
    window.close()
    again = open_window(project_path)
    assert table_rows(again) == [("claim", "Officials said", start, start + 14, "", "status: unverified")]
    assert again.windowTitle() == "Kyiv — analyst.newsmark — Newsmark"


def test_selection_snaps_out_to_whole_words_and_trims_white_space(window, project_path, qtbot):
    start = ARTICLE.index("Kursk")
    select_code_points(window.view, ARTICLE, start + 1, start + 3)  # "ur"
    qtbot.keyClick(window.view, Qt.Key_4)
    owner = ARTICLE.index("owner")
    select_code_points(window.view, ARTICLE, owner - 3, owner + 6)  # "’s owner " with its spaces
    qtbot.keyClick(window.view, Qt.Key_1)
    assert [r[1] for r in table_rows(window)] == ["Kursk", "café’s owner"]  # in text order
    assert rows(project_path, 'SELECT start, "end" FROM spans ORDER BY id') == [
        (start, start + 5), (ARTICLE.index("café"), owner + 5)
    ]


def test_snapping_can_be_turned_off(window, project_path, qtbot):
    window.actions.snap_to_words.trigger()
    start = ARTICLE.index("Kursk")
    select_code_points(window.view, ARTICLE, start + 1, start + 3)
    qtbot.keyClick(window.view, Qt.Key_4)
    assert rows(project_path, 'SELECT start, "end" FROM spans') == [(start + 1, start + 3)]
    assert window.settings.value("snapToWords", type=bool) is False


def test_toggling_snapping_says_whether_it_is_now_on_or_off(window, qtbot):
    qtbot.keyClick(window.view, Qt.Key_W, Qt.ControlModifier | Qt.AltModifier)
    assert "Snap to words: OFF" in window.statusBar().currentMessage()
    qtbot.keyClick(window.view, Qt.Key_W, Qt.ControlModifier | Qt.AltModifier)
    assert "Snap to words: ON" in window.statusBar().currentMessage()


def test_a_new_selection_drops_a_stray_quote_and_a_trailing_full_stop(window, project_path, qtbot):
    start = ARTICLE.index("” arrived in Kursk.")
    end = ARTICLE.index("Kursk.") + 6
    select_code_points(window.view, ARTICLE, start, end)
    qtbot.keyClick(window.view, Qt.Key_4)
    ((_, s, e, _),) = rows(project_path)
    assert ARTICLE[s:e] == "arrived in Kursk"


def test_punctuation_alone_is_not_tagged_and_the_status_says_why(window, project_path, qtbot):
    stop = ARTICLE.index("Kursk.") + 5
    select_code_points(window.view, ARTICLE, stop, stop + 1)  # a double-click on "."
    qtbot.keyClick(window.view, Qt.Key_4)
    assert rows(project_path) == []
    assert "no letter or digit" in window.statusBar().currentMessage()


def test_nothing_selected_or_only_spaces_tags_nothing(window, project_path, qtbot):
    qtbot.keyClick(window.view, Qt.Key_1)
    nl = ARTICLE.index("\n\n")
    select_code_points(window.view, ARTICLE, nl, nl + 2)
    qtbot.keyClick(window.view, Qt.Key_1)
    assert rows(project_path) == []
    assert "white space" in window.statusBar().currentMessage()


def test_overlapping_spans_are_allowed_and_listed_under_the_pointer(window, qtbot, monkeypatch):
    start = ARTICLE.index("Officials")
    end = ARTICLE.index(".", start)
    select_code_points(window.view, ARTICLE, start, end)
    qtbot.keyClick(window.view, Qt.Key_1)
    q = ARTICLE.index(QUOTE)
    select_code_points(window.view, ARTICLE, q, q + len(QUOTE))
    qtbot.keyClick(window.view, Qt.Key_3)
    inside = window.session.index.covering(q + 3)
    assert sorted(s.tag_id for s in inside) == sorted([tag_ids(window)["claim"], tag_ids(window)["quote"]])
    # Hover over the quote: the tooltip lists both tags, innermost first.
    window.view.viewport().repaint()
    cursor = window.view.textCursor()
    cursor.setPosition(utf16(ARTICLE, q + 3))
    point = window.view.cursorRect(cursor).center() + QPoint(2, 0)
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *_a: shown.append(text))
    help_event = QHelpEvent(QEvent.ToolTip, point, window.view.viewport().mapToGlobal(point))
    window.view.event(help_event)
    assert shown == ["quote\nclaim — status: unverified"]
    # Off the highlights, no tooltip.
    cursor.setPosition(utf16(ARTICLE, ARTICLE.index("Kyiv") + 1))
    point = window.view.cursorRect(cursor).center() + QPoint(2, 0)
    window.view.event(QHelpEvent(QEvent.ToolTip, point, window.view.viewport().mapToGlobal(point)))
    assert shown == ["quote\nclaim — status: unverified"]
    # The context menu there offers each of the overlapping spans.
    menu = window.menus.span_menu(sorted(inside, key=lambda s: s.end - s.start), True)
    titles = [a.text() for a in menu.actions() if a.menu()]
    assert titles == ["quote: ““8,000 troops””", "claim: “Officials said “8,000 troops”…”"]


def test_tagging_the_same_text_twice_with_one_tag_adds_one_span(window, project_path, qtbot):
    start = ARTICLE.index("Kursk")
    for _ in range(2):
        select_code_points(window.view, ARTICLE, start, start + 5)
        qtbot.keyClick(window.view, Qt.Key_4)
    assert len(rows(project_path)) == 1
    assert "already" in window.statusBar().currentMessage()


def test_clicking_a_tag_button_tags_the_selection(window, project_path, qtbot):
    start = ARTICLE.index("Kyiv")
    select_code_points(window.view, ARTICLE, start, start + 4)
    from PySide6.QtWidgets import QToolButton
    button = window.tag_bar.findChild(QToolButton, "tagButton:location")
    assert button.text() == "4  location"
    qtbot.mouseClick(button, Qt.LeftButton)
    assert rows(project_path) == [(tag_ids(window)["location"], 0, 4, "")]


def test_delete_retag_and_note_are_each_one_undo_step(window, project_path, qtbot, dialog):
    start = ARTICLE.index("8,000")
    select_code_points(window.view, ARTICLE, start, start + 5)
    qtbot.keyClick(window.view, Qt.Key_1)
    ids = tag_ids(window)
    qtbot.keyClick(window.view, Qt.Key_2, Qt.AltModifier)  # retag the selected span
    assert rows(project_path) == [(ids["figure"], start, start + 5, "")]
    dialog.answer("ask_note", "estimate from US officials")
    qtbot.keyClick(window.view, Qt.Key_F2)
    assert rows(project_path) == [(ids["figure"], start, start + 5, "estimate from US officials")]
    qtbot.keyClick(window.view, Qt.Key_Delete)
    assert rows(project_path) == []
    for expected in (
        [(ids["figure"], start, start + 5, "estimate from US officials")],
        [(ids["figure"], start, start + 5, "")],
        [(ids["claim"], start, start + 5, "")],
        [],
    ):
        window.actions.undo.trigger()
        assert rows(project_path) == expected
    assert window.undo_stack.canUndo() is False


def test_note_edited_in_the_table_is_undoable(window, project_path, qtbot):
    start = ARTICLE.index("Kursk")
    select_code_points(window.view, ARTICLE, start, start + 5)
    qtbot.keyClick(window.view, Qt.Key_4)
    model = window.span_table.model()
    assert model.setData(model.index(0, 4), "Russian region")
    assert rows(project_path, "SELECT note FROM spans") == [("Russian region",)]
    window.actions.undo.trigger()
    assert rows(project_path, "SELECT note FROM spans") == [("",)]


def test_clicking_a_row_selects_the_text_and_clicking_a_highlight_selects_the_row(window, qtbot):
    spans = []
    for word, key in (("Kyiv", Qt.Key_4), ("Kursk", Qt.Key_4), ("café’s", Qt.Key_1)):
        start = ARTICLE.index(word)
        select_code_points(window.view, ARTICLE, start, start + len(word))
        qtbot.keyClick(window.view, key)
        spans.append((start, start + len(word)))
    window.span_table.clearSelection()
    model = window.span_table.model()
    index = model.index(1, TEXT)
    rect = window.span_table.visualRect(index)
    qtbot.mouseClick(window.span_table.viewport(), Qt.LeftButton, pos=rect.center())
    assert window.view.selection_range() == spans[1]
    assert window.view.textCursor().selectedText() == "Kursk"
    # Now click inside the "Kyiv" highlight in the text: its row becomes the selected one.
    window.view.clear_selection()
    cursor = window.view.textCursor()
    cursor.setPosition(utf16(ARTICLE, 1))
    point = window.view.cursorRect(cursor).center()
    point.setX(point.x() + 2)
    qtbot.mouseClick(window.view.viewport(), Qt.LeftButton, pos=point)
    assert [s.start for s in window.selected_spans()] == [spans[0][0]]


def test_table_sorts_and_filters_by_tag_and_text(window, qtbot):
    for word, key in (("Kursk", Qt.Key_4), ("Officials said", Qt.Key_1), ("Kyiv", Qt.Key_4)):
        start = ARTICLE.index(word)
        select_code_points(window.view, ARTICLE, start, start + len(word))
        qtbot.keyClick(window.view, key)
    assert [r[1] for r in table_rows(window)] == ["Kyiv", "Officials said", "Kursk"]
    window.span_table.sortByColumn(TEXT, Qt.DescendingOrder)
    assert [r[1] for r in table_rows(window)] == ["Officials said", "Kyiv", "Kursk"]
    window.tag_filter.setCurrentIndex(window.tag_filter.findText("location"))
    assert [r[1] for r in table_rows(window)] == ["Kyiv", "Kursk"]
    window.text_filter.setText("kur")
    assert [r[1] for r in table_rows(window)] == ["Kursk"]
    window.tag_filter.setCurrentIndex(0)
    window.text_filter.clear()
    assert len(table_rows(window)) == 3


def test_sorting_the_table_keeps_the_selected_span_not_its_row_number(window, qtbot):
    for word, key in (("Kursk", Qt.Key_4), ("Officials said", Qt.Key_1), ("Kyiv", Qt.Key_4)):
        start = ARTICLE.index(word)
        select_code_points(window.view, ARTICLE, start, start + len(word))
        qtbot.keyClick(window.view, key)
    kyiv = window.session.index.covering(0)[0]
    window.select_span_row(kyiv.id)
    window.span_table.sortByColumn(TEXT, Qt.DescendingOrder)  # Kyiv moves from the first row to the second
    assert window.selected_spans() == [kyiv] and window.span_editor.span == kyiv
    window.actions.delete_span.trigger()  # acts on the span the analyst sees selected
    assert sorted(s.start for s in window.session.index) == [ARTICLE.index("Officials"), ARTICLE.index("Kursk")]


def test_retagging_while_sorted_by_tag_keeps_the_span_selected_through_undo_and_redo(window, qtbot):
    for word, key in (("Kursk", Qt.Key_4), ("Officials said", Qt.Key_1), ("Kyiv", Qt.Key_2)):
        start = ARTICLE.index(word)
        select_code_points(window.view, ARTICLE, start, start + len(word))
        qtbot.keyClick(window.view, key)
    window.span_table.sortByColumn(TAG, Qt.AscendingOrder)  # claim, figure, ..., location
    kyiv = window.session.index.covering(0)[0]
    window.select_span_row(kyiv.id)
    assert window.span_table.model().row_of(kyiv.id) == 1
    qtbot.keyClick(window.view, Qt.Key_1, Qt.AltModifier)  # figure -> claim: the row moves to the top
    assert [s.id for s in window.selected_spans()] == [kyiv.id] and window.span_editor.span.id == kyiv.id
    assert window.span_table.model().row_of(kyiv.id) == 0
    window.actions.undo.trigger()
    assert [s.id for s in window.selected_spans()] == [kyiv.id] and window.span_table.model().row_of(kyiv.id) == 1
    window.actions.redo.trigger()
    assert [s.id for s in window.selected_spans()] == [kyiv.id]


def test_a_large_selection_survives_a_filter(window, qtbot):
    for word, key in (("Kursk", Qt.Key_4), ("Officials said", Qt.Key_1), ("Kyiv", Qt.Key_4), ("café’s", Qt.Key_4)):
        start = ARTICLE.index(word)
        select_code_points(window.view, ARTICLE, start, start + len(word))
        qtbot.keyClick(window.view, key)
    window.span_table.selectAll()
    window.tag_filter.setCurrentIndex(window.tag_filter.findText("location"))
    assert sorted(ARTICLE[s.start:s.end] for s in window.selected_spans()) == ["Kursk", "Kyiv", "café’s"]


def _orange_pixels(view, rect) -> int:
    image = view.viewport().grab().toImage()
    count = 0
    for x in range(rect.left(), rect.right()):
        for y in range(rect.top(), rect.bottom()):
            c = image.pixelColor(x, y)
            count += c.red() > c.blue() + 40 and c.green() > c.blue() + 20  # claim is orange (#e69f00)
    return count


def test_highlights_are_painted_without_extra_selections(window, qtbot):
    start, end = ARTICLE.index("Officials"), ARTICLE.index("Officials") + len("Officials said")
    window.view.viewport().repaint()  # lays the text out, so cursor rectangles are real
    cursor = window.view.textCursor()
    cursor.setPosition(utf16(ARTICLE, start))
    left = window.view.cursorRect(cursor)
    cursor.setPosition(utf16(ARTICLE, end))
    right = window.view.cursorRect(cursor)
    assert right.left() - left.left() > 50 and left.top() == right.top()
    words = QRect(left.topLeft(), right.bottomLeft())
    assert _orange_pixels(window.view, words) == 0
    select_code_points(window.view, ARTICLE, start, end)
    qtbot.keyClick(window.view, Qt.Key_1)
    window.view.viewport().repaint()
    assert window.view.extraSelections() == []
    # Most of the words' box is now tinted; none of the text around it is.
    assert _orange_pixels(window.view, words) > words.width() * words.height() // 2
    after = QRect(right.topRight() + QPoint(8, 0), right.bottomRight() + QPoint(60, 0))
    assert _orange_pixels(window.view, after) == 0


def test_a_dark_system_palette_reaches_the_text_and_highlights_still_show(window, qtbot):
    # Offscreen Qt has no system color scheme; a dark application palette is what a switch to dark delivers.
    start, end = ARTICLE.index("Officials"), ARTICLE.index("Officials") + len("Officials said")
    select_code_points(window.view, ARTICLE, start, end)
    qtbot.keyClick(window.view, Qt.Key_1)
    window.view.clear_selection()
    light = QApplication.palette()
    dark = QPalette(light)
    for role, color in ((QPalette.Window, "#2b2b2b"), (QPalette.Base, "#1e1e1e"), (QPalette.Text, "#e8e8e8"),
                        (QPalette.WindowText, "#e8e8e8"), (QPalette.Button, "#353535"), (QPalette.ButtonText, "#e8e8e8")):
        dark.setColor(role, QColor(color))
    QApplication.setPalette(dark)
    try:
        qtbot.waitUntil(lambda: window.view.viewport().palette().color(QPalette.Base) == QColor("#1e1e1e"))
        window.view.viewport().repaint()
        cursor = window.view.textCursor()
        cursor.setPosition(utf16(ARTICLE, start))
        left = window.view.cursorRect(cursor)
        cursor.setPosition(utf16(ARTICLE, end))
        words = QRect(left.topLeft(), window.view.cursorRect(cursor).bottomLeft())
        image = window.view.viewport().grab().toImage()
        blank = image.pixelColor(image.width() - 20, image.height() - 10)
        assert blank.lightness() < 60  # the text area follows the palette: nothing paints it white
        line = [image.pixelColor(x, y) for x in range(words.left(), words.right()) for y in range(words.top(), words.bottom())]
        assert max(c.lightness() for c in line) > 180  # light letters
        assert _orange_pixels(window.view, words) > words.width() * words.height() // 2  # the claim still shows
    finally:
        QApplication.setPalette(light)


def test_context_menu_on_a_highlight_offers_the_span_actions_for_that_span(window, qtbot):
    for word, key in (("Kyiv", Qt.Key_4), ("Kursk", Qt.Key_4)):
        start = ARTICLE.index(word)
        select_code_points(window.view, ARTICLE, start, start + len(word))
        qtbot.keyClick(window.view, key)
    kyiv = window.session.index.covering(1)
    menu = window.menus.span_menu(kyiv, True)
    titles = [a.text() for a in menu.actions()]
    assert titles == ["Change Tag To", "Edit &Note…", "&Delete Span", "Start &Link"]
    assert [s.start for s in window.selected_spans()] == [0]  # the actions work on this span
    menu.actions()[2].trigger()
    assert [s.start for s in window.session.index] == [ARTICLE.index("Kursk")]
    select_code_points(window.view, ARTICLE, 0, 4)
    menu = window.menus.span_menu([], True)
    assert [a.text() for a in menu.actions()] == ["Tag selection as", "claim", "figure", "quote", "location"]
    assert not any(a.menu() for a in menu.actions())  # one level: the tags themselves
    menu.actions()[4].trigger()  # location
    assert [(s.start, s.end) for s in window.session.index] == [(0, 4), (ARTICLE.index("Kursk"), ARTICLE.index("Kursk") + 5)]


def test_delete_and_retag_say_what_they_did_in_the_status_bar(window, qtbot):
    start = ARTICLE.index("Kursk")
    select_code_points(window.view, ARTICLE, start, start + 5)
    qtbot.keyClick(window.view, Qt.Key_4)
    window.statusBar().clearMessage()
    qtbot.keyClick(window.view, Qt.Key_2, Qt.AltModifier)
    assert "Kursk" in window.statusBar().currentMessage() and "figure" in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    window.actions.delete_span.trigger()
    message = window.statusBar().currentMessage()
    assert message.startswith("Delete") and "Kursk" in message and "saved" in message
