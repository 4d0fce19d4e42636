"""The shipped gazetteer's other names: which a city keeps, and which sense a shared name means first."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newsmark.core.suggest.locations import suggest_locations

TOOLS = Path(__file__).resolve().parents[3] / "tools"


def places(text: str) -> dict[str, str]:
    """Matched text -> canonical place."""
    return {text[s.start:s.end]: s.attributes["place"] for s in suggest_locations(text)}


@pytest.fixture
def build():
    """The gazetteer build script as a module (it lives in tools/, outside the package)."""
    sys.path.insert(0, str(TOOLS))
    try:
        import build_gazetteer
    finally:
        sys.path.pop(0)
    return build_gazetteer


def zipf(words: dict[str, float]):
    """A stand-in for wordfreq's zipf_frequency over a few words (unknown words: 0)."""
    return lambda word, _lang: words.get(word, 0.0)


def test_another_name_that_is_an_everyday_english_word_is_dropped(build):
    common = zipf({"Soul": 4.8, "Seoul": 3.9, "Bombay": 3.6, "Mumbai": 3.9, "Hollow": 4.6})
    assert build._mostly_something_else("Soul", "Seoul", 10_000_000, common)
    assert not build._mostly_something_else("Bombay", "Mumbai", 12_000_000, common)  # a rarer word: an old name
    assert not build._mostly_something_else("Hollow", "Hollowville", 200_000, common)  # a short form of its own name
    assert not build._mostly_something_else("LA", "Los Angeles", 3_800_000, zipf({"LA": 6.0}))  # initials


def test_another_name_that_is_a_phrase_of_everyday_words_is_dropped_for_smaller_cities(build):
    common = zipf({"Old": 5.5, "Town": 5.2, "Old Town": 5.1, "Springfield": 3.5, "Abu": 3.9, "Ghraib": 2.5,
                   "Abu Ghraib": 3.4, "Port": 4.9, "Elizabeth": 4.5, "Port Elizabeth": 4.3})
    assert build._mostly_something_else("Old Town", "Springfield", 300_000, common)
    assert not build._mostly_something_else("Abu Ghraib", "Abū Ghurayb", 300_000, common)  # no English phrase
    assert not build._mostly_something_else("Port Elizabeth", "Gqeberha", 1_050_000, common)  # a city of a million


def test_a_name_without_its_accents_means_the_place_whose_own_name_it_is():
    # GeoNames also lists "Cancun" as another name of Changchun, a far bigger city: the place is Cancún, Mexico (named
    # as the text writes it, without the accent).
    [cancun] = suggest_locations("Flights to Cancun resume on Monday.", details=True)
    assert (cancun.attributes["place"], cancun.attributes["country"]) == ("Cancun", "MX")
    assert places("Tourists returned to Bali this week.") == {"Bali": "Bali"}  # the island, not Bāli in India


@pytest.mark.parametrize("text", [
    "She would Google the words at night.",
    "The album Soul came out in May.",
    "He said Sam had left the company.",
])
def test_other_names_that_are_english_words_or_brands_name_no_place(text):
    assert places(text) == {}


def test_a_swiss_canton_is_named_in_english():
    assert places("Voters in the Canton of Geneva said no.")["Canton of Geneva"] == "Geneva"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Snow fell across the Midwest and the Great Lakes.",
         {"Midwest": "Midwestern United States", "Great Lakes": "Great Lakes"}),
        ("Roads iced over from the Rockies to the Appalachians.",
         {"Rockies": "Rocky Mountains", "Appalachians": "Appalachian Mountains"}),
        ("The plane went down off the coast of Borneo.", {"Borneo": "Borneo"}),
        ("Heavy rain is forecast for New England and the Pacific Northwest.",
         {"New England": "New England", "Pacific Northwest": "Pacific Northwest"}),
        # A firm and a language that share a region's name are not listed.
        ("Amazon and Java developers met in Seattle.", {"Seattle": "Seattle"}),
    ],
)
def test_well_known_regions_ranges_and_islands_are_places(text, expected):
    assert places(text) == expected
