"""A report that quotes someone as saying the words: the one quoted speaks, not the medium (sentences written for them)."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes

_LEAD = "Ana Ruiz, 19, was charged on Friday.\n\nHer lawyer, Tom Lee, told reporters that the case was weak.\n\n"


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (_LEAD + "“I do not regret it at all,” local papers quote Ruiz as saying.", "Ana Ruiz"),  # present, after
        (_LEAD + "Lee's paper quoted Ruiz as saying: “I do not regret it at all.”", "Ana Ruiz"),  # before, a colon
        (_LEAD + "The Times quoted a police officer as saying that “nobody saw the car at all.”", "police officer"),
        (_LEAD + "“Nobody saw the car at all,” the Times quoted a police officer as saying.", "police officer"),
    ],
)
def test_the_one_quoted_as_saying_speaks(text, speaker):
    assert _speakers(text) == [speaker]


def test_quoting_someone_else_is_still_the_subjects():
    # "Lee said, quoting …": Lee repeats the words; no "as saying" hands them on.
    assert _speakers(_LEAD + "“Nobody saw the car at all,” Lee said, quoting a police officer.") == ["Tom Lee"]


def test_a_role_between_the_verb_and_the_name_is_no_bar():
    text = ("Oracle\n\nThere was a funereal air, reported AP news agency. \"We are mourning the passing of a great "
            "company,\" the agency quoted Peoplesoft worker David Ogden as saying.")
    assert [s.attributes["speaker"] for s in suggest_quotes(text)] == ["David Ogden"]
