"""Line spacing for reading: the keys, the menu, the setting, and positions that stay exact."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMenu

from newsmark.core.spanindex import SpanIndex
from newsmark.ui.articleview import ArticleView
from tests.ui.conftest import ARTICLE, select_code_points, utf16

LONG = "Officials said the troops arrived in Kursk before dawn. " * 12  # wraps over several lines


def _line_pitch(view) -> float:
    """Pixels from the top of the text's first line to the top of its second (both in one paragraph)."""
    view.viewport().repaint()
    cursor = QTextCursor(view.document())
    first = view.cursorRect(cursor).top()
    cursor.movePosition(QTextCursor.Down)  # the second line of the wrapped first paragraph
    assert cursor.block().blockNumber() == 0
    return view.cursorRect(cursor).top() - first


def _open_long(open_window, tmp_path):
    from newsmark.core.storage import Project

    path = tmp_path / "long.newsmark"
    with Project.open(path, create=True) as project:
        project.add_document("Long", LONG + "\n" + ARTICLE, "/articles/long.txt")
    window = open_window(path)
    window.resize(700, 600)
    return window


def test_ctrl_5_and_ctrl_2_space_the_lines_and_ctrl_1_brings_them_back(open_window, tmp_path, qtbot):
    window = _open_long(open_window, tmp_path)
    single = _line_pitch(window.view)
    assert single > 5 and window.actions.single_spacing.isChecked()
    qtbot.keyClick(window.view, Qt.Key_5, Qt.ControlModifier)
    assert window.actions.wide_spacing.isChecked()
    assert abs(_line_pitch(window.view) - 1.5 * single) <= 1.0
    qtbot.keyClick(window.view, Qt.Key_2, Qt.ControlModifier)
    assert abs(_line_pitch(window.view) - 2 * single) <= 1.0
    qtbot.keyClick(window.view, Qt.Key_1, Qt.ControlModifier)
    assert _line_pitch(window.view) == single
    assert window.actions.single_spacing.isChecked() and not window.actions.double_spacing.isChecked()


def test_line_spacing_is_in_the_view_menu_and_remembered(open_window, tmp_path, settings, qtbot):
    window = _open_long(open_window, tmp_path)
    (menu,) = [m for m in window.menuBar().findChildren(QMenu) if m.title() == "&Line Spacing"]
    assert [a.objectName() for a in menu.actions()] == ["singleSpacing", "wideSpacing", "doubleSpacing"]
    single = _line_pitch(window.view)
    window.actions.double_spacing.trigger()
    window.close()
    again = _open_long(open_window, tmp_path)
    assert again.view.line_spacing == 2.0 and again.actions.double_spacing.isChecked()
    assert abs(_line_pitch(again.view) - 2 * single) <= 1.0


def test_an_unknown_saved_spacing_falls_back_to_single(open_window, tmp_path, settings):
    settings.setValue("view/lineSpacing", 3.7)
    window = _open_long(open_window, tmp_path)
    assert window.view.line_spacing == 1.0 and window.actions.single_spacing.isChecked()


