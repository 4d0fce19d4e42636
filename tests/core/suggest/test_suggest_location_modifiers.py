"""A place as a modifier (before a national body, an abbreviated title) and a place name quoted alone (a title), for locations."""

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She wrote “Glasgow,” a song about home, in Nashville.", ["Nashville"]),
        ("He wrote for \"Fargo\" before moving to Boston.", ["Boston"]),
        ("The chorus of ‘Glasgow’ is sung in London.", ["London"]),
        # A quotation holding more than the name leaves the place.
        ("“Glasgow is home,” she said.", ["Glasgow"]),
        ("“China’s position is clear,” he said.", ["China"]),
        ("Protesters in “Paris” wore yellow vests.", ["Paris"]),
    ],
)
def test_a_place_name_that_is_all_of_a_quotation_is_a_title(text, expected):
    assert named(text) == expected
