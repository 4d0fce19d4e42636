"""Compass regions: "the Northeast" in an American story, "the West" anywhere."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.locations import suggest_locations


def named(text: str) -> list[tuple[str, str]]:
    """(matched text, place) in text order."""
    return [(text[s.start:s.end], s.attributes["place"]) for s in suggest_locations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Storms hit Kansas and Iowa. Flights were delayed across the Northeast on Monday.",
         [("Kansas", "Kansas"), ("Iowa", "Iowa"), ("Northeast", "Northeastern United States")]),
        ("Drought grips Arizona and much of the Southwest.",
         [("Arizona", "Arizona"), ("Southwest", "Southwestern United States")]),
        ("China accused the West of hypocrisy.", [("China", "China"), ("West", "Western world")]),
    ],
)
def test_the_and_a_capitalised_compass_word_name_a_region(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Another name goes on ("the West Bank"), a lower-case direction, or a region of a country not American.
        ("Settlers in the West Bank clashed with police.", [("West Bank", "West Bank")]),
        ("Rain moved to the northeast of Kansas.", [("Kansas", "Kansas")]),
        ("Floods in Italy hit the South hardest.", [("Italy", "Italy")]),
        ("Ships crossed the South China Sea.", [("South China Sea", "South China Sea")]),
    ],
)
def test_a_compass_word_in_another_name_or_in_lower_case_is_no_region(text, expected):
    assert named(text) == expected
