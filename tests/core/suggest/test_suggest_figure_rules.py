"""The figure suggester on constructions of news writing: number words, proportions, money, units, and what is no figure."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmark.core.suggest.figures import suggest_figures

from tests.core.suggest.figurecheck import found as _found, spans as _spans

# Pieces of the constructions the rules read: currency codes before and after, proportions, weight, glued units.
PIECES = [" ", "-", ",", ".", "(", ")", "\n", "10", "20", "3.5", "1,000", "one", "two", "six", "a", "half", "third",
          "quarter", "of", "in", "USD", "TT$", "£", "m", "bn", "km", "C", "%", "pc", "pounds", "dollars", "Jamaican",
          "between", "and", "to", "rose from", "twice", "fold", "dozen", "millions", "only", "day", "aged", "Region",
          "zero", "deaths", "point", "minus"]


@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_figures_lie_in_the_text_in_order_never_overlapping_with_number_values(text):
    found = suggest_figures(text)
    assert all(0 <= s.start < s.end <= len(text) and isinstance(s.attributes["value"], int | float) for s in found)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Multipliers, also in a compound.
        ("The twice-elected mayor and a thrice-weekly bus.", [("twice", 2, "times"), ("thrice", 3, "times")]),
        ("Sales grew tenfold, and costs rose in a 3-fold jump.", [("tenfold", 10, "times"), ("3-fold", 3, "times")]),
        # Fractions are one figure each; "one in five" is two, each counting the noun after it.
        ("Two-thirds of members and a quarter of residents agreed.", [("Two-thirds", 0.667, "members"), ("a quarter", 0.25, "residents")]),
        ("One in five drivers and three in 10 riders were fined.",
         [("One", 1, "drivers"), ("five", 5, "drivers"), ("three", 3, "riders"), ("10", 10, "riders")]),
        ("Half a million homes lost power; half a dozen were hurt.", [("Half a million", 500000, "homes"), ("half a dozen", 6, "")]),
        ("The repairs took two and a half years.", [("two and a half", 2.5, "years")]),
        ("It costs half a billion dollars.", [("half a billion", 500000000, "USD")]),
        ("Nearly one in three of the city's voters stayed home.", [("one", 1, "voters"), ("three", 3, "voters")]),
        ("Scores of protesters gathered.", [("Scores", 20, "protesters")]),
        # Spelt decimals and signs.
        ("The low was negative four-point-two degrees.", [("negative four-point-two", -4.2, "degrees")]),
        ("Overnight it fell to minus 8 and then -3C.", [("minus 8", -8, ""), ("-3", -3, "°C")]),
    ],
)
def test_number_words_proportions_and_signs(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The champion faced only one challenger.", ["one"]),
        ("She ran against one rival and won.", ["one"]),
        ("At least one child and more than one teacher were hurt.", ["one", "one"]),
        ("Visits went from one day a month to four.", ["one", "four"]),
        ("He signed a one-year deal.", ["one"]),
        # "one" as an article or pronoun.
        ("One of the officers said one day he would retire.", []),
        ("No one was hurt; one man said it was the one thing he feared.", []),
        ("Just one of them knew.", []),
        ("It was the most one could do, they talked about one thing.", []),
        ("He moved from one town to another.", []),
    ],
)
def test_one_is_a_figure_only_where_it_counts(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officers in Region Three found the car.",
        "Police in Region 4 said the boat sank.",
        "He fought in World War Two and now leads Phase Two of the plan.",
        "The 2019-20 budget and the 1998-99 season.",
        "1. The council will meet on Monday.",
        "Officers found a .38 revolver and a 9mm pistol.",
        "The prime minister spoke outside No 10 Downing Street.",
        "Dispatchers took 911 calls all night.",
        "A Boeing 737 crashed on landing.",
        "The 5G network and a 4K screen, a 5g phone.",
        "Call 1-800-555-0142 for details.",
        "Under Section 7(2)(a) and Clause 14.1 of the deed.",
        "Write to P.O. Box 4410 or call ext. 2215.",
        "The claim, HCV 00912, was heard.",
        "He bought it at a 7-Eleven, a 4-H show and a 3-D cinema.",
        "The curfew starts at 2100 hours.",
        "The last phase, 4, begins in May.",
        "Shots were fired in the 1400 block of Elm Avenue.",
        "New COVID 19 rules and Covid 19 vaccines.",
        "Leaders met at the COP 27 summit; the NHS 111 line was busy.",
        "Year 9 pupils went home early.",
        "The new iPhone 15 and Windows 11 sold well.",
    ],
)
def test_identifiers_list_markers_calibres_and_years_are_not_figures(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Weight, not sterling: "pounds of" a thing that is not money, or weighing.
        ("Agents seized 300 pounds of marijuana.", [("300", 300, "pounds")]),
        ("Guards Seize 300 Pounds Of Marijuana At Port", [("300", 300, "pounds")]),
        ("The suspect, who weighed 250 pounds, fled.", [("250", 250, "pounds")]),
        ("The fund gave 300 pounds to each family.", [("300", 300, "GBP")]),
        ("It cost 5 million pounds of public money.", [("5 million", 5000000, "GBP")]),
        # Currencies named after the amount, codes before it, hyphenated scales.
        ("They paid 5 million Jamaican dollars.", [("5 million", 5000000, "JMD")]),
        ("A loan of USD 40 million and 900 TTD.", [("USD 40 million", 40000000, "USD"), ("900", 900, "TTD")]),
        ("A $2.5-billion plan and a 4-percent raise.", [("$2.5-billion", 2500000000, "USD"), ("4-percent", 4, "%")]),
        ("Shares rose 2.1 pct; inflation hit 3pc.", [("2.1 pct", 2.1, "%"), ("3pc", 3, "%")]),
        ("The club lost 300m euros.", [("300m", 300000000, "EUR")]),
        ("Bds$750,000 for roads and BBD$20 a head.", [("Bds$750,000", 750000, "BBD"), ("BBD$20", 20, "BBD")]),
        ("About 2.5m people watched the 100m final.", [("2.5m", 2500000, "people"), ("100", 100, "m")]),
        ("She won the 400m hurdles; 3m homes lost power.", [("400", 400, "m"), ("3m", 3000000, "homes")]),
        ("A Rs 3 crore grant for 5 lakh people.", [("Rs 3 crore", 30000000, "INR"), ("5 lakh", 500000, "people")]),
        # Units glued to the number stay outside the span.
        ("He ran 42km, carried 20kg and weighs 180lbs.", [("42", 42, "km"), ("20", 20, "kg"), ("180", 180, "lbs")]),
        # Screens, speeds, memory and frame rates.
        ("A 42in screen and a 9ins gap.", [("42", 42, "in"), ("9", 9, "ins")]),
        ("Speeds of 512kbps, 20Mbps and 1.25gbps.", [("512", 512, "kbps"), ("20", 20, "Mbps"), ("1.25", 1.25, "gbps")]),
        ("It has 512MB of memory, a 3GHz chip and runs at 60fps.", [("512", 512, "MB"), ("3", 3, "GHz"), ("60", 60, "fps")]),
    ],
)
def test_money_weight_and_glued_units(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between 200 and 300 people came.", [("200 and 300", 200, "people")]),
        ("Prices rose from $4 to $6.", [("$4", 4, "USD"), ("$6", 6, "USD")]),
        ("Temperatures of 10 to 20 degrees.", [("10 to 20", 10, "degrees")]),
        ("Between 2015 and 2020 the town grew.", []),
        ("She had 12 and he had 14.", [("12", 12, ""), ("14", 14, "")]),
    ],
)
def test_ranges_after_between_and_changes_after_a_verb(text, expected):
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Kevin Grant (34) was charged.", "years"),
        ("The driver, 19, was unhurt.", "years"),
        ("Two men, aged between 18 and 22, fled.", {"Two": "men", "18 and 22": "years"}),
        ("The club marked its 40 year-history.", "years"),
        ("A 10-point plan was published.", "points"),
        ("A 300-strong crowd gathered.", ""),
        ("The Hawks (4-3) play on Friday.", {"4": "", "3": ""}),  # a record: two figures
    ],
)
def test_units_of_ages_and_compounds(text, unit):
    found = {text[s.start:s.end]: s.attributes["unit"] for s in suggest_figures(text)}
    assert found == unit if isinstance(unit, dict) else list(found.values()) == [unit]


def test_a_number_in_an_all_capitals_headline_is_a_figure():
    assert _spans("FOUR HURT IN 2 CRASHES ON HIGHWAY") == ["FOUR", "2"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Floods Kill Four In North", "people"),
        ("The blast injured 12 and hurt at least 3 others.", {"12": "people", "3": "people"}),
        ("Officials fear 900 could die.", "deaths"),
        ("The virus has infected 2,000, of whom 40 have died.", {"2,000": "", "40": "deaths"}),
    ],
)
def test_units_news_leaves_implicit(text, unit):
    found = {text[s.start:s.end]: s.attributes["unit"] for s in suggest_figures(text)}
    assert found == unit if isinstance(unit, dict) else list(found.values()) == [unit]


def test_zero_counts_only_before_a_plural_noun():
    assert _found("The island reported zero new cases and zero deaths.") == [("zero", 0, "cases"), ("zero", 0, "deaths")]
    assert _found("A zero-tolerance policy at ground zero, a zero-sum game.") == []


def test_a_currency_code_between_two_amounts_belongs_to_the_first():
    assert _spans("It rose from 10 USD 20 years ago.") == ["10", "20"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("It took £16.1m at the box office.", 16_100_000),
        ("Sales reached $4.06 trillion.", 4_060_000_000_000),
        ("Profits were 8.2bn rupees.", 8_200_000_000),
        ("About 2.3m people watched.", 2_300_000),
        ("It raised £1.1-2.3m.", 1_100_000),
        ("Growth was 12.6% a year.", 12.6),
    ],
)
def test_a_scaled_decimal_is_the_number_written_not_a_binary_float(text, value):
    found = _found(text)
    assert found[0][1] == value and type(found[0][1]) is type(value)
