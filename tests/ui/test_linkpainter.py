"""The link painter's cursor positions, read from the visible lines once per paint, are exactly Qt's cursorRect."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor

from newsmark.core.spanindex import SpanIndex
from newsmark.ui.articleview import ArticleView
from newsmark.ui.linkpainter import Carets

# Left-to-right and right-to-left words, numbers and emoji: cursor x comes from Qt's bidi layout.
PARAGRAPH = ("The Pentagon said 10,000 troops أعلن المتحدث في مجلس الأمن are in Kursk 👨‍👩‍👧. "
             "צה״ל אמר 8,000 חיילים near the border, café naïve. ") * 6
TEXT = "\n\n".join([PARAGRAPH] * 40)


@pytest.mark.parametrize("spacing", [1.0, 1.5])
def test_carets_are_qts_cursor_rectangles_wherever_the_view_is_scrolled(qtbot, spacing):
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(420, 300)
    view.set_document(TEXT, SpanIndex())
    view.set_line_spacing(spacing)  # at 1.5 the lines sit at half pixels: Qt's rounding is what must match
    view.show()
    qtbot.waitExposed(view)
    bar = view.verticalScrollBar()
    checked = 0
    for value in range(0, bar.maximum(), max(1, bar.maximum() // 25)):
        bar.setValue(value)
        view.viewport().repaint()
        first, last = view.visible_range()
        carets = Carets(view)
        for u16 in range(view.offsets.to_utf16(first), view.offsets.to_utf16(last) + 1):
            cursor = QTextCursor(view.document())
            cursor.setPosition(u16)
            rect = view.cursorRect(cursor)
            assert carets.at(u16) == (rect.left(), rect.top()), (value, u16)
            checked += 1
    assert checked > 1000
