"""Round 31 (reading blind149–154): the one spoken to before a colon, and a verb after a quote that reports a clause or
introduces the next quote."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes.get("speaker") for s in suggest_quotes(text)]


def test_a_programme_owned_by_a_broadcaster_before_the_colon_is_no_speaker():
    text = ("Immigration plan\n\n"
            "Tony Blair rejected the Tories' call for a quota. Mr Blair told BBC Radio 4's Westminster Hour: \"We "
            "should cut the number or increase it depending on the country's needs.\"")
    assert _speakers(text) == ["Tony Blair"]


def test_the_station_told_before_the_colon_is_no_speaker_and_the_verb_after_a_quote_introduces_the_next():
    text = ("Bomb threat\n\n"
            "\"The police have found nothing,\" said Real Madrid president Florentino Perez. \"The best thing we can "
            "all do now is to put this nightmare behind us.\" Madrid midfielder Guti told private Spanish radio station "
            "Cadena Ser: \"I have never seen this before.\"")
    assert _speakers(text) == ["Florentino Perez", "Florentino Perez", "Guti"]


def test_a_verb_after_a_quote_that_reports_a_clause_with_did_opens_the_next_sentence():
    text = ("Boro win\n\n"
            "\"It should have been more convincing,\" said Middlesbrough manager Steve McClaren. \"No matter what "
            "anybody says, Lazio are favourites to win this competition.\" Middlesbrough forward Boudewijn Zenden said "
            "he did not expect such a comfortable match.")
    assert _speakers(text) == ["Steve McClaren", "Steve McClaren"]


def test_he_said_after_a_sentence_closed_by_its_source_after_the_verb():
    text = ("Householders guidance\n\n"
            "Home Secretary Charles Clarke published guidance. Tory leader Michael Howard said the law was biased. "
            "The barrister who had represented Mr Martin had said the rules were \"weighted overwhelmingly\" in favour "
            "of the householder, said Mr Clarke. He said: \"The problem is there has not been enough understanding.\"")
    assert _speakers(text) == ["Charles Clarke"]


def test_he_added_after_a_bodys_unnamed_voice_though_a_scare_quote_stands_before():
    text = ("Visa scheme\n\n"
            "Investigations found more than 7,000 \"entrepreneurs\" had entered the UK. Mr Leigh said the Home Office "
            "should now act. A Home Office spokesman said the system had been toughened. He added \"that the "
            "traditional system will be replaced by a single check, which will be simpler\".")
    assert _speakers(text) == ["Home Office spokesman"]
