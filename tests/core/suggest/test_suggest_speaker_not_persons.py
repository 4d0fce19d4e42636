"""A region, an event, a place of a kind or a title-case headline's clause is never taken for a person's name."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.notpersons import not_a_person, without_weekday
from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.speakers import person_name


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("The Middle East", ""),  # a world region opening a section heading
        ("Latin America", ""),
        ("South Dakota", ""),  # a state
        ("Camp Northwind", ""),  # a company's event named as a camp
        ("Fort Ridley", ""),
        ("Regional Leaders Debate", ""),  # an event
        ("Harbour Jazz Festival", ""),
        ("Mayor Dodges Questions During Budget Hearing", ""),  # a title-case headline's clause
        ("Harbour Street Lighting", ""),  # a street inside a name: a project's or a study's title
        ("Picabo Street", "Picabo Street"),  # a surname may be a street word
        ("Glenford Ruiz", "Glenford Ruiz"),  # people stay people
        ("Ana Ruiz Friday", "Ana Ruiz"),  # a weekday run on after a name is when
        ("Dakota Johnson", "Dakota Johnson"),
        ("Mount", "Mount"),  # one word: a surname as much as a place
    ],
)
def test_person_name_is_empty_for_what_is_no_person(phrase, name):
    assert person_name(phrase) == name


def test_weekday_after_a_preposition_stays_in_a_phrase():
    assert without_weekday(["data", "on", "Thursday"]) == ["data", "on", "Thursday"]
    assert without_weekday(["Kansas", "Monday"]) == ["Kansas"]


def test_cities_are_left_to_the_callers():
    assert not not_a_person(("White", "House"))  # a city's alias in the gazetteer, a speaking body in news


def test_section_heading_naming_a_region_is_not_the_interviewees_subject():
    text = ("Ana Ruiz on the deal and the war\n\nAna Ruiz has been an envoy for ten years. She talks to me over tea.\n\n"
            "“I think the deal will hold,” Ruiz says.\n\nThe Middle East solution\n\nI ask Ruiz about the region; she has "
            "visited it often and so claims to “know the detail”.\n\n“The main challenge in the region is trust between "
            "the neighbours and nothing else.”")
    assert _speakers(text)[-2:] == ["Ana Ruiz", "Ana Ruiz"]


def test_an_event_named_after_the_company_is_not_the_company():
    text = ("Northwind on Thursday announced new features at its annual Camp Northwind event in Denver.\n\n"
            "Northwind says it will add a dark mode “later this summer,” with more to come.")
    assert _speakers(text) == ["Northwind"]


def test_a_role_is_not_resolved_to_an_event_in_a_title_case_headline():
    text = ("Prime Minister Dodges Questions During Regional Leaders Debate\n\nAna Ruiz faced her rivals on "
            "Saturday in a debate. Ruiz, who took office in May, spoke first.\n\nPressed on the budget, the prime minister said only: “We will balance it in "
            "three years and not before then.”")
    assert _speakers(text) == ["Ana Ruiz"]


def test_a_country_alone_as_subject_is_no_person_it_is_the_given_name_of():
    text = ("Defence Minister Georgia Makris said on Monday the talks were over.\n\n"
            "Relief groups have struggled to work in Georgia since the spring.\n\n"
            "Georgia argued in its submission that the questions were “biased and one-sided from the very start”.")
    assert _speakers(text)[-1] == "Georgia"


def test_a_given_name_that_is_no_place_of_the_story_still_grows_to_the_full_name():
    text = ("Georgia Makris, 12, has played the violin since she was five.\n\n"
            "Georgia said the competition was “the hardest thing I have ever done in my life”.")
    assert _speakers(text)[-1] == "Georgia Makris"
