"""A word that opens a sentence is no part of the name after it; a middle name is no name used alone."""

from __future__ import annotations

import pytest

from newsmark.core.suggest import suggest
from newsmark.core.suggest.speakers import person_name


def _speakers(text: str) -> list[str]:
    return [s.attributes.get("speaker", "") for s in suggest(text, tags=["quote"]) if s.tag == "quote"]


@pytest.mark.parametrize(("phrase", "name"), [
    ("Replied Ana", "Ana"),  # a reporting verb inverted before its speaker
    ("Answered Lena Park", "Lena Park"),
    ("Ask Lena Park", "Lena Park"),  # an imperative opening the sentence
    ("Now Acme", "Acme"),
    ("Our Lena Park", "Lena Park"),
    ("Said Jalili", "Said Jalili"),  # "Said" is a given name too: left alone
    ("Even Lena Park", "Lena Park"),  # a focusing adverb opening the sentence
    ("Sociologist Lena Park", "Lena Park"),  # a trade by its "-ist", capitalised as the sentence's first word
    ("Analyst Omar Diallo", "Omar Diallo"),
    ("Christian Bale", "Christian Bale"),  # an "-ian" given name stays
    ("Baptist Church", "Baptist Church"),  # two words: no name after it to describe
    ("Next May", ""),  # a time, whatever surname a month shares
    ("Last Friday", ""),
    ("Theresa May", "Theresa May"),
])
def test_a_sentence_s_opening_word_is_cut_from_the_name(phrase, name):
    assert person_name(phrase) == name


@pytest.mark.parametrize(("text", "speakers"), [
    # An inverted verb once glued to the given name made "Replied Ana" the full name "Ana" meant.
    ("Ana Ruiz runs the farm with her father.\n\nReplied Ana, with a smile, “We will see about that.”\n\n"
     "“It was a hard year for all of us,” Ana said.", ["Ana Ruiz", "Ana Ruiz"]),
    ("Ask Lena Park, the director, and she will tell you about it.\n\n“It was a hard year for the town,” Park said.",
     ["Lena Park"]),
    # A word opening a sentence is no given name: the name without it, then one starting with the word.
    ("Longtime Lena Park ally Omar Diallo spoke first.\n\nLena Park, the mayor, arrived late.\n\n"
     "“We won the vote in the end,” Park said.", ["Lena Park"]),
    ("Stephen Jones runs the club.\n\nInstead Stephen drove home alone.\n\n“It was late when we got back,” said Stephen.",
     ["Stephen Jones"]),
    # ... or the office holder's name the article's title gives ("President Trump"), when it is that name.
    ("Longtime Donald Trump ally Ana Ruiz spoke first. President Trump thanked her.\n\n"
     "“She has been a loyal friend for many years,” Trump said.", ["Donald Trump"]),
    # A middle name ("John Stephen Jones", the son) is not the Stephen a feature calls by his given name.
    ("Stephen Jones runs the club. Years later, John Stephen Jones, his son, joined him.\n\n"
     "“It was late when we got back,” says Stephen.", ["Stephen Jones"]),
    # A time opening the sentence makes no speaker of the month: the student named before speaks.
    ("Lena Park, a junior, runs the debate club.\n\nNext May she graduates. “I will miss the arguments most of all,” "
     "she said.", ["Lena Park"]),
    # A suffix is no middle name, and no given name starts with a surname and a suffix.
    ("Patrick Ruiz Jr. pleaded guilty on Monday.\n\n“I am sorry for what I did,” Ruiz said.", ["Patrick Ruiz Jr."]),
])
def test_speakers_named_after_a_sentence_s_opening_word(text, speakers):
    assert _speakers(text) == speakers
