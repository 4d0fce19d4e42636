"""People who speak together: a coordination of names as one quote's source, every full name in the order first given."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.jointspeakers import joined
from newsmark.core.suggest.quotes import suggest_quotes

_INTRO = "Ana Ruiz and Tom Lee run the bakery on Main Street.\n\n"


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    "text",
    [
        _INTRO + "Ruiz and Lee said: “We will sue the city over the permit.”",  # the subject, a colon
        _INTRO + "“We will sue the city over the permit,” said Ruiz and Lee.",  # after the verb
        _INTRO + "“We will sue the city over the permit,” Ruiz and Lee said.",  # the subject after the quote
        _INTRO + "Over email, Ruiz and Lee disputed the claim, saying it was “simply not what happened.”",
        _INTRO + "MARKETS — Our Tom Lee and Ana Ruiz: “Stocks fell for a third day as traders weighed the data.”",
    ],
)
def test_a_coordination_of_people_speaks_jointly(text):
    assert _speakers(text) == ["Ana Ruiz and Tom Lee"]  # the order the article first gives them


def test_three_bylines_and_a_relation_word():
    text = ("WIRE — The Ledger’s Ana Ruiz, Tom Lee and Sam Ortiz: “Stocks fell for a third day as traders weighed it.”\n\n"
            "Mia Cole and her brother Dan Cole agreed to talk. Mia and Dan said the sale was “a mistake from the start.”")
    assert _speakers(text) == ["Ana Ruiz, Tom Lee and Sam Ortiz", "Mia Cole and Dan Cole"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # People told, met or thanked are no source; one speaker stays one.
        (_INTRO + "“We have a deal for the whole block,” Ruiz told Lee and Sam Ortiz.", ["Ana Ruiz"]),
        ("Ana Ruiz met Tom Lee and Sam Ortiz on Monday.\n\n“We have a deal for the whole block,” Ruiz said.", ["Ana Ruiz"]),
        # A company named for two people is one speaker, as is a body with "and" in its name.
        ("“We will fight this ruling in every court,” Johnson and Johnson said.", [""]),
        ("“We will fight this ruling in every court,” the Department of Health and Human Services said.",
         ["Department of Health and Human Services"]),
        # The joint speaker is no person of the story: the next unattributed quote keeps the one it had.
        (_INTRO + "Ruiz and Lee said: “We will sue the city over the permit.”\n\nRuiz opened the shop at dawn. "
         "“Bread does not wait for lawyers,” she said.", ["Ana Ruiz and Tom Lee", "Ana Ruiz"]),
    ],
)
def test_not_a_joint_source(text, speakers):
    assert _speakers(text) == speakers


def test_joined_names():
    assert joined(["A"]) == "A" and joined(["A", "B"]) == "A and B" and joined(["A", "B", "C"]) == "A, B and C"
