"""A quotation that runs over a bulleted list, one span per item (texts written for them)."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes


def _quoted(text: str) -> list[str]:
    return [text[s.start:s.end] for s in suggest_quotes(text)]


def test_a_quoted_memo_in_bullets_is_one_span_per_item():
    text = ("The council sent members a memo with its main points:\n\n"
            "• \"Rents have doubled in ten years and wages have not kept up.\n\n"
            "• \"The new plan builds homes people can afford.\n\n"
            "• Every ward gets a share of the money.\n\n"
            "• Nobody will lose a home while the work goes on.\"\n\n"
            "The vote is next week.")
    assert _quoted(text) == ["Rents have doubled in ten years and wages have not kept up.",
                             "The new plan builds homes people can afford.",
                             "Every ward gets a share of the money.",
                             "Nobody will lose a home while the work goes on."]


def test_a_list_no_later_item_closes_stays_out():
    text = ("The council's points:\n\n"
            "• \"Rents have doubled in ten years and wages have not kept up.\n\n"
            "• Every ward gets a share of the money.\n\n"
            "• Nobody will lose a home while the work goes on.\n\n"
            "The vote is next week.")
    assert _quoted(text) == []


def test_a_bullet_with_a_closed_quote_is_left_as_it_is():
    text = ("Key lines from the speech:\n\n"
            "• \"We will build more homes than ever before,\" the mayor said.\n\n"
            "• Every ward gets a share of the money.")
    assert _quoted(text) == ["We will build more homes than ever before"]
