"""Short complete utterances handed over by a reporting verb are quotes; short scare quotes are not (texts written for them)."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes


def _quoted(text: str) -> list[str]:
    return [text[s.start:s.end] for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # the quote opens its sentence and a reporting verb follows the comma
        ("Dana Whitfield looked at the results.\n\n“Fantastic,” she says, pointing at the chart.", ["Fantastic"]),
        ('The plan fell apart.\n\n"It failed," one of the engineers said later.', ["It failed"]),
        ("Omar Reyes was asked about the deal. “Never!” Reyes shouted.", ["Never!"]),
        # a reporting verb with a comma right before, a stop inside the marks
        ("He turned to me and said, “I'm Omar.” I nodded.", ["I'm Omar."]),
        ("Asked who would win, one voter replied, ‘Nobody knows.’ Others agreed.", ["Nobody knows."]),
        # a paragraph of its own
        ("Reyes began to count.\n\n“Three seconds.”\n\nThe crowd went quiet.", ["Three seconds."]),
    ],
)
def test_a_short_utterance_handed_over_is_a_quote(text, quoted):
    assert _quoted(text) == quoted


@pytest.mark.parametrize(
    "text",
    [
        "Reyes called the vote a “historic mistake” and left.",  # a scare quote in the narrator's sentence
        "The mayor said the plan was “reckless,” and Dana Whitfield agreed.",  # inside reported speech, mid-sentence
        "“Reckless” is how Dana Whitfield described it.",  # no reporting verb handing it over
        "Asked about her hero, Dana Whitfield replied, “Omar Reyes.”",  # a name in marks, not an utterance
        "The judge said, “guilty.” The room fell silent.",  # a fragment, not a sentence
    ],
)
def test_short_scare_quotes_stay_out(text):
    assert _quoted(text) == []


def test_one_word_a_split_quote_carries_on_is_not_a_quote():
    text = 'Dana Whitfield spoke first.\n\n"And," Whitfield said, "we will keep going until the work is done."'
    assert _quoted(text) == ["we will keep going until the work is done."]
