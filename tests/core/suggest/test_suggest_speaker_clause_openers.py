"""Who a sentence is about when a description or a clause of contrast comes before the name (salience subjects)."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.salience import Salience


def _speakers(text: str) -> list[str]:
    return [s.attributes.get("speaker", "") for s in suggest_quotes(text)]


_BEFORE = ("“The town has changed,” said Tom Okafor, who has sold fish at the market for thirty years. "
           "He remembers the old harbour well.\n\n")


def test_a_description_in_apposition_before_the_name_opens_the_sentence_with_her():
    text = _BEFORE + ("The first woman to run the market, Ana Ruiz, spoke at its reopening last spring of her wish "
                      "that the stalls, shut for three long years by floods, fires and a council that could not agree on "
                      "what to do with them, would one day again be “the beating heart of this town” for everyone.")
    assert _speakers(text) == ["Tom Okafor", "Ana Ruiz"]


def test_a_leading_clause_of_contrast_leaves_the_sentence_to_the_main_subject():
    text = _BEFORE + ("While Okafor, 64, waits for another buyer, Ana Ruiz has just handed over her last crate. "
                      "She walks home confidently, certain that “nobody will trouble me after dark.”")
    assert _speakers(text) == ["Tom Okafor", "Ana Ruiz"]



def test_the_described_name_is_the_sentences_subject():
    text = "Tom Okafor sells fish. The first woman to run the market, Ana Ruiz, spoke at its reopening."
    assert Salience(text, [], []).last_subject(len(text))[1] == "Ana Ruiz"


def test_a_participle_clause_of_contrast_brings_in_no_subject_of_its_own():
    text = ("While celebrating wins in five Southern primaries on Tuesday, Okafor mocked his rival, saying she was weak. "
            "Ana Ruiz said nothing.")
    assert [name for _, name in Salience(text, [], [])._subjects] == ["Ana Ruiz"]  # as before: no gender read off "she"
