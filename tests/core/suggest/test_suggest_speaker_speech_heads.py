"""A heading naming whose speech, statement or transcript follows gives its owner the quotes printed under it."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.speechheads import SpeechHeads

_BEFORE = ("Governor lays out her plans for the new session\n\n"
           "Governor Ana Ruiz opened the legislative session on Tuesday with a promise to cut property taxes.\n\n"
           "Outside the chamber, police spokesman Dan Reyes said: “About forty people have gathered on the steps.”\n\n")
_SPEECH = ("“Members of the Assembly, thank you for coming back to this chamber.\n\n"
           "“This year we will cut property taxes for every family that owns its home.\n\n"
           "“We will also open six new clinics in the northern counties.”\n\n")


def _speakers(text: str) -> dict[str, str]:
    return {text[s.start:s.end]: s.attributes.get("speaker", "") for s in suggest_quotes(text)}


@pytest.mark.parametrize("heading", [
    "The Governor's State of the State address 2025 full transcript",
    "Read Ana Ruiz's speech in full",
    "Full text of Governor Ruiz's address",
    "Governor Ruiz's remarks (full text)",
])
def test_quotes_under_a_speech_heading_are_its_owners(heading):
    speakers = _speakers(_BEFORE + heading + "\n\n" + _SPEECH)
    assert speakers["About forty people have gathered on the steps."] == "Dan Reyes"
    assert speakers["This year we will cut property taxes for every family that owns its home."] == "Ana Ruiz"
    assert speakers["We will also open six new clinics in the northern counties."] == "Ana Ruiz"


def test_the_next_heading_ends_the_speech():
    text = (_BEFORE + "Read Ana Ruiz's speech in full\n\n" + _SPEECH + "Reaction in the chamber\n\n"
            "Senate leader Tom Okafor said the plan was costly.\n\n“It does not add up,” he said.\n\n"
            "“Nobody has shown us the sums.”\n\n")
    assert _speakers(text)["Nobody has shown us the sums."] == "Tom Okafor"


@pytest.mark.parametrize("line", [
    "Ana Ruiz's statement angers union",  # a headline-like line: the noun is no heading's last words
    "Club statement",  # no owner named
    "What the speech means for renters",
    "Ana Ruiz's speech was long.",  # a sentence
])
def test_lines_that_name_no_speechs_owner(line):
    heads = SpeechHeads("Title\n\n" + line + "\n\n“We will cut taxes.”\n\n")
    assert heads.owner(len("Title\n\n" + line) + 4) == ""


def test_a_speech_heading_as_the_articles_headline_is_not_used():
    heads = SpeechHeads("Ana Ruiz's speech in full\n\nSome analysis follows.\n\n“We will cut taxes,” a critic said.\n\n")
    assert heads.owner(40) == ""


def test_an_attributed_quote_under_the_heading_keeps_its_own_source():
    text = (_BEFORE + "Read Ana Ruiz's speech in full\n\n“We will cut taxes,” she began.\n\n"
            "“It will not work,” Senate leader Tom Okafor said afterwards.\n\n")
    assert _speakers(text)["It will not work"] == "Tom Okafor"
