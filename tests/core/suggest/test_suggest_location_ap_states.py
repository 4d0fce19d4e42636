"""An AP state abbreviation names the US state, never another place of that name (a country, a town, the capital)."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.locations import suggest_locations


def _places(text: str) -> dict[str, tuple[str, str]]:
    return {text[s.start:s.end]: (s.attributes["place"], s.attributes["country"])
            for s in suggest_locations(text, details=True)}


@pytest.mark.parametrize(("text", "abbreviation", "state"), [
    ("He was born in Atlanta, Ga., in 1950.", "Ga.", "Georgia"),  # first sense: the country
    ("The team from Spokane, Wash., won.", "Wash.", "Washington"),  # first sense: the capital
    ("A crash in Hialeah, Fla., closed the road.", "Fla.", "Florida"),  # first sense: a town in Puerto Rico
    ("Officers in Richmond, Va., said so.", "Va.", "Virginia"),  # a town in South Africa
    ("Sen. Tom Lee (R-Md.) voted no.", "Md.", "Maryland"),  # a county of Liberia
    ("Title\n\nATLANTA, Ga. (AP) -- The city said.", "Ga.", "Georgia"),  # a dateline
])
def test_an_ap_state_abbreviation_is_the_us_state(text, abbreviation, state):
    assert _places(text)[abbreviation] == (state, "US")
