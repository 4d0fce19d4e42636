"""Who a sentence is about, for "he said"/"she said": past a short opening phrase, and the person in apposition to a possessed noun."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.sentencesubject import sentence_subject


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_a_person_in_apposition_to_someone_s_relative_is_the_subject():
    text = ("Ana Ruiz fell ill in 2010. “I could not focus at all, I could not have acted,” she said.\n\n"
            "Ruiz’s son, filmmaker Tom Okafor (“The Discovery”), also remembers it as a trying time. "
            "“If your mom comes to you after surgery with this, it is hard to take,” he said.")
    assert _speakers(text) == ["Ana Ruiz", "Tom Okafor"]


def test_a_possessed_noun_without_a_named_apposition_keeps_its_owner():
    text = ("Ana Ruiz fell ill in 2010.\n\nRuiz’s office, a small room, was closed for a month. "
            "“It was the hardest time of my whole life,” she said.")
    assert _speakers(text) == ["Ana Ruiz"]


def test_the_subject_after_a_short_opening_phrase():
    text = ("Dele Harper wrote the film. Ana Ruiz sang in it.\n\n"
            "“It was a total surprise to all of us,” Harper said.\n\n"
            "As it turned out, Ruiz had spent years on music in secret. “It was terrifying for me,” she said.")
    assert _speakers(text) == ["Dele Harper", "Ana Ruiz"]


def test_a_name_whose_description_lacks_its_closing_comma_opens_the_sentence():
    """"Ana Ruiz, Acme's chief financial officer said …" (the comma after the description left out, as often)."""
    text = ("Acme results\n\nAcme spoke to analysts on Monday. Ana Ruiz, Acme's chief financial officer said a test "
            "version would be ready by the end of the year.\n\n\"We are going to have a great race,\" she said.")
    assert _speakers(text) == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("Ana Ruiz, Acme's chief financial officer said a test version would be ready.", "Ana Ruiz"),
        ("JF Berg, spokesman for e-mail software firm Sendmail said firms were waking up.", "JF Berg"),
        ("Ana Ruiz, the first in her family to go to college said she was proud.", ""),  # no role: a long aside
        ("Ana Ruiz, Acme's chief financial officer won the prize.", ""),  # no reporting verb
    ],
)
def test_an_unclosed_description_needs_a_role_and_a_reporting_verb(sentence, subject):
    assert sentence_subject(sentence) == subject
