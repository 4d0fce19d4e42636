"""A person named by two town names or after what they do is no place, nor a broadcaster's country or a US station's
town; a city's compass quarter ("the West End") is a place without a cue (round 44)."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.locations import suggest_locations


def named(text: str) -> list[str]:
    """The matched texts in text order."""
    return [text[s.start:s.end] for s in suggest_locations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A given name that is a town, then a surname that is a town too: a person.
        ("He worked on the soundtrack to the Whitney Houston film The Bodyguard.", []),
        ("Shadow Home Secretary David Davis told the BBC his party would fight.", []),
        # A town then its region or country stays a place.
        ("She lived in Paris Texas before she moved to Kingston Jamaica.", ["Paris", "Texas", "Kingston", "Jamaica"]),
    ],
)
def test_a_given_name_that_is_a_town_before_a_town_alone_is_a_person(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Bono is a region of Ghana: after "frontman" the singer, in every mention the text does not place.
        ("U2 frontman Bono spoke first. Bono, The Edge, Adam Clayton and Larry Mullen Jr then played in Ghana.", ["Ghana"]),
        ("Stars pay tribute to actor Davis\n\nDavis made his acting debut in 1950.", []),
        # Written as a place too ("in Bono"): the place in every mention, as for a surname after a given name.
        ("U2 frontman Bono visited Ghana. Floods hit roads in Bono this week.", ["Bono", "Ghana", "Bono"]),
        # A given name after the word is for the given-name rule: "singer Florence Welch".
        ("Chief executive Ana Ruiz moved to Boston.", ["Boston"]),
    ],
)
def test_a_one_word_place_right_after_what_a_person_does_is_that_person(text, expected):
    assert named(text) == expected


def test_a_broadcasters_country_after_tv_is_the_broadcaster():
    assert named("Meeting Point has become one of TV Angola's most watched programmes in Angola.") == ["Angola"]


def test_a_us_stations_town_is_the_station():
    text = ("Clark Boyd is technology correspondent for The World, a BBC World Service and WGBH-Boston co-production. "
            "He lives in Boston.")
    assert named(text) == ["Boston"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The musical had its opening night in London's West End.", ["London", "West End"]),
        ("West End to honour finest shows\n\nThe West End is honouring its finest stars.", ["West End", "West End"]),
    ],
)
def test_a_citys_compass_quarter_is_a_place_without_a_cue(text, expected):
    assert named(text) == expected
