"""Speakers of quotes in clauses: a coordinated clause after the quote, a long opening, an absolute "with" clause
(sentences written for them)."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.attribution import attribution
from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # "…" and Reyes says …: a clause of its own, whose subject is not the first quote's source.
        ("Dana Whitfield and Omar Reyes debated. Dana Whitfield accuses the council of “hiding the real costs” and "
         "Omar Reyes says it is “doing its level best.”", ["Dana Whitfield", "Omar Reyes"]),
        # An opening of a place with its state, or a participle, comes before the subject.
        ("Omar Reyes spoke first. At a town hall in Dayton, Ohio, Dana Whitfield went after Reyes, calling him "
         "“a total stiff.”", ["Dana Whitfield"]),
        ("Omar Reyes spoke first. Campaigning on Monday in Ohio, Dana Whitfield referred to Reyes as "
         "“a bright, charismatic leader.”", ["Dana Whitfield"]),
        # An absolute clause before a colon: its subject is the one shouting.
        ("Omar Reyes spoke first. Some fans shoved a steward, with Dana Whitfield reportedly yelling: "
         "“Get him out of here!”", ["Dana Whitfield"]),
        ("Dana Whitfield spoke first. The crowd pressed in, with Whitfield shouting: “Get him out of here now!”",
         ["Dana Whitfield"]),
    ],
)
def test_the_clause_a_quote_sits_in_names_its_speaker(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # "…," and Reyes says …: with a comma inside the marks the verb after still attributes the quote before.
        ("Omar Reyes spoke first.\n\n“We will appeal the ruling,” Dana Whitfield said and left.", ["Dana Whitfield"]),
    ],
)
def test_a_comma_inside_the_marks_keeps_the_verb_after(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    "text",
    [
        # A "with" clause that does not end on the colon, or whose subject is no name, hands nothing over.
        "The gates opened, with Omar Reyes at the front of the line: “Close the depot.”",
        "The gates opened, with the crowd chanting: “Close the depot.”",
    ],
)
def test_other_with_clauses_hand_nothing_over(text):
    assert attribution(text, text.index("“"), len(text)) == ""
