"""Numbers that name or label rather than count (``figurenames``): titles, names, emergency numbers, addresses, labels."""

from __future__ import annotations

import pytest

from tests.core.suggest.figurecheck import spans as _spans


@pytest.mark.parametrize(
    "text",
    [
        # A capitalised number word inside running text names a league, a band or a group.
        "Fans said the Big Ten had lost its way this autumn.",
        "Critics disliked the new Fantastic Four.",
        "She has long had an anti-Big Ten view.",
        # Titles of lists, awards and reports: digits leading capitalised words.
        "The chemist was named last year (see 30 Under 30, 2019) and now works at a lab.",
        "The newsroom's earlier piece, “12 Ideas That Changed Medicine”, is still read widely.",
        "Our list of the 25 Best Places To Work 2021 was published by the editors last week.",
        "The startup was profiled earlier (see “40 Fastest Growing Firms: Acme”) by the magazine's staff.",
        # The emergency number after a verb of calling; a street number before a compass point.
        "Witnesses were calling 911 as the fire spread.",
        "A neighbour dialled 999 at once.",
        "People in crisis can text 988 at any hour.",
        "The bakery is at 450 W. Grand River, close to the park.",
        # Labels of a sequence, like ordinals.
        "Talks are planned on days two and five of the summit.",
        "The finals are in games six or seven, the coach thought.",
        # Basketball terms.
        "The guards shot poorly from three-point range.",
        "He hit a big three over his defender and an early three, then left.",
        "She is a true two-way player.",
        # A channel and a championship are names, in a list's line too; a place in a chart is a rank.
        "Little Britain (BBC Three)\n",
        "The Simpsons (Twentieth Century Fox, BBC Two/Sky One/Channel 4)\n",
        "Vickery out of Six Nations\n",
        "He was hurt in the 2005 Six Nations.",
        "Their 2002 single reached number 12, and the album went straight in at number three.",
        "What is the number 4 in this number 40052308090?",
        # Places in a ranked list or chart without "number" (round 43).
        "Newcomers to the annual list included Ana Ruiz at seven and Tom Lee at 19.",
        "Big risers on the list included the presenting duo at five, up from 13 in 2004.",
        "The single pushed the old song down the chart to three.",
        "It stayed at the top of the charts, while another song crept up from six to five.",
        "The thriller dropped a place to three.",
    ],
)
def test_a_number_that_names_is_no_figure(text):
    assert _spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ten people died in the fire.", ["Ten"]),  # a sentence's first word
        ("He said 20 Senate Democrats voted against it.", ["20"]),  # a count of named things
        ("She bought 3 Apple Watches for the team.", ["3"]),
        ("The agency said 911 dollars were stolen.", ["911"]),
        ("3 S. Korean soldiers were hurt.", ["3"]),
        ("In two days two people died.", ["two", "two"]),
        ("The party unveiled a three-point plan and a two-year budget.", ["three", "two"]),
        ("Police arrested a further three.", ["three"]),
        ("The fund raised “50 million dollars” for research.", ["50 million"]),
        ("Six nations signed the pact, and the BBC said three more would.", ["Six", "three"]),
        ("England's 19-13 Six Nations loss to Ireland hurt.", ["19", "13"]),
        ("The single sold 12,000 copies and the number of downloads rose to 3 million.", ["12,000", "3 million"]),
    ],
)
def test_a_number_that_counts_stays_a_figure(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A number the text writes again and again inside one name: a game, a rapper, a film.
        "Valve's Half-Life 2 dominated the games prizes. Sales of Half-Life 2 have since slowed.",
        "US rap star 50 Cent has said he will go on. 50 Cent's crew agreed.",
        "Ocean's Twelve, the crime caper, opened well. Ocean's Twelve stars George Clooney.",
        # A title's capitalised scale word; the channel a text names as one, wherever its word stands alone.
        "Clint Eastwood's Million Dollar Baby beat The Aviator.",
        "TV channel Five was criticised. The ASA contacted Five, and Five admitted it had sent the packs.",
        # The first of two days joined before their month.
        "The festival is held on 20 and 21 August in Essex.",
        "Bands play over the weekend of 9 and 10 July.",
    ],
)
def test_a_name_written_again_and_a_day_before_another_are_no_figures(text):
    assert _spans(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Written again, but counting: a plural noun after it, a maker's model, a score, a one.
        ("Emirates ordered 30 Boeing 787 jets. After its order of 30 Boeing jets, it ordered more.", ["30", "30"]),
        ("Smith 2 goals, Jones 4 saves. Later Smith 2 goals again.", ["2", "4", "2"]),
        ("He sold 20 and 21 copies in May.", ["20", "21"]),
        ("TV channel Five was criticised. Five people complained.", ["Five"]),
        # A chart's places count, as the gold sets read them.
        ("The band has had 10 singles breaking into the Top 40.", ["10", "40"]),
        ("Its second new chart - the Pop 100 - also combines sales.", ["100"]),
    ],
)
def test_a_count_written_again_stays_a_figure(text, expected):
    assert _spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A number after "to" or "at" counts where no chart, list or places are told of.
        ("The death toll rose to 15, officials said.", ["15"]),
        ("The age of majority was reduced to 18 in 1969 but the old laws stayed in place.", ["18"]),
        ("Seats won in 1997 compared to 411 in the 2024 list of results.", ["411"]),
        ("Another band slipped two places to four with its single.", ["two"]),  # the places it fell count
        # The US charts' sizes count as "the Top 40" does, written again or not; New York's radio "Hot 97" does not.
        ("Prizes include Hot 100 songwriter of the year and Billboard 200 album of the year. The duo is up for "
         "Billboard 200 album of the year too.", ["100", "200", "200"]),
        ("The single topped the Billboard Hot 100 chart. New York radio station Hot 97 played it first.", ["100"]),
    ],
)
def test_a_number_after_to_or_at_outside_a_chart_is_a_figure(text, expected):
    assert _spans(text) == expected
