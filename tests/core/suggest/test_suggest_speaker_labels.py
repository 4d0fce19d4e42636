"""Party and state labels after a politician's name ("Sen. Ana Ruiz (D-Wis.) said") do not hide the speaker."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.partylabels import blank_labels
from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


@pytest.mark.parametrize("label", ["(D-Wis.)", "(R-Iowa)", "(I-Vt.)", "(Tex.)", "(R-OH)", "(D-N.Y.)", "(R)", "(D-New Mexico)"])
def test_a_label_after_a_name_becomes_spaces_of_its_length(label):
    text = f"Sen. Ana Ruiz {label} said on Monday"
    blanked = blank_labels(text)
    assert len(blanked) == len(text)
    assert blanked.split() == ["Sen.", "Ana", "Ruiz", "said", "on", "Monday"]


def test_a_comma_after_the_label_moves_up_to_the_name():
    assert blank_labels("Rep. Ana Ruiz (D-Calif.), who chairs it").split() == ["Rep.", "Ana", "Ruiz,", "who", "chairs", "it"]


@pytest.mark.parametrize("text", ["He moved to (Tex.) in May", "the vote (R) was close", "Acme (ACME) rose", "a fee (Iowa) of"])
def test_brackets_that_follow_no_name_or_are_no_label_stay(text):
    assert blank_labels(text) == text


def test_a_labelled_senator_speaks_a_quote_after_her_verb():
    text = ("The bill failed on Monday after a long debate.\n\n"
            "Sen. Ana Ruiz (D-Wis.) said Sunday in Madison that she hoped for a turnout which “would surprise everyone "
            "watching this race.”")
    assert _speakers(text) == ["Ana Ruiz"]


def test_a_labelled_speaker_after_the_quote():
    text = ("Dele Harper had asked for a delay in the vote.\n\n"
            "“We will not wait for another year on this,” Rep. Ana Ruiz (R-Iowa) said.")
    assert _speakers(text) == ["Ana Ruiz"]


def test_a_labelled_speaker_with_an_apposition():
    text = ("Dele Harper had asked for a delay in the vote.\n\n"
            "Sen. Ana Ruiz (R-Tex.), a candidate for governor, tweeted a warning. “This is the wrong road for the state.”")
    assert _speakers(text) == ["Ana Ruiz"]


def test_a_state_alone_after_the_name():
    text = ("Dele Harper spoke first at the hearing.\n\n"
            "Sen. Ana Ruiz (Tex.) has said that she would “carpet bomb them into oblivion if it came to that.”")
    assert _speakers(text) == ["Ana Ruiz"]
