"""The figure scan tries ``_FIGURE`` only where ``_starts`` says a figure may start: it finds what a full search finds."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmark.core.suggest.figures import _FIGURE, _search, _starts

_PIECES = st.sampled_from([
    "5", "1,200", ".5", "3.5", "−4", "-4", "$", "€", "£", "US$", "TT$", "Bds$", "Rs.", "Rs ", "Rp", "RM", "KSh ", "Ksh",
    "R", "USD ", "COP ", "minus ", "Negative ", "five", "Five", "FIVE", "ſix", "ſeven", "sıx", "thırty", "İ", "twenty-one",
    "hundred", " million", "bn", "%", " ", ", ", ".", "-", "/", ":", "a", "the ", "Spain ", "someone ", "x", "\n",
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


def test_only_two_letters_lower_leaves_that_match_ascii_letters_case_blind():
    """``_starts`` lowers the text and replaces "ı" and "ſ"; "İ" lowers to two characters (a case-blind scan then)."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    odd = {chr(i) for i in range(128, 0x110000) if letter.fullmatch(chr(i)) and not (len(chr(i).lower()) == 1 and chr(i).lower().isascii())}
    assert odd == {"\u0130", "\u0131", "\u017f"}
