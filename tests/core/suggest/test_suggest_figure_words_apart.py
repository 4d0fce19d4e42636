"""Number words that stand apart: an edit's leftover (``three four times``), a proportion's two numbers, a sports term."""

from __future__ import annotations

import pytest

from tests.core.suggest.figurecheck import found, spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two number words that spell no one number are two figures.
        ("The striker scored just three four times this season.", [("three", 3), ("four", 4)]),
        ("Doctors gave her five six doses a day.", [("five", 5), ("six", 6)]),
        ("The panel heard eleven twelve witnesses.", [("eleven", 11), ("twelve", 12)]),
        ("Some thirty forty boats sailed.", [("thirty", 30), ("forty", 40)]),
        # Number words that spell one number stay one figure.
        ("About twenty four people came.", [("twenty four", 24)]),
        ("The county has two hundred and fifty thousand residents.", [("two hundred and fifty thousand", 250000)]),
        ("It took one hundred twenty-three days.", [("one hundred twenty-three", 123)]),
        ("The rate was six-point-five per cent.", [("six-point-five per cent", 6.5)]),
    ],
)
def test_number_words_that_spell_no_one_number_are_apart(text, expected):
    assert [(t, v) for t, v, _ in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eight out of ten firms write their own apps.", [("Eight", 8, "firms"), ("ten", 10, "firms")]),
        ("Two out of every three homes lost power.", [("Two", 2, "homes"), ("three", 3, "homes")]),
        ("Roughly 4 in 10 adults smoke.", [("4", 4, "adults"), ("10", 10, "adults")]),
    ],
)
def test_the_numbers_of_a_proportion_are_two_figures(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He buried the rebound on a two-on-one.",
        "The visitors wasted a five-on-three power play.",
        "Coaches drilled 3-on-2 rushes all week.",
        "She prefers three-on-three basketball.",
    ],
)
def test_a_matchup_of_players_is_no_figure(text):
    assert spans(text) == []


def test_a_count_before_on_is_still_a_figure():
    assert spans("They won on two goals and lost on three-point shots.") == ["two"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "for one" measures out a span of time or distance; before another noun it names a certain one.
        ("The ward was not enough for one day of care.", ["one"]),
        ("She was jailed for one year.", ["one"]),
        ("They rehearsed there for one concert and left.", []),
        ("He once ran for one office and lost.", []),
        # "with one" counts, unless a participle describes the one it names.
        ("A van with one passenger on board overturned.", ["one"]),
        ("The diary closes with one entry describing the flood.", []),
    ],
)
def test_one_counts_after_for_only_before_a_measure(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Number words joined by "or" rising are one range, as "10 or 12" is.
        ("Now there are five or six inspectors.", [("five or six", 5)]),
        ("It took two or three days.", [("two or three", 2)]),
        # A range runs upward: falling words are two figures, whatever joins them.
        ("A team of nine – three coaches and six players.", [("nine", 9), ("three", 3), ("six", 6)]),
        ("She could pick four or three.", [("four", 4), ("three", 3)]),
        # "per cent" written with hyphens.
        ("The firm is 49-per-cent owned by the state.", [("49-per-cent", 49)]),
    ],
)
def test_word_ranges_run_upward(text, expected):
    assert [(t, v) for t, v, _ in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some people see the number 7 in green.", []),
        ("The numbers 4 and 9 came up twice.", ["twice"]),
        ("A number of 12 people came; the number of deaths rose to 30.", ["12", "30"]),
    ],
)
def test_a_numeral_talked_about_is_no_figure(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The tape had an 18½-minute gap.", [("18½", 18.5, "minutes")]),
        ("The boy grew 2¾ inches and ate 1⅓ pies.", [("2¾", 2.75, "inches"), ("1⅓", 1.333, "pies")]),
    ],
)
def test_a_vulgar_fraction_glued_to_a_number_is_part_of_it(text, expected):
    assert found(text) == expected
