"""Example tests of the figure suggester on news phrases: what is a figure, its span, value and unit."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.figures import suggest_figures

from tests.core.suggest.figurecheck import found as _found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("around 8,000 troops from North Korea", [("8,000", 8000, "troops")]),
        ("a total of 10,000 North Korean troops", [("10,000", 10000, "troops")]),
        ("growth of 3.5 in the quarter", [("3.5", 3.5, "")]),
        ("some 1.2 million people", [("1.2 million", 1200000, "people")]),
        ("eight thousand soldiers", [("eight thousand", 8000, "soldiers")]),
        ("two hundred and fifty thousand voters", [("two hundred and fifty thousand", 250000, "voters")]),
        ("between 10,000–12,000 people", [("10,000–12,000", 10000, "people")]),
        ("from 10,000 to 12,000 people", [("10,000 to 12,000", 10000, "people")]),
        ("up 12 per cent and 3.5%", [("12 per cent", 12, "%"), ("3.5%", 3.5, "%")]),
        ("$5bn, €3.2 million and £40", [("$5bn", 5000000000, "USD"), ("€3.2 million", 3200000, "EUR"), ("£40", 40, "GBP")]),
        ("paid 300 dollars", [("300", 300, "USD")]),
        ("he is 45.", [("45", 45, "")]),
        ("the US gave Ukraine 500 tanks", [("500", 500, "tanks")]),
    ],
)
def test_figures_with_value_and_unit(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "in 2024 the war went on",
        "on November 5 and on 30 October",
        "at 10:30 and at 5 p.m.",
        "the 3rd and the first time",
        "under Resolution 2231 and Article 5",
        "Resolution 2231 troops and Apollo 11",
        "F-16 jets and COVID-19",
        "one of the soldiers",
        "the 2022-2026 strategic plan",
        "a “Stage 3” alert and a level 4 warning under Senate Bill 10 and No. 5",
        "call 868-625-1234 or (868) 555 0199",
        "offices at 12 Frederick Street",
        "on page 5 under Title 42, after the 9/11 attacks",
        "write to 233 S. Wacker Drive, Chicago, IL 60606",
        "often tends to",
    ],
)
def test_not_figures(text):
    assert _found(text) == []


def test_the_approximator_is_outside_the_span_and_leaves_the_value():
    text = "around 8,000 troops"
    (s,) = suggest_figures(text)
    assert (s.start, s.attributes["value"]) == (text.index("8,000"), 8000)


def test_offsets_are_code_points_after_emoji():
    text = "👍🏽 8,000 troops"
    (s,) = suggest_figures(text)
    assert text[s.start:s.end] == "8,000" and s.start == 3


def test_m_and_k_mean_millions_and_thousands_only_after_a_currency_sign():
    assert _found("a wall 5 m high cost £40m, not 3k") == [("5", 5, ""), ("£40m", 40000000, "GBP")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # GUIDELINES.md (bench/blind): vague counts are figures with their lower bound; half and twice too.
        ("millions of people and dozens of tanks", [("millions", 10**6, "people"), ("dozens", 12, "tanks")]),
        ("power was cut to hundreds of thousands of homes", [("hundreds of thousands", 100_000, "homes")]),
        ("the bill grants billions of dollars to the fund", [("billions", 10**9, "USD")]),
        ("over a dozen drones and twice as many shells", [("a dozen", 12, "drones"), ("twice", 2, "times")]),
        ("half of all new hires; one and a half years", [("half", 0.5, "hires"), ("one and a half", 1.5, "years")]),
        # Money in Caribbean, Asian and other currencies.
        ("a TT$2 billion bond and a J$500 fine", [("TT$2 billion", 2_000_000_000, "TTD"), ("J$500", 500, "JMD")]),
        ("a €40m grant and ₦5,000 each", [("€40m", 40_000_000, "EUR"), ("₦5,000", 5000, "NGN")]),
        # Units: the counted noun past modifiers, a compound's noun, ages.
        ("all 12 opposition councillors voted", [("12", 12, "councillors")]),
        ("25.9 new infections and 20 more years", [("25.9", 25.9, "infections"), ("20", 20, "years")]),
        ("after a ten-minute break and a seven-day curfew", [("ten", 10, "minutes"), ("seven", 7, "days")]),
        ("Maria Lopez, 34, and her son, aged 9, escaped", [("34", 34, "years"), ("9", 9, "years")]),
        ("the army said it downed 14 UAVs", [("14", 14, "UAVs")]),
        ("13% of voters", [("13%", 13, "%")]),
    ],
)
def test_vague_counts_money_and_units(text, expected):
    assert _found(text) == expected


def test_a_headlines_last_number_takes_no_unit_from_the_next_line():
    assert _found("Storm Kills Two\n\nFlooding closed roads.") == [("Two", 2, "people")]  # not "roads"


def test_a_phone_number_spelt_in_letters_and_its_digits_are_not_figures():
    text = "Tips can be left at 555-HELP (4357) or online; 12 volunteers answer the line."
    assert [text[s.start:s.end] for s in suggest_figures(text)] == ["12"]
    text = "Call 1-800-GARDENS for a free catalogue."
    assert suggest_figures(text) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The brothers, 19 and 21 years old, were unhurt.", {"19": "years", "21": "years"}),
        ("Three of the 40 lorries were stopped at the border.", {"Three": "lorries", "40": "lorries"}),
        ("The shelter hired three young Red Cross volunteers last week.", {"three": "volunteers"}),
        ('"We will reopen," said Okafor, 61.', {"61": "years"}),
    ],
)
def test_units_after_a_second_number_a_partitive_a_name_and_an_age_at_the_sentence_end(text, unit):
    assert {text[s.start:s.end]: s.attributes["unit"] for s in suggest_figures(text)} == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The town will build a 40 bed clinic next year.", "beds"),
        ("They stayed in a four star hotel near the coast.", "stars"),
        ("Police found 40 armed men near the border.", "men"),
    ],
)
def test_a_counted_noun_before_the_noun_it_qualifies_is_counted_in_the_plural(text, unit):
    assert [s.attributes["unit"] for s in suggest_figures(text)] == [unit]
