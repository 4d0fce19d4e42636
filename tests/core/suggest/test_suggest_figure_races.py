"""Race times and counts of titles won at once are figures; a time of day and a multiplier's verb are not."""

from __future__ import annotations

from newsmark.core.suggest.figureraces import race_figures
from newsmark.core.suggest.figures import suggest_figures

_REPORT = ("Holmes back on form\n\nDouble Olympic champion Kelly Holmes won the 1500m in 4:05.21, and Morrison was "
           "second in a season's best 8:41.43. The day after completing her double in Athens, she rested. He won the "
           "marathon in 2:05:15. The meeting starts at 7:30 pm. Prices will double next year.")


def _figures(text: str) -> list[tuple[str, float, str]]:
    return [(text[s.start:s.end], s.attributes["value"], s.attributes["unit"]) for s in suggest_figures(text)]


def test_race_times_and_title_counts_are_figures():
    assert _figures(_REPORT) == [("Double", 2, "times"), ("1500", 1500, "m"), ("4:05.21", 245.21, "seconds"),
                                 ("8:41.43", 521.43, "seconds"), ("double", 2, "times"), ("2:05:15", 7515, "seconds")]


def test_a_time_of_day_a_ratio_and_a_verb_are_no_race_figures():
    text = "The race starts at 10:30 and the odds are 1:2. Costs could double. She plays doubles."
    assert race_figures(text) == []


def test_set_scores_and_their_tie_breaks_are_two_figures_each_and_a_relay_is_its_distance():
    text = ("Saulnier wins\n\nRoddick beat Thomas Enqvist 3-6 7-6 (8-6) 7-5, and Saulnier won 6-7 (3-7) 6-3. He ran in "
            "the 4x100m relay. Prices rose 5-7% and 10-12 people came.")
    assert [text[s.start:s.end] for s in suggest_figures(text)] == [
        "3", "6", "7", "6", "8", "6", "7", "5", "6", "7", "3", "7", "6", "3", "4x100m", "5-7%", "10-12"]


def test_a_year_cut_short_after_an_apostrophe_is_no_figure():
    text = "Llewellyn\n\nThere were highs - winning the Six Nations in '94, beating England in ’93 - and 92 caps."
    assert [text[s.start:s.end] for s in suggest_figures(text)] == ["92"]
