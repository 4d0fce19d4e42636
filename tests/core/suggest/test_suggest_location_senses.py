"""Which place a shared name means, and the canonical names the location suggester gives."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.locations import locate, suggest_locations


def named(text: str) -> list[tuple[str, str]]:
    """(matched text, place) in text order."""
    return [(text[s.start:s.end], s.attributes["place"]) for s in suggest_locations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor of New York said the city would reopen.", [("New York", "New York City")]),
        ("She visited Washington last week to lobby Congress.", [("Washington", "Washington, D.C.")]),
        ("New York state reported 100 deaths.", [("New York state", "New York")]),
        ("Fires spread across Washington state.", [("Washington state", "Washington")]),
        ("Snow fell across upstate New York.", [("New York", "New York")]),
        ("He grew up in Albany, New York, and moved away.", [("Albany", "Albany"), ("New York", "New York")]),
        ("She flew home to Spokane, Washington on Friday.", [("Spokane", "Spokane"), ("Washington", "Washington")]),
        ("Figures from Louisiana, Michigan and New York show the same.",
         [("Louisiana", "Louisiana"), ("Michigan", "Michigan"), ("New York", "New York")]),
        ("New York Gov. Kathy Hochul signed it.", [("New York", "New York")]),
        ("Oregon and Washington sued the agency.", [("Oregon", "Oregon"), ("Washington", "Washington")]),
    ],
)
def test_new_york_and_washington_are_the_city_unless_the_context_names_the_state(text, expected):
    assert named(text) == expected


def test_lower_case_state_widens_only_a_us_state():
    assert named("The Russian state media said Paris was calm.") == [("Paris", "Paris")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("U.S. Virgin Islands", "United States Virgin Islands"),
        ("St Catherine", "Saint Catherine Parish"),
        ("Washington D.C.", "Washington, D.C."),
    ],
)
def test_canonical_names_are_written_in_full(text, place):
    assert locate(text)["place"] == place


def test_initials_of_a_country_named_with_an_abbreviation_are_found_without_spelling_out():
    assert named("The boat came back from the USVI on Sunday.") == [("USVI", "United States Virgin Islands")]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("She was born in Paris, Texas, and moved away.", {"place": "Paris", "country": "US"}),
        ("The ferry left St. Thomas, USVI, at dawn.", {"place": "Saint Thomas", "country": "VI"}),
        ("He lives in London, Kentucky.", {"place": "London", "country": "US"}),
        ("Voters in Moscow, Russia, agreed.", {"place": "Moscow", "country": "RU", "geonames_id": "524901"}),
    ],
)
def test_a_country_or_region_after_a_town_and_a_comma_says_which_town(text, first):
    found = suggest_locations(text, details=True)[0].attributes
    assert {key: found.get(key) for key in first} == first


def test_a_territory_after_a_place_keeps_it_a_place():
    assert named("The Caribbean Territory's Premier was arrested.") == [("Caribbean", "Caribbean")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare "Gulf" is the gulf the text names in full, before or after it.
        ("Tar balls reached the Gulf. The Gulf of Mexico is warm.", [("Gulf", "Gulf of Mexico"), ("Gulf of Mexico", "Gulf of Mexico")]),
        ("Pirates roam the Gulf of Aden. Ships avoid the Gulf.", [("Gulf of Aden", "Gulf of Aden"), ("Gulf", "Gulf of Aden")]),
        # No gulf named: news's "the Gulf" is the Persian Gulf; the province keeps its full name.
        ("Gulf allies met in Riyadh.", [("Gulf", "Persian Gulf"), ("Riyadh", "Riyadh")]),
        ("Floods hit Gulf Province.", [("Gulf Province", "Gulf Province")]),
    ],
)
def test_a_bare_gulf_is_the_gulf_the_text_names(text, expected):
    assert named(text) == expected
