"""General location rules added on a second development set: datelines, counties, neighbourhoods, codes, other names."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.locations import suggest_locations


def named(text: str) -> list[tuple[str, str]]:
    """(matched text, place) in text order."""
    return [(text[s.start:s.end], s.attributes["place"]) for s in suggest_locations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Storm closes schools\n\nHARPER CREEK, Ore. (KXYZ) -- Crews worked through the night to clear the roads.",
         [("HARPER CREEK", "Harper Creek"), ("Ore.", "Oregon")]),
        ("Storm closes schools\n\nSPOKANE – Crews worked through the night to clear the roads.", [("SPOKANE", "Spokane")]),
        ("Storm closes schools\n\nNORTH FENWICK, MINN. (KXYZ) - Crews worked through the night.",
         [("NORTH FENWICK", "North Fenwick"), ("MINN.", "Minnesota")]),
    ],
)
def test_a_datelines_parts_are_places(text, expected):
    assert named(text) == expected


def test_capitals_that_open_a_paragraph_without_a_place_are_no_dateline():
    assert named("Storm closes schools\n\nUPDATE – Crews worked through the night to clear the roads.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fresno County supervisors voted on Tuesday.", [("Fresno County", "Fresno County")]),
        ("Fresno Co. supervisors voted on Tuesday.", [("Fresno Co.", "Fresno County")]),
        ("Brooklyn Heights residents packed the meeting on Tuesday.", [("Brooklyn Heights", "Brooklyn Heights")]),
        ("A man was shot in the community of Ferris Hollow on Friday.", [("Ferris Hollow", "Ferris Hollow")]),
        ("She grew up in Ferris Heights, a short walk from the port.", [("Ferris Heights", "Ferris Heights")]),
    ],
)
def test_counties_neighbourhoods_and_communities(text, expected):
    assert named(text) == expected


def test_a_code_in_capitals_is_no_citys_name():
    assert named("The flight was cleared by SFO controllers and the FAA after a delay.") == []


def test_another_name_for_a_town_needs_evidence_and_a_list_of_places_gives_it():
    assert named("The farm keeps Leghorn hens for their eggs.") == []
    assert named("The ships sailed for Genoa, Naples and Leghorn last spring.") == [
        ("Genoa", "Genoa"), ("Naples", "Naples"), ("Leghorn", "Livorno")]


def test_a_country_written_as_its_initials():
    assert named("Cruise ships skipped the NMI this winter.") == [("NMI", "Northern Mariana Islands")]
    assert named("CRUISE SHIPS SKIP NMI\n\nThe season was short.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wildfires spread across Southern Oregon on Sunday.", [("Southern Oregon", "Southern Oregon")]),
        ("A shop in SE Portland was robbed.", [("SE Portland", "Southeast Portland")]),
        ("Rents rose in the South Bronx last year.", [("South Bronx", "South Bronx")]),
        ("Fighting in East Ukraine went on.", [("Ukraine", "Ukraine")]),  # a country's part is the country
        ("The Leeds-Grenville council met.", [("Leeds-Grenville", "Leeds-Grenville")]),
        ("Talks on the Moscow-Beijing pipeline resumed.", [("Moscow", "Moscow"), ("Beijing", "Beijing")]),
        ("Flights from Delhi-NCR rose.", [("Delhi-NCR", "Delhi-NCR")]),
        # A small town's name opening a name the gazetteer lacks is a double-barrelled surname, not the town.
        ("Wright-Phillips raced down the left in Florida.", [("Florida", "Florida")]),
    ],
)
def test_a_compass_word_and_a_hyphenated_name_widen_a_city_or_region(text, expected):
    assert named(text) == expected


def test_a_town_before_administration_is_a_leaders_name():
    assert named("Critics of the Davis administration gathered in Nassau.") == [("Nassau", "Nassau")]


def test_places_inside_an_organisations_name_are_not_locations():
    assert named("She was taken to the Boston Chelsea Hospital by ambulance.") == []


def test_a_place_before_a_party_word_is_a_modifier():
    assert named("The rally was led by Ohio Republican leader Jane Doe.") == [("Ohio", "Ohio")]


def test_the_initials_of_a_place_named_in_full_are_that_place_but_not_in_a_currency():
    text = "Exports from Papua New Guinea rose. PNG now sells more gas, and the PNG kina fell; a PNG dollar bond failed."
    assert named(text) == [("Papua New Guinea", "Papua New Guinea"), ("PNG", "Papua New Guinea"),
                           ("PNG", "Papua New Guinea")]


def test_places_joined_by_a_hyphen_inside_an_events_name_are_not_locations():
    assert named("Leaders met at the Canada-Mexico Trade Forum in Ottawa.") == [("Ottawa", "Ottawa")]
    assert named("Canada-Mexico trade grew.") == [("Canada", "Canada"), ("Mexico", "Mexico")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Storm closes schools\n\nST ANDREW, Jamaica — Crews worked through the night.",
         [("ST ANDREW", "Saint Andrew Parish"), ("Jamaica", "Jamaica")]),
        ("Storm closes schools\n\nPORT MARIA, Jamaica – Crews worked through the night.",
         [("PORT MARIA", "Port Maria"), ("Jamaica", "Jamaica")]),
        ("Storm closes schools\n\nSYDNEY, New South Wales — Crews worked through the night.",
         [("SYDNEY", "Sydney"), ("New South Wales", "New South Wales")]),
        # A mixed-case part that is no country or region ends the dateline's places.
        ("Storm closes schools\n\nLONDON, Tuesday – Crews worked through the night.", [("LONDON", "London")]),
        ("Storm closes schools\n\nUPDATE, Tuesday – Crews worked through the night.", []),
    ],
)
def test_a_dateline_in_capitals_may_name_its_country_or_region_as_usual(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ferry found\n\nMANILA, Philippines/CEBU - Rescuers searched the sea on Monday.",
         [("MANILA", "Manila"), ("Philippines", "Philippines"), ("CEBU", "Cebu City")]),
        ("Pope speaks\n\nROME—Six years ago the pope spoke of reform.", [("ROME", "Rome")]),
        # A word in capitals touching an em dash is no dateline unless it is a place.
        ("Roads close\n\nUPDATE—Six roads were closed overnight.", []),
    ],
)
def test_a_dateline_may_join_two_places_by_a_slash_and_touch_its_dash(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("FRESNO: Man charged after crash on Highway 99\n\nThe driver was arrested.", [("FRESNO", "Fresno")]),
        # A headline's label that names no known place, or a headline with no colon, is no dateline.
        ("WATCH: Man charged after crash\n\nThe driver was arrested.", []),
        ("FRESNO CRASH LEAVES TWO HURT\n\nThe driver was arrested.", []),
    ],
)
def test_a_known_place_in_capitals_before_a_colon_labels_a_headline(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Storm closes schools\n\nSPOKANE, May 4 (Wire) - Crews worked through the night.", [("SPOKANE", "Spokane")]),
        ("Storm closes schools\n\nSPOKANE/BOISE, Sept. 14 (Wire) - Crews worked through the night.",
         [("SPOKANE", "Spokane"), ("BOISE", "Boise")]),
        ("Storm closes schools\n\nSPOKANE, Wash., Jan 3 (Wire) -- Crews worked through the night.",
         [("SPOKANE", "Spokane"), ("Wash.", "Washington")]),
        # The date alone, or a word in capitals that is no place before it, makes no place.
        ("Storm closes schools\n\nMay 4 (Wire) - Crews worked through the night.", []),
        ("Storm closes schools\n\nUPDATE, May 4 (Wire) - Crews worked through the night.", []),
    ],
)
def test_a_wire_datelines_date_between_its_places_and_its_agency(text, expected):
    """``KATHMANDU, April 25 (Reuters) -``: the wires write the date after the places; the places are still read."""
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SPOKANE, May 4 (Wire) - Crews worked through the night to clear the roads, officials said.\n\nMore followed.",
         [("SPOKANE", "Spokane")]),
        ("SPOKANE, Wash. (KXYZ) — Crews worked through the night to clear the roads, officials said.",
         [("SPOKANE", "Spokane"), ("Wash.", "Washington")]),
        # A first line that is a headline (no sentence, or a short one) keeps its capitals out of the dateline rule.
        ("SPOKANE – STORM CLOSES SCHOOLS\n\nCrews worked through the night.", []),
        ("SPOKANE – Storm closes schools.\n\nCrews worked through the night.", []),
    ],
)
def test_a_text_saved_without_its_headline_keeps_its_opening_dateline(text, expected):
    """A saved page whose headline was left out opens with the dateline paragraph: its places are still read."""
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sen. Ana Ruiz (D., Conn.) and Rep. Tom Lee (I., N.Y.) voted no.", [("Conn.", "Connecticut"), ("N.Y.", "New York")]),
        ("Fixing Venezuela’s oil industry costs money.", [("Venezuela", "Venezuela")]),
        ("Visiting Kyiv, the minister laid a wreath.", [("Kyiv", "Kyiv")]),
        # A given name before a town's name stays a person's name.
        ("Lloyd Austin signed the letter.", []),
    ],
)
def test_a_legislators_state_after_a_comma_and_a_place_after_an_opening_gerund(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize("written", ["Turkey", "Türkiye", "Turkiye"])
def test_turkeys_names_with_and_without_the_diaeresis(written):
    """The country's own name is written both ways in English news ("Turkiye" where the keyboard has no ü)."""
    text = f"Countries like China, {written} and Russia run national firewalls."
    assert (written, "Turkey") in named(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Firms and a championship named for towns need a place's evidence, as everyday words do.
        ("Toyota has led the market with the Prius, and Hitachi recently bought a plant.", []),
        ("She won three junior Grand Slam events, including Wimbledon.", []),
        ("Suez owns 40% of the firm, said Mark Oaten, Liberal Democrat spokesman.", []),
        ("The plant in Toyota employs 5,000 people.", [("Toyota", "Toyota")]),
        # An EU programme named for the city that launched it.
        ("Meeting the Lisbon targets and the Barcelona process needs commitment, leaders said in Lisbon.",
         [("Lisbon", "Lisbon")]),
    ],
)
def test_firms_championships_and_programmes_named_for_towns(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize("region", ["Rajasthan", "Gujarat", "Maharashtra", "Karnataka", "Haryana", "Chhattisgarh"])
def test_a_region_named_without_its_accents_is_found(region):
    # GeoNames spells them "Rājasthān", "Gujarāt" …; news writes the marks away.
    text = f"Drilling in {region} resumed on Monday."
    assert [t for t, _ in named(text)] == [region]


def test_a_region_name_without_accents_that_is_an_everyday_word_is_no_place():
    assert named("No date was set. Ten people came. The Falcon 9 flew.") == []
