"""A person noun cut off before its relative clause ("the woman who …") means the person the story last named."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes


def test_the_woman_who_is_the_woman_just_named():
    text = ("“Business is slow after dark,” said Tom Okafor, who sells phones at the market.\n\n"
            "Ana Ruiz is a mother of two. She opened her grocery stall near the bus station last year.\n\n"
            "“Before the lights came, nobody shopped after eight,” says the woman who is in her late 20s.")
    assert [s.attributes.get("speaker") for s in suggest_quotes(text)] == ["Tom Okafor", "Ana Ruiz"]
