"""Quotations between straight single marks are quotes; apostrophes, elisions and years never open or close one."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.straightquotes import doubled_marks, straight_close


def _quoted(text: str) -> list[str]:
    return [text[s.start:s.end] for s in suggest_quotes(text)]


def test_a_crosshead_in_straight_single_marks_is_a_quote():
    text = ("Council votes on the bridge\n\nThe vote passed by a narrow margin on Monday.\n\n"
            "'Far too costly for the town'\n\nThe opposition said the plan was far too costly for the town.")
    assert _quoted(text) == ["Far too costly for the town"]


def test_a_straight_single_quotation_inside_a_sentence_is_a_quote_with_its_speaker():
    text = "The mayor said the plan was 'the best deal we could ever hope for' before the vote."
    assert _quoted(text) == ["the best deal we could ever hope for"]


def test_apostrophes_elisions_and_years_open_no_quotation():
    text = ("Ana Ruiz's band played rock 'n' roll hits from the '80s and '90s, and the fans didn't mind at all. "
            "They'd come for the players' union benefit, the organisers' notes said.")
    assert _quoted(text) == []


def test_a_plural_possessive_inside_closes_nothing_when_a_later_mark_can():
    text = "Lee said the deal was 'good for the workers' families and the town' on Friday."
    assert _quoted(text) == ["good for the workers' families and the town"]


def test_a_straight_mark_left_open_in_its_paragraph_closes_nothing():
    text = "He said 'we will see what happens next\n\nThen he left the room and the talks ended."
    assert straight_close(text, text.index("'")) is None
    assert _quoted(text) == []


def test_doubled_apostrophes_are_double_marks_with_their_speaker():
    # Some converted pages type each double mark as two apostrophes; a pair after a space reopens the mark for the
    # next paragraph's words run into the line.
    text = ("Dempsey comes into the team. ''We gave Gordon a chance but it didn't work out,'' said coach Eddie "
            "O'Sullivan. ''In terms of the risk, it was a sensible precaution.''\n\n''We want an explanation. There is "
            "no good sending us the fax. ''It's a real sad case for the club,'' McCreadie told the News Letter.")
    found = suggest_quotes(text)
    assert [text[s.start:s.end] for s in found] == [
        "We gave Gordon a chance but it didn't work out", "In terms of the risk, it was a sensible precaution.",
        "We want an explanation. There is no good sending us the fax.", "It's a real sad case for the club"]
    assert [s.attributes["speaker"] for s in found][:2] == ["Eddie O'Sullivan"] * 2


def test_doubled_marks_keep_offsets_and_leave_apostrophes():
    text = "The players'' union said ''no deal'' and O''Neill's side's 'plan' stands."
    marked = doubled_marks(text)
    assert len(marked) == len(text)
    assert marked == "The players'' union said  \"no deal\"  and O''Neill's side's 'plan' stands."
