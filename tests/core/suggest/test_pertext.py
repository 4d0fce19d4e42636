"""The per-text answers the suggesters share: the same answers as computed afresh, once per text, no text kept long."""

from __future__ import annotations

import gc
import weakref

from newsmark.core.suggest import bodynouns, innerspeakers, speakerforms
from newsmark.core.suggest.pertext import answers, forget, per_text
from newsmark.core.suggest.speakerindex import SpeakerIndex, speaker_index

TEXTS = [
    "Ana Ruiz, the mayor of Leeds, said the plan would work. Ruiz added that the council agreed.\n\n"
    "“We are ready,” she said. The bank Acme Capital said it would lend. Acme declined to comment.",
    "Officials at the World Health Organization (WHO) said on Monday that cases rose. Tom Lee Jr. said "
    "“’Mamello Lee warned us.” Lee, who runs a clinic, said: “He said, ‘Holmes knew.’” Holmes, who left, agreed.",
    "",
]
WORDS = ["Ruiz", "Acme", "Lee", "Holmes", "Mamello", "WHO", "Tom", "Leeds"]


class _Text(str):
    """A ``str`` that takes a weak reference, to see when it is freed (a plain ``str`` takes none)."""


def test_shared_answers_equal_fresh_ones():
    for text in TEXTS:
        forget()
        for word in WORDS:
            assert bodynouns._names_a_body(text, word) == bodynouns._names_a_body.__wrapped__(text, word)
            assert innerspeakers._given(text, word) == innerspeakers._given.__wrapped__(text, word)
            assert innerspeakers._surname_alone(text, word) == innerspeakers._surname_alone.__wrapped__(text, word)
            assert speakerforms._apostrophe_opened(text, word) == speakerforms._apostrophe_opened.__wrapped__(text, word)
            assert speakerforms.defined_acronym(text, word) == speakerforms.defined_acronym.__wrapped__(text, word)
        shared = speaker_index(text)
        for at, word in enumerate(WORDS):
            assert shared.resolve(word, at * 10) == SpeakerIndex(text).resolve(word, at * 10)


def test_computed_once_per_text_and_arguments():
    calls = []

    @per_text
    def count(text: str, word: str) -> int:
        calls.append(word)
        return text.count(word)

    text = TEXTS[0]
    assert count(text, "Ruiz") == count(text, "Ruiz") == 2
    assert count(text, "said") == 3
    assert calls == ["Ruiz", "said"]
    assert speaker_index(text) is speaker_index(text)
    other = TEXTS[1]
    assert count(other, "Ruiz") == 0  # another text: its own answers
    assert count(text, "Ruiz") == 2 and calls == ["Ruiz", "said", "Ruiz", "Ruiz"]


def test_keyed_by_the_text_object_not_its_value():
    first = "".join(["Ana Ruiz said", " so."])
    second = "".join(["Ana Ruiz said", " so."])
    assert first == second and first is not second
    store = answers(first)
    assert answers(first) is store and answers(second) is not store


def test_a_dropped_text_is_not_kept_alive():
    text = _Text(TEXTS[0] * 3)
    alive = weakref.ref(text)
    speaker_index(text).resolve("Ruiz", 100)
    bodynouns._names_a_body(text, "Acme")
    del text
    answers("another text")  # the next text replaces the last one's answers
    gc.collect()
    assert alive() is None
    text = _Text(TEXTS[1])
    alive = weakref.ref(text)
    innerspeakers._surname_alone(text, "Holmes")
    del text
    forget()
    gc.collect()
    assert alive() is None
