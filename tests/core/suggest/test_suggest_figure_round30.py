"""Round 30 (reading blind125–136): a change right after its verb ("rose $1.64 to $47.10"), a year then the new level,
the first or second half of a year, a draw's seeds in brackets, and times glued to "secs"."""

from __future__ import annotations

from newsmark.core.suggest.figures import suggest_figures


def _figures(text: str) -> list[tuple[str, float]]:
    return [(text[s.start:s.end], s.attributes["value"]) for s in suggest_figures(text)]


def test_a_step_then_the_new_level_after_a_change_verb_are_two_figures():
    text = "US light crude rose $1.64 to $47.10, while the bank lifted interest rates 0.25% to 5.5% in March."
    assert _figures(text) == [("$1.64", 1.64), ("$47.10", 47.1), ("0.25%", 0.25), ("5.5%", 5.5)]


def test_close_ends_after_a_verb_stay_one_range():
    assert _figures("Sales rose 10 to 12 units a day.") == [("10 to 12", 10)]


def test_a_year_after_a_word_of_time_is_no_range_end():
    assert _figures("The division's sales jumped by 21.1% during 2004 to 136,000.") == [("21.1%", 21.1), ("136,000", 136000)]


def test_the_first_or_second_half_of_a_year_is_when():
    text = "Exports declined in the second half of 2004 and should grow in the first half of next year."
    assert _figures(text) == []
    assert _figures("Half of the pupils passed.") == [("Half", 0.5)]  # a share of a whole stays


def test_a_draws_seeds_in_brackets_are_no_figures_but_counts_in_brackets_are():
    draw = ("The draw for the quarter-finals (seeds in brackets)\n\n"
            "New Zealand (1), Scotland (8), Tonga, Ireland, Korea, USA.\n\nEngland (2), Samoa (7), France, Italy.\n")
    assert _figures(draw) == []
    counts = "Amy Klobuchar (17) and Elizabeth Warren (12) lead, followed by Joe Biden (11) and Bernie Sanders (1)."
    assert [value for _, value in _figures(counts)] == [17, 12, 11, 1]


def test_a_time_glued_to_secs_is_seconds():
    found = suggest_figures("He won his heat in 7.64secs but ran 0.04secs slower in the final.")
    assert [(s.attributes["value"], s.attributes["unit"]) for s in found] == [(7.64, "seconds"), (0.04, "seconds")]


def test_a_half_of_a_match_is_when_and_a_clock_time_before_local_time_is_no_figure():
    text = "\"We did quite well in the first half,\" he said. The bomb was due to explode at 2100 local time."
    assert _figures(text) == []


def test_an_html_entity_is_no_figure():
    assert _figures("Mr Blair&#191;s government is all talk.") == []
