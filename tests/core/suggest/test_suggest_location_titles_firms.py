"""A place inside a royal's or an office's title, a firm's two names, an index's, a consortium's or a vessel's name is
no location."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.locations import suggest_locations


def named(text: str) -> list[str]:
    """The matched texts in text order."""
    return [text[s.start:s.end] for s in suggest_locations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A royal's title, a royal estate and a capitalised office with "of".
        ("The Prince of Wales did receive over £4m from government departments.", []),
        ("Aides from the Duchy of Lancaster and the Duchy of Cornwall will appear before MPs.", []),
        ("The line has the support of the Mayor of London, Ken Livingstone, and of firms in Leeds.", ["Leeds"]),
        # Lower case "mayor of" is a town's mayor; "Grand Duchy of Luxembourg" is the country's own name.
        ("Officials met the mayor of Frankfurt in the morning.", ["Frankfurt"]),
        ("Banks in the Grand Duchy of Luxembourg grew.", ["Grand Duchy of Luxembourg"]),
    ],
)
def test_a_title_of_a_place_is_no_location(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two names whose initials the text writes as the firm's short name.
        ("The UK's biggest brewer, Scottish and Newcastle (S&N), is to buy a stake in a brewer in India.", ["UK", "India"]),
        ("Buy-to-let will grow, said mortgage lender Bradford & Bingley. B&B said rents were firm.", []),
        # Without the initials, two places joined by "and" stay places.
        ("Trade between France and Germany rose, as did trade between Leeds and Bradford.",
         ["France", "Germany", "Leeds", "Bradford"]),
    ],
)
def test_a_firms_two_names_with_its_initials_are_no_places(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany's benchmark Dax index closed the day lower, while shares in Paris rose.", ["Germany", "Paris"]),
        ("Rover was sold for £10 to the Phoenix consortium five years ago.", []),
        ("The three main US indices were 2% higher by noon.", ["US"]),
        ("Its cranes lifted the sunken Russian submarine Kursk from the sea bed.", []),
        # "ship" is a verb as often as a noun.
        ("Miners ship Wyoming's coal around the country.", ["Wyoming"]),
    ],
)
def test_an_index_a_consortium_or_a_vessel_named_after_a_town(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An everyday word's town heading a capitalised name is the name, a locative cue before it or not.
        ("It came from Liberal Democrat spokesman David Heath, and the vote split between the Liberal Democrats and "
         "Respect. He was born in Liberal, Kansas.", ["Liberal", "Kansas"]),
        ("Researchers from the University of the Highlands and Islands and Southampton met.", ["Southampton"]),
        # A given name before a surname that is only an odd alternate name of a big city ("Lim" for Lima).
        ("\"I care about myself,\" implored guitar-toting campaigner Barry Lim in Leeds.", ["Leeds"]),
        # A work's title between its kind and its author.
        ("A new book, Brown's Britain by Robert Peston, says there is animosity in Britain.", ["Britain"]),
    ],
)
def test_everyday_towns_in_names_given_names_and_titles_of_works(text, expected):
    assert named(text) == expected


def test_the_firms_initials_are_looked_for_once_per_text(monkeypatch):
    # Each "X and Y" pair of places once searched the whole text for "X&Y": quadratic on a long article (a 5 MB text
    # with thousands of pairs took minutes). The initials are now gathered in one scan per text.
    from newsmark.core.suggest import namecontext
    from newsmark.core.suggest.pertext import forget

    scans = []
    real = namecontext._AMPERSAND_INITIALS

    class Counting:
        def findall(self, text):
            scans.append(len(text))
            return real.findall(text)

    monkeypatch.setattr(namecontext, "_AMPERSAND_INITIALS", Counting())
    forget()
    text = "Trade between Leeds and York, Hull and Bath, Derby and Ely rose. Scottish and Newcastle (S&N) fell. " * 50
    found = [text[s.start:s.end] for s in suggest_locations(text)]
    assert len(scans) == 1
    assert "Newcastle" not in found and "Leeds" in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A production company, a film studio, a record label named after a place.
        ("Best comedy drama (Buffalo Productions, ITV1)\n", []),
        ("The deal was signed with Denver Pictures and Leeds Records in Leeds.", ["Leeds"]),
        # The cycling race: neither the country nor Tours; a tour of a country is the country.
        ("The site covered Euro 2004, the Tour de France and the US elections.", ["US"]),
        ("The band went on a tour of France last year.", ["France"]),
    ],
)
def test_a_studio_label_or_race_named_after_a_place_is_no_location(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A role a few words before "at" and a town's name: the employer, when nothing is ever in that town.
        ("\"It is exciting,\" said Jonas Guest, vice president for entertainment at Nokia.", []),
        ("An analyst at Jupiter said so.", []),
        # The text puts something in the town: a place; an everyday phrase is no role.
        ("He is a professor at Leeds, and lives in Leeds.", ["Leeds", "Leeds"]),
        ("She won a title on home ground at Hyderabad.", ["Hyderabad"]),
    ],
)
def test_a_town_named_as_someones_employer_is_no_location(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After a country an everyday thing's acronym names no body: the country stays.
        ("A US TV network is being sued for $2.5m.", ["US"]),
        ("The head of US TV network Fox has admitted it.", ["US"]),
        # After a town the acronym may be a show's or a station's name.
        ("He created FX's Legion and the Fargo TV series.", []),
    ],
)
def test_a_country_before_an_everyday_acronym_is_a_location(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title written in title case, its preposition capitalised, in running text: no place (round 43).
        ("Hill also worked with Carpenter on Escape From New York and The Fog, before she moved to Boston.", ["Boston"]),
        ("Lily Tuck's novel The News From Paraguay is a fictional tale about the country's leader and his lover.", []),
        # A headline in title case keeps its places; a sentence's own preposition is in lower case.
        ("Russian Shelling Kills Two In East Ukraine\n\nShelling killed two people on Monday.", ["Ukraine"]),
        ("She moved from New York to Boston in 1996 with her family.", ["New York", "Boston"]),
    ],
)
def test_a_title_in_title_case_holds_no_place(text, expected):
    assert named(text) == expected
