"""Moving a span's edges by a word."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmark.core.text.edges import move_edge

TEXT = "Officials said “8,000 troops” arrived in Kursk, 3.5 km away."


def moved(phrase: str, edge: str, grow: bool) -> str | None:
    start = TEXT.index(phrase)
    result = move_edge(TEXT, start, start + len(phrase), edge=edge, grow=grow)
    return None if result is None else TEXT[result[0]:result[1]]


@pytest.mark.parametrize(
    "phrase,edge,grow,expected",
    [
        ("said", "end", True, "said “8,000"),  # a number with a thousands comma is one word
        ("said", "start", True, "Officials said"),
        ("said “8,000 troops”", "end", False, "said “8,000"),
        ("said “8,000 troops”", "start", False, "“8,000 troops”"),
        ("Kursk", "end", True, "Kursk, 3.5"),
        ("Officials", "start", True, None),  # at the start of the text
        ("away", "end", True, None),  # only the full stop is left: no word
        ("said", "end", False, None),  # shrinking one word leaves nothing
    ],
)
def test_edges_move_by_whole_words(phrase, edge, grow, expected):
    assert moved(phrase, edge, grow) == expected


@given(st.text(alphabet="ab 1,.\n😀é\u0301", max_size=40), st.data())
def test_a_moved_span_is_never_empty_nor_padded_with_space(text, data):
    start = data.draw(st.integers(0, max(0, len(text) - 1)))
    end = data.draw(st.integers(start + 1, len(text))) if start < len(text) else start
    if start >= end:
        return
    result = move_edge(text, start, end, edge=data.draw(st.sampled_from(["start", "end"])), grow=data.draw(st.booleans()))
    if result is not None:
        a, b = result
        assert 0 <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        assert (a, b) != (start, end)


def test_unknown_edge_is_a_programming_error():
    with pytest.raises(ValueError):
        move_edge(TEXT, 0, 3, edge="middle", grow=True)
