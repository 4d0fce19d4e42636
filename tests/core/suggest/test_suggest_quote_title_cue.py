"""A noun that cues a title ("the film", "the report") before quoted words in lower case of five or more words is a
reported clause's subject, and the words are speech (round 43)."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.quotespans import is_speech


def test_lower_case_words_after_the_film_are_a_partial_quote():
    text = ("Japan hit film\n\nThe film is a hit. A spokesman for distributor Toho said the film \"has received strong "
            "interest from domestic audiences and foreign media\". \"We have a good feeling,\" he added.\n")
    found = [(text[s.start:s.end], s.attributes["speaker"]) for s in suggest_quotes(text)]
    assert found == [("has received strong interest from domestic audiences and foreign media",
                      "spokesman for distributor Toho"),
                     ("We have a good feeling", "spokesman for distributor Toho")]


@pytest.mark.parametrize(
    ("content", "before", "speech"),
    [
        ("has received strong interest from audiences", "said the film ", True),
        ("Howl's Moving Castle", "the film ", False),  # a title
        ("the way we were", "the song ", False),  # four words: a title in lower case still
        ("Lost in the Supermarket", "the album ", False),
    ],
)
def test_a_title_cue_gives_way_only_to_lower_case_words_of_five_or_more(content, before, speech):
    assert is_speech(content, before) is speech


@pytest.mark.parametrize("headline", ["UK pioneers digital film", "Harry Potter book", "Pensions report", "Big Brother show"])
def test_a_headline_ending_on_a_cue_noun_is_no_cue_for_the_quote_opening_the_story(headline):
    text = (f"{headline}\n\n\"Access to specialised film is currently restricted across the UK,\" said Pete "
            "Buckingham, head of distribution at the UK Film Council.")
    found = [(text[s.start:s.end], s.attributes["speaker"]) for s in suggest_quotes(text)]
    assert found == [("Access to specialised film is currently restricted across the UK", "Pete Buckingham")]
