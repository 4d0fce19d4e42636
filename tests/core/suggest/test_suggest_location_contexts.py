"""Small places the gazetteer lacks, found by the contexts news keeps for places."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.locations import suggest_locations
from newsmark.core.suggest.placecontexts import saint


def named(text: str) -> list[tuple[str, str]]:
    """(matched text, place) in text order."""
    return [(text[s.start:s.end], s.attributes["place"]) for s in suggest_locations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was last seen at Tamarind Vale, Essequibo Coast on Friday.",
         [("Tamarind Vale", "Tamarind Vale"), ("Essequibo Coast", "Essequibo Coast")]),
        ("She moved to Pine Knob, South Carolina, last year.", [("Pine Knob", "Pine Knob"), ("South Carolina", "South Carolina")]),
        ("Residents of Cedar Grove, Jamaica, were evacuated.", [("Cedar Grove", "Cedar Grove"), ("Jamaica", "Jamaica")]),
        # A person before a title or a possessive is no place.
        ("The award went to Jane Doe, Kenya's ambassador.", [("Kenya", "Kenya")]),
        ("He spoke to John Smith, Texas Governor.", [("Texas", "Texas")]),
        ("He wrote to Ana Diaz, Mexico City resident and teacher.", [("Mexico City", "Mexico City")]),
        ("Protesters marched on Pinewood Drive, Texas.", [("Texas", "Texas")]),
        ("The talks in January, Ukraine said, failed.", [("Ukraine", "Ukraine")]),
    ],
)
def test_a_name_in_apposition_to_a_known_place_after_a_locative_word_is_a_place(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The body was found in Las Palmitas on Tuesday.", [("Las Palmitas", "Las Palmitas")]),
        ("He grew up near Fort Wilson and later in San Isidro.", [("Fort Wilson", "Fort Wilson"), ("San Isidro", "San Isidro")]),
        ("The ferry left from St. Barnaby on time.", [("St. Barnaby", "Saint Barnaby")]),
        # A saint's day, a facility, a possessive or a capital after the name makes it no place.
        ("Crowds gathered in St. Barnaby Square and at St. Barnaby's.", []),
        ("Fans celebrated at Fort Wilson Stadium.", []),
        ("Volunteers in Santa Claus costumes handed out gifts.", []),
        ("The parade was held on St. Barnaby Day in the town.", []),
    ],
)
def test_a_name_shaped_like_a_place_after_a_locative_word_is_a_place(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They had entered the Tamarind backlands before dark.", [("Tamarind", "Tamarind")]),
        ("Traffic jammed the Fresno area on Friday.", [("Fresno area", "Fresno")]),  # the guidelines keep "area"
        ("Homes on the Cobbleton outskirts were flooded.", [("Cobbleton", "Cobbleton")]),
        ("Guests waited in the VIP area and the Steel Canyon Resort area.", []),
        ("They walked through the parking area.", []),
    ],
)
def test_a_name_before_a_word_for_the_land_around_it_is_a_place(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police in Region Four are investigating.", [("Region Four", "Region Four")]),
        ("Schools in Region 6 reopened.", [("Region 6", "Region 6")]),
        ("The EPA Region 5 office and the regional office said so.", []),
    ],
)
def test_a_numbered_region_is_a_place_unless_an_office_is_named_by_it(text, expected):
    assert named(text) == expected


def test_saint_is_written_out():
    assert saint("St. Thomas") == "Saint Thomas"
    assert saint("Ste Rose") == "Sainte Rose"
    assert saint("Stanley") == "Stanley"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("State Sen. Jane Doe (R-Morris) said the bill would pass.", ["Morris"]),
        ("Assemblyman John Roe (D-Bergen) disagreed.", ["Bergen"]),
        # A state after the party is the state, once; a bracket without a party is no cue.
        ("Sen. Sherrod Brown (D-Ohio) spoke.", ["Ohio"]),
        ("The vote (Wednesday) was close.", []),
    ],
)
def test_a_state_legislators_home_county_after_the_party_is_a_place(text, expected):
    assert [text[s.start:s.end] for s in suggest_locations(text)] == expected
