"""Firms, chambers, court districts and police forces a place names, for the location suggester."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.locations import suggest_locations


def named(text: str) -> list[str]:
    """The matched texts in text order."""
    return [text[s.start:s.end] for s in suggest_locations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Braun's Ithaca Holdings bought the label. Carlyle, which held a stake in Ithaca, backed it.", []),
        ("Ithaca Holdings bought the label. Later, Ithaca sold part of it.", []),
        ("Burbank Studios rents stages. Investors bought shares in Burbank last year.", []),
        # The town itself, with a cue, stays a town; a state or a country keeps its own name.
        ("Ithaca Holdings bought the label. He moved to Ithaca, New York, last year.", ["Ithaca", "New York"]),
        ("Texas Instruments rose. Texas Holdings fell. Voters in Texas said no.", ["Texas"]),
        ("He bought a stake in a bakery in Ithaca.", ["Ithaca"]),
    ],
)
def test_a_towns_name_the_text_gives_a_firm_is_that_firm_later(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bill, now before the US Senate, would impose sanctions.", []),
        ("Ohio House Speaker Larry Householder spoke to reporters.", []),
        ("She criticised her U.S. House testimony.", []),
        ("The Kansas Legislature passed the budget.", []),
        # A place modifying a member or a title stays a place.
        ("A Texas senator and a U.S. official met in the House.", ["Texas", "U.S."]),
        ("Ohio lawmakers met in the state capital.", ["Ohio"]),
    ],
)
def test_a_place_opening_a_legislatures_name_is_part_of_the_institution(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. Attorney's Office for the Western District of New York announced the charge.", []),
        ("A judge of the U.S. District Court for the Southern District of Ohio ruled.", []),
        ("The acting U.S. Attorney for the District of Massachusetts said so.", []),
        # A district named as where something happened stays a place.
        ("He flew from Ohio to Boston on Monday.", ["Ohio", "Boston"]),
    ],
)
def test_a_place_ending_a_courts_or_prosecutors_district_is_part_of_the_office(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The later sets' convention (blind62, blind70, blind72): a place before a lower-case "police" is a modifier, as
        # "the UK Government" is; a force's capitalised name ("Delhi Police") holds it.
        ("Hong Kong police have laid siege to a university.", ["Hong Kong"]),
        ("The Springfield police department arrested two men.", ["Springfield"]),
        ("Christian County police arrested him.", ["Christian County"]),
        ("Police in Springfield arrested two men.", ["Springfield"]),
        ("The Springfield Police Department arrested two men.", []),
    ],
)
def test_a_towns_name_before_lower_case_police_is_a_modifier(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A compass word between a body's "of" and the place: the place is inside the body's name.
        ("Jane Best, head of the University of West of England in Bristol, agrees.", ["Bristol"]),
        ("Jane Best, head of the University of the West of England in Bristol, agrees.", ["Bristol"]),
        # Outside a body's name the compass word and the place stay.
        ("Storms hit the north of England and the West of Ireland.", ["England", "West", "Ireland"]),
        ("Ties between Russia and the West are poor.", ["Russia", "West"]),
    ],
)
def test_a_place_after_a_bodys_of_and_a_compass_word_is_inside_the_name(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A state's "Attorney General" before a person's name: the state modifies the title, also opening a paragraph.
        ("Others objected.\n\nOhio Attorney General Jane Roe wrote the court.", ["Ohio"]),
        ("The case, Ohio Attorney General Jane Roe said, is weak.", ["Ohio"]),
        # The office itself, or a national one, keeps the place inside its name.
        ("The Ohio Attorney General’s office objected.", []),
        ("The New York State Attorney General (NYAG) is investigating.", []),
        ("U.S. Attorney General Jane Roe spoke.", []),
    ],
)
def test_a_states_attorney_general_before_a_persons_name_is_a_modifier(text, expected):
    assert named(text) == expected