def test_spacing_survives_a_resize_that_rewraps_the_text(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_document(LONG, SpanIndex())
    view.resize(700, 400)
    view.show()
    single = _line_pitch(view)
    view.set_line_spacing(1.5)
    assert abs(_line_pitch(view) - 1.5 * single) <= 1.0
    wide = _first_line_length(view)
    view.resize(400, 400)
    qtbot.waitUntil(lambda: view.viewport().width() < 400)
    assert abs(_line_pitch(view) - 1.5 * single) <= 1.0
    assert _first_line_length(view) < wide  # the text did wrap anew


def _first_line_length(view) -> int:
    layout = view.document().firstBlock().layout()
    assert layout.lineCount() > 1  # laid out (by the pitch measurement before)
    return layout.lineAt(0).textLength()


def test_clicks_and_selections_stay_exact_with_wide_spacing(open_window, tmp_path, qtbot):
    window = _open_long(open_window, tmp_path)
    window.actions.double_spacing.trigger()
    view, text = window.view, window.session.document.text
    view.viewport().repaint()
    cursor = QTextCursor(view.document())
    # Every point of the text, hit at the middle of its cursor rectangle, is found again.
    for cp in [0, 5, len(LONG) - 3, len(LONG) + 1, text.index("👨"), text.index("Kursk", len(LONG)), len(text) - 2]:
        cursor.setPosition(utf16(text, cp))
        view.ensureCursorVisible()
        rect = view.cursorRect(cursor)
        assert view.code_point_at(QPoint(rect.left() + 1, rect.center().y())) == cp
    start = text.index("Kursk", len(LONG))
    select_code_points(view, text, start, start + 5)
    qtbot.keyClick(view, Qt.Key_4)
    (span,) = window.session.project.spans(window.session.document.id)
    assert text[span.start:span.end] == "Kursk"


def test_highlights_cover_the_words_not_the_gap_between_lines(open_window, tmp_path, qtbot):
    window = _open_long(open_window, tmp_path)
    window.actions.double_spacing.trigger()
    view = window.view
    select_code_points(view, window.session.document.text, 0, len(LONG) - 1)  # the whole wrapped paragraph
    qtbot.keyClick(view, Qt.Key_1)  # claim: orange
    view.clear_selection()
    view.verticalScrollBar().setValue(0)  # the narrow article may have scrolled to the selection's end
    view.viewport().repaint()
    cursor = QTextCursor(view.document())
    first = view.cursorRect(cursor)
    cursor.movePosition(QTextCursor.Down)
    second = view.cursorRect(cursor)
    image = view.viewport().grab().toImage()

    def orange(y):
        c = image.pixelColor(first.left() + 8, y)
        return c.red() > c.blue() + 40 and c.green() > c.blue() + 20

    assert orange(first.center().y()) and orange(second.center().y())
    assert second.top() - first.bottom() > first.height() // 2
    assert not orange((first.bottom() + second.top()) // 2)  # the gap between the lines stays clear


def test_a_block_laid_out_by_qt_gets_its_spaced_height_on_the_first_ask(qtbot):
    # Qt asks a block's height as it paints; a wrong first answer stacked paragraphs on top of each other.
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_document((LONG + "\n") * 3, SpanIndex())
    view.resize(600, 400)
    view.show()
    view.set_line_spacing(2.0)
    layout = view.document().documentLayout()
    for block_number in (0, 1, 3):  # the last block also carries the document margin below it
        block = view.document().findBlockByNumber(block_number)
        block.clearLayout()
        first = layout.blockBoundingRect(block).height()
        assert first == layout.blockBoundingRect(block).height()
    top = [view.blockBoundingGeometry(view.document().findBlockByNumber(n)).top() for n in range(3)]
    view.viewport().repaint()  # no spans: only Qt's own paint asks for the heights
    assert [view.blockBoundingGeometry(view.document().findBlockByNumber(n)).top() for n in range(3)] == top
    assert top[1] - top[0] == top[2] - top[1] > 0


def test_a_click_or_drag_in_the_gap_between_lines_means_the_line_beside_it(open_window, tmp_path, qtbot):
    window = _open_long(open_window, tmp_path)
    window.actions.double_spacing.trigger()
    view, text = window.view, window.session.document.text
    view.viewport().repaint()
    start = text.index("Kursk", len(LONG))
    cursor = QTextCursor(view.document())
    cursor.setPosition(utf16(text, start))
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    view.viewport().repaint()
    left = view.cursorRect(cursor)
    cursor.setPosition(utf16(text, start + 5))
    right = view.cursorRect(cursor)
    gap = left.height() // 3
    above_start = QPoint(left.left() + 1, left.top() - gap)  # in the blank gap above the line
    below_end = QPoint(right.left() - 1, right.bottom() + gap)  # ... and below it
    qtbot.mousePress(view.viewport(), Qt.LeftButton, pos=above_start)
    qtbot.mouseMove(view.viewport(), below_end)
    qtbot.mouseRelease(view.viewport(), Qt.LeftButton, pos=below_end)
    assert view.selection_range() == (start, start + 5)
    qtbot.keyClick(view, Qt.Key_4)
    (span,) = window.session.project.spans(window.session.document.id)
    assert text[span.start:span.end] == "Kursk"
    middle = QPoint((left.left() + right.left()) // 2, left.top() - gap)
    assert [s.id for s in view.spans_at(middle)] == [span.id]  # hover and context menu find it from the gap
