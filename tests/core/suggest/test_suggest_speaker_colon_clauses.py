"""A colon after a clause with its own subject ("… just after Ruiz declared:") hands the quote to that clause's subject."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes

_LEAD = "Ana Ruiz and Tom Lee spent the evening at the count in Akron.\n\n"


def _speaker(text: str) -> str:
    return suggest_quotes(text)[-1].attributes.get("speaker", "")


@pytest.mark.parametrize("sentence, speaker", [
    ("The crowd began to cheer just after Ana Ruiz declared: “We have won this county.”", "Ana Ruiz"),
    ("Lee said he was in the room when doctors told the family: “There is nothing more we can do.”", "doctors"),
    ("The band stopped playing as Ruiz shouted: “Thank you, Akron!”", "Ana Ruiz"),
])
def test_the_last_clauses_subject_speaks(sentence, speaker):
    assert _speaker(_LEAD + "Tom Lee told reporters: “It was close.”\n\n" + sentence) == speaker


@pytest.mark.parametrize("sentence, speaker", [
    ("When Tom Lee arrived, Ana Ruiz told reporters: “We have won this county.”", "Ana Ruiz"),  # the main clause last
    ("Ana Ruiz smiled as she said: “We have won this county.”", "Ana Ruiz"),  # a pronoun: the sentence's subject
    ("Ana Ruiz spoke after Tom Lee, saying: “We have won this county.”", "Ana Ruiz"),  # the clause ends at the comma
])
def test_the_sentences_subject_speaks_otherwise(sentence, speaker):
    assert _speaker(_LEAD + sentence) == speaker
