"""A plain description ("the doctors", "the production company") means the body the story named with that word."""

from __future__ import annotations

from newsmark.core.suggest.bodyname import named_body
from newsmark.core.suggest.quotes import suggest_quotes

_INTRO = "A group called Nurses for Safe Wards, founded in 2019, wrote to the minister. Lakeview Productions agreed.\n\n"


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_a_plural_description_means_the_named_group():
    text = _INTRO + "“We cannot staff these wards safely any more,” the nurses wrote."
    assert _speakers(text) == ["Nurses for Safe Wards"]


def test_a_description_by_a_word_of_the_name():
    text = _INTRO + "“No deal was ever signed with anyone,” the production company said in a statement."
    assert _speakers(text) == ["Lakeview Productions"]


def test_a_clause_subject_means_the_named_group():
    text = _INTRO + "The nurses said they would “walk out on Monday if nothing changes.”"
    assert _speakers(text) == ["Nurses for Safe Wards"]


def test_no_name_with_the_word_leaves_the_description():
    text = "The nurses walked out at dawn.\n\n“We cannot staff these wards safely any more,” the nurses wrote."
    assert named_body(text, "the nurses", text.index("“")) == ""


def test_a_writing_is_not_its_title():
    text = "The Annual Safety Report came out in May. “Wards are short of staff,” the report said."
    assert named_body(text, "the report", text.index("“")) == ""


def test_it_opening_a_sentence_after_the_committee_is_the_committee_named_in_lower_case():
    text = ("CSA could close\n\nA report by the Commons work and pensions committee called for the agency to be wound up. "
            "Chairman Sir Archy Kirkwood said: \"If the agency cannot be rescued, then it must be replaced.\"\n\nThe "
            "committee reached its conclusions after it found a backlog. It warned that it could be five years before the "
            "CSA was \"fit for purpose\", describing it as \"a failing organisation\".")
    assert [s.attributes["speaker"] for s in suggest_quotes(text)] == [
        "Archy Kirkwood", "Commons work and pensions committee", "Commons work and pensions committee"]


def test_a_phrase_run_into_the_committee_without_a_comma_is_the_committee():
    text = ("Skills crisis\n\nThere is a shortage of statisticians, the Commons science and technology committee added. In "
            "its report on the council's work the committee said: \"We are deeply concerned by the skills shortages.\"")
    assert [s.attributes["speaker"] for s in suggest_quotes(text)] == ["Commons science and technology committee"]
