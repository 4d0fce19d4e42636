"""Counting words (``figurecounts`` and ``figurewords``): once, zero, a quarter century, a half-dozen, a million, one."""

from __future__ import annotations

import pytest

from tests.core.suggest.figurecheck import found as _found, spans as _spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The striker was booked once, in the first minute.", ["once"]),
        ("Smith had left the pitch once with a cramp.", ["once"]),
        ("The board has met only once since May and more than once last year.", ["once", "once"]),
        ("The bin is emptied once a week.", ["once"]),
        # "formerly", "as soon as", "immediately", idioms: no count.
        ("The mill was once the town's largest employer.", []),
        ("Once the rain stopped, crews moved in.", []),
        ("They left at once and all at once it was quiet.", []),
        ("Prices rose once again, once more.", []),
    ],
)
def test_once_counts_only_how_often(text, expected):
    assert _spans(text) == expected


def test_once_is_one_time():
    assert _found("He called once, then stopped.") == [("once", 1, "times")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank kept rates near zero and cut fees to zero.", ["zero", "zero"]),
        ("Police promised zero tolerance at ground zero.", []),
    ],
)
def test_zero_as_a_level_counts(text, expected):
    assert _spans(text) == expected


def test_fractions_of_a_measure_dozens_and_a_scale_with_its_article():
    assert _found("Wages are lower than a quarter century ago.") == [("a quarter", 0.25, "centuries")]
    assert _found("The race ends in the third quarter of the year.") == []
    assert _found("A half-dozen firms bid.") == [("A half-dozen", 6, "firms")]
    assert _found("About a million people and a billion dollars.") == [("a million", 1000000, "people"),
                                                                       ("a billion", 1000000000, "USD")]
    assert _spans("Half a million tickets sold.") == ["Half a million"]


def test_a_repeated_vague_count_is_one_figure():
    assert _found("Thousands upon thousands of fans came.") == [("Thousands upon thousands", 1000, "fans")]
    assert _spans("Thousands of fans and hundreds of police.") == ["Thousands", "hundreds"]


def test_the_children_of_a_parent_counted_in_a_compound():
    assert _found("The father-of-four was fined.") == [("four", 4, "children")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Passengers were 40 Britons, two Germans and one person each from Chile and Peru.",
         ["40", "two", "one"]),
        ("He was jailed for four years for fraud and one year for theft.", ["four", "one"]),
        ("Three small firms were merged into one firm.", ["Three", "one"]),
        ("The wall was built into one corner.", ["one"]),
        ("The mayor was talking about one street, not the city.", ["one"]),
        # "one" as an article or pronoun: no count.
        ("One resident said the road flooded.", []),
        ("They talked about one thing only.", []),
        ("Two agents met; one agent can take over another agent's file.", ["Two"]),
        ("One day the two of them left.", ["two"]),
    ],
)
def test_one_counts_by_its_sentence(text, expected):
    assert _spans(text) == expected


def test_a_multimillion_amount_is_a_vague_sum_of_money():
    assert _found("A multimillion-dollar deal and a multi-billion-pound plan.") == [
        ("multimillion", 1000000, "USD"), ("multi-billion", 1000000000, "GBP")]
    assert _found("The multimillionaire left.") == []
