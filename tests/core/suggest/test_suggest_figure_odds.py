"""Betting odds and tie-breaks written with a slash are two figures each (``figureodds``, round 43)."""

from __future__ import annotations

import pytest

from tests.core.suggest.figurecheck import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was hot favourite to go first, with odds of 1/4 to leave.", [("1", 1, "odds"), ("4", 4, "odds")]),
        ("Bookmakers made Bez favourite at 7/4, while Kenzie is second at 2/1.",
         [("7", 7, "odds"), ("4", 4, "odds"), ("2", 2, "odds"), ("1", 1, "odds")]),
        # Odds with a hyphen were two figures already; near words of betting they are odds.
        ("Bez is now 2-1 favourite to win.", [("2", 2, "odds"), ("1", 1, "odds")]),
        # A tie-break after a set's score: two points scores.
        ("He won 6-1 7-6 (7/5) in the final.",
         [("6", 6, ""), ("1", 1, ""), ("7", 7, ""), ("6", 6, ""), ("7", 7, ""), ("5", 5, "")]),
    ],
)
def test_slashed_odds_and_tie_breaks_are_two_figures(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The meeting is on 7/4/2005 in the town hall.",  # a date
        "Shares rose 3/4 of a point on Monday.",  # a fraction, no betting
        "Since 9/11 the airline has flown fewer routes.",
        "The score was 6/4 to the visitors.",  # no word of betting near
    ],
)
def test_a_slash_between_numbers_without_betting_is_no_odds(text):
    assert found(text) == []
