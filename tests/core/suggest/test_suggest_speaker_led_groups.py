"""A group led by a named person speaks through that person; a letter's writer is never a name inside its subject."""

from __future__ import annotations

from newsmark.core.suggest.antecedents import author
from newsmark.core.suggest.ledby import Leaders
from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


_STORY = ("Panel presses the agency\n\nThe new Senate panel on Brazil sent a letter Monday to the agency's director.\n\n"
          "Two men, Tom Reyes and Paul Okoro, were charged last week with running an illegal office.\n\n"
          "After the arrests, senators on the panel, led by chairwoman Ana Ruiz, D-Ore., requested \"more information "
          "about the agency's work on the threat\".\n\n")


def test_the_group_led_by_a_named_person_speaks_through_her():
    text = _STORY + ("\"Only after the report did the agency act at all,\" the senators wrote.\n\n"
                     "\"We seek answers on this important matter,\" they wrote.")
    assert _speakers(text) == ["Ana Ruiz", "Ana Ruiz", "Ana Ruiz"]


def test_a_possessive_before_an_adjective_is_no_source():
    text = _STORY + ("They asked what the agency does to stop Brazil's alleged illegal activities abroad.\n\n"
                     "\"The threat of these schemes undermines our principles,\" they wrote.")
    assert _speakers(text)[-1] == "Ana Ruiz"


def test_a_name_after_a_preposition_in_the_subject_is_no_issuer():
    text = "The new Senate panel on Brazil sent a letter Monday. The letter stated that"
    assert author(text, "letter", len(text)) == ""
    assert author("Acme Holdings sent a letter Monday. The letter stated", "letter", 50) == "Acme Holdings"


def test_leaders_need_a_full_name_after_the_words():
    assert Leaders("Protesters, led by a local pastor, marched on Monday.").mentions() == []
    assert Leaders("The board, chaired by Tom Reyes, met.").of("board", 40) == "Tom Reyes"
    assert Leaders("Rebels, headed by commander Tom Reyes, attacked. A ledger misled by Ana Ruiz.").mentions() == [(28, "Tom Reyes")]
