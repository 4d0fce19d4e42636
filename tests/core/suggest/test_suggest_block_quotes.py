"""A block quotation marked only before its first paragraph and after its last: one quote span per paragraph."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes


def _quoted(text: str) -> list[str]:
    return [text[s.start:s.end] for s in suggest_quotes(text)]


def test_a_report_quoted_over_three_paragraphs_is_three_quotes():
    text = ("Minister resigns\n\nThe Daily Courier reported:\n\n“The minister had lost the support of his party "
            "after the budget vote.\n\nAides said he was told of the decision on Sunday evening.\n\n"
            "He is expected to stay on until a successor is chosen.”\n\nThe ministry declined to comment.")
    assert _quoted(text) == ["The minister had lost the support of his party after the budget vote.",
                             "Aides said he was told of the decision on Sunday evening.",
                             "He is expected to stay on until a successor is chosen."]


def test_an_eyewitness_account_in_straight_marks_runs_to_its_closing_mark():
    text = ("Eyewitness - Tom Reyes\n\n\"I was standing by the door when the lights went out.\n\n"
            "People ran for the exit and I ran with them.\"\n\n\"It was chaos,\" said another guest, Ana Ruiz.")
    assert _quoted(text)[:2] == ["I was standing by the door when the lights went out.",
                                 "People ran for the exit and I ran with them."]


def test_a_stray_mark_before_the_writers_paragraphs_opens_no_block():
    text = ("Storm hits coast\n\n“The storm arrived late on Sunday night.\n\nRoads were closed across the county.\n\n"
            "Officials urged residents to stay home and the mayor said it was “a dangerous night.”\n\nMore soon.")
    assert _quoted(text) == ["a dangerous night."]


def test_a_quote_opened_inside_its_paragraph_opens_no_block():
    text = ("Storm hits coast\n\nThe mayor warned “the storm arrived late on Sunday night.\n\n"
            "Roads were closed across the county.”\n\nMore soon.")
    assert "Roads were closed across the county." not in _quoted(text)
