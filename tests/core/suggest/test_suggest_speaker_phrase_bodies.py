"""Speaker phrases of bodies written wrong: cut to a piece, kept with a verb, title or possessive, a document for its author.

Sentences written for these tests; each case fails without its mechanism.
"""

from __future__ import annotations

import pytest

from newsmark.core.suggest.documentauthor import document_author
from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.sourcephrase import speaker_phrase
from newsmark.core.suggest.speakerforms import defined_acronym, speaker_form
from newsmark.core.suggest.speakers import is_role, person_name


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Downing Street", "Downing Street"),  # a gerund-shaped word before a street's name is the name
        ("Reading Road", "Reading Road"),
        ("Taking Archie", "Archie"),  # a gerund opening the sentence still goes
        ("Speaking Ana Ruiz", "Ana Ruiz"),
    ],
)
def test_a_gerund_shaped_word_before_a_street_word_stays(phrase, name):
    assert person_name(phrase) == name


def test_a_street_named_as_the_source_is_the_speaker():
    text = "The talks went on.\n\nDowning Street said the decision “rests with the ministers alone and nobody else”."
    assert _speakers(text) == ["Downing Street"]


@pytest.mark.parametrize(("word", "role"), [("Editor-in-Chief", True), ("Commander-in-Chief", True),
                                            ("in-law", False), ("Sister-in-Arms", False)])
def test_a_hyphenated_office_with_a_small_word_inside_is_a_role(word, role):
    assert is_role(word) is role


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Acme News Editor-in-Chief Ana Ruiz", "Ana Ruiz"),  # a body and its title before the person
        ("Gazette Managing Editor Tom Lee", "Tom Lee"),
        ("Finance Minister Ana Ruiz", "Finance Minister Ana Ruiz"),  # a role alone: left to the resolver, as before
        ("Acme Stores", "Acme Stores"),  # no title, no person
    ],
)
def test_a_body_and_title_before_a_name_give_the_name(phrase, name):
    assert speaker_phrase(phrase) == name


def test_a_quote_after_a_body_title_and_name_is_the_persons():
    text = "“We will not stop reporting from the front line,” Acme News Editor-in-Chief Ana Ruiz said."
    assert _speakers(text) == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("phrase", "source"),
    [
        ("the ministry says", "the ministry"),  # the reporting verb caught after an unnamed source is no part of it
        ("the council said", "the council"),
        ("a spokesman told", "a spokesman"),
    ],
)
def test_a_reporting_verb_after_an_unnamed_source_is_dropped(phrase, source):
    assert speaker_phrase(phrase) == source


@pytest.mark.parametrize(
    ("phrase", "owner"),
    [
        ("ACME's report", "ACME"),  # a document with its owner and no article speaks for the owner
        ("Moody's Analytics' forecast", "Moody's Analytics"),
        ("the Fed's Ana Ruiz", "Fed's Ana Ruiz"),  # an owner and a person: not a document
    ],
)
def test_an_owned_document_without_article_speaks_for_its_owner(phrase, owner):
    assert speaker_phrase(phrase) == owner


def test_an_acronym_defined_in_brackets_takes_the_name_before_it():
    text = ("The review by the Dutch Institute for Road Safety Studies (SWOV) was published on Monday.\n\n"
            "“The crossing was badly lit at the time of the crash,” SWOV's report said.")
    assert defined_acronym(text, "SWOV") == "Dutch Institute for Road Safety Studies"
    assert defined_acronym(text, "ABC") == ""
    assert _speakers(text) == ["Dutch Institute for Road Safety Studies"]


def test_an_acronym_spelt_out_loses_the_possessive_it_was_found_with():
    text = "Ana Ruiz, the European Union’s envoy, spoke first. The EU said it would act."
    assert speaker_form(text, "EU", len(text)) == "European Union"


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Rents rose, according to a 2019 report from the Acme Housing Trust. Then the report warned", "Acme Housing Trust"),
        ("A new Harbor Bank report found that rents rose. The report warned", "Harbor Bank"),
        ("Harbor Bank’s annual report found that rents rose. The report warned", "Harbor Bank"),
        ("An internal report found that rents rose. The report warned", ""),  # no author named: the report itself
        ("A report by Harbor Bank and the Ruiz Center found that rents rose. The report warned", ""),  # two authors
        ("Tuesday’s report found that rents rose. The report warned", ""),  # a day is no author
    ],
)
def test_a_document_speaks_for_the_body_it_was_introduced_with(text, author):
    assert document_author(text, "report", len(text)) == author


def test_a_quoted_report_is_given_to_its_author():
    text = ("Rents rose by a third, according to a 2019 report from the Acme Housing Trust.\n\n"
            "In plain words, the report described the rise as “a crisis for every family that rents a home”.")
    assert _speakers(text) == ["Acme Housing Trust"]
