"""A definite description as speaker ("the group said") takes the body or description the article gave before."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.antecedents import antecedent
from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The noun, then the name in apposition.
        ("Tenants met on Monday. The group, Fair Rent Now, formed last year.\n\nIn a tweet, the group added "
         "that the landlord \"is not keeping its word to any of us\".", "Fair Rent Now"),
        # A name of the noun's kind, named before.
        ("Shares of Brightline Holdings fell.\n\n\"We expect a strong second half this year,\" the company said.",
         "Brightline Holdings"),
        ("The Bank of Avalon Group cut rates.\n\n\"We expect a strong second half this year,\" the company said.",
         "Bank of Avalon Group"),
        ("Members of the River Valley Coalition marched.\n\n\"We will be back every week until they listen,\" "
         "the group said.", "River Valley Coalition"),
        # The fuller description that introduced an unnamed source.
        ("\"He has no immunity at all in this case,\" said one constitutional expert.\n\n\"He is open to charges "
         "in two countries,\" the expert warned.", "constitutional expert"),
    ],
)
def test_the_description_takes_what_the_article_gave_before(text, speaker):
    assert _speakers(text)[-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # Nothing named or introduced before: the description stays.
        ("\"We expect a strong second half this year,\" the company said.", "company"),
        ("\"We will be back every week until they listen,\" the group said.", "group"),
        # A body named after the quote is no antecedent.
        ("\"We expect a strong year,\" the company said. Brightline Holdings shares rose.", "company"),
    ],
)
def test_nothing_before_leaves_the_description(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "phrase", "found"),
    [
        ("An other expert spoke.", "the expert", ""),  # only a stance word: nothing to keep
        ("A few experts and an expert spoke.", "the expert", ""),
        ("Acme Holdings grew.", "the firm", "Acme Holdings"),
        ("Acme Holdings grew.", "the agency", ""),  # not of the agency's kind
        ("Acme Holdings grew.", "a company", ""),  # not definite
    ],
)
def test_antecedent(text, phrase, found):
    assert antecedent(text, phrase, len(text)) == found


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A person's noun by what they do refers to the person the text is about, as "she said" would.
        ("Ana Ruiz played the old songs on Monday.\n\nAfter the encore, the singer and guitarist told the crowd, "
         "\"that was fun, maybe we should do it again next year.\"", ["Ana Ruiz"]),
        ("Economist Omar Haddad spoke first.\n\n\"And they will not fall soon,\" the economist added.", ["Omar Haddad"]),
        # An unnamed one introduced before stays unnamed, with the words that introduced it.
        ("\"Prices will rise again in the spring,\" said an economist at the bank.\n\n\"And they will not fall "
         "soon,\" the economist added.", ["economist", "economist"]),
        ("\"The mill closed in 1931,\" said one local historian.\n\n\"And it never opened again,\" the historian "
         "added.", ["local historian", "local historian"]),
    ],
)
def test_a_person_by_occupation(text, speakers):
    assert _speakers(text) == speakers
