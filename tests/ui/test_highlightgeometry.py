"""Highlights, find outlines, hit tests and edge handles land on the right words in mixed-direction lines.

Checked by pixels of the real window's article view against a second window without the spans.
Where characters are comes from Qt's own layout, independently of the painting code (which uses
glyph runs): Qt's own selection drawing (QTextLayout.draw with a FormatRange) gives the columns of
a range or of one character, and the cursor edges (QTextLine.cursorToX) tell the letters of a
ligature apart. The text holds Arabic and Hebrew with English and numbers; without a font for
them Qt still lays the runs out right to left (with boxes for glyphs), so the checks still hold."""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTextCharFormat, QTextCursor, QTextLayout, QTextLine

from newsmark.core.model import Span
from newsmark.core.spanindex import SpanIndex
from newsmark.core.spanstore import SpanStore
from newsmark.core.storage import Project
from newsmark.ui.articleview import ArticleView
from newsmark.ui.highlightgeometry import RIGHT_TO_LEFT, needs_bidi
from tests.ui.conftest import utf16

# The first line is plain English, so the text cursor (at 0) is nowhere near the lines checked.
ARABIC = "أعلن المتحدث في مجلس الأمن. The Pentagon said 10,000 troops are in Kursk."
ARABIC_NUMBER = "قال المسؤول إن 10,000 جندي وصلوا إلى الحدود."
HEBREW = "הכוחות ליד Kursk and Moscow נסוגו אתמול, לפי 12 דיווחים."
ENGLISH_WITH_ARABIC = "Officials said مجلس الأمن met in Kursk on 3 May."
PLAIN = "Officials said the troops arrived in Kursk before dawn."
WRAPPED = (  # wraps over several lines, with changes of direction in them
    "أعلن المتحدث في مجلس الأمن أن القوات وصلت. " * 4
    + "The Pentagon said 10,000 troops are in Kursk and Belgorod. " * 3 + "وقال الجيش إن الوضع هادئ."
)
ONE_LINE = [ARABIC, ARABIC_NUMBER, HEBREW, ENGLISH_WITH_ARABIC, PLAIN]
TEXT = "\n".join(["Report from the desk.", *ONE_LINE, WRAPPED]) + "\n"


def _at(paragraph: str, words: str) -> tuple[int, int]:
    """The code point range of ``words`` inside ``paragraph`` of TEXT."""
    start = TEXT.index(paragraph) + paragraph.index(words)
    return start, start + len(words)


KURSK = _at(ARABIC, "Kursk")
SPANS = {  # name: (range, tag name)
    "kursk": (KURSK, "location"),
    "across": (_at(ARABIC, "الأمن. The Pentagon"), "claim"),  # right to left, then left to right
    "number": (_at(ARABIC_NUMBER, "10,000"), "claim"),
    "hebrew-across": (_at(HEBREW, "Moscow נסוגו"), "location"),
    "english-across": (_at(ENGLISH_WITH_ARABIC, "الأمن met"), "claim"),
    "arabic-word": (_at(ARABIC, "المتحدث"), "quote"),
    "plain": (_at(PLAIN, "troops arrived"), "claim"),
    "wrapped": ((_at(WRAPPED, "القوات")[0], _at(WRAPPED, "الجيش")[1]), "claim"),  # over every line break
}


def _project(tmp_path, name: str, spans: dict) -> Path:
    """A project file holding TEXT with ``spans`` (a part of SPANS)."""
    path = tmp_path / f"{name}.newsmark"
    with Project.open(path, create=True) as project:
        doc, _ = project.add_document("Mixed", TEXT, "/articles/mixed.txt")
        tags = {t.name: t.id for t in project.tags()}
        for (start, end), tag in spans.values():
            project.add_span(doc.id, tags[tag], start, end)
    return path


def _shown(window):
    window.resize(1900, 700)  # the one-line paragraphs fill two thirds of the article view at most
    window.document_list.setFocus()  # no blinking text cursor in either picture
    window.view.viewport().repaint()
    for n, paragraph in enumerate(ONE_LINE, start=1):  # a span and the words beside it share their rows
        assert window.view.document().findBlockByNumber(n).layout().lineCount() == 1, paragraph
    assert window.view.document().findBlockByNumber(len(ONE_LINE) + 1).layout().lineCount() >= 3
    return window


@pytest.fixture
def windows(open_window, tmp_path):
    """Opens the text with some of SPANS in one window, and without any in another of the same size (the background)."""
    bare = _shown(open_window(_project(tmp_path, "bare", {})))

    def open_(*names):
        marked = _shown(open_window(_project(tmp_path, "marked", {n: SPANS[n] for n in names})))
        assert marked.view.viewport().size() == bare.view.viewport().size()
        return marked, bare
    return open_


