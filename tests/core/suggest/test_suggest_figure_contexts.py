"""The figure suggester on constructions of news writing round 5 added: counting ``one`` and ``half``, money in many
currencies (the currency words outside the span), and names, dialling codes, flats and old years that are no figures."""

from __future__ import annotations

import pytest

from tests.core.suggest.figurecheck import found as _found, spans as _spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The van collided with a truck with one passenger on board.", [("one", 1, "passenger")]),
        ("The shelter had food for one week at most.", [("one", 1, "week")]),
        ("He wanted a son, any one or any two of them.", [("one", 1, ""), ("two", 2, "")]),
        ("The award is held by only one African nation.", [("one", 1, "nation")]),
        # idioms and contrasts: no count
        ("For one thing, the plan was late.", []),
        ("The leaders spoke with one voice.", []),
        ("Members who ran for one seat may switch to another seat.", []),
        ("One company left, and in one example a shop closed.", []),
    ],
)
def test_one_counts_after_for_and_with_and_before_a_name(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shoppers pay a half-penny levy on each bag.", [("half", 0.5, "penny")]),
        ("The show runs for a half-hour each night.", [("half", 0.5, "hour")]),
        ("The first half of the budget went on roads.", [("half", 0.5, "budgets")]),
        ("His half-brother made a half-hearted apology.", []),
        ("The repairs took one and a half years.", [("one and a half", 1.5, "years")]),
        ("Two-thirds of voters and one in three renters agreed.", [("Two-thirds", 0.667, "voters"),
                                                                  ("one", 1, "renters"), ("three", 3, "renters")]),
    ],
)
def test_half_in_a_measure_compound_and_fractions_to_three_places(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The museum paid 24.4 million euros for it.", [("24.4 million", 24400000, "EUR")]),
        ("The club earned 40 million Swiss francs.", [("40 million", 40000000, "CHF")]),
        ("Farmers lost 2 million Pakistani rupees.", [("2 million", 2000000, "PKR")]),
        ("The ministry spent 1.2 trillion won on chips.", [("1.2 trillion", 1200000000000, "KRW")]),
        ("The deal is worth R50 million to the province.", [("R50 million", 50000000, "ZAR")]),
        ("Traders pay KSh 2,000 a month.", [("KSh 2,000", 2000, "KES")]),
        ("A fine of SEK 10,000 was imposed.", [("SEK 10,000", 10000, "SEK")]),
        ("Tickets cost NT$500 each.", [("NT$500", 500, "TWD")]),
        ("Rent rose to 50,000 dirhams a year.", [("50,000", 50000, "AED")]),
        ("The bill was 3 billion rand.", [("3 billion", 3000000000, "ZAR")]),
        # a "won" after a small number is the verb
        ("Of the 12 runners, 3 won medals.", [("12", 12, "runners"), ("3", 3, "medals")]),
        ("Delegates at COP 28 met.", []),
    ],
)
def test_money_in_many_currencies_keeps_its_words_outside_the_span(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It rained at noon. The Four Paths Police said two people were hurt in the crash.", ["two"]),
        ("Officers from the Three Rivers station said 12 cars were towed.", ["12"]),
        ("Two Americans were among the 40 passengers.", ["Two", "40"]),
        ("The findings of an inquiry by +972 Magazine were published.", []),
        ("Votes may be cast at 21 Bay Road, Apt. 1C until 8 p.m.", []),
        ("It sold a 1761 work by Chardin and the 1688 charter, first printed in 1650.", []),
        ("The 1500 residents and a 1500 word essay, in 1500 cases.", ["1500", "1500", "1500"]),
        ("The heat reached 35C on Monday.", ["35"]),
    ],
)
def test_names_dialling_codes_flats_and_old_years_are_no_figures(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 34-year-old striker's 9.58-second record stands.", [("34", 34, "years"), ("9.58", 9.58, "seconds")]),
        ("A magnitude 5.8 quake hit; speeds of 120km/h were recorded.", [("5.8", 5.8, "quakes"), ("120", 120, "km/h")]),
        ("The team has 45 wins and 37 losses in a 30,000-seat arena.", [("45", 45, "wins"), ("37", 37, "losses"),
                                                                         ("30,000", 30000, "seats")]),
        ("Inflation hit 9.1% and the pound fell 1.5 per cent.", [("9.1%", 9.1, "%"), ("1.5 per cent", 1.5, "%")]),
    ],
)
def test_ages_records_and_measurements(text, expected):
    assert _found(text) == expected
