"""The fast token counts and windows give exactly the tokenizer's tokens."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsmark.core.review.tokencount import count_tokens, is_plain, tokens_between
from newsmark.core.text.tokens import tokenize

ODD = st.sampled_from(
    ["\u2028", "\u00a0", "\u200d", "\u0301", "\ufe0f", "\U0001f3fd", "\U0001f1fa", "\U0001f1e6", "\x85", "\x1c", "\t",
     "\n", "'", "’", "-", "‐", ".", ",", "_", "²", "٣", "👨\u200d👩\u200d👧", "e\u0301", "Київ", "東京", "8,000", "3.5",
     " ", "don't", "a-b", "\xad"]
)
TEXTS = st.lists(st.one_of(st.text(max_size=6), ODD), max_size=14).map("".join)


@given(TEXTS)
def test_count_is_the_tokenizers(text):
    assert count_tokens(text) == len(tokenize(text))


@given(TEXTS, st.integers(0, 80), st.integers(0, 20))
def test_tokens_between_are_the_tokenizers(text, start, length):
    start = min(start, len(text))
    end = min(len(text), start + length)
    expected = [t for t in tokenize(text) if t.start < end and start < t.end]
    assert [t for t in tokens_between(text, start, end) if t.start < end and start < t.end] == expected


def test_plain_news_text_takes_the_fast_way():
    assert is_plain("The café’s owner said 8,000 troops — “quote” — moved (AP).")
    assert not is_plain("e\u0301") and not is_plain("🇺🇦") and not is_plain("x²")
