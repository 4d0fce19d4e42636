"""Things sharing a town's name (a person with initials or named by kin, a craft, a firm's partner) for the location suggester."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.locations import suggest_locations


def named(text: str) -> list[str]:
    """The matched texts in text order."""
    return [text[s.start:s.end] for s in suggest_locations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She voted for George H.W. Bush in Houston.", ["Houston"]),
        ("The gift came from Maurice A. Webb of Dallas.", ["Dallas"]),
        # Another name of a country ending a person's name: the person, in every mention.
        ("“It is right,” Mann writes, and Michael Mann lives in Boston.", ["Boston"]),
        ("Tax havens like Jersey and Mann lost business.", ["Jersey", "Mann"]),
        # An earlier bare mention is the person too.
        ("He served in the administration of Bush before George H.W. Bush thanked him in Houston.", ["Houston"]),
        # A place's initials after a place, or a country's own name before "U.S.", leave the place.
        ("Officials in Washington D.C. Mayor's office agreed.", ["Washington D.C."]),
        ("She met the Georgia U.S. Senate candidate in Atlanta.", ["Georgia", "Atlanta"]),
        ("He lived in Allen, Texas.", ["Allen", "Texas"]),
    ],
)
def test_a_towns_name_beside_initials_is_a_persons(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smith and his wife, Elizabeth, moved to Ohio last year. Elizabeth said she was happy.", ["Ohio"]),
        ("Their son Allen stayed behind in Omaha.", ["Omaha"]),
        # Kin elsewhere in the sentence, or a locative word between, leave the town.
        ("His daughter lives in Elizabeth now.", ["Elizabeth"]),
        ("Her husband grew up in Allen, Texas.", ["Allen", "Texas"]),
    ],
)
def test_a_name_after_a_possessive_and_a_kinship_noun_is_a_persons(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The book is good, de Miranda writes, and Miranda says Boston agrees.", ["Boston"]),
        ("Critics in Boston, said van Allen, were kind.", ["Boston"]),
        # A capitalised word before the particle makes a longer name, not a surname.
        ("They flew from Rio de Janeiro to Boston.", ["Rio de Janeiro", "Boston"]),
    ],
)
def test_a_towns_name_after_a_lower_case_surname_particle_is_a_persons(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Rosetta spacecraft will crash into the comet. After Rosetta lands, engineers in Darmstadt will celebrate.",
         ["Darmstadt"]),
        # No craft word in the text: the town.
        ("He was born in Rosetta, Egypt, in 1950.", ["Rosetta", "Egypt"]),
    ],
)
def test_a_towns_name_given_to_a_craft_is_the_craft_throughout(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He works at Allen & Company in Idaho.", ["Idaho"]),
        ("The deal went to Smith & Allen, a law firm in Ohio.", ["Ohio"]),
        # Places joined by "&" stay places.
        ("Trade with Trinidad & Tobago grew.", ["Trinidad", "Tobago"]),
        ("They flew to Dallas & Houston on Monday.", ["Dallas", "Houston"]),
    ],
)
def test_a_towns_name_joined_by_an_ampersand_to_a_word_that_is_no_place_is_a_firms(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Why Delhi’s air is so bad\n\nThe air over Delhi is still.", ["Delhi", "Delhi"]),
        ("How Boston rebuilt its harbor after the storm.", ["Boston"]),
        # A capitalised given name opening a sentence still makes a person.
        ("Jackson Smith spoke in Boston.", ["Boston"]),
    ],
)
def test_a_question_word_opening_a_sentence_makes_no_persons_name_of_the_place(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A capitalised word before a country's other name made "Britain" a surname and dropped every mention;
        # where the text also writes the place after a locative word, the name is the place throughout.
        ("They say Brexit Britain wants new friends. Trade between Britain and India fell, and Britain’s ministers flew to "
         "Delhi.", ["Britain", "India", "Britain", "Delhi"]),
        # A person is talked to and quoted from: "to Mann" is no place use.
        ("“It is warming,” Mann writes. According to Mann, Michael Mann's data hold.", []),
        # No place use anywhere: the person's surname, every mention.
        ("“It is right,” Mann writes, and Michael Mann lives in Boston.", ["Boston"]),
        # Only a given name makes the country's other name a surname: a party before it does not.
        ("Kemp said: “With Labour Britain is working.” The problems facing Britain are many.", ["Britain", "Britain"]),
    ],
)
def test_a_country_s_other_name_after_a_capital_is_a_person_only_when_never_the_place(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A town's name given to a reactor or a nuclear or power plant names the plant, in its bare mentions too.
        ("Fuel will be loaded into the Kursk reactor in May. Delays on Kursk angered Oslo.", ["Oslo"]),
        ("Crews left the Rivne nuclear power plant. Rivne supplies the grid, Kyiv said.", ["Kyiv"]),
        ("The Arak atomic station was shut. Critics of Arak wrote to Oslo.", ["Oslo"]),
        # A locative word before a bare mention keeps the town where the plant stands.
        ("The Kursk reactor is old; protesters gathered in Kursk on Monday.", ["Kursk"]),
        # A plain "plant" after a town is the town's plant; a large city keeps its name.
        ("Workers at the Leuven plant of the brewer struck. Leuven is quiet.", ["Leuven", "Leuven"]),
        ("The Tokyo reactor study was read in Tokyo.", ["Tokyo", "Tokyo"]),
    ],
)
def test_a_towns_name_given_to_a_nuclear_or_power_plant_is_the_plant_throughout(text, expected):
    assert named(text) == expected


def test_a_town_that_is_a_given_name_before_a_capitalised_word_is_a_person_s_name():
    text = ("Seeds\n\n9 David Nalbandian (Argentina)\n\n10 Vera Zvonareva (Russia)\n\n"
            "He flew to David, Panama, and on to Florence for talks.")
    found = [(text[s.start:s.end], s.attributes["place"]) for s in suggest_locations(text)]
    assert ("David", "David") in found and ("Florence", "Florence") in found  # the towns, where no surname follows
    assert [t for t, _ in found].count("David") == 1 and "Vera" not in [t for t, _ in found]


def test_a_small_town_heading_another_name_gets_no_cue_from_its_country():
    text = ("Council tax\n\nThe Liberal Democrats want a local income tax of the kind seen in the USA. St. Louis Park "
            "Mayor Jake Spano was in Liberal, Kansas.")
    assert named(text) == ["USA", "St. Louis Park", "Liberal", "Kansas"]
