"""Code point offsets to and from UTF-16 positions, checked against Python's own UTF-16 encoder."""

from __future__ import annotations

from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmark.core.text import offsets
from newsmark.core.text.offsets import Utf16Map

# Pieces of real news text; astral ones (emoji, flags, rare CJK) are where the two counts differ.
PIECES = [
    "Kursk", "region", " ", "8,000", "Ukraine's", "multi-storey", "café", "cafe\u0301", "\u0301",
    "😀", "👍🏽", "👨\u200d👩\u200d👧", "👩🏿\u200d💻", "❤\ufe0f", "1\ufe0f\u20e3", "🇺🇦", "🇺",
    "🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f",
    "東京", "𠮷野家", "ウクライナ", "السلام", "שָׁלוֹם", "\u200f",
    "\n", "\t", "\xa0", "\u2028", "\u2029", "\u3000",
]
texts = st.lists(
    st.one_of(st.sampled_from(PIECES), st.characters(exclude_categories=("Cs",))), max_size=40
).map("".join)


def utf16(text: str, cp: int) -> int:
    """The UTF-16 position of a code point offset, computed by Python's encoder."""
    return len(text[:cp].encode("utf-16-le")) // 2


@st.composite
def text_and_offset(draw):
    """A text and a code point offset into it (either end included)."""
    text = draw(texts)
    return text, draw(st.integers(0, len(text)))


@given(text_and_offset(), st.sampled_from([1, 2, 3, 7, offsets.CHUNK]))
def test_utf16_positions_match_the_encoder_and_round_trip(case, chunk):
    text, cp = case
    # Small chunks put chunk edges, and astral characters on them, inside short texts.
    with mock.patch.object(offsets, "CHUNK", chunk):
        m = Utf16Map(text)
        u16 = m.to_utf16(cp)
        assert u16 == utf16(text, cp)
        assert m.to_code_point(u16) == cp
        assert m.to_code_point(u16, round_up=True) == cp


@given(texts)
def test_lengths(text):
    m = Utf16Map(text)
    assert m.code_point_length == len(text)
    assert m.utf16_length == len(text.encode("utf-16-le")) // 2
    assert m.to_utf16(len(text)) == m.utf16_length


@given(texts, st.sampled_from([1, 2, 5, offsets.CHUNK]))
def test_every_utf16_position_maps_to_the_code_point_it_is_in(text, chunk):
    with mock.patch.object(offsets, "CHUNK", chunk):
        m = Utf16Map(text)
        starts = [utf16(text, cp) for cp in range(len(text) + 1)]
        for u16 in range(m.utf16_length + 1):
            if u16 in starts:
                assert m.to_code_point(u16) == m.to_code_point(u16, round_up=True) == starts.index(u16)
            else:  # the low half of a surrogate pair
                cp = starts.index(u16 - 1)
                assert ord(text[cp]) > 0xFFFF
                assert m.to_code_point(u16) == cp
                assert m.to_code_point(u16, round_up=True) == cp + 1


def test_inside_a_surrogate_pair_rounds_down_or_up():
    m = Utf16Map("a😀b")
    assert [m.to_utf16(cp) for cp in range(4)] == [0, 1, 3, 4]
    assert m.to_code_point(2) == 1
    assert m.to_code_point(2, round_up=True) == 2
    assert m.to_code_point(3) == m.to_code_point(3, round_up=True) == 2


def test_a_zwj_family_is_five_code_points_and_eight_units():
    family = "👨\u200d👩\u200d👧"
    m = Utf16Map("Kyiv " + family + " fled")
    assert m.to_utf16(5 + len(family)) == 5 + 8
    assert m.to_code_point(5 + 8) == 5 + len(family)


def test_text_without_astral_characters_maps_to_itself():
    text = "Ukraine’s “8,000 troops”\n東京\u2028שָׁלוֹם"
    m = Utf16Map(text)
    assert m.utf16_length == len(text)
    assert all(m.to_utf16(i) == i == m.to_code_point(i) for i in range(len(text) + 1))


def test_empty_text():
    m = Utf16Map("")
    assert (m.code_point_length, m.utf16_length) == (0, 0)
    assert m.to_utf16(0) == 0 == m.to_code_point(0)
    with pytest.raises(ValueError):
        m.to_utf16(1)


@pytest.mark.parametrize("text", ["plain text", "emoji 😀 text"])
def test_positions_outside_the_text_are_refused(text):
    m = Utf16Map(text)
    for bad in (-1, m.code_point_length + 1):
        with pytest.raises(ValueError, match="outside"):
            m.to_utf16(bad)
    for bad in (-1, m.utf16_length + 1):
        with pytest.raises(ValueError, match="outside"):
            m.to_code_point(bad)


def test_non_integer_positions_are_refused():
    m = Utf16Map("emoji 😀")
    with pytest.raises(TypeError):
        m.to_utf16(1.0)
    with pytest.raises(TypeError):
        m.to_code_point(1.5)


def test_astral_characters_on_chunk_edges_with_the_real_chunk_size():
    size = offsets.CHUNK
    chars = ["x"] * (3 * size + 10)
    for cp in (0, size - 1, size, 2 * size - 2, 2 * size + 1, 3 * size + 9):
        chars[cp] = "😀"
    text = "".join(chars)
    m = Utf16Map(text)
    for cp in range(len(text) + 1):
        assert m.to_utf16(cp) == utf16(text, cp), cp
        assert m.to_code_point(m.to_utf16(cp)) == cp


def test_a_lone_surrogate_counts_as_one_unit_as_in_qt():
    # Text that went through surrogateescape may hold lone halves; they must not shift later offsets.
    text = "a\ud83d b\udc00 😀"
    m = Utf16Map(text)
    assert m.utf16_length == len(text) + 1
    assert m.to_utf16(len(text) - 1) == len(text) - 1
    assert m.to_code_point(len(text)) == len(text) - 1


def test_a_ten_megabyte_article_maps_correctly():
    # Build is linear and conversions only look at one chunk, so this stays fast;
    # a quadratic design would make the test suite visibly hang here.
    paragraph = "Officials said 8,000 troops 👨\u200d👩\u200d👧 arrived in Kursk 🇺🇦 region.\n"
    text = paragraph * (10_000_000 // len(paragraph))
    m = Utf16Map(text)
    assert m.utf16_length == len(text.encode("utf-16-le")) // 2
    probes = [0, 1, 31, len(paragraph), len(text) // 2 + 33, len(text) - 5, len(text)]
    for cp in probes:
        assert m.to_utf16(cp) == utf16(text, cp)
        assert m.to_code_point(m.to_utf16(cp)) == cp
    # The last paragraph's family emoji, found from the end of the text.
    family_end = len(text) - len(paragraph) + paragraph.index("👧") + 1
    assert m.to_code_point(m.to_utf16(family_end) - 1) == family_end - 1
    assert m.to_code_point(m.to_utf16(family_end) - 1, round_up=True) == family_end