def _line(view, cp: int):
    """The block, its on-screen geometry and the laid-out line of the character at code point ``cp``."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(utf16(TEXT, cp))
    block = cursor.block()
    geom = view.blockBoundingGeometry(block).translated(view.contentOffset())
    line = block.layout().lineForTextPosition(cursor.positionInBlock())
    return block, geom, line


def _cursor_box(view, cp: int) -> tuple[float, float]:
    """Left and right of a character on the viewport from its leading and trailing cursor edges."""
    block, geom, line = _line(view, cp)
    rel = utf16(TEXT, cp) - block.position()
    lead = line.cursorToX(rel, QTextLine.Leading)[0]
    trail = line.cursorToX(rel, QTextLine.Trailing)[0]
    return geom.left() + min(lead, trail), geom.left() + max(lead, trail)


def _segments(columns) -> list[tuple[int, int]]:
    """Runs of adjacent columns as (first, last)."""
    runs: list[list[int]] = []
    for x in sorted(columns):
        if runs and x == runs[-1][1] + 1:
            runs[-1][1] = x
        else:
            runs.append([x, x])
    return [tuple(r) for r in runs]


def _painted_columns(marked, bare, cp: int) -> set[int]:
    """Columns of the line holding ``cp`` where the view with spans differs from the one without."""
    _, geom, line = _line(marked.view, cp)
    marked.view.viewport().repaint()
    bare.view.viewport().repaint()
    with_spans = marked.view.viewport().grab().toImage()
    without = bare.view.viewport().grab().toImage()
    top, bottom = int(geom.top() + line.y()) + 1, int(geom.top() + line.y() + line.height()) - 1
    return {
        x for x in range(with_spans.width())
        if any(with_spans.pixel(x, y) != without.pixel(x, y) for y in range(top, bottom))
    }


def _selection_columns(view, start: int, end: int) -> set[int]:
    """Columns Qt's own selection drawing covers for ``[start, end)`` on the line of ``start``."""
    block, geom, line = _line(view, start)
    image = QImage(view.viewport().width(), int(line.height()) + 2, QImage.Format_RGB32)
    image.fill(QColor("white"))
    red = QColor(255, 0, 0)
    selection = QTextLayout.FormatRange()
    selection.start = utf16(TEXT, start) - block.position()
    selection.length = utf16(TEXT, end) - utf16(TEXT, start)
    fmt = QTextCharFormat()
    fmt.setBackground(red)
    fmt.setForeground(red)  # selected glyphs red on red: every selected column is red at mid-line
    selection.format = fmt
    painter = QPainter(image)
    block.layout().draw(painter, QPointF(geom.left(), 1 - line.y()), [selection])  # the line at the image's top
    painter.end()
    y = int(1 + line.height() / 2)
    return {x for x in range(image.width()) if image.pixelColor(x, y) == red}


def _char_box(view, cp: int) -> tuple[int, int]:
    """First and last column of a character, as Qt draws it selected."""
    columns = _selection_columns(view, cp, cp + 1)
    return min(columns), max(columns)


def _assert_same_runs(painted: set[int], expected: set[int], slack: int) -> None:
    got, want = _segments(painted), _segments(expected)
    assert len(got) == len(want), (got, want)
    for (a, b), (c, d) in zip(got, want):
        assert abs(a - c) <= slack and abs(b - d) <= slack, (got, want)


def test_a_span_on_english_at_the_end_of_an_arabic_paragraph_paints_its_own_word(windows):
    # The case: "Kursk" painted "said 10,000 troops are in" and was left bare.
    marked, bare = windows("kursk")
    painted = _painted_columns(marked, bare, KURSK[0])
    for cp in range(*KURSK):
        left, right = _char_box(marked.view, cp)
        assert set(range(left + 1, right)) <= painted, TEXT[cp]  # every column under its glyphs
    before = TEXT.index("said", TEXT.index(ARABIC))
    for cp in range(before, KURSK[0] - 1):  # "said 10,000 troops are in", not the space touching Kursk
        left, right = _char_box(marked.view, cp)
        assert not set(range(left, right + 1)) & painted, TEXT[cp]


@pytest.mark.parametrize("name", list(SPANS))
def test_a_span_paints_exactly_the_columns_of_its_characters(windows, name):
    marked, bare = windows(name)
    (start, end), _ = SPANS[name]
    expected = _selection_columns(marked.view, start, end)
    _assert_same_runs(_painted_columns(marked, bare, start), expected, slack=1)


