"""Location rules of round 5: names after titles and airlines, facilities, routes, edges with 'area' and 'state of',
party-state abbreviations and the region a story's country gives a shared name."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.locations import suggest_locations


def places(text: str) -> list[tuple[str, str]]:
    """(matched text, canonical place) in text order."""
    return [(text[s.start:s.end], s.attributes["place"]) for s in suggest_locations(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Fans mourned Princess Diana in Paris, and Diana's friends spoke.", [("Paris", "Paris")]),
    ("Queen Elizabeth visited Kenya; Elizabeth later left.", [("Kenya", "Kenya")]),
    ("The flight was operated by Air India from Delhi.", [("Delhi", "Delhi")]),
    ("That Wayne King, a spokesman, declined to comment.", []),
    # A title after a place still names the place's official.
    ("The Kyiv Mayor spoke in Lviv.", [("Kyiv", "Kyiv"), ("Lviv", "Lviv")]),
])
def test_a_place_name_after_a_royal_title_or_an_airline_word_is_part_of_a_name(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Trucks crossed at the Rafah crossing into Egypt.", [("Egypt", "Egypt")]),
    ("Buses will run parallel to US 1 and U.S. 41 across Florida.", [("Florida", "Florida")]),
    ("She belongs to the Pueblo of Isleta and lives in Pueblo, Colorado.", [("Pueblo", "Pueblo"), ("Colorado", "Colorado")]),
    ("He is a member of the Pueblo tribe.", []),
    ("They toured the Château de Versailles and the Musée d’Orsay in Paris.", [("Paris", "Paris")]),
    ("They flew from Lima to Santiago de Chile.", [("Lima", "Lima"), ("Santiago de Chile", "Santiago")]),  # one name
    ("Charges came from the U.S. Attorney’s Office in Boston.", [("Boston", "Boston")]),
    ("A Florida Department of Transportation study was cited.", []),
    ("We suggested moving to a Commonwealth country.", []),
])
def test_facilities_routes_peoples_buildings_and_offices_named_after_a_place_are_no_location(text, expected):
    assert places(text) == expected


def test_a_name_whose_last_word_opens_a_longer_name_gives_way_to_it():
    assert places("Voters in Western North Carolina were split.") == [("Western North Carolina", "Western North Carolina")]
    assert places("Voters in North Carolina were split.") == [("North Carolina", "North Carolina")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Schools in the Houston area closed; a Houston-area salon too.", [("Houston area", "Houston"), ("Houston-area", "Houston")]),
    ("Crews worked in the Mughraqa area overnight.", [("Mughraqa area", "Mughraqa")]),
    ("She moved to the state of Washington in 2001.", [("state of Washington", "Washington")]),
    ("The state of emergency in Texas ended.", [("Texas", "Texas")]),
])
def test_area_and_state_of_stay_with_the_name(text, expected):
    assert places(text) == expected


def test_a_legislators_party_and_state_name_the_state():
    text = "Rep. Mark Walker (R-N.C.) and Sen. Jane Doe, D-Calif., voted; Unit D-Ill. is a code."
    assert places(text)[:2] == [("N.C.", "North Carolina"), ("Calif.", "California")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Police in Manchester, Jamaica said a man died.", "Manchester Parish"),
    ("A crash in Manchester killed two, Jamaica police said.", "Manchester Parish"),
    ("Fans in Manchester and London cheered; Jamaica won.", "Manchester"),  # another English place keeps the city
    ("Rain fell on Manchester overnight.", "Manchester"),
])
def test_a_shared_name_means_the_region_of_the_country_the_story_names(text, expected):
    assert dict(places(text))["Manchester"] == expected


def test_between_is_a_cue_for_an_everyday_word_place():
    assert places("The trip between Homestead and Miami takes an hour.") == [("Homestead", "Homestead"), ("Miami", "Miami")]
    assert places("Homestead values rose.") == []


def test_a_town_with_area_is_still_that_town():
    assert places("Walker’s Greensboro-area seat was lost.") == [("Greensboro-area", "Greensboro")]
