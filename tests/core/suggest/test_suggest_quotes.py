"""Example tests of the quote suggester: marks, speech versus titles and scare quotes, and speakers."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s.start:s.end], s.attributes["speaker"]) for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"It would be an alarming expansion," Robert A. Wood, the Deputy US Ambassador, said.',
         [("It would be an alarming expansion", "Robert A. Wood")]),
        ("“We will not surrender,” said Zelenskyy.", [("We will not surrender", "Zelenskyy")]),
        ("Zelenskyy said: «We will hold the line.»", [("We will hold the line.", "Zelenskyy")]),
        ("‘It changed how I see it,’ one viewer told the BBC.", [("It changed how I see it", "one viewer")]),
        ('"This is only the beginning," a spokesperson for the Kremlin said.',
         [("This is only the beginning", "a spokesperson for the Kremlin")]),
        ("“They are in Kursk\nalready and will fight,” he said.", [("They are in Kursk\nalready and will fight", "")]),
        ("Ukraine’s troops’ morale is “higher than it has been in months,” Oleksandr Syrskyi said.",
         [("higher than it has been in months", "Oleksandr Syrskyi")]),
    ],
)
def test_quotes_with_speaker(text, expected):
    assert _found(text) == expected


def test_he_said_takes_the_last_named_speaker():
    text = ("Volodymyr Zelenskyy said that the troops had arrived.\n\n"
            '"They are already in the Kursk region and they will fight," he said.')
    assert _found(text) == [("They are already in the Kursk region and they will fight", "Volodymyr Zelenskyy")]


def test_an_unattributed_quote_paragraph_after_an_attributed_one_keeps_the_speaker():
    text = '"We warned them again and again," Wood said.\n\n"Russia\'s actions are dangerous and unlawful."'
    assert [who for _, who in _found(text)] == ["Wood", "Wood"]


def test_a_quote_running_over_paragraphs_ends_at_the_break():
    text = '"The first part of what he said goes here.\n\n"And the second part follows," Wood said.'
    assert [q for q, _ in _found(text)] == ["The first part of what he said goes here.", "And the second part follows"]


@pytest.mark.parametrize(
    "text",
    [
        'Austin would only say "some" of the troops had moved.',
        'the so-called "peace plan" was dismissed',
        'the film "Gone With the Wind" was shown',
        "the BBC documentary ‘The War Next Door’ aired",
        '"an unclosed quote that never ends',
        "Ukraine’s troops and Russia’s forces",
    ],
)
def test_not_speech(text):
    assert _found(text) == []


def test_a_run_of_initials_does_not_make_the_speaker_search_backtrack():
    # Before names were matched possessively this took 2**40 steps (the test hung until faulthandler_timeout).
    assert _found('"We will not give up anything at all," ' + "A. " * 40 + "x") == [("We will not give up anything at all", "")]
