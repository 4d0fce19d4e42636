"""A quote paragraph under a card's credit line ("Ana Ruiz, 34, nurse, Leeds") is the credited person's."""

from __future__ import annotations

from newsmark.core.suggest.cards import card_speaker
from newsmark.core.suggest.quotes import suggest_quotes

_LEAD = "Readers sent us the objects that matter most to their families. Senator Tom Okafor opened the show.\n\n"


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_a_credit_line_with_a_place_names_the_speaker():
    text = _LEAD + "Grandmother's quilt\n\nLent by Dora Whitcombe, Fresno, Calif.\n\n“It kept four children warm through the war.”"
    assert _speakers(text) == ["Dora Whitcombe"]


def test_a_vox_pop_card_with_age_and_job():
    text = _LEAD + ("Nadia Brook, 34, nurse, Leeds\n\n“I have not had a pay rise in years and the rent keeps going up.”\n\n"
                    "Owen Harte, 61, retired miner, Barnsley\n\n“Nobody in this town believes a word of it any more.”")
    assert _speakers(text) == ["Nadia Brook", "Owen Harte"]


def test_a_sentence_above_the_quote_is_no_credit_line():
    text = "The council met on Monday, in Leeds, and voted it down.\n\n“It was a long night.”"
    assert card_speaker(text, text.index("“")) == ""


def test_a_quote_inside_a_paragraph_has_no_card():
    text = "Nadia Brook, 34, nurse, Leeds\n\nShe told us that “nobody listens to nurses any more.”"
    assert card_speaker(text, text.index("“")) == ""
