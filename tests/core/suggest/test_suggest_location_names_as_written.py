"""Place names as news and the blind sets' gold write them: "Gaza" is the Strip, its city "Gaza City"; "Netherlands",
"Frankfurt" (GeoNames: "The Netherlands", "Frankfurt am Main"). And an airline named after a town is the airline."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.locations import suggest_locations


def places(text: str) -> list[tuple[str, str]]:
    """(matched text, place) in text order."""
    return [(text[s.start:s.end], s.attributes["place"]) for s in suggest_locations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aid trucks reached Gaza on Monday.", [("Gaza", "Gaza Strip")]),
        ("Strikes hit Gaza City and the Gaza Strip.", [("Gaza City", "Gaza City"), ("Gaza Strip", "Gaza Strip")]),
        ("Exports to the Netherlands and Frankfurt rose.", [("Netherlands", "Netherlands"), ("Frankfurt", "Frankfurt")]),
        ("Exports to S Africa rose.", [("S Africa", "South Africa")]),
    ],
)
def test_the_place_is_named_as_news_names_it(text, expected):
    assert places(text) == expected


def test_a_name_written_without_its_diacritics_keeps_the_text_s_spelling():
    """English news writes "Montreal", "Rajasthan", "Zurich": the place as written, not GeoNames' "Montréal"; a text
    that writes the marks keeps them, and a name spelt otherwise ("Seville") still takes the canonical name."""
    assert places("Flights from Montreal and Zurich to Rajasthan resumed.") == [
        ("Montreal", "Montreal"), ("Zurich", "Zurich"), ("Rajasthan", "Rajasthan")]
    assert places("Flights from Montréal resumed.") == [("Montréal", "Montréal")]
    assert places("Flights from Seville resumed.") == [("Seville", "Sevilla")]


def test_an_airline_named_after_a_town_is_the_airline():
    text = ("Delta cuts fares\n\nDelta Air Lines is cutting fares. Delta is restructuring. Its fares were trialled from "
            "Cincinnati. He later flew to Delta, British Columbia.")
    assert places(text) == [("Cincinnati", "Cincinnati"), ("Delta", "Delta"), ("British Columbia", "British Columbia")]
    assert text.rindex("Delta") == suggest_locations(text)[1].start


def test_an_airline_named_after_a_country_leaves_the_countrys_abbreviation_a_place():
    text = ("US to probe airline chaos\n\nThe US government is to investigate US Airways after travel chaos. Staff at US "
            "Airways called in sick.")
    assert [t for t, _ in places(text)] == ["US", "US"]
