"""Whose words a quote is when its sentence's subject is no plain name: a clause's pronoun after a noun phrase, an
office word before the person, a clause of answering joined on to the sentence before."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes.get("speaker") for s in suggest_quotes(text)]


def test_a_pronoun_after_a_subordinator_is_the_subject_not_the_phrase_before_it():
    text = ("Rovers near bust\n\n"
            "Football club Bristol Rovers has warned it will go bankrupt if talks with creditors fail.\n\n"
            "The company's shares tumbled after it said it had \"entered a life-threatening financial situation\".")
    assert _speakers(text) == ["Bristol Rovers"]


def test_a_coordinator_is_an_office_before_the_persons_name():
    text = ("Slogan unveiled\n\n"
            "Campaign coordinator Alan Pike accused the Tories of \"launching old policies in instalments\" on Monday.")
    assert _speakers(text) == ["Alan Pike"]


def test_he_after_a_clause_answering_someone_is_the_one_who_answered():
    text = ("Officials respond in court row\n\n"
            "Lee Harris said he had had enough of asking for a faster surface but Tennis Australia's Greg Pollock "
            "rejected his comments. \"We did ask for it to be made faster,\" he said.")
    assert _speakers(text) == ["Greg Pollock"]

