"""Numbers that name a product or model (``figuremodels``): read one sense per article."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.figuremodels import model_numbers
from tests.core.suggest.figurecheck import found, spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A count before the model's number: the count is the figure, the model's number is not.
        ("The carrier ordered 40 Airbus 321 planes last spring.", ["40"]),
        ("Regulators grounded nearly 300 747 Jumbo jets worldwide.", ["300"]),
        ("The fleet added six 767 Freighter planes.", ["six"]),
        # An article before the number and a capitalised name after it.
        ("The pilot flew a 737 Max into the storm.", []),
        ("She drives an 8245 Turbo tractor.", []),
        # A maker's name before it, possessive or not, also with a space before the apostrophe.
        ("Airbus's 319 has a shorter cabin.", []),
        ("Rivals watched Lockheed 's 141-2 Starlifter closely.", []),
        ("The trade body praised the Embraer 175 for its range.", []),
        # A variant after the digits.
        ("The new 767-3 freighter entered service.", []),
        ("The stretched 747-400 Jumbo remains in use.", []),
        # Letters glued to the digits.
        ("The 777X is late, and the MH370 search ended.", []),
    ],
)
def test_a_model_number_is_no_figure(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Once the article shows the model, the same digits elsewhere in it name the model too.
        ("Boeing delivered 12 of its 787 Dreamliner jets. Engineers say the 787 program slipped, and five 787 sales "
         "were signed.", ["12", "five"]),
        ("The 777x wing folds. The 777 program has faced delays.", []),
        ("The airline flies nine 767s. Its 767 fleet is ageing.", ["nine"]),
        ("A Tu-154 crashed. The 154 had flown for decades, carrying 92 people.", ["92"]),
        ("Airbus's 319 sold well. Critics of the 319 said 41 seats were too few.", ["41"]),
    ],
)
def test_a_model_number_keeps_its_sense_through_the_article(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Counts, not names: a plural noun follows the number after a name.
        ("The allies gave Ukraine 155 tanks and 155 guns.", ["155", "155"]),
        ("Texas's 254 counties all voted.", ["254"]),
        # Round numbers and years name nothing in particular: "Fortune 500" says nothing of "500 staff".
        ("Fortune 500 firms employ 500 staff, and the Airbus A350 carried 350 passengers.", ["500", "500", "350"]),
        # Units and time zones glued to digits measure and tell the time.
        ("The 345MW plant powers 345 homes from 1230GMT to 1245 hours.", ["345", "345"]),
        # A count and a name are read on one line, past no sentence opener.
        ("Report 7\n\nAbout 1007 troops crossed, and 10 tanks followed.", ["1007", "10"]),
        ("He counted 7 About 1007 troops.", ["7", "1007"]),
        # A date's day before a count, a weekday before a count: no model shown.
        ("On June 5 345 people came. Later 345 of them left.", ["345", "345"]),
        ("Police said Tuesday 345 had been hurt. Of the 345, most were young.", ["345"]),
        # Scores and cricket totals with a variant-like shape are tallies.
        ("They won a 112-104 overtime win, with 112 points in all.", ["112", "104", "112"]),
        ("Australia were 287-9 at stumps, 287 runs ahead.", ["287", "9", "287"]),
    ],
)
def test_a_count_is_no_model(text, expected):
    assert spans(text) == expected


def test_model_numbers_are_the_distinctive_digits():
    assert model_numbers("Airbus's 319, a 737 Max, 40 Airbus 321 planes, the A350 and the 777X.") == {"319", "737", "321", "777"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The carrier ordered 40 Airbus 321 planes.", [("40", 40, "planes")]),
        ("The fleet added six 767 Freighter planes.", [("six", 6, "planes")]),
        ("A rival took 25 of Airbus 's 321-2 Neo jets.", [("25", 25, "jets")]),
        ("The 747 Jumbo flew on. Bids came for some 15 of the ageing 747 Jumbo jet.", [("15", 15, "jets")]),
    ],
)
def test_a_count_before_a_model_counts_the_noun_past_its_name(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Between whose it is and a product's noun: a model, a round one too, in every mention.
        ("Owners found the icons on their 7610 phone swapped. It locks many of the 7610's functions, and 7610 owners "
         "were caught out.", []),
        # A count of products, a year and a count before a noun phrase stay figures.
        ("The 400 phones sold for 125 dollars each.", ["400", "125"]),
        ("The 150 jet fighters flew over the city.", ["150"]),
    ],
)
def test_digits_between_an_owner_and_a_products_noun_name_its_model(text, expected):
    assert spans(text) == expected
