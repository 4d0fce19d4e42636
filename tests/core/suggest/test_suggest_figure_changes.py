"""Changes and ranges (``figurechanges``): ``down by 30 to 126`` is two figures, ``80% to 90%`` one range."""

from __future__ import annotations

import pytest

from tests.core.suggest.figurecheck import found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The step and the new level of a change written with "by".
        ("The order was cut down by 30 to 126 planes.", [("30", 30), ("126", 126)]),
        ("Its workforce shrank by 200 to 1,450.", [("200", 200), ("1,450", 1450)]),
        ("Membership rose by about 40 to 310 this year.", [("40", 40), ("310", 310)]),
        ("Costs fell by $2 to $12 a ticket.", [("$2", 2), ("$12", 12)]),
        ("The index gained by 80 to 75 points.", [("80", 80), ("75", 75)]),  # the new level below the step
        ("Fares were raised by 5 to 35 euros.", [("5", 5), ("35", 35)]),
    ],
)
def test_a_change_by_a_step_to_a_level_is_two_figures(text, expected):
    assert [(t, v) for t, v, _ in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A range of the step: its ends are close, or one unit stands after both.
        ("Prices will rise by 10 to 20 percent.", [("10 to 20 percent", 10)]),
        ("Sales rose by 2 to 3 per cent.", [("2 to 3 per cent", 2)]),
        ("Output fell by 8 to 12 tonnes a day.", [("8 to 12", 8)]),
        # No change word: a range as before.
        ("The plant hires 30 to 126 people a year.", [("30 to 126", 30)]),
    ],
)
def test_a_range_of_the_step_stays_one_figure(text, expected):
    assert [(t, v) for t, v, _ in found(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patients breathe 80% to 90% pure oxygen.", [("80% to 90%", 80, "%")]),
        ("Between 5% and 10% of voters stayed home.", [("5% and 10%", 5, "%")]),
        ("Planners expect a 10%-15% cut in traffic.", [("10%-15%", 10, "%")]),
        ("Margins of 12 per cent to 14 per cent are normal.", [("12 per cent to 14 per cent", 12, "%")]),
    ],
)
def test_percentages_on_both_ends_of_a_range_are_one_figure(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Unemployment rose from 5% to 7% last year.",
        "Support rose 5% to 7% in a month.",
        "Turnout was 40% and 55% of members voted yes.",  # "and" without "between": two figures
        "Inflation was 9% - 4% lower than last year's.",  # no rising range
    ],
)
def test_two_percentages_of_a_change_stay_two_figures(text):
    assert len(found(text)) == 2
