"""A number after a name keeps one sense per article (``figurecollocations``): ``S&P 500 companies``, ``Windows 11 devices``."""

from __future__ import annotations

import pytest

from tests.core.suggest.figurecheck import spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The article writes the name and number alone somewhere: a name at every occurrence.
        ("Shares slid as the S&P 500 fell 2%. Most S&P 500 companies have reported.", ["2%"]),
        ("The FTSE 100 closed higher, and profits at FTSE 100 firms rose by 8%.", ["8%"]),
        ("Apple's iPhone 15 went on sale. Some iPhone 15 models overheat.", []),
        # The pair alone may end the text.
        ("Most S&P 500 companies beat forecasts this week. Investors watched the S&P 500", []),
        ("Critics of Windows 11, released in 2021, say 7 in 10 Windows 11 machines lag.", ["7", "10"]),
        # A count before the name: the number after the name names.
        ("There are now 40 million Windows 11 devices.", ["40 million"]),
        ("Analysts tracked 12 Nasdaq 100 stocks.", ["12"]),
    ],
)
def test_a_name_and_number_read_as_a_name_once_are_a_name_throughout(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Never written alone: the number after the name counts; a currency code names no thing.
        ("It rose from 10 USD 20 years ago.", ["10", "20"]),
        ("The allies gave Ukraine 31 tanks in spring.", ["31"]),
        ("Most Fortune 500 companies reported gains.", ["500"]),
        # Elsewhere the pair counts again, or a sentence starts with the name.
        ("The allies gave Ukraine 31 tanks. Ukraine 31 days later asked for more.", ["31", "31"]),
        # In a headline in title case every word is capitalised.
        ("There Are 4 Things Investors Need To Know\nThe list, he said, has Are 4 Things at its head.", ["4"]),
    ],
)
def test_a_count_after_a_name_stays_a_figure(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A match's fact box: the minutes of goals and changes after the players' names are figures.
        ("Goals: Bowyer 35, Dyer 69. Bolton: Jaaskelainen, Hunt (Fadiga 14), Speed. Goals: Giannakopoulos 41.",
         ["35", "69", "14", "41"]),
        ("Archibald 19, Grady 29, Crawford 41, Grady 47.", ["19", "29", "41", "47"]),
        # Not a ranked list's places, an identifier's numbers or a date.
        ("Schools at Key Stage 2, and those at Key Stages 1, met the target.", []),
        ("Talks on June 6, July 9 and March 11 failed.", []),
    ],
)
def test_a_fact_boxs_minutes_are_figures(text, expected):
    assert spans(text) == expected


def test_a_ranked_lists_places_are_no_minutes():
    # Consecutive numbers after names are a ranking's places, not a fact box's minutes.
    found = spans("Finland 1. Japan 2. Korea 3. Australia 4. Canada 5. Germany 6. France 7. United Kingdom 8.")
    assert not {"2", "3", "4", "5", "6", "7"} & set(found)
