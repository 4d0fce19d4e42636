"""Scores, tallies, records and heights are two figures each; ranges stay one (``figurepairs``)."""

from __future__ import annotations

import pytest

from tests.core.suggest.figurecheck import found as _found, spans as _spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The larger number first: a score, never a range.
        ("The Hawks held on for a 98-91 victory on Friday.", ["98", "91"]),
        ("United won 2-1 at home.", ["2", "1"]),
        ("The jury returned an 11-1 verdict after two days.", ["11", "1", "two"]),
        ("Rovers drew 1-1 with the leaders.", ["1", "1"]),
        ("The court ruled by a 6–3 majority.", ["6", "3"]),
        # Smaller number first, but a tally by the word around it.
        ("The Bears were beaten in a 17-24 loss.", ["17", "24"]),
        ("The team finished the season with a record of 4-12.", ["4", "12"]),
        ("The bill passed on a 45-55 vote.", ["45", "55"]),
        # Made and attempted; a height in feet and inches.
        ("Jones went 4-for-11 from the field and 2-of-6 from the line.", ["4", "11", "2", "6"]),
        ("The 6-foot-10 forward signed.", ["6", "10"]),
    ],
)
def test_a_tally_is_one_figure_per_number(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trip takes 10-12 weeks.", ["10-12"]),
        ("Waves of 8-to-10 feet hit the coast.", ["8-to-10"]),
        ("Children who arrived at 10 or 12 years old.", ["10 or 12"]),
        ("Prices rose 20-30% and temperatures hit 30–35C.", ["20-30%", "30–35"]),
        ("Between two and three hours passed.", ["two and three"]),
        ("The 2019-20 season was cut short.", []),
    ],
)
def test_a_range_stays_one_figure(text, expected):
    assert _spans(text) == expected


def test_the_units_of_a_height_and_of_a_shooting_line():
    assert _found("The 7-foot-2 centre went 3-for-8.") == [("7", 7, "feet"), ("2", 2, "inches"), ("3", 3, ""), ("8", 8, "")]


def test_24_7_and_falling_pairs_are_not_ranges():
    assert _spans("The shop is open 24-7.") == []
    assert _spans("Children aged 5 or 4 apply.") == ["5", "4"]  # "or" makes one range only when rising
    assert _spans("They have three and four children.") == ["three", "four"]  # "and" joins only after "between"


def test_and_joins_number_words_only_after_a_hundred_or_a_scale():
    assert _found("It cost two hundred and fifty pounds, and four and five were left.") == [
        ("two hundred and fifty", 250, "GBP"), ("four", 4, ""), ("five", 5, "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Voters backed it by a 3-to-1 margin.", ["3", "1"]),
        ("In the end the vote was 40 to 25.", ["40", "25"]),
        ("Sales rose from 40 to 25 shops.", ["40", "25"]),
        ("From 25 to 40 people came.", ["25 to 40"]),
    ],
)
def test_a_falling_pair_joined_by_to_is_a_tally_or_a_change(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A score after a name keeps both numbers ("the Suns" is no "Boeing").
        ("The Lakers beat the Suns 112-104 on Tuesday.", ["112", "104"]),
        ("The measure passed the Senate 51-49.", ["51", "49"]),
        # A model's number after a name is no range; a count of named things with its noun still is.
        ("A Boeing 737-800 landed safely.", []),
        ("They gave Ukraine 10-20 tanks.", ["10-20"]),
    ],
)
def test_a_pair_after_a_name_is_a_score_a_model_or_a_count(text, expected):
    assert _spans(text) == expected
