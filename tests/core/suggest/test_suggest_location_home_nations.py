"""In sports stories, England, Scotland, Wales and Northern Ireland (regions in the gazetteer) field sides as countries do."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.locations import suggest_locations

RUGBY = "The rugby squad trained before the Six Nations; the fly-half and the flanker were fit. "


def named(text: str) -> list[str]:
    """The matched texts in text order."""
    return [text[s.start:s.end] for s in suggest_locations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A list of sides: a home nation followed by another is no "Green Bay, Wis." (a town and its state).
        (RUGBY + "A northern side comprised of Six Nations teams France, Ireland, England, Wales, Italy and Scotland.", []),
        (RUGBY + "The coach has won titles in four different countries (Portugal, England, Italy and Spain).",
         ["Portugal", "England", "Italy", "Spain"]),
        # Going to a home nation names the land; "in charge of Scotland" names the side.
        (RUGBY + "He has been linked with a move back to England. Vogts was in charge of Scotland for two years.",
         ["England"]),
        # A town and its region stay the town.
        (RUGBY + "The squad flew on to Cardiff, Wales, on Monday.", ["Cardiff", "Wales"]),
    ],
)
def test_home_nations_are_sides_or_places_as_countries_are(text, expected):
    assert named(text) == expected
