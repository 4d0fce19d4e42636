"""A title-cased or capitalised quotation alone on its line is a crosshead quoting someone; in a sentence, a title."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes


def _quoted(text: str) -> list[str]:
    return [text[s.start:s.end] for s in suggest_quotes(text)]


def test_a_title_cased_crosshead_in_marks_is_a_quote():
    text = ("Harbour plan divides town\n\nThe council approved the plan on Monday.\n\n‘Money Before People’\n\n"
            "“They put money before people,” said fisherman Tom Reyes.")
    assert "Money Before People" in _quoted(text)


def test_a_crosshead_in_capitals_is_a_quote():
    text = "Nurse retires\n\nShe worked for forty years.\n\n“WE NEVER STOPPED CARING”\n\nHer colleagues held a party."
    assert _quoted(text) == ["WE NEVER STOPPED CARING"]


def test_a_title_inside_a_sentence_or_a_numbered_line_stays_out():
    text = ("Festival line-up\n\nThe festival opens with “The Long Way Home” on Friday.\n\n"
            "3. “The Long Way Home”\n\nTickets are on sale now.")
    assert _quoted(text) == []
