"""A town's name that names a person's law or disease, or a body its apposition names, is no location."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.locations import suggest_locations


def _places(text: str) -> list[str]:
    return [text[s.start:s.end] for s in suggest_locations(text)]


@pytest.mark.parametrize("text", [
    "Chips kept pace with Moore’s Law for decades.",
    "She was found to have Parkinson's disease last year.",
    "said Ana Ruiz, a researcher at Mila, an AI research institute in Canada.",
    "He joined Lima, a start-up that sells solar lamps.",
])
def test_a_towns_name_for_a_law_a_disease_or_a_named_body_is_no_location(text):
    assert _places(text) == [] or "Canada" in text and _places(text) == ["Canada"]


@pytest.mark.parametrize(("text", "place"), [
    ("She grew up in Moore, a suburb of Oklahoma City.", "Moore"),
    ("They met in Lima, a city of ten million.", "Lima"),
    ("Workers left Flint, a company town, in the 1980s.", "Flint"),
    ("Moore's residents voted on Tuesday.", "Moore"),
])
def test_a_town_described_as_a_town_stays_a_location(text, place):
    assert place in _places(text)
