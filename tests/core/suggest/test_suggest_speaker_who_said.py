"""A quote a "who told/said" clause runs into is the clause's person's, not the sentence subject's."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.whosaid import relative_speaker

_INTRO = "Dana Whitlock directed the film. Nora Field wrote its songs.\n\n"


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_the_antecedent_of_a_who_told_clause():
    text = _INTRO + ("On tour, Whitlock met the actor Sam Ortiz, who apparently told her he “had always wanted to "
                     "play a villain”; filming began a month later.")
    assert _speakers(text) == ["Sam Ortiz"]


def test_a_who_clause_without_a_verb_of_saying_is_no_attribution():
    text = _INTRO + "Whitlock thanked Sam Ortiz, who played the villain, for “giving everything to the part.”"
    assert relative_speaker(text, text.index("“")) == ""


def test_a_place_before_the_clause_is_no_speaker():
    text = _INTRO + "We met Sam Ortiz, 24, from Leeds, who told us he “never misses a screening.”"
    assert relative_speaker(text, text.index("“")) == ""


def test_a_person_after_from_is_still_the_speaker():
    text = _INTRO + "Whitlock won her first award from Sam Ortiz, who declared at the ceremony, “She earned every vote.”"
    assert relative_speaker(text, text.index("“")) == "Sam Ortiz"


_NOMINEES = ("Oscar hopes\n\nIna Marlow was nominated for best actress. Kate Berg was also nominated in the same "
             "category.\n\n")


def test_a_who_told_clause_in_the_sentence_before_gives_whom_she_means():
    """"… a debut nomination for Marlow, 49, who told BBC News she had not thought …. "…," she said": Marlow, not the
    last woman whose sentence opened with her name."""
    text = (_NOMINEES + "It is also a debut nomination for Marlow, 49, who told BBC News she had not thought the film "
            "would appeal. \"It was an extraordinary time,\" she said. \"I can't believe it,\" she added.")
    assert _speakers(text) == ["Ina Marlow", "Ina Marlow"]

