"""A reporting verb joined by "and" to its clause's first verb: the clause's subject speaks, not whoever spoke before."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.coordinated import coordinated_subject
from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes.get("speaker", "") for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    "head, subject",
    [
        ("He funds several youth clubs and has stated, ", "He"),
        ("Eight years ago, he backed the senator and said, ", "he"),
        ("Local councillor Ana Ruiz called the event a \"mess\" and said: ", "Ana Ruiz"),
        ("On Monday, she toured the plant and later told reporters: ", "she"),
        ("Ana Ruiz, who chairs the board, met the workers and said: ", "Ana Ruiz"),
    ],
)
def test_the_clause_subject_of_a_joined_reporting_verb(head, subject):
    assert coordinated_subject(head) == subject


@pytest.mark.parametrize(
    "head",
    [
        "Ruiz said Lee left early and added: ",  # the verb's clause has a subject of its own
        "Ruiz met Lee, who smiled and said: ",  # a relative clause's verb
        "The rain stopped and the mayor said: ",  # a new subject after "and"
        "Tom Okafor said: ",  # no joined verb
    ],
)
def test_no_clause_subject_where_the_verb_has_its_own(head):
    assert coordinated_subject(head) == ""


def test_a_joined_verb_takes_the_quote_from_the_previous_speaker():
    text = ("“We never close,” said Tom Okafor, who has run the club for ten years.\n\n"
            "Local councillor Ana Ruiz called the evening a \"disgrace\" and said: “The owners owe the town an apology.”")
    assert _speakers(text)[-1] == "Ana Ruiz"


def test_a_joined_verb_after_a_pronoun_is_the_pronouns_person():
    text = ("“We never close,” said Tom Okafor, who has run the club for ten years.\n\n"
            "The mayor, Ana Ruiz, opened a second club in May. She gives it money every year and has stated, "
            "“Every street needs one.”")
    assert _speakers(text)[-1] == "Ana Ruiz"


def test_a_source_named_after_his_reported_words_is_who_he_means_next():
    text = ("Mark Ruiz wants the mines open. “Coal built this town,” he said.\n\n"
            "But new power in the region comes from gas and wind as states commit to cleaner energy and the outlook "
            "for coal remains unclear, said Tom Okafor, director of the Centre for Energy Economics.\n\n"
            "“Nobody is building coal plants any more,” he said.")
    assert _speakers(text) == ["Mark Ruiz", "Tom Okafor"]

