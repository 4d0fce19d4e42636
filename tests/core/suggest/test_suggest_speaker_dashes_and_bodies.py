"""An aside between spaced dashes after a name, and a body called by the first word of the name it was given."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_an_aside_between_spaced_hyphens_is_no_bar_to_the_name_before_it():
    text = ("Yukos sale\n\nThe sale was criticised. \"We used to see street hustlers do this,\" Andrei Illarionov - then "
            "economic adviser to the president - told a press conference.")
    assert _speakers(text) == ["Andrei Illarionov"]


def test_a_body_called_by_its_first_word_is_written_as_first_given():
    text = ("Firm pulls out\n\nContrack International, of Arlington, Virginia, heads a coalition of firms. Contrack said "
            "\"the original scope of work could not be executed\".")
    assert _speakers(text) == ["Contrack International"]


def test_a_person_s_surname_is_not_lengthened_into_a_body():
    text = "Talks\n\nAna Ruiz met the board on Monday. Ruiz said \"the talks went well\"."
    assert _speakers(text) == ["Ana Ruiz"]


def test_a_clause_run_into_the_name_without_a_comma_leaves_the_name_speaking():
    text = ("Butler\n\nLord Butler criticised the dossier.\n\nAsked why he thought the warnings were not there Lord Butler "
            "said: \"One has got to remember what the purpose of the dossier was.\"")
    assert _speakers(text) == ["Lord Butler"]


def test_an_unnamed_source_for_a_body_keeps_the_body():
    text = "Visas\n\nA spokesman for the Home Office said: \"We will look at it again.\""
    assert _speakers(text) == ["spokesman for the Home Office"]


def test_a_source_closing_the_sentence_holds_the_quote_inside_it():
    text = ("Budget\n\nChancellor Gordon Brown delivered his Budget, and Tory leader Michael Howard attacked it.\n\n"
            "Mr Brown liked to rattle off \"magical balances conjured out "
            "of thin air\" in a bid to convince people there was no \"black hole\" in the finances, the Tory leader said.")
    assert _speakers(text) == ["Michael Howard"]


def test_a_framing_subject_with_a_verb_of_saying_keeps_the_quote():
    text = ("Letter\n\nGadhafi made the appeal in a letter, an official said.\n\nGadhafi asked Obama to stop the \"unjust "
            "war against a small people of a developing country\" and said the rebels are terrorists, the official said.")
    assert _speakers(text) == ["Gadhafi"]
