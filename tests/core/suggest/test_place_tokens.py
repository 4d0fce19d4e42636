"""The location rules' words: every word of the text with its exact offsets, whatever stands between them."""

import re

from hypothesis import given
from hypothesis import strategies as st

from newsmark.core.suggest.placetokens import Tokens

_PIECES = st.sampled_from(["Kyiv", "São", "Paulo", "U", ".", "S", " ", "\n", "—", "’", "3", "_", "e\u0301", "👍🏽", ""])


@given(st.one_of(st.text(max_size=40), st.lists(_PIECES, max_size=12).map("".join)))
def test_words_starts_and_ends_are_the_texts_words(text):
    """Words, starts and ends are those of ``\\w+`` in the text, at its edges too (a text opening or ending in a word)."""
    tokens = Tokens(text)
    found = list(re.finditer(r"\w+", text))
    assert tokens.words == [m.group() for m in found]
    assert tokens.starts == [m.start() for m in found]
    assert tokens.ends == [m.end() for m in found]
