"""A town's one-word name used as a person's given name (a middle name, a couple, an initial) is no location."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.locations import suggest_locations


def named(text: str) -> list[str]:
    """The matched texts in text order."""
    return [text[s.start:s.end] for s in suggest_locations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A middle name that is a town's too ("Ann") does not vouch for the first one.
        ("“We were moved,” said Mary Ann Brinkerhoff at the launch.", []),
        ("The prize went to Mary Ann Pettigrew of Leeds.", ["Leeds"]),
        # A couple: a given name, "and", another given name and the shared surname.
        ("The gift came from George and Martha Dunleavy, the board said.", []),
        ("Visitors toured the George and Martha Dunleavy Music Hall on Friday.", []),
        # A given name and a middle initial before a town's name.
        ("Flights at John F. Kennedy were delayed by an hour.", []),
        ("Robert E. Lincoln testified on Monday.", []),
    ],
)
def test_a_towns_name_inside_a_persons_full_name_is_no_location(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two places joined by "and" stay places, whatever their last word.
        ("Flights from Denver and Castle Rock resumed.", ["Denver", "Castle Rock"]),
        ("Snow hit Boston and New York overnight.", ["Boston", "New York"]),
        ("Traffic between Dallas and Fort Worth slowed.", ["Dallas", "Fort Worth"]),
        ("Officials in Houston and Harris County met.", ["Houston", "Harris County"]),
        # A lone capital before a place, without a given name before it, is no initial.
        ("Troops moved into N. Korea, reports said.", ["N. Korea"]),
        ("He lives in Atlanta.", ["Atlanta"]),
    ],
)
def test_places_joined_by_and_stay_places(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A quantifier or "neighbouring" opening a sentence is no given name before the place.
        ("Most Ohio farmers voted early.", ["Ohio"]),
        ("Many Arizona towns ran dry.", ["Arizona"]),
        ("Neighbouring Togo and Benin closed their borders.", ["Togo", "Benin"]),
        # A capitalised given name opening a sentence still makes a person.
        ("Randall Mitchell said he would run again.", []),
    ],
)
def test_a_quantifier_opening_a_sentence_does_not_make_the_place_a_surname(text, expected):
    assert named(text) == expected


def test_an_odd_alias_ending_in_a_lower_case_word_does_not_break_a_states_name():
    # "Mexico by" is an alias in the gazetteer; it must not split "New Mexico" and drop it.
    assert named("Jobs fell in Nevada, hit by casino cuts, and New Mexico by defense cutbacks.") == ["Nevada", "New Mexico"]
