"""A writing quoted as the source gives its words to the issuer the same phrase names; "One, Ana Ruiz, said" is hers."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.writings import writing_issuer

_INTRO = "Town rules\n\nThe town has new rules for the river bank.\n\n"


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_a_pamphlet_issued_by_a_named_body():
    text = _INTRO + "“Keep off the bank after dark!” says a widely read pamphlet issued by the Eastland state publishing house Ostmark (“East Mark”)."
    assert _speakers(text) == ["Ostmark"]


def test_a_leaflet_from_a_body_described_first():
    text = _INTRO + "“Keep off the bank after dark,” warns a leaflet from the regional water agency Rivera Ost."
    assert _speakers(text) == ["Rivera Ost"]


def test_a_writing_with_no_issuer_named_is_no_issuer():
    text = _INTRO + "“Keep off the bank after dark,” says a pamphlet handed out on Monday by volunteers."
    assert writing_issuer(text, "a pamphlet", text.index("“"), text.index("”") + 1) == ""


def test_a_person_s_phrase_is_no_writing():
    text = _INTRO + "“Keep off the bank,” says a volunteer from Ostmark."
    assert writing_issuer(text, "a volunteer", text.index("“"), text.index("”") + 1) == ""


def test_one_then_a_name_in_apposition():
    text = _INTRO + "Two men swam ashore. One, Pello Varga, told local radio: “The current took us in seconds.”"
    assert _speakers(text) == ["Pello Varga"]


def test_another_then_a_name_in_apposition():
    text = _INTRO + "Another, Lia Sandor, said: “We ran for the trees.”"
    assert _speakers(text) == ["Lia Sandor"]


def test_an_issuer_described_by_its_base_and_ending_the_sentence():
    text = ("Mobiles\n\nSpeeds will rise. \"HSDPA will be vital for profitable services like mobile internet browsing,\" "
            "according to a report published by UK-based research consultancy Analysys. A number of firms are at work.")
    assert _speakers(text) == ["Analysys"]


def test_an_abbreviation_ending_the_issuers_name_keeps_its_stop():
    text = _INTRO + "“We are shutting it,” said a statement issued by Acme Inc. on Monday."
    assert _speakers(text) == ["Acme Inc."]
