"""The town before an AP-style state ("Seaside Park, N.J."), even one the gazetteer lacks, for the location suggester."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.locations import suggest_locations


def named(text: str) -> list[tuple[str, str]]:
    """The matched texts and places in text order."""
    return [(text[s.start:s.end], s.attributes["place"]) for s in suggest_locations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A bomb went off in Kettleby Green, N.J. Nobody was hurt.",
         [("Kettleby Green", "Kettleby Green"), ("N.J.", "New Jersey")]),
        ("Fans came from Kettleby, Calif., and Elmbrook, Pa., on Friday.",
         [("Kettleby", "Kettleby"), ("Calif.", "California"), ("Elmbrook", "Elmbrook"), ("Pa.", "Pennsylvania")]),
        ("Donated by Jane Roe, Elmbrook, Pa.", [("Elmbrook", "Elmbrook"), ("Pa.", "Pennsylvania")]),
        # Only the whole run of capitals is the town; a pronoun or an article is none; a party's state names no town.
        ("Fans packed the Lakeside Music Park at Kettleby, Calif., on Friday.",
         [("Kettleby", "Kettleby"), ("Calif.", "California")]),
        ("The band, the Smiths, Calif., and others played.", [("Calif.", "California")]),
        ("Sen. Jane Roe, D-Calif., said no.", [("Calif.", "California")]),
    ],
)
def test_the_capitalised_words_before_an_ap_state_name_the_town(text, expected):
    assert named(text) == expected
