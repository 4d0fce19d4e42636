"""Place names that are part of another name: titles of works, shops, gangs, agencies and facilities."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.locations import suggest_locations
from newsmark.core.suggest.namecontext import titles_of_works


def named(text: str) -> list[str]:
    """The matched texts in text order."""
    return [text[s.start:s.end] for s in suggest_locations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She starred in “Midnight in Paris” before moving to Rome.", ["Rome"]),
        ('The film "Once Upon a Time in Mexico" opened in Denver on Friday.', ["Denver"]),
        ("He won for “Last Train From Berlin,” a thriller.", []),
        # Speech, a sentence, or a single quoted word is no title: the place stays.
        ("“We will rebuild Kharkiv,” the mayor said.", ["Kharkiv"]),
        ('Protesters in "Paris" wore yellow vests.', ["Paris"]),
    ],
)
def test_a_place_inside_a_quoted_title_of_a_work_is_part_of_the_title(text, expected):
    assert named(text) == expected


def test_titles_of_works_are_title_case_quotations_of_three_words_or_more():
    text = 'In "The Road to Rome" and “Back Home” she said “we will go to Rome soon”.'
    assert [text[a:b] for a, b in titles_of_works(text)] == ["The Road to Rome"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They would rather shop at Bloomingdale's, she said.", []),
        ("Shoppers queued at Harrods and Bloomingdale’s.", []),
        # A possessive that goes on to its noun is the town's: "Bloomingdale's mayor".
        ("Voters met in Bloomingdale's town hall.", ["Bloomingdale"]),
        ("Russia's army advanced, and China's did too.", ["Russia", "China"]),
    ],
)
def test_a_towns_name_with_a_possessive_that_ends_its_phrase_is_a_shop(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He was a member of Mexico's Sinaloa drug cartel.", ["Mexico"]),
        ("The Sinaloa cartel and the Jalisco cartels are rivals.", []),
        ("Troops were sent to Sinaloa and Jalisco.", ["Sinaloa", "Jalisco"]),
    ],
)
def test_a_place_before_cartel_names_the_gang(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. Customs and Border Protection seized the boat.", []),
        ("The U.S. Border Patrol arrested 40 people near Texas.", ["Texas"]),
        ("The U.S. Coast Guard rescued the crew.", []),
        ("He was taken to the Spanish Town Police Station.", []),
        ("Miami-Dade Police said the driver fled.", []),
        ("The plane left Denver Airport late.", []),
        # A title or an institution's modifier keeps the place.
        ("U.S. Secretary of State Antony Blinken arrived.", ["U.S."]),
        # A chamber's name holds its place (bench/blind15's "US Senate", blind17's "U.S. House"); a government's does not.
        ("The U.S. Senate and the UK Government agreed.", ["UK"]),
        ("U.S. officials said so.", ["U.S."]),
    ],
)
def test_a_place_opening_an_agencys_or_a_facilitys_name_is_part_of_that_name(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An agency's name "X of Place" holds its place; so does a university's, with its campus town.
        ("The head of the Port Authority of Kenya will speak.", []),
        ("A memo from the Monetary Authority of Singapore leaked.", []),
        ("She teaches at the University of Michigan, Dearborn, and lives nearby.", []),
        ("He studied at the College of Charleston, then moved.", []),
        ("A professor at the University of Texas said so.", []),
        # Must not fire: a place in its own right, or an office that is no agency.
        ("She flew to Berkeley, California, on Monday.", ["Berkeley", "California"]),
        ("The mayor of Nairobi met the president of Kenya.", ["Nairobi", "Kenya"]),
    ],
)
def test_an_agency_or_a_universitys_name_holds_its_place(text, expected):
    assert named(text) == expected
