"""A "she said" with no clue to its person never goes to a man the story names (round 43)."""

from __future__ import annotations

from newsmark.core.suggest.gendered import agreeing_before, contradicts
from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.speakerindex import SpeakerIndex


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_contradicts_reads_the_given_name():
    assert contradicts("Richard Gere", "she")
    assert not contradicts("Richard Gere", "he")
    assert not contradicts("Imelda Staunton", "he")  # a given name the list does not hold tells nothing
    assert not contradicts("Richard Gere", "they")


def test_a_she_with_no_clue_is_the_last_person_named_who_may_be_a_woman():
    text = ("Stars gather for awards\n\nFilm stars are at the awards tonight.\n\n"
            "British stars Imelda Staunton and Clive Owen hope for prizes. Hollywood stars Pierce Brosnan and Richard "
            "Gere are also in the audience.\n\n"
            "Staunton is one of the favourites for best actress. She arrived wearing a green dress. \"It's lovely to be "
            "here at home,\" she told reporters.\n\n"
            "Gere, who presents the best film award, said: \"It's a big party.\"\n")
    assert _speakers(text) == ["Imelda Staunton", "Richard Gere"]


def test_agreeing_before_skips_people_of_the_other_gender():
    text = "Ana Ruiz met Richard Gere and Clive Owen. Then"
    assert agreeing_before(text, len(text), "she", SpeakerIndex(text)) == "Ana Ruiz"
    assert agreeing_before(text, len(text), "he", SpeakerIndex(text)) == "Clive Owen"


def test_a_she_after_a_sentence_about_a_man_goes_to_the_woman_it_names():
    """"Mr Prater's sentiments were echoed by Christine Rush, …. "…," she said": not Mr Prater."""
    text = ("Festival battles on\n\nThe festival went ahead.\n\n\"We naturally asked ourselves if we should cancel,\" said "
            "the festival's director, Craig Prater.\n\nMr Prater's sentiments were echoed by Christine Rush, director of "
            "the Bangkok Film Market. \"We have been careful to be respectful,\" she said.\n")
    assert _speakers(text) == ["Craig Prater", "Christine Rush"]


def test_the_subject_of_the_quotes_own_sentence_stays_though_the_pronoun_slips():
    text = ("Obama sees despair\n\nMichelle Obama sees despair in America.\n\nIn an interview, Michelle Obama said he "
            "believes Americans \"feel the difference now.\"\n")
    assert _speakers(text) == ["Michelle Obama"]
