"""A "with" clause whose participle reports ("with Ana Ruiz saying …") gives the quote after it to that person."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes

_STORY = ("Deficit truce\n\nThe commission dropped its case against both countries.\n\n"
          "Berlin welcomed the decision, with finance minister Hans Eichel saying it showed that policy was \"on the "
          "right track even amid very difficult conditions\". However Paris was more subdued, with finance minister "
          "Herve Gaymard telling parliament: \"We must continue along this path of saving money.\"")


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_the_person_of_a_with_clause_speaks_not_the_sentence_subject():
    assert _speakers(_STORY) == ["Hans Eichel", "Herve Gaymard"]


def test_a_with_clause_without_a_reporting_participle_names_no_speaker():
    text = "Cuts\n\nThe plan failed, with Ana Ruiz leaving the party. \"It is over,\" a member said."
    assert _speakers(text) == ["member"]
