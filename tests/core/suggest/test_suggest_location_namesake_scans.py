"""How often the namesake pass reads the whole text: once per name, not once per mention."""

from __future__ import annotations

from newsmark.core.suggest import placenamesakes
from newsmark.core.suggest.locations import suggest_locations


def test_a_country_s_other_name_is_looked_up_as_a_place_once_however_often_it_is_written(monkeypatch):
    # Each "Tom Britain" (a given name before the country's other name) asks whether the text ever writes "in
    # Britain"; asking once per mention made the pass quadratic (a 5 MB article took minutes).
    asked = []
    written_as_place = placenamesakes._written_as_place

    def counted(text, name):
        asked.append(name)
        return written_as_place(text, name)

    monkeypatch.setattr(placenamesakes, "_written_as_place", counted)
    text = " ".join(f"Critics of Tom Britain spoke for the {n}th time." for n in range(4, 34))
    suggest_locations(text)
    assert asked == ["Britain"]


def test_a_place_s_preposition_is_a_whole_word_before_the_whole_name():
    assert placenamesakes._written_as_place("Trade between Britain and India fell.", "Britain")
    assert placenamesakes._written_as_place("Born in Britain", "Britain")
    assert placenamesakes._written_as_place("Jobs in Britain’s north went first.", "Britain")
    assert not placenamesakes._written_as_place("A margin Britain could not close.", "Britain")  # "in" inside a word
    assert not placenamesakes._written_as_place("Sales in Britains fell.", "Britain")  # a longer word
    assert not placenamesakes._written_as_place("He spoke to Britain's envoy.", "Britain")  # "to": people too
