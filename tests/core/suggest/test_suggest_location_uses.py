"""Place names used for something else: an office, a currency, a time zone, a firm, a venue, a planet; headlines."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.locations import suggest_locations


def named(text: str) -> list[str]:
    """The matched texts in text order."""
    return [text[s.start:s.end] for s in suggest_locations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ohio Attorney General sued the firm on Monday.", []),
        ("The New York State Attorney General opened an inquiry into the lender.", []),
        ('"He will never walk free," said U.S. Attorney Jane Roe.', []),
        ("The Texas Solicitor General argued the case in Austin.", ["Austin"]),
        ("Assistant U.S. Attorney Mark Bell told the judge the delay was avoidable.", []),
        # A place that modifies another title, or the office's holder named apart, keeps the place.
        ("The Ohio Governor signed the bill.", ["Ohio"]),
        ("The senator met a South Carolina Congressman in Ohio.", ["South Carolina", "Ohio"]),
        ("She hired an attorney in Ohio.", ["Ohio"]),
    ],
)
def test_a_place_opening_an_office_s_title_is_part_of_the_title(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shares were priced at 176 Hong Kong dollars each.", []),
        ("The strong US dollar weighed on gold prices.", []),
        ("The Singapore dollar and the Philippine peso rose.", []),
        ("Egypt devalued its currency; the Egypt pound fell.", ["Egypt"]),
        ("Exports from Hong Kong rose by 5 billion dollars.", ["Hong Kong"]),
        # A time zone after a clock time; "time" elsewhere keeps the place.
        ("The webinar starts at 3:00 p.m. (Jamaica Time) on Friday.", []),
        ("Trading closed at 4 p.m. New York time.", []),
        ("It was her first time in Jamaica.", ["Jamaica"]),
        ("Jamaica time and again failed to qualify.", ["Jamaica"]),
    ],
)
def test_a_place_naming_a_currency_or_a_time_zone_is_no_location(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The text names the firm "X Airline(s)/Airways": a bare X is the firm unless a locative word puts it on the map.
        ("Emirates Airline ordered 30 jets. Emirates had a fleet of 270 aircraft, and the Emirates fleet will grow.", []),
        ("Alaska Airlines joined the alliance. Alaska's network now reaches London, and it flies to Alaska daily.",
         ["London", "Alaska"]),
        # A country by its own full name stays the country.
        ("Malaysia Airlines lost a jet. Ships from Singapore, Malaysia and Australia searched.",
         ["Singapore", "Malaysia", "Australia"]),
        # Without the firm's name in the text, the place is a place.
        ("Alaska's governor declared an emergency.", ["Alaska"]),
        # Or the text names the kind of business before it: "to" is no place then, only "in" or "at" is.
        ("Mobile phone giant Orange sued. The brand has no connection to Orange, its founder said.", []),
        ("Mobile phone giant Orange sued. The firm's founder lives in Orange, New South Wales.",
         ["Orange", "New South Wales"]),
        ("Budget Aston takes on Porsche\n\nBritish car maker Aston Martin has launched its cheapest model in the UK.",
         ["UK"]),
        # A country described so stays the country.
        ("Economic giant China grew 9% as exports to China rose.", ["China", "China"]),
    ],
)
def test_a_bare_name_the_text_gives_a_firm_is_the_firm(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Plumes of water rise above Jupiter's moon Europa, NASA said.", []),
        ("The probe will orbit Jupiter for two years.", []),
        # No talk of space: the town in Florida.
        ("A storm knocked out power in Jupiter, Florida.", ["Jupiter", "Florida"]),
        # "probe" alone is an inquiry in news, not a spacecraft.
        ("Police in Jupiter opened a probe into the crash.", ["Jupiter"]),
    ],
)
def test_a_planet_s_name_in_a_text_about_space_is_no_location(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He recalled the history of the Yerba Buena theater near the hall.", []),
        ("The film premiered at the Yerba Buena cinema.", []),
        # A large city before a building word is a place used as a modifier.
        ("Guests filled the London hotel.", ["London"]),
        ("She moved to Yerba Buena in Argentina last year.", ["Yerba Buena", "Argentina"]),
    ],
)
def test_a_town_s_name_between_the_and_a_building_word_is_a_venue(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Disney's channels, including Disney Channel, lost viewers.", []),
        ("He watched it on the History Channel.", []),
        ("Ferries crossed the English Channel and the Bristol Channel.", ["English Channel", "Bristol Channel"]),
    ],
)
def test_a_channel_after_no_place_is_a_broadcaster(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title-case headline: its capitals and its "Into The" say nothing about an everyday word.
        ("Tim Cook On Apple Being Pulled Into The Enterprise\n\nApple sells to firms.", []),
        # A place in a title-case question headline, with capitalised words after it, is still the place.
        ("Is An Oxygen Bar In Delhi Offering Fresh Air For Cash?\n\nThe bar opened last week.", ["Delhi"]),
        ("Why Are Shops In Moscow Running Out Of Bread?\n\nThe shops reopened.", ["Moscow"]),
        # An organisation's word right after the place still makes it a name in a headline.
        ("Delhi Police Arrest Three After Raid\n\nThe raid was in Delhi.", ["Delhi"]),
        # A headline ending in initials ("U.S.") keeps its title case: the full stop is the abbreviation's.
        ("Brazil Tariffs Anger Farmers Across U.S.\n\nPrices rose.", ["Brazil", "U.S."]),
        ("Chile Copper Output Slows Ahead Of Talks In D.C.\n\nPrices rose.", ["Chile", "D.C."]),
        # A sentence ending in initials is still a sentence: its capitalised pair is a name ("Brazil Nuts").
        ("She sells Brazil Nuts in the U.S.\n\nPrices rose.", ["U.S."]),
    ],
)
def test_title_case_headlines(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mall is in Delhi's Saket area, officials said.", [("Delhi", "Delhi"), ("Saket area", "Saket")]),
        ("Crowds filled London's Soho neighbourhood.", [("London", "London"), ("Soho neighbourhood", "Soho")]),
        # A building, or a word no place's name has, after the possessive: no place.
        ("Paris's Louvre museum reopened.", [("Paris", "Paris")]),
        ("Texas's Republican district was redrawn.", [("Texas", "Texas")]),
        ("Boston's Monday area forecast was grim.", [("Boston", "Boston")]),
    ],
)
def test_a_part_of_a_place_after_its_possessive_is_a_place(text, expected):
    assert [(text[s.start:s.end], s.attributes["place"]) for s in suggest_locations(text)] == expected
