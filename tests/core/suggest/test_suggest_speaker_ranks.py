"""Speakers: an advocate's style and a hyphenated military rank before a name are no part of the name."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.speakers import is_role


def speakers(text: str) -> list[str]:
    return [s.attributes.get("speaker") for s in suggest_quotes(text)]


@pytest.mark.parametrize("rank", ["Major-Gen", "Maj-Gen", "Brig-Gen", "Major-General", "Brigadier-General"])
def test_a_hyphenated_rank_before_a_name_is_left_out(rank):
    assert speakers(f"Floods hit the coast\n\n“The roads are closed,” said {rank} Ana Ruiz.") == ["Ana Ruiz"]


def test_an_advocates_style_is_left_out_and_the_short_form_is_the_full_name():
    text = ("Young lawyer takes on the courts\n\nBorn in Roma, Advocate Tumelo Lerato has turned to law.\n\n"
            "“Education was a passion,” Adv Lerato shares.\n\n“We will win,” said Adv Lerato.")
    assert speakers(text) == ["Tumelo Lerato", "Tumelo Lerato"]


def test_a_ranks_first_word_alone_is_no_office():
    """``Major`` is a surname too ("John Major"): only the hyphenated rank counts as an office."""
    assert not is_role("Major") and is_role("Major-Gen") and not is_role("Major-League")
    assert speakers("Talks resume\n\n“We will appeal,” said John Major.") == ["John Major"]
