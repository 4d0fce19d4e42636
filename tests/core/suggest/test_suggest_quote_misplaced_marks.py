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


def test_a_closing_mark_typed_for_the_opening_one_after_said_opens_the_quote():
    text = "Asked what came next, the mayor said, ”We will finish the bridge first and then the school.” Nobody clapped."
    assert _quotes(text) == [("We will finish the bridge first and then the school.", "mayor")]


def test_a_closing_mark_after_a_comma_and_a_lower_case_word_opens_nothing():
    text = "“We will finish the bridge first, ” she said, ”and then the school.”"
    assert [q for q, _ in _quotes(text)] == ["We will finish the bridge first"]


def test_a_double_quote_closed_by_a_single_mark_before_its_attribution_ends_there():
    text = ("Dana Whitfield runs the hall.\n\n“We cannot plan the year around a cure that may never come,’ she says.\n\n"
            "She points out that other halls have done the same.")
    assert _quotes(text) == [("We cannot plan the year around a cure that may never come", "Dana Whitfield")]


def test_a_single_quotation_inside_an_unclosed_double_one_does_not_close_it():
    text = "Dana Whitfield runs the hall.\n\n“He said, ‘We cannot plan the year,’ she says.\n\nShe points out more."
    assert [q for q, _ in _quotes(text)] == ["We cannot plan the year"]  # the inner one alone


def test_an_opening_mark_typed_twice_opens_one_quote():
    text = 'The board met on Monday.\n\n""Our plan keeps every school open next year," Dana Whitfield said.'
    assert _quotes(text) == [("Our plan keeps every school open next year", "Dana Whitfield")]
