"""A run of capitals across a sentence end ("… in Leeds, England. We’re told …") is no person to give quotes to."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.namephrases import is_name_phrase, name_mentions
from newsmark.core.suggest.quotes import suggest_quotes


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Ana Ruiz", True),
        ("Robert A. Wood", True),  # an initial
        ("Gov. Ana Ruiz", True),  # a title
        ("Ana Ruiz Jr.", True),
        ("England. We’re", False),  # a sentence end, then a contraction
        ("Leeds. They", False),
        ("It’s Ana", False),
    ],
)
def test_is_name_phrase(phrase, expected):
    assert is_name_phrase(phrase) is expected


def test_a_contraction_after_a_sentence_end_speaks_no_quote():
    text = ("Commuters were stranded for hours in the centre of Leeds, England. We’re told that a crisis shows who we are.\n\n"
            "The company raised its prices that night, saying it wanted “to bring more drivers onto the roads quickly.”")
    assert [s.attributes.get("speaker", "") for s in suggest_quotes(text)] == ["company"]  # the clause's subject


def test_a_mention_over_a_sentence_end_keeps_the_name_after_it():
    assert name_mentions([(10, "Ana Ruiz. Ruiz"), (40, "Leeds. We’re"), (60, "Gov. Ana Ruiz")]) == [(20, "Ruiz"), (60, "Gov. Ana Ruiz")]
