"""A capitalised office of a body before its holder ("Chief Secretary to the Treasury Paul Boateng", "Shadow leader of
the Commons Oliver Heald") and a passive's agent ("was welcomed by … David Willetts"): the person a pronoun means."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.sentencesubject import sentence_subject


def speakers(text: str) -> list[str]:
    return [s.attributes.get("speaker") for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The holder of an office "to"/"of"/"for" a body opens the sentence before "he said".
        ("Michael Howard said the plans would save money. \"We will cut waste,\" he said.\n\n"
         "But Chief Secretary to the Treasury Paul Boateng attacked the Tory plans. \"They are committed to cuts,\" he said.",
         ["Michael Howard", "Paul Boateng"]),
        ("Michael Howard spoke first. \"We will cut waste,\" he said.\n\n"
         "Secretary of State for Health John Reid disagreed. \"The plans are a sham,\" he said.",
         ["Michael Howard", "John Reid"]),
        # The office's body said alone before the name is no part of it.
        ("Michael Howard spoke. Shadow leader of the Commons Oliver Heald said: \"This will be part of our aim.\"",
         ["Oliver Heald"]),
        # A passive's agent is the person the sentence brings in.
        ("Age Concern said pensioners would vote. \"They matter,\" it said.\n\n"
         "The report was welcomed by Conservative shadow pensions secretary David Willetts. \"Their voice must be heard,\" he said.",
         ["Age Concern", "David Willetts"]),
        # A person a relative clause brings in without its comma, before a quote run over two paragraphs.
        ("\"We are delighted,\" said Karen Walsh, from the Tremor Foundation.\n\n"
         "The adapter is the brainchild of IBM researcher Jim Levine who developed it after seeing his uncle "
         "struggle. \"I knew there must be a way to help him.\n\n\"The number of users will grow,\" he said.",
         ["Karen Walsh", "Jim Levine", "Jim Levine"]),
    ],
)
def test_an_office_holder_and_a_passive_agent_are_the_pronouns_person(text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A firm named for two owns the person after the verb: not "Ernst".
        ("\"It will grow,\" added Ernst and Young's Sanjay Mehta. Morgan Stanley agreed.", ["Sanjay Mehta"]),
        ("\"It will grow,\" said Marks and Spencer's Stuart Rose.", ["Stuart Rose"]),
        ("\"It will grow,\" said Tom Lee and Ana Ruiz.", ["Tom Lee and Ana Ruiz"]),
    ],
)
def test_a_firm_named_for_two_owns_the_speaker_after_it(text, expected):
    assert speakers(text) == expected


def test_a_club_and_position_opening_a_sentence_is_no_persons_name():
    text = ("Sir Alex Ferguson backed Smith. Ferguson said: \"He would be the outstanding candidate.\" "
            "The Man Utd boss continued: \"I don't know what is needed. \"He was my assistant with Scotland.\" "
            "Smith was his assistant.")
    assert speakers(text) == ["Alex Ferguson"] * 3


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A lower-case office of a described or owned body, then its holder.
        ("But general secretary of the public services union Unison Dave Prentis criticised the plans. ", "Dave Prentis"),
        ("Spain's minister of sport Jaime Lissavetzky was quick to give his backing. ", "Jaime Lissavetzky"),
        # Not a holder: no office ("Fans of the club"), or the body's own name ("for International Development").
        ("Fans of the club Tom Lee met were angry. ", ""),
        ("A spokeswoman for the Department for International Development said so. ", ""),
    ],
)
def test_a_lower_case_office_of_a_body_opens_a_sentence_with_its_holder(sentence, expected):
    assert sentence_subject(sentence) == expected


def test_a_law_named_before_is_no_one_a_pronoun_means():
    text = ("Under the 1989 Children Act, public bodies have a duty to act. Laura Brownlees of Save the Children said "
            "there were grave concerns.\n\n\"If children are going to be returned there should be assessments,\" she said.")
    assert speakers(text) == ["Laura Brownlees"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An epithet opening on its quote is no one its own sentence names after a preposition ...
        ("Davenport hits out at Wimbledon\n\nWorld number one Lindsay Davenport has criticised Wimbledon.\n\nReacting to a disputed comment by All "
         "England Club chairman Tim Phillips, the American said: \"I think it is highly insulting.\"\n\nDavenport was speaking in Dubai.",
         ["Lindsay Davenport"]),
        # ... but may be the subject of a clause before it.
        ("Roger Federer is the best.\n\nWhen Lleyton Hewitt shook his hand after another thrashing, the Australian "
         "said: \"You're the best.\"", ["Lleyton Hewitt"]),
    ],
)
def test_an_epithet_and_the_names_its_sentence_governs(text, expected):
    assert speakers(text) == expected
