"""Who a sentence is about, for "he said"/"she said": past a short opening phrase, and the person in apposition to a possessed noun."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes


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
