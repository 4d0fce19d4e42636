"""Speaker phrases the mention scan wrote wrong: a sentence end after an abbreviation (sentences written for them)."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.speakers import person_name


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # A capitals abbreviation with its full stop ends the sentence before the next word.
        ("UK. She", "She"),
        ("EU. Ana Ruiz", "Ana Ruiz"),
        # An initialism then a subject pronoun: the pronoun opens the next sentence.
        ("U.S. They", "They"),
        # An adverb opening the sentence before "I".
        ("Suddenly I", "I"),
        # Initials, a middle initial, a regnal number and a title in capitals stay.
        ("J.C. Dunmore", "J.C. Dunmore"),
        ("Ana R. Ruiz", "Ana R. Ruiz"),
        ("Charles I", "Charles I"),
        ("DR. RUIZ", "RUIZ"),
    ],
)
def test_a_sentence_end_after_an_abbreviation_cuts_the_name(phrase, name):
    assert person_name(phrase) == name


def test_a_pronoun_after_an_abbreviation_stays_with_the_speaker_before():
    text = ("Tomas Berg, a lecturer in Leeds, said the halls were full.\n\n"
            "Berg said the same happened in the UK. He said that testing had to be fast. "
            "“Nobody can live like that for a year,” he says.")
    assert _speakers(text) == ["Tomas Berg"]
