"""Where a speaker's name begins and ends: headline words, titles, owners, adjectives, initials, spellings (sentences written for them)."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.headlines import headline_end
from newsmark.core.suggest.speakerindex import SpeakerIndex
from newsmark.core.suggest.speakers import person_name


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # Titles and religious styles before a full name are no part of it.
        ("Investigator Dana Pruitt", "Dana Pruitt"),
        ("Sister Mary Keane", "Mary Keane"),
        ("Father Tomas Okoro", "Tomas Okoro"),
        ("Cardinal Luis Ortega", "Luis Ortega"),
        ("Reverend Amos Gray", "Amos Gray"),
        # Headline and question words open no name.
        ("How Lena Park", "Lena Park"),
        ("Why Lena Park", "Lena Park"),
        # A plural owner (the team's player) and a place made an adjective.
        ("Chicago Bears' Lena Park", "Lena Park"),
        ("Ohio-based Lena Park", "Lena Park"),
        ("Ohio-based", ""),
        # Initials are a word of the name.
        ("J.C. Ward", "J.C. Ward"),
        ("A.J. Soto", "A.J. Soto"),
        # A number names no person.
        ("Flight AB123", ""),
        # Names that must stay whole.
        ("Will Ferris", "Will Ferris"),
        ("Robert Lane Jr.", "Robert Lane Jr."),
        ("Bill de Groot", "Bill de Groot"),
    ],
)
def test_name_boundaries(phrase, name):
    assert person_name(phrase) == name


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("Why Lena Park Left the Board\n\nLena Park quit.", 28),
        ("Lena Park quit on Monday.\n\nShe left.", 0),
        ("Lena Park, a nurse, quit. (The board says it regrets it.)\n\nShe left.", 0),
        ("A single line without a stop", 0),  # no body: no headline
        # A title-case headline some sites end with a full stop; a sentence in title case is rarer than that.
        ("Lena Park Gives Emotional Tribute To Her Mother.\n\nLena Park spoke.", 48),
        ("Lena Park gives a tribute to her mother.\n\nShe spoke.", 0),
        ("Lena Park Spoke Up.\n\nShe left.", 0),  # three long words: too few to tell a title from a sentence
        ("Gerda Schroeder met Paul Grant.\n\nThey spoke.", 0),  # a verb in lower case: a sentence of names
    ],
)
def test_headline_end(text, end):
    assert headline_end(text) == end


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A headline's capitals glue no word to the name the body gives.
        ("How Lena Park Saved the Mill\n\nLena Park bought the mill in 2019.\n\n“It was falling apart,” Park said.",
         ["Lena Park"]),
        ("A Quiet Win for Lena Park\n\nThe vote came late.\n\nLena Park, the mayor, spoke first. “We earned this,” "
         "Park said.", ["Lena Park"]),
        ("Lena Park Gives Emotional Tribute To Her Mother.\n\nLena Park closed the rally.\n\n“She taught me "
         "everything,” Park said.", ["Lena Park"]),
        # A sub-heading line is no part of the name in the paragraph under it.
        ("Lena Park leads the count.\n\nHousing Slump\n\nOmar Diallo runs a building firm. “Sales fell by half,” "
         "Diallo said.", ["Omar Diallo"]),
        # The surname resolves to the name with its initials.
        ("The new film by J.C. Ward opens today.\n\n“I wanted it quiet,” Ward said.", ["J.C. Ward"]),
        # A title given once before the name is not repeated in the speaker.
        ("Investigator Dana Pruitt found the car.\n\n“It was empty,” Pruitt said.", ["Dana Pruitt"]),
        ("Sister Mary Keane runs the shelter.\n\n“We are full,” Keane said.", ["Mary Keane"]),
        # A surname spelt without its umlaut (or with "ue") is the person first named with it.
        ("Cardinal Jonas Köhler spoke in Rome.\n\n“We will not change course,” Koehler said.", ["Jonas Köhler"]),
        ("Anna Müller chairs the panel.\n\n“The data is clear,” Muller said.", ["Anna Müller"]),
        # But an unrelated surname is not folded into one with accents.
        ("Anna Müller chairs the panel.\n\n“The data is clear,” Miller said.", ["Miller"]),
    ],
)
def test_speaker_names_in_articles(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # An adjective before a described name after the verb, the name then followed by where or when.
        ("“The ruling changes everything,” noted Ohio-based tax lawyer Lena Park in an interview.", ["Lena Park"]),
        ("“We expected it,” said longtime union organiser Omar Diallo on Monday.", ["Omar Diallo"]),
        # A team's player: the player, not the team.
        ("“I never touched him,” said Chicago Bears' Omar Diallo.", ["Omar Diallo"]),
    ],
)
def test_described_speakers(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # An unnamed source ends before a pronoun, a verb or a time.
        ("In one memo she was warned that “the plan cannot work by spring.”", ["memo"]),
        ("The bank kept rates on hold, according to the statement after its March meeting, “for as long as needed.”",
         ["statement"]),
        # A writing owned by a named organisation speaks for the organisation.
        ("Farming “will shrink for years to come,” according to a Harlow Analytics' forecast in May.", ["Harlow Analytics"]),
        ("Exports “will recover slowly after the strike,” according to the Acme Institute's latest survey.", ["Acme Institute"]),
    ],
)
def test_unnamed_phrases_are_cut(text, speakers):
    assert _speakers(text) == speakers


def test_a_spelling_variant_resolves_only_to_a_full_name():
    index = SpeakerIndex("Gerda Schroeder met Paul Grant.\n\n“No,” Schröder said.")
    assert index.resolve("Schröder", 40) == "Gerda Schroeder"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # "the court", "the committee": the institution the article named, without owner or article.
        ("On Friday, Ohio’s 2nd District Court of Appeals sided with the tenants.\n\n“The lease was void,” the court "
         "wrote in its ruling.", ["2nd District Court of Appeals"]),
        ("The Senate Ethics Committee met on Monday. “We found no breach of the rules,” the committee said.",
         ["Senate Ethics Committee"]),
        ("The Supreme Court of Canada ruled. “No one is above the law,” the court wrote.", ["Supreme Court of Canada"]),
        # No institution named: the unnamed source as written.
        ("Judges sat late. “The seller was pivotal,” the court said.", ["court"]),
    ],
)
def test_an_institution_named_before(text, speakers):
    assert _speakers(text) == speakers


def test_an_institution_is_named_as_first_given_not_as_in_the_headline():
    text = ("Tenants Win at Appellate Court\n\nOn Friday, the 2nd District Court of Appeals sided with the tenants. "
            "The Appellate Court did not agree with the landlord.\n\n“The lease was void,” the court wrote.")
    assert _speakers(text) == ["2nd District Court of Appeals"]


@pytest.mark.parametrize(("phrase", "name"), [("US. GM", "GM"), ("U.S. Army", "U.S. Army"), ("John F. Kennedy", "John F. Kennedy")])
def test_initials_with_a_stop_but_none_inside_end_a_sentence(phrase, name):
    assert person_name(phrase) == name
