"""Moving a span's edges exactly, by a character or a word."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmark.core.text.edges import move_edge

TEXT = "Officials said “8,000 troops” arrived in Kursk, 3.5 km away."


def moved(phrase: str, edge: str, grow: bool, by: str = "word", text: str = TEXT) -> str | None:
    start = text.index(phrase)
    result = move_edge(text, start, start + len(phrase), edge=edge, grow=grow, by=by)
    return None if result is None else text[result[0]:result[1]]


@pytest.mark.parametrize(
    "phrase,edge,grow,expected",
    [
        ("said", "end", True, "said “8,000"),  # a number with a thousands comma is one word
        ("said", "start", True, "Officials said"),
        ("said “8,000 troops”", "end", False, "said “8,000 troops"),  # an end edge stops at a word's end
        ("said “8,000 troops", "end", False, "said “8,000"),
        ("said “8,000 troops”", "start", False, "8,000 troops”"),  # a start edge stops at a word's start
        ("Kursk", "end", True, "Kursk, 3.5"),
        ("Officials", "start", True, None),  # at the start of the text
        ("away", "end", True, None),  # only the full stop is left: no word
        ("said", "end", False, None),  # shrinking one word leaves nothing
    ],
)
def test_edges_move_by_whole_words(phrase, edge, grow, expected):
    assert moved(phrase, edge, grow) == expected


def test_a_word_move_of_the_start_lands_on_the_next_word_not_past_it():
    text = "Already, the DPRK's troop deployment"
    assert moved(", the DPRK's", "start", False, text=text) == "the DPRK's"  # it skipped "the"


@pytest.mark.parametrize(
    "phrase,edge,grow,expected",
    [
        ("Moscow's", "end", False, "Moscow'"),
        ("Moscow'", "end", False, "Moscow"),
        ("Moscow", "end", True, "Moscow'"),
        (", Moscow", "start", False, " Moscow"),
        ("Moscow", "start", True, " Moscow"),
        ("é", "start", True, None),  # at the start of the text
        ("🇺🇦", "end", False, None),  # a flag is one character: shrinking it leaves nothing
        ("é🇺🇦", "end", False, "é"),  # never half a flag
        ("é🇺🇦", "start", False, "🇺🇦"),  # e and its accent go together
    ],
)
def test_a_character_move_is_exact(phrase, edge, grow, expected):
    text = "e\u0301🇺🇦 said, Moscow's troops"
    assert moved(phrase.replace("é", "e\u0301"), edge, grow, "character", text) == (
        expected.replace("é", "e\u0301") if expected else None
    )


@given(st.text(alphabet="ab 1,.\n😀é\u0301", max_size=40), st.data())
def test_a_word_move_is_never_empty_and_its_moved_edge_touches_a_word(text, data):
    start = data.draw(st.integers(0, max(0, len(text) - 1)))
    end = data.draw(st.integers(start + 1, len(text))) if start < len(text) else start
    if start >= end:
        return
    edge = data.draw(st.sampled_from(["start", "end"]))
    result = move_edge(text, start, end, edge=edge, grow=data.draw(st.booleans()))
    if result is not None:
        a, b = result
        assert 0 <= a < b <= len(text)
        assert (a, b) != (start, end)
        touching = text[a] if edge == "start" else text[b - 1]
        assert unicodedata.category(touching)[0] in "LNM"


def test_unknown_edge_is_a_programming_error():
    with pytest.raises(ValueError):
        move_edge(TEXT, 0, 3, edge="middle", grow=True)
    with pytest.raises(ValueError):
        move_edge(TEXT, 0, 3, edge="end", grow=True, by="sentence")
