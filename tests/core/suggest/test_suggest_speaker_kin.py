"""A family sharing a surname: the bare surname is the principal's, named first; strangers keep the last-named rule."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.kinship import kin, near_after
from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


_HEAD = "A mill that stays in the family\n\n"
_LATER = ("\n\nThe firm opened a second plant in 2019 and a third last spring, and its sales have doubled since the "
          "family took over the old mill by the river.\n\n")


@pytest.mark.parametrize(
    "relative",
    [
        "Her father, Tom Vance, founded the firm in 1971.",  # kinship before the name
        "The firm was founded by Tom Vance, the town's mayor and Sarah's father.",  # kinship in the apposition after it
        "The firm was founded by Tom Vance in 1971, and the Vances have run it since.",  # the family named as one
    ],
)
def test_a_bare_surname_in_a_family_is_the_principal(relative):
    text = _HEAD + "The old mill is run by Sarah Vance.\n\n" + relative + _LATER + "“We will never sell,” Vance says."
    assert _speakers(text) == ["Sarah Vance"]


def test_a_relative_just_named_in_full_keeps_the_bare_surname():
    text = (_HEAD + "The mill is run by Sarah Vance.\n\nHer father, Tom Vance, founded the firm in 1971." + _LATER
            + "Tom Vance still walks the floor every morning.\n\n“I built this place,” Vance said.")
    assert _speakers(text) == ["Tom Vance"]


def test_strangers_of_one_surname_keep_the_last_named():
    text = (_HEAD + "The critic Carl Vance panned the film on Friday.\n\nThe actress Lena Vance, who plays the lead, "
            "answered him online." + _LATER + "“I read every review,” Vance said.")
    assert _speakers(text) == ["Lena Vance"]


def test_kin_reads_kinship_words_only():
    for word, family in (("colleague", False), ("sister", True)):
        text = f"Tom Vance, the firm's owner, spoke. Her {word} Sarah Vance agreed."
        named = [(text.index("Vance"), "Tom Vance"), (text.rindex("Vance"), "Sarah Vance")]
        assert kin(text, "Vance", named) is family
    assert near_after("a\n\nb", 0, 4) and not near_after("a\n\nb\n\nc", 0, 7)


_FESTIVAL = "Festival tickets\n\n\"There is only one place to buy them,\" festival organiser Tom Marsh said. "


@pytest.mark.parametrize("opening", ["Mr Marsh' daughter Emily said", "Mr Marsh's daughter Emily said",
                                     "Later, his daughter Emily said",
                                     "When the idea was floated, Mr Marsh's daughter Emily told reporters"])
def test_a_relative_named_after_the_kinship_word_is_the_speaker_not_whose_relative(opening):
    """"Mr Marsh's daughter Emily said it would be "…". "…," she said": Emily, by the one name the text gives her."""
    text = _FESTIVAL + opening + " it would be \"quite a big step for ticketing\" if it worked. \"It might work,\" she said."
    assert _speakers(text) == ["Tom Marsh", "Emily", "Emily"]


def test_a_relative_of_the_other_gender_is_not_whom_she_means():
    text = _FESTIVAL + "His son, Phil, said the plan was good. \"It might work,\" she said."
    assert _speakers(text)[-1] != "Phil"
