"""A name its context makes a place ("the Kettle Stone region") is the place in its other bare mentions too."""

from __future__ import annotations

from newsmark.core.suggest.locations import suggest_locations


def named(text: str) -> list[tuple[str, str]]:
    """The matched texts and places in text order."""
    return [(text[s.start:s.end], s.attributes["place"]) for s in suggest_locations(text)]


def test_a_region_or_reservation_the_context_names_is_a_place_with_its_word():
    assert named("Protesters in the Kettle Stone region were hurt.") == [("Kettle Stone region", "Kettle Stone")]
    assert named("He lives on the Kettle Stone Sioux reservation.") == [
        ("Kettle Stone Sioux reservation", "Kettle Stone Sioux")]


def test_the_later_bare_mentions_of_a_name_the_context_made_a_place_are_the_place():
    text = ("Protesters in the Kettle Stone region were hurt. Kettle Stone activists said police at Kettle Stone "
            "used force. The Kettle Stone Tribe agreed, and Mary Kettle Stone too; the Kettle Stone tribe sued.")
    # Inside a longer capitalised name (a tribe's, a person's) the words are no place.
    assert named(text) == [("Kettle Stone region", "Kettle Stone"), ("Kettle Stone", "Kettle Stone"),
                           ("Kettle Stone", "Kettle Stone")]


def test_a_one_word_name_the_context_made_a_place_is_not_carried_further():
    assert named("Ana Diaz lives in the Tamarind area. Tamarind said she would stay.") == [("Tamarind area", "Tamarind")]
