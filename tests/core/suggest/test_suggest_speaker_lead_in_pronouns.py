"""A "he said" quote after, or inside, a sentence about someone named before is that person's, not an earlier speaker's."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes

_INTRO = ("Mark Ellis, a retired judge, joined the panel last year.\n\n"
          "“We will publish the findings in June,” said Tom Brandt, who led the inquiry. “Nothing will be held back.”\n\n")


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_the_subject_after_a_leading_clause_in_the_paragraph_before():
    text = _INTRO + ("Although he said the work was “hard” at times, Ellis stopped short of naming anyone.\n\n"
                     "“I have signed a promise to say nothing,” he joked.")
    assert _speakers(text)[-1] == "Mark Ellis"


def test_the_subject_of_the_sentence_the_quote_sits_in():
    text = _INTRO + ("When I asked the panel's second member, Mark Ellis, about the emails, he said, "
                     "“I cannot remember them all.”")
    assert _speakers(text)[-1] == "Mark Ellis"


def test_the_earlier_speaker_keeps_a_quote_after_a_sentence_about_no_one():
    text = _INTRO + "The hearings ran for a week.\n\n“I have signed a promise to say nothing,” he said."
    assert _speakers(text)[-1] == "Tom Brandt"
