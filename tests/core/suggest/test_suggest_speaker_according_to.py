"""A sentence opening "According to X, …" gives X the quotes later in it, though it goes on about someone else."""

from __future__ import annotations

from newsmark.core.suggest.accordingto import according_source
from newsmark.core.suggest.quotes import suggest_quotes

_INTRO = "Tom Brandt grew up in Dayton. He wrote six novels before he turned forty.\n\n"


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_a_named_apposition_after_a_description():
    text = _INTRO + "According to his sister, Ruth Brandt, “He read everything in the house by the age of six.”"
    assert _speakers(text) == ["Ruth Brandt"]


def test_the_source_not_the_person_the_sentence_goes_on_about():
    text = _INTRO + ("According to Nora Field, shortly before his death, his agent Sam Ortiz "
                     "“was beginning the process of quietly disappearing” from the business.")
    assert _speakers(text) == ["Nora Field"]


def test_a_writing_by_someone_is_that_person_s():
    text = _INTRO + ("According to a 2019 survey by Dana Whitlock of Ohio State University, the publisher tends to "
                     "“cut the copy desk first” after a purchase.")
    assert according_source(text, text.index("“")) == "Dana Whitlock"


def test_an_unnamed_source_without_its_article():
    text = _INTRO + "According to the man, the treatment “had a remarkable effect within two days.”"
    assert _speakers(text) == ["man"]


def test_no_according_to_no_source():
    text = _INTRO + "Shortly before his death, his agent “was beginning the process of quietly disappearing.”"
    assert according_source(text, text.index("“")) == ""
