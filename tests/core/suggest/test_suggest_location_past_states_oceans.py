"""States of the past (``the Soviet Union``, ``USSR``) and oceans named alone (``the Pacific``) are locations."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.locations import suggest_locations


def named(text: str) -> list[tuple[str, str]]:
    """(matched text, place) in text order."""
    return [(text[s.start:s.end], s.attributes["place"]) for s in suggest_locations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Migrants came from the former Soviet Union in the 1990s.", [("Soviet Union", "Soviet Union")]),
        ("The treaty was signed by the USSR and later by the U.S.S.R.'s heirs.",
         [("USSR", "Soviet Union"), ("U.S.S.R.", "Soviet Union")]),
        ("Troops served in the former Yugoslavia and in East Germany.",
         [("Yugoslavia", "Yugoslavia"), ("East Germany", "East Germany")]),
        ("Colonies of the British Empire and the Ottoman Empire traded.",
         [("British Empire", "British Empire"), ("Ottoman Empire", "Ottoman Empire")]),
    ],
)
def test_a_state_of_the_past_is_a_location(text, expected):
    """GeoNames lists only today's countries; news still names the old ones."""
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant will release the water into the Pacific next year.", [("Pacific", "Pacific Ocean")]),
        ("Students on both sides of the Atlantic protested.", [("Atlantic", "Atlantic Ocean")]),
        ("Chile, on the continent's Pacific coast, mines copper.", [("Chile", "Chile"), ("Pacific", "Pacific Ocean")]),
    ],
)
def test_the_pacific_or_atlantic_alone_is_the_ocean(text, expected):
    """After ``the`` or a possessive and before no capitalised word, the adjective names the ocean."""
    assert named(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He moved to the Pacific Northwest for work.",
        "Shares of Union Pacific rose, and the Atlantic Council met.",
        "She studies at the University of the Pacific.",
        "Trans-Atlantic flights and Pacific salmon were cut.",
    ],
)
def test_pacific_or_atlantic_inside_another_name_is_no_ocean(text):
    """A capitalised word after it, a body's ``of the``, a hyphen or no ``the``: another name or an adjective."""
    assert ("Pacific", "Pacific Ocean") not in named(text) and ("Atlantic", "Atlantic Ocean") not in named(text)


@pytest.mark.parametrize("state", ["Montana", "Florida", "Maryland"])
def test_a_us_state_sharing_its_name_with_a_smaller_countrys_region_is_the_us_state(state):
    # GeoNames has a Bulgarian province Montana, a Puerto Rican municipality Florida, a Liberian county Maryland.
    text = f"Lawmakers in {state} voted on Tuesday to raise the speed limit on rural roads."
    (found,) = suggest_locations(text, details=True)
    assert (found.attributes["place"], found.attributes["country"]) == (state, "US")


@pytest.mark.parametrize(
    ("region", "country"),
    [("Virginia", "US"), ("Ontario", "CA"), ("Victoria", "AU")],
)
def test_a_region_outnumbering_a_foreign_city_of_its_name_is_the_region(region, country):
    # GeoNames has a South African town Virginia, a Californian city Ontario and Hong Kong's Victoria, each of 100,000
    # people or more; the regions (estimated from their towns) hold millions.
    text = f"Lawmakers in {region} voted on Tuesday to raise the speed limit on rural roads."
    (found,) = suggest_locations(text, details=True)
    assert (found.attributes["place"], found.attributes["country"]) == (region, country)


@pytest.mark.parametrize(("city", "country"), [("Manchester", "GB"), ("Portland", "US"), ("Washington", "US")])
def test_a_city_keeps_its_name_before_a_smaller_foreign_region_or_its_own_countrys(city, country):
    # Jamaica has parishes Manchester and Portland; Washington is also a US state.
    text = f"Officials in {city} met on Tuesday."
    (found,) = suggest_locations(text, details=True)
    assert found.attributes["country"] == country


def test_an_abbreviation_after_a_capitalised_word_is_no_persons_surname():
    # "Migration Watch UK" is a body's name: it must not make every "UK" of the story a person's surname.
    text = "People seeking entry into the UK were stopped. But Migration Watch UK said it was wrong."
    assert [text[s.start:s.end] for s in suggest_locations(text)] == ["UK"]


def test_roma_is_the_people_not_rome():
    text = "The rules discriminated against Roma seeking entry, the judges said."
    assert suggest_locations(text) == []


def test_a_town_inside_an_event_name_stays_a_place_where_named_alone():
    # "Union Birmingham" inside the event's name is no person whose surname makes a later "Birmingham" theirs.
    text = "She won at the Norwich Union Birmingham Indoor Grand Prix. He clocked 3:35.27 in Birmingham."
    assert [text[s.start:s.end] for s in suggest_locations(text)] == ["Birmingham"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The IMF cut its growth estimate for the 12-member eurozone economy.", [("eurozone", "Euro area")]),
        ("Growth in the euro zone slowed, as it did in the euro area's north.",
         [("euro zone", "Euro area"), ("euro area", "Euro area")]),
        ("The Eurozone is weak; a European neuron and the eurozone-wide rate are not named.", [("Eurozone", "Euro area")]),
    ],
)
def test_the_euro_area_in_lower_case_is_an_area(text, expected):
    assert named(text) == expected
