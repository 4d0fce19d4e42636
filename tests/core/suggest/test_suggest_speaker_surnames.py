"""Two people of one surname in an article: each keeps their own full name (sentences written for them)."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.speakerindex import SpeakerIndex


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


SIBLINGS = ("The ceremony honoured the late firefighter Owen Marsh, who died in the blaze in May.\n\n"
            "His sister, Clara Marsh, read a poem to the crowd.\n\n")


def test_a_full_name_is_not_taken_for_an_earlier_namesake():
    text = SIBLINGS + "“He would have loved this day,” Clara Marsh said."
    assert _speakers(text) == ["Clara Marsh"]


def test_a_pronoun_after_the_second_namesake_is_hers():
    text = SIBLINGS + "Clara Marsh thanked the crew.\n\n“He would have loved this day,” she said."
    assert _speakers(text) == ["Clara Marsh"]


def test_a_bare_surname_goes_to_the_namesake_last_named():
    text = SIBLINGS + "Later Clara Marsh spoke to reporters.\n\n“He would have loved this day,” Marsh said."
    assert _speakers(text) == ["Clara Marsh"]


def test_a_bare_surname_goes_to_the_first_when_he_was_named_last():
    text = (SIBLINGS + "Owen Marsh had served for a decade, the chief recalled.\n\n"
            "“I will not stop,” Marsh once told a local paper.")
    assert _speakers(text) == ["Owen Marsh"]


@pytest.mark.parametrize(
    "said",
    [
        "Judge Marsh",  # a title before the surname is no other person
        "Supt Marsh",  # nor is an abbreviated title
    ],
)
def test_a_title_with_the_surname_still_finds_the_one_person(said):
    text = "Detective Ana Marsh led the inquiry into the fire.\n\n“We have our man,” " + said + " said."
    assert _speakers(text) == ["Ana Marsh"]


def test_a_word_opening_a_sentence_is_no_given_name():
    text = ("Critics compared the plan with the ideas of the economist Ian Marsh.\n\n"
            "Unlike Marsh, the minister spoke for an hour.\n\n")
    index = SpeakerIndex(text)
    assert index.resolve("Unlike Marsh", len(text)) == "Ian Marsh"
    assert index.resolve("Marsh", len(text)) == "Ian Marsh"


def test_one_person_of_a_surname_is_found_by_it_anywhere():
    text = "Ana Marsh founded the shelter in 1999.\n\nShe still runs it.\n\n“It never gets easier,” Marsh said."
    assert _speakers(text) == ["Ana Marsh"]
