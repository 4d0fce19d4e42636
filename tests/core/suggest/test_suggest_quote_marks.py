"""Quotation marks of mixed typography (pasted or converted text): each quote still ends at its own closing mark."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(text[s.start:s.end], s.attributes["speaker"]) for s in suggest_quotes(text)]


def test_a_curly_opening_mark_closed_by_a_straight_one():
    text = ('“The end of the year is a popular time for expensive purchases," Ana Ruiz, an analyst at a car site, '
            'said in a statement. "Shoppers can look forward to lower rates."\n\nRates fell in May.')
    assert _quotes(text) == [("The end of the year is a popular time for expensive purchases", "Ana Ruiz"),
                             ("Shoppers can look forward to lower rates.", "Ana Ruiz")]


def test_the_words_between_two_quotes_are_never_taken_for_one():
    text = '“We are ready for the vote," Ana Ruiz said on Monday. "Nothing will stop the count tonight."'
    assert all("said on Monday" not in quoted for quoted, _ in _quotes(text))


def test_two_single_marks_close_a_double_quote():
    text = "The regulator warned that “voters are entitled to transparency from every campaign.’’ It said no more."
    assert _quotes(text)[0][0] == "voters are entitled to transparency from every campaign."


def test_a_straight_opening_mark_closed_by_a_curly_one():
    text = '"We will not back down from this fight,” Mayor Ana Ruiz said on Monday. Later, "it is done," she said.'
    assert _quotes(text) == [("We will not back down from this fight", "Ana Ruiz"), ("it is done", "Ana Ruiz")]


def test_straight_quotes_inside_a_curly_quote_stay_inside():
    text = '“Say "no" to every one of these offers, please,” Ana Ruiz said.'
    assert _quotes(text) == [('Say "no" to every one of these offers, please', "Ana Ruiz")]


def test_an_inch_mark_or_apostrophe_does_not_close_a_curly_quote():
    text = "“The 12\" screen was too small for the work we had to do,” Ana Ruiz said. “It’s gone now, we think.”"
    assert [q for q, _ in _quotes(text)] == ["The 12\" screen was too small for the work we had to do",
                                             "It’s gone now, we think."]
