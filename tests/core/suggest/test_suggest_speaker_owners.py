"""Speakers past a possessive, an adverb before a naming verb, and a present-tense verb (sentences written for them)."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # "Reyes’s comments" owns a noun that is also a verb: the sentence's subject speaks.
        ("Omar Reyes spoke first. Senator Dana Whitfield told reporters Tuesday that Reyes’s comments "
         "“show a real bias to me.”", ["Dana Whitfield"]),
        ("Omar Reyes spoke first. Dana Whitfield said Reyes’ notes “were never meant for the public.”",
         ["Dana Whitfield"]),
        # An adverb between the subject and a naming verb is no part of the subject.
        ("Dana Whitfield met Omar Reyes in May. Reyes later called Whitfield “very weak on the budget.”", ["Omar Reyes"]),
        ("Dana Whitfield met Omar Reyes in May. Whitfield repeatedly described the plan as “a waste of good money.”",
         ["Dana Whitfield"]),
        # After a quote closed by "," or "?", a name and a present-tense verb attribute it.
        ("Omar Reyes spoke first.\n\n“We need to move fast on this,” Dana Whitfield presses.", ["Dana Whitfield"]),
        ("Omar Reyes spoke first.\n\n“Why would anyone vote for that budget?” Dana Whitfield counters.",
         ["Dana Whitfield"]),
    ],
)
def test_the_subject_speaks_past_owners_adverbs_and_present_verbs(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A body named by its owner still speaks: "Ruritania’s foreign ministry said".
        ("Omar Reyes spoke first. Ruritania’s foreign ministry said it saw the move as “a clear provocation.”",
         ["Ruritania’s foreign ministry"]),
        # After "?" a name and a present verb with an object open a new sentence: the earlier speaker keeps it.
        ("Omar Reyes spoke first.\n\n“Why would anyone vote for that budget?” Dana Whitfield wants the plan scrapped "
         "by the end of the month.", ["Omar Reyes"]),
    ],
)
def test_owners_bodies_and_new_sentences_stay_as_they_were(text, speakers):
    assert _speakers(text) == speakers
