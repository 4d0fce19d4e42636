"""Figures by their shape: ages by decade, hyphenated magnitudes, a measure's half; and a figure ending the text's figures."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.figures import suggest_figures


def _figures(text: str) -> list[tuple[str, object, str]]:
    return [(text[s.start:s.end], s.attributes["value"], s.attributes["unit"]) for s in suggest_figures(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("A retired nurse in her 80s, she still volunteers.", [("80s", 80, "years")]),
    ("When he entered his 20s he moved to Lagos.", [("20s", 20, "years")]),
    ("Actors in their mid-50s get few roles.", [("50s", 50, "years")]),
    ("Most of them were in their late 30s.", [("30s", 30, "years")]),
])
def test_an_age_by_its_decade_after_a_possessive_is_a_figure(text, expected):
    assert _figures(text) == expected


@pytest.mark.parametrize("text", [
    "The style came back from the 1920s.",
    "The band peaked in the 90s.",
    "It was big in the ’80s and 90s.",
])
def test_a_decade_of_years_is_no_figure(text):
    assert _figures(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("He did not take it up until his mid-thirties, when he wrote.", [("thirties", 30, "years")]),
    ("She is in her late twenties.", [("twenties", 20, "years")]),
    ("The sixties were wild.", []),
])
def test_an_age_by_its_decade_spelt_out_after_a_possessive_is_a_figure(text, expected):
    assert _figures(text) == expected


def test_decades_listed_after_a_possessive_age_are_ages_too():
    assert _figures("The challenge was to keep people playing in their 30s, 40s and 50s.") == [
        ("30s", 30, "years"), ("40s", 40, "years"), ("50s", 50, "years")]


@pytest.mark.parametrize(("text", "expected"), [
    ("A £7,000 allowance for the over-65s.", [("£7,000", 7000, "GBP"), ("65s", 65, "years")]),
    ("It is likely that millions of under-18s also have MP3 players.", [("millions", 1_000_000, "under-18s"),
                                                                        ("18s", 18, "years")]),
    ("James Collins is with the Under-21s.", [("21s", 21, "years")]),
    ("A rise in America's over 65s.", [("65s", 65, "years")]),
])
def test_an_age_group_over_or_under_an_age_is_a_figure(text, expected):
    assert _figures(text) == expected


def test_a_magnitude_written_with_a_hyphen_is_a_figure():
    assert _figures("The monument cracked in the magnitude-5.8 quake.") == [("5.8", 5.8, "magnitude")]
    assert _figures("A magnitude-7 earthquake hit the coast.") == [("7", 7, "magnitude")]


def test_a_hyphen_still_keeps_an_identifier_out():
    assert _figures("New COVID-19 rules start today.") == []


@pytest.mark.parametrize(("text", "unit"), [
    ("The tablet came out a year and a half ago.", "years"),
    ("The meeting lasted an hour and a half.", "hours"),
])
def test_a_measures_half_is_a_figure(text, unit):
    assert _figures(text) == [("half", 0.5, unit)]


def test_one_and_a_half_stays_one_figure():
    assert _figures("They raised one and a half million euros.")[0][:2] == ("one and a half million", 1_500_000)


@pytest.mark.parametrize("text", [
    "Officials said one and a half million people",
    "Officials said one and a half million people fled.",
    "They owed 10 USD",
])
def test_words_a_figure_takes_at_the_end_of_its_figures_do_not_stop_the_suggester(text):
    """The number pattern's matches ending inside the words the last figure took once raised StopIteration."""
    found = _figures(text)
    assert found and found[-1][1] in (1_500_000, 10)
