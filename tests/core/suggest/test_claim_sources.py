"""The claim suggester's ``source``: who asserts each claim, named as a quote's speaker is (``claimnames``)."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.claims import suggest_claims
from newsmark.core.tagset import default_tag_set

LEAD = "Flooding closed the coastal road near the harbour for a second day on Monday.\n\n"


def sources(body: str) -> list[tuple[str, str]]:
    """(claim, source) of each claim the suggester proposes in the body written after a neutral lead."""
    text = LEAD + body
    return [(text[s.start:s.end], s.attributes["source"]) for s in suggest_claims(text)]


@pytest.mark.parametrize(("body", "claim", "source"), [
    # X said that …
    ("Harriet Okonjo said that the repairs would take a month.", "the repairs would take a month", "Harriet Okonjo"),
    # …, X said. (the full name, not the title before it)
    ("The barrier had failed twice before, Harbour Master Tomas Lindqvist said.",
     "The barrier had failed twice before", "Tomas Lindqvist"),
    # according to X (an organisation by its name, without the article)
    ("Damage ran to about $40 million, according to the Coastal Insurance Association.",
     "Damage ran to about $40 million", "Coastal Insurance Association"),
    # X, who …, said that …
    ("Maria Castellanos, who runs the fishing cooperative, said that boats had been lost.",
     "boats had been lost", "Maria Castellanos"),
    # an unnamed source: its head phrase
    ("Officials said that the road would reopen on Friday.", "the road would reopen on Friday", "officials"),
    ("The bridge was unsafe for lorries, a spokeswoman for the county said.",
     "The bridge was unsafe for lorries", "spokeswoman for the county"),
    # an organisation as the subject
    ("The county council claimed that the warnings had been sent in time.",
     "the warnings had been sent in time", "county council"),
    # a possessive and a title before the name: the person
    ("The region's governor Aylin Demir insisted that no one had been hurt.", "no one had been hurt", "Aylin Demir"),
])
def test_each_construction_names_its_source(body, claim, source):
    assert (claim, source) in sources(body)


def test_a_surname_is_the_full_name_the_article_first_gave():
    body = ("Harbour engineer Peter Vasquez inspected the sea wall on Sunday. "
            "Vasquez said that the wall had cracked in three places.")
    assert sources(body) == [("the wall had cracked in three places", "Peter Vasquez")]


def test_he_said_that_after_a_named_person_is_that_person():
    body = ("Harriet Okonjo said that the repairs would take a month. "
            "She said that the insurers had been told.")
    assert sources(body) == [("the repairs would take a month", "Harriet Okonjo"),
                             ("the insurers had been told", "Harriet Okonjo")]


def test_a_pronoun_takes_the_person_a_sentence_before_opened_with():
    body = "Peter Vasquez walked the length of the wall at dawn. He said that the cracks were widening."
    assert sources(body) == [("the cracks were widening", "Peter Vasquez")]


def test_a_pronoun_with_no_person_before_it_stays_empty_not_a_place():
    body = "New Orleans flooded again overnight. He said that the pumps had failed at midnight."
    assert sources(body) == [("the pumps had failed at midnight", "")]


def test_it_and_they_are_the_body_or_group_just_named():
    body = ("The county council claimed that the warnings had been sent in time. "
            "The sirens had been tested in May, it said. "
            "Officials said that the road would reopen on Friday. They said that the ferry would run as well.")
    assert [source for _, source in sources(body)] == ["county council", "county council", "officials", "officials"]


def test_they_far_from_any_source_stays_empty():
    body = ("Officials said that the road would reopen on Friday. " + "The tide rose slowly through the night. " * 10
            + "They said that the ferry would run as well.")
    assert sources(body)[-1] == ("the ferry would run as well", "")


def test_a_role_nobody_was_named_as_stays_the_role():
    body = ("Peter Vasquez inspected the wall on Sunday. "
            "The mayor said that the town would pay for the repairs.")
    assert sources(body) == [("the town would pay for the repairs", "mayor")]


def test_a_role_after_its_person_was_introduced_is_that_person():
    body = ("Mayor Ines Carvalho visited the harbour on Sunday. "
            "The mayor said that the town would pay for the repairs.")
    assert sources(body) == [("the town would pay for the repairs", "Ines Carvalho")]


def test_a_role_named_later_in_the_article_is_looked_up_again():
    body = ("The mayor said that the town would pay for the repairs. "
            "Mayor Ines Carvalho visited the harbour on Sunday. "
            "The mayor said that the insurers would be asked to pay.")
    assert sources(body) == [("the town would pay for the repairs", "mayor"),
                             ("the insurers would be asked to pay", "Ines Carvalho")]


def test_the_default_tag_set_gives_claims_a_source_text_attribute():
    claim = next(t for t in default_tag_set() if t.name == "claim")
    attributes = {a.name: a for a in claim.attributes}
    assert list(attributes) == ["status", "source"]
    assert attributes["source"].type == "text" and attributes["source"].default == ""


@pytest.mark.parametrize(("name", "pronoun"), [("Aisha bint Salem", "She"), ("Karim el Haddad", "He")])
def test_pronoun_takes_a_source_named_with_a_particle(name, pronoun):
    # every name particle is a name word (claimnames once missed "bint" and "el", so the pronoun found nobody)
    body = f"{name} said that the repairs would take a month. {pronoun} said that the road would reopen in June."
    assert sources(body) == [("the repairs would take a month", name), ("the road would reopen in June", name)]
