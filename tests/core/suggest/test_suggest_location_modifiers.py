"""A country or state as a modifier before a national body or an abbreviated title, for the location suggester."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.locations import suggest_locations


def named(text: str) -> list[str]:
    """The matched texts in text order."""
    return [text[s.start:s.end] for s in suggest_locations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. Federal Reserve raised rates again.", ["U.S."]),
        ("Officials at the U.S. State Department declined to comment.", ["U.S."]),
        ("The UK National Health Service is short of nurses.", ["UK"]),
        # A body whose name holds the country keeps it.
        ("The U.S. Customs and Border Protection agency said so.", []),
        ("He joined the U.S. Army in 1990.", ["U.S."]),
    ],
)
def test_a_country_before_a_body_named_as_the_nations_own_is_a_modifier(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He backed U.S. Rep. Jane Roe in 2008.", ["U.S."]),
        ("Ohio Sen. Jane Roe voted no.", ["Ohio"]),
        ("Texas Gov. John Doe signed the bill.", ["Texas"]),
    ],
)
def test_a_place_before_an_abbreviated_title_is_a_modifier(text, expected):
    assert named(text) == expected
