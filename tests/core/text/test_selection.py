"""Turning raw selections into span ranges: whole words, whole characters, no white space at the edges."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from newsmark.core.text.selection import clean_selection, snap_to_words, trim_whitespace

PIECES = [
    "Kursk", "region", " ", "  ", "8,000", "3.5", "Ukraine's", "Ukraine’s", "multi-storey",
    "'", "’", "-", "_",
    "café", "cafe\u0301", "\u0301", "\u0308\u0323", "😀", "👍🏽", "🏽", "👨\u200d👩\u200d👧", "👩🏿\u200d💻",
    "\u200d", "❤\ufe0f", "\ufe0f", "1\ufe0f\u20e3", "🇺🇦", "🇵🇱", "🇺",
    "🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f",
    "東京", "𠮷野家", "ウクライナ", "ไทย", "السلام", "שָׁלוֹם", "\u200f",
    " \u0301", "\n\u200d", "\n", "\t", "\xa0", "\u2028", "\u2029", "\u3000", ".", "“", "”",
]
texts = st.lists(
    st.one_of(st.sampled_from(PIECES), st.characters(exclude_categories=("Cs",))), max_size=30
).map("".join)


@st.composite
def selections(draw):
    """A text and two offsets into it, in either order (the way a drag can go)."""
    text = draw(texts)
    return text, draw(st.integers(0, len(text))), draw(st.integers(0, len(text)))


def is_mark(ch: str) -> bool:
    """Whether ``ch`` only ever belongs to the character before it (a combining mark or ZWJ)."""
    return unicodedata.category(ch).startswith("M") or ch == "\u200d"


def selected(text: str, start: int, end: int, *, snap: bool = True) -> str | None:
    """The text clean_selection() would tag, or None."""
    result = clean_selection(text, start, end, snap=snap)
    return None if result is None else text[result[0]:result[1]]


# -- properties ----------------------------------------------------------------


@given(selections(), st.booleans())
def test_result_is_a_non_empty_range_without_white_space_at_its_edges(case, snap):
    text, a, b = case
    result = clean_selection(text, a, b, snap=snap)
    if result is None:
        return
    start, end = result
    assert 0 <= start < end <= len(text)
    assert not text[start].isspace()
    assert not text[end - 1].isspace()


@example(("KurskKursk.\u200dKursk", 10, 11), True)  # a joiner hanging off trimmed punctuation
@given(selections(), st.booleans())
def test_result_never_starts_inside_a_character_sequence(case, snap):
    text, a, b = case
    result = clean_selection(text, a, b, snap=snap)
    if result is None or result[0] == 0:
        return  # a mark at the very start of the text has no base to stay with
    start = result[0]
    assert not is_mark(text[start])
    if text[start - 1] == "\u200d":
        # Only a joiner hanging off white space or punctuation, trimmed with it, may come right before.
        base = start - 1
        while base > 0 and (is_mark(text[base]) or text[base] == "\u200d"):
            base -= 1
        assert text[base].isspace() or unicodedata.category(text[base])[0] == "P"


@given(selections(), st.booleans())
def test_cleaning_is_idempotent(case, snap):
    text, a, b = case
    result = clean_selection(text, a, b, snap=snap)
    if result is not None:
        assert clean_selection(text, *result, snap=snap) == result


@given(selections())
def test_either_drag_direction_gives_the_same_range(case):
    text, a, b = case
    assert clean_selection(text, a, b) == clean_selection(text, b, a)


@given(selections())
def test_snapping_only_widens(case):
    text, a, b = case
    a, b = sorted((a, b))
    start, end = snap_to_words(text, a, b)
    assert 0 <= start <= a <= b <= end <= len(text)


@given(selections(), st.booleans())
def test_no_selected_letter_or_digit_is_lost(case, snap):
    text, a, b = case
    a, b = sorted((a, b))
    result = clean_selection(text, a, b, snap=snap)
    kept = range(*result) if result else range(0)
    for i in range(a, b):
        if unicodedata.category(text[i])[0] in "LN":
            assert i in kept


@given(selections())
def test_only_selections_without_letters_digits_or_emoji_give_none(case):
    text, a, b = case
    a, b = sorted((a, b))
    if clean_selection(text, a, b) is None:
        # White space, punctuation, marks and joiners hanging off them, or a lone sign: nothing to tag.
        assert not any(unicodedata.category(ch) in ("Lu", "Ll", "Lt", "Lm", "Lo", "Nd", "Nl", "No", "So") for ch in text[a:b])


@given(selections(), st.booleans())
def test_no_trimmable_punctuation_is_left_at_a_new_spans_edges(case, snap):
    text, a, b = case
    result = clean_selection(text, a, b, snap=snap)
    if result is None:
        return
    start, end = result
    for ch in (text[start], text[end - 1]):
        if ch in ",;:!?":
            assert False, (text[start:end], ch)


@given(selections())
def test_trimming_keeps_a_sub_range_with_visible_edges(case):
    text, a, b = case
    a, b = sorted((a, b))
    start, end = trim_whitespace(text, a, b)
    assert a <= start <= end <= b
    if start < end:
        assert not text[start].isspace() and not text[end - 1].isspace()
    else:
        assert all(ch.isspace() or is_mark(ch) for ch in text[a:b])


# -- examples --------------------------------------------------------------------


def test_part_of_a_word_snaps_to_the_whole_word():
    assert selected("Kursk region", 1, 4) == "Kursk"
    assert selected("Kursk region", 4, 7) == "Kursk region"


def test_possessives_and_hyphenated_words_stay_whole():
    assert selected("in Ukraine's east", 3, 10) == "Ukraine's"
    assert selected("in Ukraine’s east", 11, 12) == "Ukraine’s"
    assert selected("a multi-storey block", 8, 11) == "multi-storey"


def test_quotes_and_dashes_outside_a_word_are_not_pulled_in():
    assert selected("'Kursk' - region", 1, 6) == "Kursk"
    assert selected("'Kursk' - region", 10, 12) == "region"


def test_punctuation_at_the_edges_is_trimmed_like_white_space():
    assert selected("Already, the DPRK's troops", 7, 19) == "the DPRK's"
    assert selected("in Kursk. Then", 3, 9) == "Kursk"
    assert selected("in Kursk. Then", 3, 9, snap=False) == "Kursk"
    assert selected("…Kursk!?", 0, 8) == "Kursk"


def test_quotes_brackets_abbreviations_and_signs_that_belong_are_kept():
    for kept in ("“We stay.”", "said: “We stay.”", "(Kursk)", "the U.S.", "10%", "-5", "#Kursk", "'Kursk'"):
        assert selected(f"x {kept} y", 2, 2 + len(kept)) == kept


def test_punctuation_alone_gives_none():
    assert selected("Kursk. Then", 5, 6) is None
    assert selected("a “” b", 2, 4) is None
    assert selected("a $ b", 2, 3) is None
    assert selected("a 👍 b", 2, 3) == "👍"


def test_figures_stay_whole():
    assert selected("about 8,000 troops", 9, 10) == "8,000"
    assert selected("a 3.5% rise", 2, 3) == "3.5"
    assert selected("in 2024. Then", 4, 5) == "2024"


def test_underscores_join_words():
    assert selected("see file_name here", 9, 11) == "file_name"


def test_white_space_only_gives_none():
    text = "Kursk \n\u2028\u2029\xa0\t\u3000 region"
    assert clean_selection(text, 5, text.index("region")) is None
    assert selected(text, 5, text.index("region") + 1) == "region"
    assert clean_selection(text, 5, 5) is None


def test_an_empty_selection_inside_a_word_gives_none():
    assert clean_selection("Kursk", 2, 2) is None
    assert snap_to_words("Kursk", 2, 2) == (2, 2)


def test_surrounding_white_space_is_trimmed_including_line_and_paragraph_separators():
    text = "\u2029 \xa0Kursk region\u2028\n"
    assert selected(text, 0, len(text)) == "Kursk region"
    assert selected(text, 0, len(text), snap=False) == "Kursk region"


def test_marks_hanging_off_white_space_are_trimmed_with_it():
    assert selected("a \u0301b", 1, 4) == "b"
    assert selected("a \u0301b", 1, 4, snap=False) == "b"
    assert selected("a \u0301\u200d", 0, 4) == "a"
    assert clean_selection("a \u0301 b", 1, 4) is None


def test_a_zwj_family_is_never_split():
    family = "👨\u200d👩\u200d👧"
    text = f"Kyiv {family} fled"
    start = text.index(family)
    for a in range(start, start + len(family)):
        for b in range(a + 1, start + len(family) + 1):
            assert selected(text, a, b) == family, (a, b)
            assert selected(text, a, b, snap=False) == family, (a, b)


def test_an_accent_is_never_cut_off_its_letter():
    text = "the cafe\u0301 owner"
    assert selected(text, 4, 8) == "cafe\u0301"
    assert selected(text, 8, 9) == "cafe\u0301"
    assert selected(text, 7, 8, snap=False) == "e\u0301"
    assert selected(text, 8, 9, snap=False) == "e\u0301"


def test_skin_tones_and_flags_stay_with_their_emoji():
    assert selected("👍🏽 ok", 0, 1) == "👍🏽"
    assert selected("👍🏽 ok", 1, 2) == "👍🏽"
    assert selected("🇺🇦🇵🇱", 1, 3) == "🇺🇦🇵🇱"
    assert selected("🇺🇦🇵🇱", 2, 3) == "🇵🇱"
    assert selected("🇺🇦🇵🇱", 0, 2) == "🇺🇦"


def test_right_to_left_words_snap_like_any_other():
    text = "في كورسك اليوم"
    assert selected(text, 4, 6) == "كورسك"
    assert selected("שָׁלוֹם עליכם", 1, 2) == "שָׁלוֹם"


def test_scripts_without_spaces_keep_the_selection_as_made():
    assert selected("东京都人口", 1, 3) == "京都"
    assert selected("ウクライナ東部", 0, 5) == "ウクライナ"
    assert selected("Kursk東京", 1, 3) == "Kursk"


def test_snap_off_keeps_partial_words():
    assert selected("Kursk region", 1, 4, snap=False) == "urs"
    assert selected("Kursk region", 4, 7, snap=False) == "k r"


def test_a_backwards_drag_is_swapped():
    assert clean_selection("Kursk region", 4, 1) == (0, 5)


@pytest.mark.parametrize("a, b", [(-1, 3), (0, 13), (14, 2)])
def test_offsets_outside_the_text_are_refused(a, b):
    with pytest.raises(ValueError):
        clean_selection("Kursk region", a, b)
    with pytest.raises(ValueError):
        snap_to_words("Kursk region", *sorted((a, b)))
    with pytest.raises(ValueError):
        trim_whitespace("Kursk region", *sorted((a, b)))


def test_a_comma_cut_from_a_number_is_trimmed_at_the_edge():
    # The comma of "8,000" separates digits only while the digit after it is selected too.
    text = "region'''8,000"
    assert clean_selection(text, 0, 11, snap=False) == (0, 10)
    assert clean_selection(text, 9, 14, snap=False) == (9, 14)
