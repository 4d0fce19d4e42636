"""International football's calendar (friendlies, World Cup qualifiers, warm-up games) makes a sports story, where a
country named alone is its side."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.locations import suggest_locations
from newsmark.core.suggest.placeteams import sports_story

FIXTURES = ("The Republic have arranged friendlies against China and Italy. China come three days after the World Cup "
            "qualifier against Israel in Tel Aviv; Italy will visit for a warm-up game. The Irish won in Sapporo, Japan, "
            "winning 1-0.")


def named(text: str) -> list[str]:
    """The matched texts in text order."""
    return [text[s.start:s.end] for s in suggest_locations(text)]


def test_friendlies_and_qualifiers_name_sides_and_the_venues_stay():
    assert sports_story(FIXTURES)
    assert named(FIXTURES) == ["Tel Aviv", "Sapporo", "Japan"]


@pytest.mark.parametrize(
    "text",
    [
        # Business news names the World Cup as an event: no game in it.
        "The company said the US Congressional elections and the FIFA World Cup are likely to boost its advertising in 2006.",
        # A qualifier alone is no football word: a film's season and its league of fans.
        "The season's comedy league had one qualifier: the film opened in New York.",
    ],
)
def test_the_world_cup_alone_makes_no_sports_story(text):
    assert not sports_story(text)
