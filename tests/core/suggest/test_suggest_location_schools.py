"""Universities called by their town's name, for the location suggester."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.locations import suggest_locations


def named(text: str) -> list[str]:
    """The matched texts in text order."""
    return [text[s.start:s.end] for s in suggest_locations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A list with a university named in full: its towns are universities, and so are their later bare mentions.
        ("Some campuses, among them Leeds, Imperial College London, York and Norwich, test students. Since then, Leeds "
         "has asked all to test. Students in Leeds cheered.", ["Leeds"]),
        # A list after "universities, including" or "colleges such as".
        ("Some universities, including Leeds, York and Norwich, test students.", []),
        ("Colleges such as Leeds, York and Norwich test students.", []),
        # Towns before "universities": the universities ("York universities" alone: the town's).
        ("Halls closed at Leeds and York universities.", []),
        ("Halls closed at York universities.", ["York"]),
        # A list of towns with no school in it stays a list of places.
        ("He lives in Leeds, York and Norwich. Leeds has asked all to test.", ["Leeds", "York", "Norwich", "Leeds"]),
        ("Researchers from Leeds, York and Norwich met.", ["Leeds", "York", "Norwich"]),
    ],
)
def test_a_town_named_among_universities_is_the_university(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She studied in Ohio. Arizona is a notorious party college, she says.", ["Ohio"]),
        ("Arizona was a small school then.", []),
        # Another noun after "is a": the place.
        ("Arizona is a swing state. Ohio was a big state.", ["Arizona", "Ohio"]),
    ],
)
def test_a_place_called_a_school_is_the_school(text, expected):
    assert named(text) == expected
