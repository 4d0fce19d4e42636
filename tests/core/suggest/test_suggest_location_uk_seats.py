"""British seats and areas as election stories name them: a town and a bearing after it ("Aberdeen South"), a bearing of
two words before it ("South West Edinburgh"), Scotland's council areas and London's boroughs."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.locations import suggest_locations


def places(text: str) -> list[tuple[str, str]]:
    """(matched text, place) in text order."""
    return [(text[s.start:s.end], s.attributes["place"]) for s in suggest_locations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He won Aberdeen South in 2001.", [("Aberdeen South", "Aberdeen South")]),
        ("The seats are Sheffield Central and Leeds North West.",
         [("Sheffield Central", "Sheffield Central"), ("Leeds North West", "Leeds North West")]),
        ("The group backs candidates in Dundee East and West.", [("Dundee East and West", "Dundee East and West")]),
        ("He will stand in South West Edinburgh.", [("South West Edinburgh", "South West Edinburgh")]),
        # Council areas and boroughs the GeoNames towns leave out.
        ("The marginals are Dumfriesshire, East Renfrewshire and Western Isles.",
         [("Dumfriesshire", "Dumfriesshire"), ("East Renfrewshire", "East Renfrewshire"), ("Western Isles", "Western Isles")]),
        ("She came first in Tower Hamlets and in North Tyneside.",
         [("Tower Hamlets", "Tower Hamlets"), ("North Tyneside", "North Tyneside")]),
        ("The line ran from Edinburgh through the Borders. Borders Council backed it.",
         [("Edinburgh", "Edinburgh"), ("Borders", "Scottish Borders")]),
    ],
)
def test_a_seat_or_area_is_one_place(text, expected):
    assert places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bearing that goes on into a longer name is that name's word.
        ("He studied at the Aberdeen South Harbour Trust.", []),
        # Elsewhere a town and a bearing are a person: "Kanye West" (Kanye, Botswana), "Taylor West" (Taylor, Michigan).
        ("The rapper Kanye West spoke.", []),
        ("Hours later Taylor West spoke.", []),
    ],
)
def test_no_seat_where_the_bearing_is_another_names(text, expected):
    assert [t for t, _ in places(text) if "West" in t or "South" in t] == expected


@pytest.mark.parametrize("name", ["Bush", "Obama", "Hamas", "Sina", "Monsanto"])
def test_a_small_towns_name_news_uses_for_someone_else_is_no_place(name):
    # Būsh (Egypt), Obama (Japan), an alternate of Hamm (Germany), Sīnah (Iraq): in news, presidents, a movement, a firm.
    text = f"Reporters met {name} officials on Monday. They went on to Hamm."
    assert [t for t, _ in places(text)] == ["Hamm"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A seat's member after its name names the seat: "MP" is no body's acronym there.
        ("\"I felt guilt,\" said the Ealing North MP.", [("Ealing North", "Ealing North")]),
        ("The Salford MP told the committee so.", [("Salford", "Salford")]),
        # "Mid" before a county: the seat or district, hyphened or not.
        ("The Mid-Bedfordshire MP denied it. He has held Mid Bedfordshire since 1997.",
         [("Mid-Bedfordshire", "Mid Bedfordshire"), ("Mid Bedfordshire", "Mid Bedfordshire")]),
        # London boroughs the GeoNames towns leave out.
        ("Flights over Hillingdon and Havering would double.", [("Hillingdon", "Hillingdon"), ("Havering", "Havering")]),
    ],
)
def test_a_seat_named_by_its_member_or_mid_and_more_boroughs(text, expected):
    assert places(text) == expected


def test_where_someone_was_born_or_grew_up_is_a_place_the_gazetteer_may_lack():
    text = "Born in 1942 in Tredegar to a miner father, he was raised in Pengam and born in May."
    assert places(text) == [("Tredegar", "Tredegar"), ("Pengam", "Pengam")]


def test_an_athletics_club_in_brackets_is_no_place():
    text = "The squad: D Greaves (Newham and Essex Beagles), A Scott (Shaftesbury Barnet Harriers)."
    assert places(text) == []
