"""A speaker's full name from what the writer adds: a bracketed given name, and no preposition opening the sentence."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.speakerindex import SpeakerIndex


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_a_bracketed_given_name_completes_the_surname():
    text = ("“Coach (Marta) Okafor came in here and told us we had done it,” the captain said.\n\n"
            "“They are just playing terrific football,” Okafor said.")
    assert _speakers(text)[1] == "Marta Okafor"


def test_brackets_around_something_else_add_nothing():
    text = ("The club (founded in 1901) hired Dele Okafor last year.\n\n"
            "“We are just playing terrific football now,” Okafor said.")
    assert _speakers(text) == ["Dele Okafor"]


def test_a_sentence_opening_with_to_is_not_part_of_the_name():
    text = ("BOSTON — To Ana Ruiz, the record was never the goal.\n\n"
            "“I just think it is a pretty cool thing to know about,” Ruiz said.")
    assert _speakers(text) == ["Ana Ruiz"]


def test_a_surname_that_looks_like_an_adverb_is_a_name_when_someone_bears_it():
    text = ("“Google widens the market for our games,” says Chris Early, a vice president at a games firm.\n\n"
            "“They need more games and soon,” says Ana Ruiz.\n\n"
            "“Streaming is somewhat binary,” says Early.")
    assert _speakers(text) == ["Chris Early", "Ana Ruiz", "Chris Early"]


def test_an_adverb_nobody_bears_as_a_name_is_still_no_speaker():
    text = "“Ana Ruiz will not be coming back to the team,” Finally said the coach. Ana Ruiz left."
    assert "Finally" not in _speakers(text)


def test_a_question_s_auxiliary_verb_is_not_part_of_the_name():
    text = "Would Ana Ruiz testify at all? “We have not spoken with the witness yet,” Ruiz said on Monday."
    assert _speakers(text) == ["Ana Ruiz"]


def test_a_given_name_ending_in_ing_after_a_lower_case_word_is_part_of_the_name():
    text = ("Mayor Tom Lee said the budget was balanced.\n\n“It adds up,” Lee said.\n\n"
            "Political analyst Henning Brandt doubts the figures.\n\nBrandt points to the pension fund.\n\n"
            "“The money is not there,” he says.")
    assert SpeakerIndex(text).resolve("Brandt", len(text) - 5) == "Henning Brandt"
    assert [s.attributes["speaker"] for s in suggest_quotes(text)] == ["Tom Lee", "Henning Brandt"]


def test_a_gerund_opening_a_sentence_is_no_given_name():
    text = "The mayor kept quiet.\n\nReading Brandt’s report, the mayor frowned. Brandt said no."
    assert SpeakerIndex(text).resolve("Brandt", len(text) - 5) == "Brandt"
