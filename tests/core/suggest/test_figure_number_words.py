"""The number words' alternation, grouped by first letter for speed, matches as the plain alternation does."""

import re

from hypothesis import given
from hypothesis import strategies as st

from newsmark.core.suggest.figurenumbers import _NUMBER_WORDS, WORD_NUMBER, by_first_letter

_PLAIN = re.compile("|".join(_NUMBER_WORDS), re.IGNORECASE)
_GROUPED = re.compile(WORD_NUMBER, re.IGNORECASE)
_PIECES = st.sampled_from([*_NUMBER_WORDS, "ty", "teen", "s", " ", "-", "Seven", "THIRTY", "ſix", "and", "x"])


def test_grouping_keeps_each_groups_order():
    """Within a first letter the longer word is tried first, as in the plain list (``seventeen`` before ``seven``)."""
    assert by_first_letter(["seventeen", "seven", "six", "two"]) == "s(?:eventeen|even|ix)|t(?:wo)"


@given(st.lists(_PIECES, max_size=4).map("".join))
def test_grouped_matches_what_the_plain_alternation_matches(text):
    """At every position, the same match (or none) as trying the words one by one in the original order."""
    for pos in range(len(text) + 1):
        plain, grouped = _PLAIN.match(text, pos), _GROUPED.match(text, pos)
        assert (plain and plain.span()) == (grouped and grouped.span())


def test_every_number_word_matches_whole():
    """Each word, in any case, is matched whole (``seventeen`` is not cut to ``seven``)."""
    for word in _NUMBER_WORDS:
        for written in (word, word.upper(), word.title()):
            assert _GROUPED.match(written).group() == written
