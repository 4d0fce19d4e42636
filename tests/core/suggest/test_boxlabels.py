"""A witness box headed "Eyewitness - Ana Ruiz": its quote paragraphs are hers, not the last speaker's."""

from __future__ import annotations

from newsmark.core.suggest.boxlabels import box_speaker
from newsmark.core.suggest.quotes import suggest_quotes

_BOX = ('A local driver, Tom Lee, told reporters the fire "spread very quickly through the hall."\n\n'
        '{label}\n\n'
        '"I was standing near the stage when the lights went out. Everyone started to run.\n\n'
        'I ran to the side door but it was locked. We had to break the glass to get out."\n\n'
        '"Nobody knew where the exits were," he said.')


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_the_box_paragraphs_are_the_witness_named_on_its_label():
    assert _speakers(_BOX.format(label="Eyewitness - Ana Ruiz")) == ["Tom Lee", "Ana Ruiz", "Ana Ruiz", "Tom Lee"]


def test_a_colon_label_and_a_credit_after_the_name():
    assert _speakers(_BOX.format(label="Survivor: Ana Ruiz, 24, student")) == ["Tom Lee", "Ana Ruiz", "Ana Ruiz", "Tom Lee"]


def test_a_label_naming_no_person_gives_nobody():
    text = _BOX.format(label="Witness - Fire Department")
    assert box_speaker(text, text.index('"I was')) == ""


def test_a_heading_of_another_kind_gives_nobody():
    text = _BOX.format(label="Update - Ana Ruiz")
    assert box_speaker(text, text.index('"I was')) == ""


def test_only_the_paragraph_right_under_the_label():
    text = _BOX.format(label="Eyewitness - Ana Ruiz")
    assert box_speaker(text, text.index('"Nobody')) == ""
    assert box_speaker(text, text.index('I ran')) == ""