@pytest.mark.parametrize("spacing", [1.0, 2.0])
def test_a_span_over_wrapped_mixed_lines_paints_exactly_its_characters_on_each(windows, spacing):
    marked, bare = windows("wrapped")
    for window in (marked, bare):
        window.view.set_line_spacing(spacing)
    (start, end), _ = SPANS["wrapped"]
    _, _, first = _line(marked.view, start)
    _, _, last = _line(marked.view, end - 1)
    assert last.lineNumber() - first.lineNumber() >= 2
    block = marked.view.document().findBlock(utf16(TEXT, start))
    for number in range(first.lineNumber(), last.lineNumber() + 1):
        line = block.layout().lineAt(number)
        # The part on this line (the text is all in the BMP): a selection going on past the line's
        # end would also get Qt's mark for the line break, which a highlight does not draw.
        on = max(start, block.position() + line.textStart())
        off = min(end, block.position() + line.textStart() + line.textLength())
        expected = _selection_columns(marked.view, on, off)
        _assert_same_runs(_painted_columns(marked, bare, on), expected, slack=1)


@pytest.mark.parametrize("name", ["across", "hebrew-across", "english-across"])
def test_a_span_across_a_change_of_direction_is_several_rectangles(windows, name):
    marked, bare = windows(name)
    (start, _), _ = SPANS[name]
    assert len(_segments(_painted_columns(marked, bare, start))) >= 2


def test_overlapping_spans_in_a_mixed_line_each_paint_their_own_words(windows):
    marked, bare = windows("kursk", "across", "arabic-word")
    expected = set()
    for name in ("kursk", "across", "arabic-word"):
        expected |= _selection_columns(marked.view, *SPANS[name][0])
    _assert_same_runs(_painted_columns(marked, bare, KURSK[0]), expected, slack=1)


def test_find_outlines_the_matched_word_in_a_mixed_line(windows):
    marked, bare = windows()  # no spans: only the outline differs
    marked.view.set_matches([KURSK])
    outlined = _painted_columns(marked, bare, KURSK[0])
    expected = _selection_columns(marked.view, *KURSK)
    assert outlined and min(outlined) >= min(expected) - 2 and max(outlined) <= max(expected) + 2


