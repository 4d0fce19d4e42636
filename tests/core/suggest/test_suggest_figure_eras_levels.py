"""Figures: more currencies written before the amount, years of an era, and a numbered level beside a count."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.figures import suggest_figures


def figures(text: str) -> list[tuple[str, object, str]]:
    """(span text, value, unit) in text order."""
    return [(text[s.start:s.end], s.attributes["value"], s.attributes["unit"]) for s in suggest_figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trip cost RM6.2 million, and the hotel RM90,000.", [("RM6.2 million", 6200000, "MYR"), ("RM90,000", 90000, "MYR")]),
        ("The bridge cost Rp 5 billion.", [("Rp 5 billion", 5000000000, "IDR")]),
        ("Each farmer paid TSh 20,000; traders paid USh 5,000.", [("TSh 20,000", 20000, "TZS"), ("USh 5,000", 5000, "UGX")]),
        ("The fund holds RMB 3 billion.", [("RMB 3 billion", 3000000000, "CNY")]),
    ],
)
def test_a_currency_written_before_the_amount_is_part_of_the_figure(text, expected):
    """Before, ``RM6.2 million`` gave a figure ``million`` alone (the letters glued to the digits hid them)."""
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text",
    ["Oil lamps lit the streets as early as 500 BC.", "The wall dates from 1200 BCE.", "The town was founded in AD 300.",
     "The kingdom lasted from 860 B.C. to 590 B.C."],
)
def test_a_year_of_an_era_is_no_figure(text):
    assert figures(text) == []


def test_numbers_before_words_that_only_look_like_eras_still_count():
    assert figures("The firm has 5 CEOs and ran 30 ADs in Vancouver, B.C. on Monday.") == [("5", 5, "CEOs"), ("30", 30, "ADs")]


def test_a_level_out_of_a_scale_names_the_level_and_counts_the_scale():
    """``a Level 3 out of 5 risk``: the 3 names a level (as ``a level 4 alert`` does), the 5 counts the levels."""
    assert figures("A Level 3 out of 5 risk of storms covers the plains.") == [("5", 5, "risk")]
    assert figures("Three out of five voters said no.") == [("Three", 3, "voters"), ("five", 5, "voters")]
