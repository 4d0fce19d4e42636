"""A source written as one of a group: the name given it in apposition, else one member of the group."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.partitives import apposed_name, one_of, singular
from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_one_of_a_group_named_in_apposition_is_that_person():
    text = ("Hundreds marched through the city centre on Saturday.\n\n"
            "One of the marchers, Priya Okafor, 37, a nurse from Leeds, said: “We have waited long enough for a decision.”")
    assert _speakers(text) == ["Priya Okafor"]


def test_one_of_a_group_unnamed_is_one_member():
    text = "“It was a humiliating meeting for all of us,” one of the shift supervisors present said afterwards."
    assert _speakers(text) == ["shift supervisor"]


def test_a_group_followed_by_a_relative_clause_is_one_member():
    text = ("“The centre should never have closed,” one of the volunteers, who asked not to be named, said.")
    assert _speakers(text) == ["volunteer"]


def test_a_named_source_after_a_group_is_left_as_it_was():
    text = "“We will appeal the ruling next week,” said Marta Lindqvist, one of the lawyers for the family."
    assert _speakers(text) == ["Marta Lindqvist"]


@pytest.mark.parametrize(
    ("who", "member"),
    [
        ("one of the protesters", "protester"),
        ("one of the project managers present", "project manager"),
        ("another of his advisers, who spoke on condition of anonymity", "adviser"),
        ("one of two witnesses who saw the crash", "witness"),
        ("one of the former prosecutors for the state", "former prosecutor"),
        ("one of these analyses", "analysis"),
        ("one of the women", "woman"),
        ("a spokesperson for the council", ""),  # no group: left to the usual reading
        ("one official", ""),
    ],
)
def test_one_of(who, member):
    assert one_of(who) == member


@pytest.mark.parametrize(("plural", "one"), [("parties", "party"), ("coaches", "coach"), ("boxes", "box"),
                                             ("news", "news"), ("status", "status"), ("children", "child")])
def test_singular(plural, one):
    assert singular(plural) == one


def test_apposed_name_needs_a_person_name_then_a_comma_or_verb():
    text = "A spokesperson for the agency, Ana Ruiz, said: “We are looking into it.”"
    at = text.index("“")
    assert apposed_name(text, "a spokesperson for the agency", at, len(text)) == "Ana Ruiz"
    body = "A spokesperson for the agency, Harbour Transit Authority, said: “We are looking into it.”"
    assert apposed_name(body, "a spokesperson for the agency", body.index("“"), len(body)) == ""  # a body, no person
    owner = "One of the guards, Ana Ruiz’s brother, said: “We are looking into it.”"
    assert apposed_name(owner, "one of the guards", owner.index("“"), len(owner)) == ""  # whose brother: unnamed
