"""A lower-case piece of a sentence ("harper has", "on a conference", "its education") is never a quote's speaker."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes

_INTRO = "Ana Ruiz and Dele Harper met voters in the town on Monday.\n\n"


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


@pytest.mark.parametrize("sentence", [
    "Harper subsequently defended the plan, calling the protest “a stunt by people who never vote.”",
    "Harper, who thinks the council made a grab for power with its education policies, called the new rule "
    "“a step back for every school.”",
    "The crisis deepened after the flood. Harper has called the chaos “a failure of everyone who was in charge here.”",
])
def test_a_sentence_piece_gives_way_to_the_person_it_is_about(sentence):
    assert _speakers(_INTRO + sentence) == ["Dele Harper"]


def test_a_phrase_after_the_attribution_is_no_speaker_of_the_next_quote():
    text = _INTRO + ("“Who is the real villain here?” said Harper, using a term Ruiz has used for him, on a conference "
                     "call with reporters. “It is not me.”")
    assert _speakers(text) == ["Dele Harper", "Dele Harper"]


@pytest.mark.parametrize(("sentence", "speaker"), [
    ("Although there is no such link with Harper, a town official who spoke anonymously to discuss internal strategy "
     "said Wednesday, “There are talks between the two camps.”", "town official"),
    ("“There is no money left for it at all,” said a retired teacher who lives nearby.", "retired teacher"),
])
def test_an_unnamed_source_stays_its_phrase(sentence, speaker):
    assert _speakers(_INTRO + sentence) == [speaker]


@pytest.mark.parametrize("sentence", [
    "In a statement, Tom Okafor, a spokesman for the Ruiz campaign, said: “We are pleased with the result of the vote.”",
    "In an interview, Tom Okafor, a former aide to the mayor, said Harper “was never there when it mattered.”",
    "In a request for records, Tom Okafor, head of the county office, noted the “complete lack of any paper trail.”",
    "In a letter to the mayor in May, Tom Okafor, head of the farm group, said farmers faced “hardship like never before.”",
])
def test_an_opening_phrase_is_no_speaker_its_subject_is(sentence):
    assert _speakers(_INTRO + sentence) == ["Tom Okafor"]


def test_a_moment_opening_the_sentence_is_no_speaker():
    text = _INTRO + "At one point on Sunday, Harper, who has many followers, tweeted, “The count is not over until it is over.”"
    assert _speakers(text) == ["Dele Harper"]


def test_a_source_phrase_that_opens_no_adverbial_stays():
    text = _INTRO + "A spokesman for the county office said, “The records were never kept in the first place.”"
    assert _speakers(text) == ["spokesman for the county office"]


def test_a_phrase_before_a_pronoun_and_its_verb_is_no_speaker():
    text = ("Blair rift\n\nTony Blair denied any rift with Gordon Brown. He said he took no notice of the papers. Although "
            "in the next breath he declared: \"I get increasingly alarmed by what I read in the newspapers.\"")
    assert _speakers(text) == ["Tony Blair"]
