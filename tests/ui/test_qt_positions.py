"""Utf16Map against a real QTextDocument: code point ranges select exactly the text they name."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from newsmark.core.text.offsets import Utf16Map
from newsmark.core.articles.plaintext import normalize_newlines

# Qt marks paragraph ends with U+2029: "\n" and U+2029 both become one, and
# selectedText() reports them as U+2029. U+2028 stays a character inside the
# paragraph and comes back as it is. Nothing changes length, so offsets agree.
QT_PARAGRAPHS = str.maketrans({"\n": "\u2029"})
BYTE_ORDER_MARKS = ("\ufeff", "\ufffe")

PIECES = [
    "Kursk", "region", " ", "8,000", "Ukraine's", "café", "cafe\u0301", "\u0301",
    "😀", "👍🏽", "👨\u200d👩\u200d👧", "👩🏿\u200d💻", "❤\ufe0f", "1\ufe0f\u20e3", "🇺🇦", "🇺",
    "🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f",
    "東京", "𠮷野家", "ウクライナ", "السلام", "שָׁלוֹם", "\u200f",
    "\n", "\r\n", "\r", "\t", "\xa0", "\u2028", "\u2029", "\u3000", "\ufeff",
]
# Characters Qt stores differently, left out here and pinned down in tests of their own:
# U+FDD0/U+FDD1 (Qt's frame markers) become paragraph breaks; lone surrogates are not text.
other_characters = st.characters(exclude_categories=("Cs",), exclude_characters="\ufdd0\ufdd1")
raw_texts = st.lists(st.one_of(st.sampled_from(PIECES), other_characters), max_size=40).map("".join)


def show(text: str) -> QPlainTextEdit:
    """A plain text editor holding ``text``, the way the article view loads a document."""
    editor = QPlainTextEdit()
    editor.setPlainText(text)
    return editor


def select(editor: QPlainTextEdit, m: Utf16Map, a: int, b: int) -> QTextCursor:
    """A cursor selecting code points [a, b), placed by Qt positions from the map."""
    cursor = QTextCursor(editor.document())
    cursor.setPosition(m.to_utf16(a))
    cursor.setPosition(m.to_utf16(b), QTextCursor.KeepAnchor)
    return cursor


@settings(max_examples=60)
@given(raw_texts, st.data())
def test_code_point_ranges_select_the_same_text_in_qt(qapp, raw, data):
    text = normalize_newlines(raw)
    if text[:1] in BYTE_ORDER_MARKS:
        text = "x" + text  # PySide mangles these at the start of a str (see the last test)
    m = Utf16Map(text)
    editor = show(text)
    document = editor.document()
    assert document.characterCount() - 1 == m.utf16_length
    for _ in range(5):
        a = data.draw(st.integers(0, len(text)), label="a")
        b = data.draw(st.integers(a, len(text)), label="b")
        cursor = select(editor, m, a, b)
        assert cursor.selectedText() == text[a:b].translate(QT_PARAGRAPHS)
        assert m.to_code_point(cursor.selectionStart()) == a
        assert m.to_code_point(cursor.selectionEnd()) == b


@settings(max_examples=30)
@given(raw_texts)
@example(raw="\uaa60\U0001f1fa")  # Qt steps into the regional indicator's surrogate pair after U+AA60
def test_qt_cursor_steps_map_to_whole_code_points(qapp, raw):
    text = "x" + normalize_newlines(raw)
    m = Utf16Map(text)
    editor = show(text)
    cursor = QTextCursor(editor.document())
    stops = [0]
    while cursor.movePosition(QTextCursor.NextCharacter):
        stops.append(cursor.position())
    assert stops[-1] == m.utf16_length
    for u16 in stops:
        # Qt almost always stops between code points; after some scripts it stops inside a surrogate pair,
        # and then the view's rounding (start down, end up) takes the whole code point, never half of one.
        down, up = m.to_code_point(u16), m.to_code_point(u16, round_up=True)
        assert up - down in (0, 1)
        assert m.to_utf16(down) <= u16 <= m.to_utf16(up)


def test_line_and_paragraph_separators_keep_their_length_in_qt(qapp):
    text = "Kursk\u2028region\u2029troops\nfled"
    m = Utf16Map(text)
    editor = show(text)
    document = editor.document()
    # U+2028 is a line break inside a paragraph; U+2029 and "\n" start new paragraphs.
    assert document.blockCount() == 3
    assert document.characterCount() - 1 == m.utf16_length
    cursor = select(editor, m, 0, len(text))
    assert cursor.selectedText() == "Kursk\u2028region\u2029troops\u2029fled"
    # toPlainText() is lossy: it turns U+2028 into "\n", so never read a document back through it.
    assert document.toPlainText() == "Kursk\nregion\ntroops\nfled"


def test_qt_frame_markers_become_paragraph_breaks_of_the_same_length(qapp):
    text = "Kursk\ufdd0region\ufdd1troops 😀"
    m = Utf16Map(text)
    editor = show(text)
    assert editor.document().characterCount() - 1 == m.utf16_length
    cursor = select(editor, m, 6, len(text))
    assert cursor.selectedText() == "region\u2029troops 😀"


def test_crlf_and_lone_cr_are_normalized_before_qt_sees_them(qapp):
    raw = "Kursk\r\nregion\rtroops 👍🏽\r\n"
    text = normalize_newlines(raw)
    m = Utf16Map(text)
    editor = show(text)
    assert editor.document().characterCount() - 1 == m.utf16_length == len(text) + 2  # 👍 and 🏽: two units each
    # Qt makes one paragraph break of "\r\n" on its own, so text that skipped normalizing
    # would put every later Qt position one unit before the map's.
    unnormalized = show(raw)
    assert unnormalized.document().characterCount() - 1 == Utf16Map(raw).utf16_length - 2
    start = text.index("troops")
    cursor = select(editor, m, start, len(text))
    assert cursor.selectedText() == "troops 👍🏽\u2029"


@pytest.mark.xfail(strict=True, reason="PySide6 reads a leading U+FEFF/U+FFFE of a str as a byte order mark")
@pytest.mark.parametrize("text", ["\ufeffKursk", "\ufeffKursk 😀", "\ufffeKursk"])
def test_a_leading_byte_order_mark_reaches_qt(qapp, text):
    # Today U+FEFF is dropped (every later position shifts by one) and U+FFFE makes
    # PySide byte-swap the whole string; when this starts passing, the guard can go.
    editor = show(text)
    cursor = QTextCursor(editor.document())
    cursor.select(QTextCursor.Document)
    assert cursor.selectedText() == text


@pytest.mark.parametrize("text", ["\ufeffKursk region", "\ufeffKursk 😀 region", "\ufffeKursk region"])
def test_the_article_view_passes_a_leading_byte_order_mark_through_exactly(qapp, text):
    from newsmark.core.spanindex import SpanIndex
    from newsmark.ui.articleview import ArticleView

    view = ArticleView()
    view.set_document(text, SpanIndex())
    assert view.document().characterCount() - 1 == Utf16Map(text).utf16_length
    start = text.index("region")
    view.select_range(start, start + 6)
    assert view.textCursor().selectedText() == "region"
    assert view.selection_range() == (start, start + 6)
