"""The tokenizer and sentence splitter: exact offsets, no whitespace in a token, whole emoji and accented letters."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from newsmark.core.text.tokens import sentences, tokenize

ODD = st.sampled_from(
    ["\u2028", "\u2029", "\u00a0", "\u200d", "\u200b", "\u0301", "\ufe0f", "\U0001f3fd", "\U0001f1fa", "\x85", "\x1c",
     "\t", "\r", "\n", "'", "-", ".", ",", "👨\u200d👩\u200d👧", "e\u0301", "Київ", "東京", "8,000", "3.5", " "]
)
TEXTS = st.lists(st.one_of(st.text(max_size=8), ODD), max_size=12).map("".join)


def words(text: str) -> list[str]:
    return [text[t.start:t.end] for t in tokenize(text)]


def test_words_keep_inner_apostrophes_hyphens_and_number_punctuation():
    text = "The café’s owner in Rostov-on-Don said 8,000 or 3.5% don't, U.S. (sic)!"
    assert words(text) == [
        "The", "café’s", "owner", "in", "Rostov-on-Don", "said", "8,000", "or", "3.5", "%", "don't", ",",
        "U", ".", "S", ".", "(", "sic", ")", "!",
    ]


def test_emoji_sequences_flags_and_combining_marks_stay_whole():
    family, thumbs, flag = "👨\u200d👩\u200d👧", "👍🏽", "🇺🇦"
    text = f"Kyiv {family} {thumbs}{flag} e\u0301te\u0301 ❤\ufe0f Київ 東京"
    assert words(text) == ["Kyiv", family, thumbs, flag, "e\u0301te\u0301", "❤\ufe0f", "Київ", "東京"]


def test_odd_spaces_and_controls_separate_tokens():
    assert words("a\u00a0b\u2028c\u2029d\x85e\x1cf\x00g\u3000h") == list("abcdefgh")


def test_sentences_end_at_line_breaks_and_end_punctuation_before_space():
    text = "Kyiv fled. Officials said “We stay.” Then 3.5 left\nNew line! Last?"
    groups = [[text[t.start:t.end] for t in s] for s in sentences(text, tokenize(text))]
    assert groups == [
        ["Kyiv", "fled", "."],
        ["Officials", "said", "“", "We", "stay", ".", "”"],
        ["Then", "3.5", "left"],
        ["New", "line", "!"],
        ["Last", "?"],
    ]


def test_a_kept_token_is_never_the_start_of_a_sentence():
    text = "He said. Then\nleft."
    tokens = tokenize(text)
    assert len(sentences(text, tokens)) == 3
    assert [len(s) for s in sentences(text, tokens, keep={3, 4})] == [6]


@given(TEXTS)
def test_tokens_are_exact_in_order_and_hold_no_whitespace(text):
    tokens = tokenize(text)
    previous_end = 0
    for token in tokens:
        piece = text[token.start:token.end]
        assert piece and previous_end <= token.start < token.end
        assert not any(ch.isspace() for ch in piece)
        assert piece.split() == [piece] and piece.splitlines() == [piece]
        previous_end = token.end
    # Nothing but whitespace and control characters is left between tokens.
    covered = {i for t in tokens for i in range(t.start, t.end)}
    assert all(text[i].isspace() or ord(text[i]) < 32 or 0x7F <= ord(text[i]) < 0xA0 for i in range(len(text)) if i not in covered)


@given(TEXTS, st.lists(st.integers(0, 120), max_size=6))
@example(":'0", [1])  # an apostrophe after punctuation is no clitic: the cut must not join it to the digit
def test_cuts_end_tokens_at_every_cluster_boundary_and_change_nothing_else(text, positions):
    from newsmark.core.text.tokens import clusters

    cuts = {p for p in positions if p <= len(text)}
    plain, cut = tokenize(text), tokenize(text, cuts)
    assert all(t.start < t.end for t in cut)
    # The same characters are covered, only split further; each piece is a non-empty, exact slice.
    assert {i for t in cut for i in range(t.start, t.end)} == {i for t in plain for i in range(t.start, t.end)}
    assert all(any(p.start <= t.start and t.end <= p.end for p in plain) for t in cut)
    # A cut between two clusters of one token is a token edge; a cut inside a cluster is not.
    boundaries = {a for a, _ in clusters(text)} | {b for _, b in clusters(text)}
    edges = {t.start for t in cut} | {t.end for t in cut}
    for c in cuts:
        if any(t.start < c < t.end for t in plain) and c in boundaries:
            assert c in edges, (text, c)


@given(TEXTS)
def test_sentences_hold_every_token_once_in_order(text):
    tokens = tokenize(text)
    assert [t for s in sentences(text, tokens) for t in s] == tokens
