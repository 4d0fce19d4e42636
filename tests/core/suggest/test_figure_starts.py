"""The figure scans try their patterns only where ``figurestarts`` says a number may start: they find what a full search finds."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmark.core.suggest.figures import _FIGURE, _search, _starts
from newsmark.core.suggest.asciilower import CASE_BLIND, ascii_lowered
from newsmark.core.suggest.figurenumbers import WORD_NUMBER
from newsmark.core.suggest.figurestarts import number_starts, number_word_starts
from newsmark.core.suggest.figurewords import _ONE_IN

_PIECES = st.sampled_from([
    "5", "1,200", ".5", "3.5", "−4", "-4", "$", "€", "£", "US$", "TT$", "Bds$", "Rs.", "Rs ", "Rp", "RM", "KSh ", "Ksh",
    "R", "USD ", "COP ", "minus ", "Negative ", "five", "Five", "FIVE", "ſix", "ſeven", "sıx", "sİx", "thırty", "İ", "twenty-one",
    "hundred", " million", "bn", "%", " ", ", ", ".", "-", "/", ":", "a", "the ", "Spain ", "someone ", "x", "\n", " in ", " out of ", "every ", "ten", "7",
])


def _full_search(text: str) -> list[tuple[int, int]]:
    """Every figure ``_FIGURE.search`` finds, scanning on from each one's end."""
    found, pos = [], 0
    while (m := _FIGURE.search(text, pos)) is not None:
        found.append(m.span())
        pos = max(m.end(), m.start() + 1)
    return found


def _started_search(text: str) -> list[tuple[int, int]]:
    found, pos, starts = [], 0, _starts(text)
    while (m := _search(text, pos, starts)) is not None:
        found.append(m.span())
        pos = max(m.end(), m.start() + 1)
    return found


@settings(max_examples=600)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_the_starts_miss_no_figure(text):
    assert _started_search(text) == _full_search(text)


def test_examples():
    text = "Rs. 40, KSh 2,000 and R50 million; minus 5C, FIVE men, ſix boats, İstanbul's 3 and USD 7bn, not someone."
    assert _started_search(text) == _full_search(text) != []


def test_the_non_ascii_letters_matching_a_number_words_letter_are_replaced():
    """The number words are scanned as ASCII bytes: every other letter ``re`` matches case-blind to an ASCII letter
    is replaced first."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    odd = {chr(i) for i in range(128, 0x110000) if letter.fullmatch(chr(i))}
    assert odd == {letter for letter, _ in CASE_BLIND}


@settings(max_examples=400)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_one_in_five_starts_where_a_number_may(text):
    """Every "one in five" match starts at an offset ``number_starts`` lists (the rule searches only windows with one)."""
    starts = set(number_starts(text))
    assert all(m.start() in starts for m in (_ONE_IN.search(text, p) for p in range(len(text))) if m)


@settings(max_examples=600)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_the_number_words_start_after_a_boundary(text):
    """The number-word scan (the character before first, the text's opening on its own) lists what a ``\\b`` scan does."""
    boundary = re.compile(rb"\b(?:minus|negative|" + WORD_NUMBER.encode() + rb")")
    assert number_word_starts(text) == [m.start() for m in boundary.finditer(ascii_lowered(text))]


def test_the_number_words_at_the_opening():
    assert number_word_starts("Five died, one-two, someone, seventeenth ten") == [0, 11, 15, 29, 41]
