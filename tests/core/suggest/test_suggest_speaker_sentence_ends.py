"""Speakers of quotes that end their sentence inside the marks (sentences written for them)."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The quote ends the sentence its subject opened: the name and verb after it open the next sentence.
        ("The board met on Monday. Later, Governor Dana Whitfield called the levy “a plain failure of leadership.” "
         "Omar Reyes said Tuesday he agreed with her.", ["Dana Whitfield"]),
        ("The state treasurer, Dana Whitfield, insisted that “the pension fund is sound.” Mayor Omar Reyes said he "
         "was not so sure.", ["Dana Whitfield"]),
        ("Dana Whitfield asked the panel “why the vote was moved again?” Omar Reyes told reporters it was routine.",
         ["Dana Whitfield"]),
    ],
)
def test_a_quote_ending_its_sentence_is_not_the_next_sentences(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A quote that opens its sentence keeps the name after it, even with a full stop inside the marks.
        ("The board met on Monday.\n\n“We will appeal the ruling.” Dana Whitfield said.", ["Dana Whitfield"]),
        # After a colon or a dateline dash the quote opens the words: the name after it is still its source.
        ("Asked what comes next: “We will appeal the ruling.” Dana Whitfield said.", ["Dana Whitfield"]),
        ("“We will appeal,” Dana Whitfield said, “and we will win.” Omar Reyes disagreed.",
         ["Dana Whitfield", "Dana Whitfield"]),
    ],
)
def test_a_quote_opening_its_sentence_keeps_the_name_after_it(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A body's name then a person's with no comma between: the person speaks.
        ("Before the vote, Minister in the Ministry of Trade Dana Whitfield said, “The issue is a simple one.”",
         ["Dana Whitfield"]),
        # An unnamed source described by capitalised words keeps no article: "A Texas Republican" → "Texas Republican".
        ("The hearing dragged on. A Texas Republican said the session was as lively “as a tax seminar.” "
         "Omar Reyes laughed.", ["Texas Republican"]),
    ],
)
def test_the_speaker_phrase_drops_a_body_name_and_an_article(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A body's name alone stays whole, and a two-word place after "of" is no person.
        ("“We will review the rules,” the Department of Homeland Security said.", ["Department of Homeland Security"]),
        ("“We will review the rules,” the University of North Carolina said.", ["University of North Carolina"]),
    ],
)
def test_a_body_name_alone_stays_whole(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # An initialism's stops are no end of an unnamed source.
        ("Omar Reyes spoke first.\n\n“He was handled so lightly for his offense,” said a former U.S. law enforcement "
         "official who oversaw the case.", ["former U.S. law enforcement official"]),
        ("Omar Reyes spoke first.\n\n“We will hold the line at all costs,” said a senior U.K. official.",
         ["senior U.K. official"]),
        # A full stop after a capital that ends a sentence still ends the source.
        ("Omar Reyes spoke first.\n\n“We will hold the line at all costs,” said a senior official in Washington, D.C. "
         "He left.", ["senior official in Washington"]),
    ],
)
def test_an_unnamed_source_runs_over_an_initialism(text, speakers):
    assert _speakers(text) == speakers