def test_clicks_and_hover_find_the_character_under_the_pointer(windows):
    marked, _ = windows("kursk")
    view = marked.view
    checked, ligatures = 0, 0
    for paragraph in (ARABIC, ARABIC_NUMBER, HEBREW, ENGLISH_WITH_ARABIC):
        first = TEXT.index(paragraph)
        for cp in range(first, first + len(paragraph)):
            left, right = _char_box(view, cp)
            cursor_left, cursor_right = _cursor_box(view, cp)
            if cursor_right - cursor_left > 0.5 and (abs(cursor_left - left) > 1.5 or abs(cursor_right - right - 1) > 1.5):
                ligatures += 1  # a letter of a lam-alef: Qt's selection of it alone is off by a letter
                continue
            _, geom, line = _line(view, cp)
            at = QPoint((left + right) // 2, int(geom.top() + line.y() + line.height() / 2))
            assert view.code_point_at(at) == cp, (TEXT[cp], cp)
            checked += 1
    assert ligatures <= 8 and checked > 150
    left, right = _char_box(view, KURSK[0] + 2)
    _, geom, line = _line(view, KURSK[0])
    (span,) = view.spans_at(QPoint((left + right) // 2, int(geom.top() + line.y() + 3)))
    assert (span.start, span.end) == KURSK


def test_a_click_on_the_word_selects_its_span(windows, qtbot):
    marked, _ = windows("kursk", "across")
    view = marked.view
    left, right = _char_box(view, KURSK[0] + 1)
    _, geom, line = _line(view, KURSK[0])
    at = QPoint((left + right) // 2, int(geom.top() + line.y() + line.height() / 2))
    with qtbot.waitSignal(view.span_clicked) as clicked:
        qtbot.mouseClick(view.viewport(), Qt.LeftButton, pos=at)
    ranges = {s.id: (s.start, s.end) for s in marked.session.project.spans(marked.session.document.id)}
    assert ranges[clicked.args[0]] == KURSK


@pytest.mark.parametrize("name, start_side, end_side", [
    ("kursk", "left", "right"),  # English reads left to right, even inside an Arabic paragraph
    ("arabic-word", "right", "left"),  # Arabic starts on the right
    ("english-across", "right", "right"),  # starts on an Arabic word, ends on an English one
])
def test_edge_handles_sit_on_the_reading_edges_of_the_first_and_last_characters(windows, name, start_side, end_side):
    marked, _ = windows(name)
    view = marked.view
    (span,) = marked.session.project.spans(marked.session.document.id)
    view.set_active_span(span)
    first, last = _char_box(view, span.start), _char_box(view, span.end - 1)
    want_start = first[0] if start_side == "left" else first[1] + 1
    want_end = last[1] + 1 if end_side == "right" else last[0]
    assert abs(view._edge_rect("start").center().x() - want_start) <= 1.5
    assert abs(view._edge_rect("end").center().x() - want_end) <= 1.5


def test_only_blocks_with_right_to_left_text_take_the_exact_path(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    lines = ["Officials said 8,000 troops 👨‍👩‍👧 café.", ARABIC, HEBREW, "Totals ٣٤ in Arabic digits.", ""]
    view.set_document("\n".join(lines), SpanIndex())
    blocks = [view.document().findBlockByNumber(n) for n in range(len(lines))]
    assert [needs_bidi(b) for b in blocks] == [False, True, True, True, False]
    assert [b.userState() for b in blocks] == [0, 1, 1, 1, 0]  # kept: the next paint reads it without a scan
    view.set_document("שלום", SpanIndex())  # a new text is new blocks: nothing stale
    assert needs_bidi(view.document().firstBlock())



def test_every_character_that_runs_right_to_left_sends_its_block_down_the_exact_path():
    classes = {"R", "AL", "AN", "RLE", "RLO", "RLI"}
    missed = [
        hex(c) for c in range(sys.maxunicode + 1)
        if unicodedata.bidirectional(chr(c)) in classes and not RIGHT_TO_LEFT.match(chr(c))
    ]
    assert missed == []


def test_a_new_span_on_a_right_to_left_line_at_the_top_or_bottom_repaints(qtbot, monkeypatch):
    # The lines on screen were read from Qt's hit test at the viewport's corners, which beside
    # right-to-left lines names other lines: a span on the bottom lines counted as off screen.
    view = ArticleView()
    qtbot.addWidget(view)
    text = " ".join([WRAPPED] * 6)  # longer than the view
    store = SpanStore()
    store.show(1, text, [])
    view.set_document(text, store.index)
    view.follow(store)
    view.resize(400, 300)
    view.show()
    view.verticalScrollBar().setValue(3)  # the paragraph's fourth line at the top
    view.viewport().repaint()
    layout, bottom = view.document().firstBlock().layout(), view.viewport().height()
    visible = [n for n in range(layout.lineCount()) if 0 <= view.contentOffset().y() + layout.lineAt(n).y() < bottom]
    assert visible[0] == 3 and visible[-1] < layout.lineCount() - 3
    updates = []
    monkeypatch.setattr(view.viewport(), "update", lambda *args: updates.append(args))
    for number, word in ((visible[0], 0), (visible[-1], 0), (visible[-1], -6), (visible[-1] + 2, 0)):
        line = layout.lineAt(number)
        at = line.textStart() + (word if word >= 0 else line.textLength() + word)
        updates.clear()
        store.add([Span(number * 100 + word, 1, 1, at, at + 3)])
        assert bool(updates) == (number <= visible[-1]), (number, word)


def test_spans_over_paragraph_ends_and_the_whole_text_paint_and_show_handles(qtbot):
    # Ends on a newline, at the end of the text, over several blocks; emoji (two UTF-16 units) inside.
    text = "שלום 👨‍👩‍👧 עולם\nقال مجلس الأمن 10,000\nKursk 🇺🇦 כורסק"
    spans = [Span(1, 1, 1, 0, len(text)), Span(2, 1, 2, 5, text.index("\n") + 1),
             Span(3, 1, 3, text.index("\n") + 1, text.rindex("\n") + 1), Span(4, 1, 4, len(text) - 5, len(text))]
    view = ArticleView()
    qtbot.addWidget(view)
    view.set_document(text, SpanIndex(spans))
    view.set_matches([(0, 4), (text.index("Kursk"), len(text))])
    view.resize(500, 300)
    view.show()
    for span in spans:
        view.set_active_span(span)
        view.viewport().repaint()  # a Qt warning about a position would fail the test
        start, end = view._edge_rect("start"), view._edge_rect("end")
        assert view.viewport().rect().contains(start.center().toPoint())
        assert view.viewport().rect().contains(end.center().toPoint())
