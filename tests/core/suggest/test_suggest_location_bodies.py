"""A place that ends a body's name after ``of`` or a campus's after ``at`` is part of the name."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.locations import suggest_locations


def named(text: str) -> list[str]:
    """The matched texts in text order."""
    return [text[s.start:s.end] for s in suggest_locations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The grant came from the Heart Research Foundation of Canada last week.", []),
        ("Donations go to the Boys and Girls Club of Denver and to a shelter in Boston.", ["Boston"]),
        ("The Riverside Housing Corporation of Chicago bought the lot.", []),
        ("She teaches at the University of Texas at Austin.", []),
        ("He studied at Carnegie State University at Pittsburgh, then moved to Ohio.", ["Ohio"]),
    ],
)
def test_a_place_ending_a_body_or_campus_name_is_part_of_it(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A person, an office, a state's own name, a direction or a landform keeps the place.
        ("The doubles title went to Ana Ruiz of Peru on Sunday.", ["Peru"]),
        ("He met the Prime Minister of India in March.", ["India"]),
        ("They toured the South of France all summer.", ["France"]),
        ("Tankers crossed the Gulf of Mexico at dawn.", ["Gulf of Mexico"]),
        ("Officials of the Sunrise Oblast of Ukraine attended.", ["Sunrise Oblast", "Ukraine"]),
        ("Prices rose at Denver on Monday.", ["Denver"]),
        ("A crowd gathered at the station in Austin, a mile from Texas State University at dusk.", ["Austin"]),
    ],
)
def test_a_person_office_state_or_landform_before_of_keeps_the_place(text, expected):
    assert named(text) == expected
