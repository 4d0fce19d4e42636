"""Titles and names in quotation marks are not speech, with the stop American style puts inside them (texts written for them)."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes


def _quoted(text: str) -> list[str]:
    return [text[s.start:s.end] for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    "text",
    [
        # Title Case with the stop inside the marks: a film, a book, a slogan on a poster
        "Dana Whitfield won praise for her part in “Winter on the River.”\n\nShe starts filming next month.",
        "The fair's poster promised “The Town of Tomorrow.” Few believed it.",
        # a number counts as a capital
        "Reyes made the magazine's “25 Leaders Under 40 List” in 2010.",
        # a cue with a colon, a comma or a cross-reference
        "The team described the method in a paper titled: “A faster approach to sorting large lists of numbers.”",
        "Whitfield wrote a column entitled, “why the city keeps losing its best teachers to the suburbs.”",
        "The firm raised money from two funds (see “how small funds beat the market”), among others.",
    ],
)
def test_titles_are_not_quotes(text):
    assert _quoted(text) == []


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("“We will keep going until the job is done.” Omar Reyes said.", ["We will keep going until the job is done."]),
        ("Protesters carried signs reading “Fewer Tests, More Teachers.” through the square.", ["Fewer Tests, More Teachers."]),
        ("Reyes asked: “Who Is Going To Pay For It?”", ["Who Is Going To Pay For It?"]),
    ],
)
def test_sentences_stay_quotes(text, quoted):
    assert _quoted(text) == quoted


def test_a_book_after_the_quote_it_is_cited_for_is_not_a_quote():
    text = "“It was hard,” Omar Reyes recalled in “Lessons From the Road.” He did not say more."
    assert _quoted(text) == ["It was hard"]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # names in a sentence of its own are speech, stop or not
        ("“It is down to two men,” said Dana Whitfield. “That's Omar Reyes and Tom Lee.”",
         ["It is down to two men", "That's Omar Reyes and Tom Lee."]),
        ('The group sent one line: "THIS IS NOT OK."', ["THIS IS NOT OK."]),
        # a comma after a word like "program" is no title cue
        ("Under the state's reading program, “schools were losing teachers every year,” Reyes said.",
         ["schools were losing teachers every year"]),
    ],
)
def test_names_in_a_sentence_of_their_own_are_speech(text, quoted):
    assert _quoted(text) == quoted
