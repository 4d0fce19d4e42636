"""An opening mark typed where the closing one belongs (texts written for them)."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(text[s.start:s.end], s.attributes["speaker"]) for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # "…,“ said": after the quote's last stop and before a space the mark closes the quote.
        ("Omar Reyes spoke first.\n\n“It is a hard thing to do,“ said Dana Whitfield, a lawyer. “Nobody pulls it off.”",
         [("It is a hard thing to do", "Dana Whitfield"), ("Nobody pulls it off.", "Dana Whitfield")]),
        ('Omar Reyes spoke first.\n\n"It is a hard thing to do,“ said Dana Whitfield. "Nobody pulls it off."',
         [("It is a hard thing to do", "Dana Whitfield"), ("Nobody pulls it off.", "Dana Whitfield")]),
        ("Dana Whitfield spoke first.\n\n“We knew the plan would fail from the start.“\n\nReyes disagreed.",
         [("We knew the plan would fail from the start.", "Dana Whitfield")]),
    ],
)
def test_an_opening_mark_after_the_last_stop_closes_the_quote(text, quotes):
    assert _quotes(text) == quotes


def test_an_opening_mark_after_a_space_still_opens_the_next_quote():
    text = "Omar Reyes spoke first.\n\n“We will go on with it,” said Dana Whitfield, “and we will win the race.”"
    assert _quotes(text) == [("We will go on with it", "Dana Whitfield"), ("and we will win the race.", "Dana Whitfield")]
