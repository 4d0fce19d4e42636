"""An inverted attribution with a description of mixed case before the name (sentences written for them)."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.saiddescribed import said_described


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Omar Reyes spoke first.\n\n“October gave her a lift,” said former Obama adviser Dana Whitfield.",
         ["Dana Whitfield"]),
        ("Omar Reyes spoke first.\n\n“He is struggling with all of it,” said former Vermont governor Dana Whitfield (D), "
         "a Reyes supporter.", ["Dana Whitfield"]),
        ("Omar Reyes spoke first.\n\n“The candidates just don’t get it,” said Army Capt. Dana Whitfield, who would not "
         "vote.", ["Dana Whitfield"]),
        ("Omar Reyes spoke first.\n\n“I don’t see how this changes our plans,” said Pentagon spokesman Navy Capt. "
         "Dana Whitfield, who was asked about it.", ["Dana Whitfield"]),
        ("Omar Reyes spoke first.\n\n“Thanks for welcoming these families,” said master of ceremonies Dana Whitfield, "
         "an engineer.", ["Dana Whitfield"]),
        ("Omar Reyes spoke first.\n\n“I don’t know where he stands,” said undecided Republican voter Dana Whitfield of "
         "Dayton, Ohio, before the event.", ["Dana Whitfield"]),
    ],
)
def test_the_name_after_a_mixed_description_speaks(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    "tail",
    [
        ", said Reyes on Tuesday at Akron City Hall.",  # a time and a place after the name: no description
        ", said Reyes, adding that Dana Whitfield agreed.",  # a comma ends the attribution
        ", said Acme Stores Dana Whitfield.",  # capitalised words only, no role or title in them
        ", said Navy Capt. Whitfield.",  # a title and a surname: "Capt. Whitfield" is no two-word name
        ", said the former governor Dana Whitfield.",  # an article: the article patterns read it
        ", said one Ohio Democrat.",  # "one" opens an unnamed source, not a description
    ],
)
def test_no_mixed_description_no_name(tail):
    assert said_described(tail) == ""


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The description and the name before the verb.
        ("Omar Reyes spoke first.\n\n“Does that help anyone?” former Obama adviser Dana Whitfield asked on Twitter.",
         ["Dana Whitfield"]),
        ("Omar Reyes spoke first.\n\n“Does that help anyone?” former state senator Dana Whitfield (R) said.",
         ["Dana Whitfield"]),
        # A capitalised first word after the quote may open a sentence of its own: no description read.
        ("Omar Reyes spoke first.\n\n“We will win this race,” Reyes said, and state senator Dana Whitfield agreed.",
         ["Omar Reyes"]),
    ],
)
def test_a_mixed_description_before_the_verb_gives_the_name(text, speakers):
    assert _speakers(text) == speakers
