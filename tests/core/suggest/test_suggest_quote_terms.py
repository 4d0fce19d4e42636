"""A headline's quoted fragment and a survey's rated term are no quotes; a crosshead made of a quote still is."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes


def _quoted(text: str) -> list[str]:
    return [text[s.start:s.end] for s in suggest_quotes(text)]


def test_a_fragment_quoted_in_an_entry_heading_is_no_quote():
    text = ("Live: border clashes\n\nThe premier convened his cabinet on Wednesday morning.\n\n"
            "Premier calls the neighbour's strikes an ‘act of open war’\n\n"
            "In a statement, Premier Ana Ruiz said that “we have every right to give a robust response to this act of war.”")
    assert _quoted(text) == ["we have every right to give a robust response to this act of war."]


def test_a_crosshead_made_of_a_quote_stays_a_quote():
    text = ("Panel hears the envoy\n\nThe envoy spoke for nine hours on Tuesday.\n\n“My fears have been realized”\n\n"
            "He said the plan had gone wrong from the start.")
    assert _quoted(text) == ["My fears have been realized"]


def test_the_same_fragment_inside_a_sentence_stays_a_quote():
    text = "Talks fail\n\nThe premier calls the neighbour's strikes an ‘act of open war’ and vows a response.\n\nMore soon."
    assert _quoted(text) == ["act of open war"]


def test_a_trait_rated_by_a_survey_is_a_term_not_speech():
    text = ("Poll: voters split\n\nAbout 3 in 10 voters say that “committed to the country” describes Ruiz better, "
            "while 2 in 10 say it describes Lee better.\n\n“It is a close race,” pollster Tom Reyes said.")
    assert _quoted(text) == ["It is a close race"]


def test_a_quote_handed_over_with_its_comma_before_the_verb_stays_a_quote():
    text = ("A long fight\n\nTom Reyes, who puts his legal costs \"in the seven figures,\" described the strain as "
            "\"horrendous, it really affects your mind.\"\n\n\"It's a scene I know well,\" describes one neighbour, Ana Ruiz.")
    assert "in the seven figures" in _quoted(text)
    assert "It's a scene I know well" in _quoted(text)
