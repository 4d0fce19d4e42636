"""A feature brings a speaker in at the head of a sentence, then quotes them with "he said"/"she said"."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.frontedsubject import fronted_subject
from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


_BEFORE = "“We will open the new wing in May,” said Tomas Berger, the museum’s director.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A scene, an age, then the full name: the sentence opens with where, not who.
        (_BEFORE + "Over tea in the gallery café, 34-year-old Ines Okafor shrugged at the plans.\n\n"
         "“Nobody asked the people who actually come here every week,” she said.", ["Tomas Berger", "Ines Okafor"]),
        # A given name made a person by its description.
        (_BEFORE + "Marta, a volunteer guide who asked that her surname not be printed, said the queues were long.\n\n"
         "“Some visitors wait an hour in the rain before they even get inside,” she said.\n\n"
         "“It is hard to watch them give up,” she said.", ["Tomas Berger", "Marta", "Marta"]),
        # A description, then the given name in commas, and the paragraph goes on before the quote.
        (_BEFORE + "Another volunteer guide, Priya, said the rota changed twice in a month. The staff room is now a store.\n\n"
         "“Nobody tells us anything until the morning of the shift,” she said.", ["Tomas Berger", "Priya"]),
    ],
)
def test_the_person_brought_in_speaks(text, expected):
    assert _speakers(text) == expected


def test_no_one_brought_in_keeps_the_last_speaker():
    text = (_BEFORE + "Over the summer, the museum closed two rooms for repairs.\n\n"
            "“The roof leaked in three places after the storm,” he said.")
    assert _speakers(text) == ["Tomas Berger", "Tomas Berger"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At the harbour office, Ana Ruiz said the ferries were late.", "Ana Ruiz"),
        ("During the storm, 52-year-old Ana Ruiz stayed on deck.", "Ana Ruiz"),
        ("Lena, a nurse at the clinic, told the council it was full.", "Lena"),
        ("One nurse, Lena, said it was full.", "Lena"),
        ("Another nurse, Georgia, said it was full.", "Georgia"),  # a place's name, but the description makes her a person
        ("In Paris, the Louvre reopened.", ""),  # no person's name
        ("At the meeting, Acme Corp said it would wait.", ""),  # a company, not a person
        ("Paris, a city of parks, said goodbye.", ""),  # a place's name
    ],
)
def test_fronted_subject(sentence, expected):
    assert fronted_subject(sentence, 0, len(sentence))[1] == expected


def test_a_person_brought_in_with_a_role_after_their_name_speaks():
    """"One dissenting view came from Ana Ruiz, vice-president of research at …. She said: …": not the last source."""
    text = (_BEFORE + "\"It will sell well,\" said Mr Berger. One dissenting opinion came from Ines Okafor, "
            "vice-president of research at analysts Gartner. She said: \"I don't think it changes the world.\"")
    assert _speakers(text) == ["Tomas Berger", "Tomas Berger", "Ines Okafor"]
