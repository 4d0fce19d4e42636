"""The pronoun right before the reporting verb speaks, not a lower-case run the attribution read before it."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.verbsubject import pronoun_subject


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    "text",
    [
        # An object's relative clause: "a plan which she said …".
        "Nora Vance spoke for an hour. She then unveiled a plan for the harbour which she said would "
        "bring “thousands of new jobs to the town by next year.”",
        # An aside between dashes before the pronoun.
        "Nora Vance spoke at the hearing. Asked about the money for her garden project – the one by the river – "
        "she said the grant was “gone before we had even started.”",
    ],
)
def test_the_pronoun_before_the_verb_speaks(text):
    assert _speakers(text) == ["Nora Vance"]


def test_a_lower_case_source_before_its_own_verb_stays():
    text = "“We expect the road to reopen on Friday at the earliest,” a council spokesperson said."
    assert _speakers(text) == ["council spokesperson"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the plan which he said would", "he"),
        ("the plan which he quietly told them was", "he"),
        ("what they said. Then the plan", ""),  # the sentence ended after the verb: another clause
        ("the plan which he drew", ""),  # no reporting verb
    ],
)
def test_pronoun_subject(text, expected):
    assert pronoun_subject(text, 0, len(text)) == expected
