"""Speakers whose names open with a capital beyond ASCII, or are hyphenated, apostrophised or inner-capitalised."""

from __future__ import annotations

import re

import pytest

from newsmark.core.suggest.namecaps import LOWER, UPPER, name_pattern, unicode_names
from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # After the quote, the verb first or last.
        ("“We will keep interest rates where they are,” said Ángel Gurría, the bank's head.", "Ángel Gurría"),
        ("“It has been a good harvest this year,” said Łukasz Nowak, a farmer.", "Łukasz Nowak"),
        ("“The tunnel will open next spring,” Émile Durand told reporters.", "Émile Durand"),
        ("“We are ready for the vote,” Đặng Văn Minh said.", "Đặng Văn Minh"),
        # Before the quote, with a colon.
        ("Ørjan Berg said: “The fjord has never been this warm.”", "Ørjan Berg"),
        # A later mention by the surname alone goes to the full name first given.
        ("Emre Şahin runs a grocery in the old town.\n\n“Prices have doubled since March,” Şahin said.", "Emre Şahin"),
        ("The party's founder, Abdullah Öcalan, has been jailed since 1999.\n\n"
         "“We reject the state as it stands,” Öcalan writes.", "Abdullah Öcalan"),
        # A given name opening with an accented capital is found for the surname alone, in apposition or not.
        ("The plan was unveiled on Monday by the minister, Émile Durand.\n\nThe plan would cut fares by a third.\n\n"
         "“Nobody should pay more to get to work,” Durand said.", "Émile Durand"),
        ("The plan was unveiled on Monday by Ólafur Berg, the transport minister.\n\nIt would cut fares by a third.\n\n"
         "“Nobody should pay more to get to work,” Berg said.", "Ólafur Berg"),
        # A given name with an accent in its middle.
        ("“The budget is balanced,” said José Gómez, the mayor.", "José Gómez"),
        # Hyphens, apostrophes and inner capitals read as before.
        ("“The plan is sound,” said Ana O'Neill.", "Ana O'Neill"),
        ("“The plan is sound,” said Jean-Luc Martin, a trader.", "Jean-Luc Martin"),
        ("“We will appeal the ruling,” Ron DeSantis said.", "Ron DeSantis"),
        ("“We will appeal the ruling,” said Ana McDonald.", "Ana McDonald"),
        ("President Abdel Fattah al-Sisi spoke on Monday.\n\n“Egypt is safe and stable,” al-Sisi said.",
         "Abdel Fattah al-Sisi"),
    ],
)
def test_a_name_with_a_capital_beyond_ascii_speaks(text, speaker):
    assert _speakers(text) == [speaker]


def test_a_lower_case_word_with_an_accent_is_no_name():
    # "él" opens with a small letter: the sentence's named subject speaks, not the word.
    assert _speakers("Ana Ruiz said: “Él no está aquí, se fue ayer.”") == ["Ana Ruiz"]


def test_widened_ranges_read_capitals_and_small_letters_only():
    capital, small = name_pattern(r"[A-Z]"), name_pattern(r"[a-z]")
    assert all(capital.fullmatch(c) for c in "ÁÖŁŞŻĐΩЖ") and not any(capital.fullmatch(c) for c in "áöłşżđωж×1-")
    assert all(small.fullmatch(c) for c in "áöłşżđωжß") and not any(small.fullmatch(c) for c in "ÁÖ÷1-")
    assert unicode_names(unicode_names(r"[A-Za-z]")) == unicode_names(r"[A-Za-z]")  # widening twice changes nothing
    assert re.fullmatch(f"[{UPPER}][{LOWER}]+", "Gurría")
