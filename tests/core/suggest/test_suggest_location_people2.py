"""People whose names are towns' names, articles opening a sentence, and diplomats' posts, for the location suggester."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.locations import suggest_locations


def named(text: str) -> list[str]:
    """The matched texts in text order."""
    return [text[s.start:s.end] for s in suggest_locations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A New York man was charged on Friday.", ["New York"]),
        ("An Ohio woman won the lottery.", ["Ohio"]),
        ("One Washington-based analyst disagreed.", ["Washington"]),
        ("Former U.S. envoy Jane Roe spoke at length.", ["U.S."]),
        ("Two Texas towns flooded overnight.", ["Texas"]),
        # A first name opening a sentence still makes a person.
        ("Kevin Durant scored 30 points.", []),
    ],
)
def test_an_article_a_number_or_former_opening_a_sentence_leaves_the_place(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("China's ambassador to Britain Wei Ming has said so.", ["China", "Britain"]),
        ("The former ambassador to the Ukraine Anna Kovalenko testified.", ["Ukraine"]),
        ("The UN envoy to Syria Lars Peterson met them.", ["Syria"]),
        # No post before "to": a country's name opening a person's name stays a person's.
        ("He passed the ball to Jordan Pickering late on.", []),
        ("Officials talked to Chad Wilkins about it.", []),
    ],
)
def test_a_country_after_a_diplomats_post_is_a_place_before_the_envoys_name(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“We will get there,” said Brent Sherwood, the firm's vice president.", []),
        ("Brent Sherwood said the plan would work.", []),
        ("The report was written by Warren Sherwood and two colleagues.", []),
        # Places side by side take a comma, or "and": both stay places.
        ("Flights between Leeds and Bradford resumed.", ["Leeds", "Bradford"]),
        ("He grew up in Sherwood, Oregon, and moved away.", ["Sherwood", "Oregon"]),
        ("Storms hit Boston, Worcester and Springfield.", ["Boston", "Worcester", "Springfield"]),
    ],
)
def test_two_towns_names_side_by_side_are_a_persons_given_name_and_surname(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Taylor Swift sang on Sunday. Fans cheered. Back to Taylor! She wants her songs.", []),
        ("Taylor Swift sang on Sunday. \"We never said Taylor could not perform,\" they said.", []),
        # A longer name (a group, a people) is no person's: later mentions stay places.
        ("The Asheville Tea PAC backed her. The district cracked the enclave of Asheville.", ["Asheville"]),
        ("He judged for three Washington Native American tribes. He lives in Olympia, Washington.",
         ["Olympia", "Washington"]),
        # A large city's name opening a person's name does not silence the city.
        ("Paris Hilton landed in Paris on Monday.", ["Paris"]),
        # Without the person, the town stays a town.
        ("Back to Taylor, Michigan, where the plant closed.", ["Taylor", "Michigan"]),
    ],
)
def test_a_towns_name_the_text_gives_a_person_as_a_first_name_is_that_person_later(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump and US Trade Representative Robert Lighthizer met.", ["US"]),
        ("US National Security Adviser Jane Roe left.", ["US"]),
        ("The UK Trade Envoy spoke on Monday.", ["UK"]),
        # A capitalised name that ends in no title still holds the place.
        ("Paris Trade Fair opened on Monday.", []),
        ("The Texas Roadhouse chain grew.", []),
    ],
)
def test_a_place_before_a_title_of_two_or_three_words_modifies_the_title(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington, DC, United States: Launches resumed.", ["Washington", "DC", "United States"]),
        ("She moved to Washington, DC, in 2010.", ["Washington", "DC"]),
        # "DC" alone is no place.
        ("DC Comics sold well this year.", []),
    ],
)
def test_dc_after_washington_is_the_district(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title without a full stop before two towns' names: a person ("Prof David Green"), as after "Dr".
        ("Talks in the US stalled.\n\nProf David Green, the dean, agrees. Green accepts the risk.", ["US"]),
        ("Talks in the US stalled.\n\nDr David Green, the dean, agrees.", ["US"]),
        ("Talks in the US stalled. Professor Green, the dean, agrees.", ["US"]),
        # Two towns side by side after another capitalised word stay places.
        ("Talks in the US stalled. We drove from Madison to Green, Ohio.", ["US", "Madison", "Green", "Ohio"]),
    ],
)
def test_a_title_without_a_full_stop_before_towns_names_makes_them_a_persons(text, expected):
    assert [text[s.start:s.end] for s in suggest_locations(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A given name before a feature word that is also a surname: a person, not "Mike Lake".
        ("Yukos spokesman Mike Lake told Agence France Press the sale was illegal.", []),
        ("Mike Lake, a spokesman for Yukos' lawyers, said on Tuesday that the case was weak.", []),
        # Named as a place, by "the" or a locative word, it stays one; so does a feature word no surname is.
        ("Floods reached homes in Sandy Lake and the Christian County line.", ["Sandy Lake", "Christian County"]),
    ],
)
def test_a_given_name_and_a_surname_like_feature_word_is_a_person(text, expected):
    assert [text[s.start:s.end] for s in suggest_locations(text)] == expected
