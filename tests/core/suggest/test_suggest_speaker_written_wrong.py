"""Speaker phrases written wrong: a sentence end after an abbreviation, a possessive owner by surname (sentences written for them)."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.speakerindex import SpeakerIndex
from newsmark.core.suggest.speakers import person_name


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # A capitals abbreviation with its full stop ends the sentence before the next word.
        ("UK. She", "She"),
        ("EU. Ana Ruiz", "Ana Ruiz"),
        # An initialism then a subject pronoun: the pronoun opens the next sentence.
        ("U.S. They", "They"),
        # An adverb opening the sentence before "I".
        ("Suddenly I", "I"),
        # Initials, a middle initial, a regnal number and a title in capitals stay.
        ("J.C. Dunmore", "J.C. Dunmore"),
        ("Ana R. Ruiz", "Ana R. Ruiz"),
        ("Charles I", "Charles I"),
        ("DR. RUIZ", "RUIZ"),
    ],
)
def test_a_sentence_end_after_an_abbreviation_cuts_the_name(phrase, name):
    assert person_name(phrase) == name


def test_a_pronoun_after_an_abbreviation_stays_with_the_speaker_before():
    text = ("Tomas Berg, a lecturer in Leeds, said the halls were full.\n\n"
            "Berg said the same happened in the UK. He said that testing had to be fast. "
            "“Nobody can live like that for a year,” he says.")
    assert _speakers(text) == ["Tomas Berg"]


_OWNERS = ("Senator Ana Ruiz, a Democrat, is running against Tom Lee in the state.\n\n"
           "Lee released an advertisement on Monday.\n\n")


@pytest.mark.parametrize(
    ("who", "resolved"),
    [
        # A bare surname owning a body or a relative takes the full name the article gave first.
        ("Ruiz's campaign", "Ana Ruiz's campaign"),
        ("Ruiz’s mother", "Ana Ruiz’s mother"),
        # A place, an unknown owner, or an owner with a person named after the aide: as written.
        ("Britain's foreign ministry", "Britain's foreign ministry"),
        ("Garza's lawyer", "Garza's lawyer"),
        ("Ruiz's chief of staff Ben Ortiz", "Ruiz's chief of staff Ben Ortiz"),
    ],
)
def test_a_possessive_owner_takes_the_full_name(who, resolved):
    assert SpeakerIndex(_OWNERS).resolve(who, len(_OWNERS)) == resolved


def test_a_campaign_named_by_its_candidate_surname_speaks_with_the_full_name():
    text = _OWNERS + "Ruiz's campaign hit back hard, saying that his “sudden interest in schools is hard to believe.”"
    assert _speakers(text) == ["Ana Ruiz's campaign"]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # A trade or a standing written before a name opening the sentence: a description, not a given name.
        ("Farmer Ana Ruiz", "Ana Ruiz"),
        ("Nurse Tom Lee", "Tom Lee"),
        ("Rival Ana Ruiz", "Ana Ruiz"),
        # As a surname, or before a single name, it stays.
        ("Paul Farmer", "Paul Farmer"),
        ("Ana Nurse", "Ana Nurse"),
    ],
)
def test_a_trade_before_a_full_name_is_dropped(phrase, name):
    assert person_name(phrase) == name


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # A body's long name stays whole; a person's name after a shop's words is still cut out.
        ("Greater Akron Area Chamber", "Greater Akron Area Chamber"),
        ("Lower Valley Farmers Union", "Lower Valley Farmers Union"),
        ("Super Market Debra Symons", "Debra Symons"),
    ],
)
def test_a_body_of_four_words_keeps_its_name(phrase, name):
    assert person_name(phrase) == name


def test_a_chamber_writing_a_letter_speaks_under_its_full_name():
    text = ("The rule was opposed by several groups.\n\n"
            "The Greater Akron Area Chamber wrote that the rule “would hurt the small firms that hire most of our people.”")
    assert _speakers(text) == ["Greater Akron Area Chamber"]


def test_a_name_with_a_generation_is_its_own_person_not_the_forebear_named_first():
    text = ("The fund was founded by Governor Tomas Berg in 1951.\n\n"
            "Peter Berg Jr., the grandson of the founder, said of his grandfather: “He built something that lasts.”\n\n"
            "Berg, who sits on the board, said the fund was “in good shape for decades to come.”")
    assert _speakers(text) == ["Peter Berg Jr.", "Peter Berg Jr."]


def test_the_forebear_speaks_when_the_quote_is_his():
    text = ("Governor Tomas Berg founded the fund in 1951, when he said it would “outlast us all.”\n\n"
            "His grandson, Peter Berg Jr., now sits on the board.")
    assert _speakers(text) == ["Tomas Berg"]


def test_a_title_inside_a_clause_opens_no_sentence_for_a_pronoun():
    text = ("The race is close.\n\n"
            "Ana Ruiz, a nurse running against Sen. Tom Lee in the state, released an advertisement on Monday.\n\n"
            "“We have a promise to keep to our parents,” she said in the advertisement.")
    assert _speakers(text) == ["Ana Ruiz"]


def test_a_title_after_a_comma_still_opens_the_clause_of_its_speaker():
    text = ("The hearing ran late.\n\n"
            "At a meeting last month of the budget committee that funds the agency, Rep. Tom Lee (R-AL), "
            "its senior member, pushed for more money.\n\n"
            "“I understand there is a growing confidence among the builders,” he said.")
    assert _speakers(text) == ["Tom Lee"]
