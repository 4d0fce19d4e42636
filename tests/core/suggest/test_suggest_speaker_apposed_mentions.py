"""A source named in apposition after a place ("his neighbour in Ohio and New York, Ana Ruiz, said") is the person."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_the_name_in_apposition_after_a_place_is_the_source_for_the_next_paragraph():
    text = ("A financier's friends\n\nThe magazine ran a long profile of the financier in 2002.\n\n"
            "\"Great guy,\" his neighbour in both Ohio and New York, Ana Ruiz, said in the story.\n\n"
            "\"He is a lot of fun to be with, and he likes the same things I do.\"")
    assert _speakers(text) == ["Ana Ruiz"]


def test_the_name_in_apposition_after_a_title_of_a_place_is_the_source():
    text = ("A city in mourning\n\nThe flood reached the centre of Leeds late on Monday.\n\n"
            "\"Fine,\" the mayor of Leeds, Ana Ruiz, said on Tuesday.\n\n"
            "\"We will rebuild every street that the water has taken from us.\"")
    assert _speakers(text) == ["Ana Ruiz"]


def test_a_place_in_apposition_is_no_source():
    text = ("A warning from the ice\n\nTourists are flocking to the coast of the south, near Dunedin and Christchurch, "
            "New Zealand, said the report.\n\n\"Penguins are highly susceptible to infectious diseases.\"")
    assert "New Zealand" not in _speakers(text)
