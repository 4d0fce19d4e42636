"""A crosshead quoting a source is its section's source's words, not the words of whoever the section before quoted."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes

_OPENING = ("Analysts weigh in on the harvest figures\n\n"
            "Wheat output rose 4 per cent last season, the farm ministry said on Monday.\n\n")
_FIRST = ("‘Prices will ease’: Northfield Grain\n\n"
          "Northfield Grain analyst Ana Ruiz said the bigger crop will let prices ease over the winter.\n\n"
          "“Storage is full and buyers know it,” said Ruiz.\n\n")


def _speaker_of(text: str, words: str) -> str:
    return next(s.attributes.get("speaker", "") for s in suggest_quotes(text) if text[s.start:s.end] == words)


@pytest.mark.parametrize(
    "section, speaker",
    [
        # the section's sentence that holds the words names its source
        ("‘A welcome lift for growers’: Delta Bank\n\nDelta Bank economist Tom Okafor said the rise is a welcome "
         "lift for growers after two poor years.\n\n“Margins are still thin,” he said.\n\n", "Tom Okafor"),
        # the section's quote that holds the words
        ("‘Not the moment to cut rates’: Hill Research\n\nThe data gave a mixed picture, Hill Research wrote.\n\n"
         "“This is not the moment for a central bank to cut rates,” said Maya Lind, an economist there.\n\n", "Maya Lind"),
        # no sentence holds them: the section's first source
        ("‘Still fragile after a weak spring’: Coast Capital\n\nCoast Capital chief economist Li Wen said exports slowed in May.\n\n"
         "“Nobody should celebrate yet,” Wen said.\n\n", "Li Wen"),
    ],
)
def test_a_crosshead_quote_is_its_sections_source(section, speaker):
    text = _OPENING + _FIRST + section
    words = section.split("’", 1)[0].lstrip("‘")
    assert _speaker_of(text, words) == speaker


def test_a_short_quoted_paragraph_is_speech_not_a_heading():
    text = (_OPENING + "“We were lucky,” said farmer Ana Ruiz.\n\n“Very lucky.”\n\n"
            "Tom Okafor, a neighbour, said the rain came just in time.\n\n“It saved us,” Okafor said.")
    assert _speaker_of(text, "Very lucky.") == "Ana Ruiz"  # the paragraph after her quote: hers, not the next source's


def test_an_excerpt_on_a_line_of_its_own_is_no_heading():
    text = (_OPENING + "The ministry's statement accused traders of hoarding.\n\n“… to drive prices up”\n\n"
            "Tom Okafor, a trader, said the claim was false.\n\n“We sold everything,” Okafor said.")
    assert _speaker_of(text, "… to drive prices up") != "Tom Okafor"
