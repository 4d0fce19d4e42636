"""How the quote suggester writes a speaker's name: styles, particles, words glued before a name (sentences written for them)."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.speakers import person_name


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # A style before a single name is part of how the person is named.
        ("Prince Harry", "Prince Harry"),
        ("Princess Anne", "Princess Anne"),
        ("Pope Leo", "Pope Leo"),
        ("Foreign Secretary Lord Cameron", "Lord Cameron"),
        ("Queen Margrethe", "Queen Margrethe"),
        # Not with a surname after the given name, and not an office.
        ("Sir Keir Starmer", "Keir Starmer"),
        ("Dame Judi Dench", "Judi Dench"),
        ("Crown Prince Frederik Andersen", "Frederik Andersen"),
        ("President Biden", "Biden"),
        ("Mr. Marcus", "Marcus"),
    ],
)
def test_a_style_before_a_single_name_stays(phrase, name):
    assert person_name(phrase) == name


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Later mentions by the given name alone resolve to the styled name first given.
        ("Prince Edmund opened the new ward on Monday.\n\n“It is a wonderful place to heal,” Edmund said.",
         ["Prince Edmund"]),
        ("Princess Ilse and her husband toured the port.\n\n“The sea has been kind to us,” Ilse said. "
         "“We will be back,” she added.", ["Princess Ilse", "Princess Ilse"]),
        ("Lord Ashby, the former minister, spoke first.\n\n“The bill is a mistake,” Ashby told peers.", ["Lord Ashby"]),
        # A knight is named by his given name and surname.
        ("Sir Roland Pike opened the debate.\n\n“We cannot wait,” Pike said.", ["Roland Pike"]),
        ("Sir Roland Pike opened the debate.\n\n“We cannot wait,” Sir Roland said.", ["Roland Pike"]),
    ],
)
def test_styled_names_resolve(text, speakers):
    assert _speakers(text) == speakers
