"""The edges of a speaker's name: the whole name the article gives, no place or role glued on (sentences written for them)."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.namings import naming_subject
from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.speakers import person_name


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Capitalised particles belong to the name, also when a later attribution gives the surname alone.
        ("On Monday actor Ralph De La Cruz left the show.\n\n\"It was time to go home,\" De La Cruz said.",
         ["Ralph De La Cruz"]),
        ("Marta Van Den Berg runs the clinic.\n\n\"We are short of nurses every night,\" said Van Den Berg.",
         ["Marta Van Den Berg"]),
        ("The singer Paul Von Essen was booed.\n\n\"I did not expect that at all,\" Von Essen said.", ["Paul Von Essen"]),
    ],
)
def test_capitalised_particles_stay_in_the_name(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Ralph De La Cruz", "Ralph De La Cruz"),
        # Four plain capitalised words are still an organisation glued before a person.
        ("Super Value Debra Symonette", "Debra Symonette"),
        ("Acme Steel Ana Ruiz", "Ana Ruiz"),
    ],
)
def test_four_word_runs(phrase, name):
    assert person_name(phrase) == name


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A title "to"/"of" a place before the name: the place belongs to the title, for the surname later too.
        ("Peru's ambassador to Spain Tomas Quispe has said that Lima will \"never accept such terms\".\n\n"
         "Quispe said the talks were over. \"We have nothing more to discuss with them,\" he added.",
         ["Tomas Quispe", "Tomas Quispe"]),
        ("The envoy to Kenya Mary Otieno spoke first.\n\n\"Aid will arrive by Friday,\" Otieno said.", ["Mary Otieno"]),
        # A surname given first ("Wang Lei") is found by its first word with the rest of the name.
        ("Beijing's consul in Perth Wang Lei criticised the ban.\n\n\"This is a political decision,\" Wang said.",
         ["Wang Lei"]),
    ],
)
def test_a_place_after_a_title_is_not_part_of_the_name(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A name's suffix keeps its full stop and is not another person's "Jr."
        ("Mark Hale Jr., 40, was charged in May.\n\nProsecutor Dan Ortiz Jr. said \"no one is above the law here.\"",
         ["Dan Ortiz Jr."]),
        ("\"We will appeal the ruling,\" said Thomas Grant Sr.", ["Thomas Grant Sr."]),
    ],
)
def test_name_suffixes(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A possessive of a plural common noun is part of the name, not its owner.
        ("The People's Herald said \"every bed is taken tonight.\"", ["People's Herald"]),
        ("On Friday the Farmers’ Almanac warned that the winter would be \"long and very cold\".", ["Farmers’ Almanac"]),
        ("The Actors' Equity Association issued a statement calling Davis \"an icon in the American theatre\".",
         ["Actors' Equity Association"]),
        ("The Professional Footballers' Association said \"the players deserve better than this.\"",
         ["Professional Footballers' Association"]),
        # An owner that is a name or place still owns: the person after it speaks.
        ("\"We will not cut the budget,\" said Acme's Ana Ruiz.", ["Ana Ruiz"]),
        ("Britain's Ana Ruiz said \"the vote was fair and open.\"", ["Ana Ruiz"]),
    ],
)
def test_collective_possessives_are_part_of_a_name(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A writing from a named body speaks for the body.
        ("\"Demand will stay weak into next year,\" said a report from Northgate Capital Partners.",
         ["Northgate Capital Partners"]),
        ("\"Prices rose faster than wages,\" according to a study by the Hollis Institute.", ["Hollis Institute"]),
        # A writing from an unnamed body stays the phrase's head.
        ("\"Demand will stay weak into next year,\" said a report from the bank.", ["report from the bank"]),
    ],
)
def test_a_writing_from_a_named_body(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # An adverb between the name and the verb.
        ("\"Can I stay one more week?\" Ruiz quietly asked.\n\nAna Ruiz had been ill.", ["Ana Ruiz"]),
        ("\"I never wanted this,\" Tom Fry tearfully said.", ["Tom Fry"]),
    ],
)
def test_an_adverb_before_the_verb(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("head", "who"),
    [
        ("He lost in what host Tom Berg described as the ", "Tom Berg"),
        ("The plan, which opposition leader Ana Ruiz dubbed a ", "Ana Ruiz"),
        # Not a person named after a preposition: "the mother of X" is not X.
        ("the mother of Ana Ruiz called it ", ""),
        ("Analysts called it the ", "Analysts"),
    ],
)
def test_a_described_name_before_a_naming_verb(head, who):
    assert naming_subject(head) == who


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Words someone gave, named by a noun of speech and "from"/"by" the speaker.
        ("Ana Ruiz leads the party. Tom Fry said the cuts were unfair.\n\n"
         "The cuts followed orders from Ruiz to \"close every office by June\".",
         ["Ana Ruiz"]),
        ("Tom Fry runs the mill. Ana Ruiz said staff were angry.\n\n"
         "It came after a warning by Fry that \"nobody will be paid this month\".", ["Tom Fry"]),
        ("Ana Ruiz met staff. There were calls from Lee Park for \"a full and open inquiry\".", ["Lee Park"]),
    ],
)
def test_words_from_a_named_person(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A description, then its name in apposition, opens the sentence before a pronoun's quote.
        ("Tom Fry spoke first.\n\nThe company that owns the stadium, Halden Leisure Group, denies any fault.\n\n"
         "\"We followed every rule,\" they said.", ["Halden Leisure Group"]),
        ("Ana Ruiz was in court.\n\nHer lawyer, Tom Fry, disputed the charge.\n\n\"She was at home that night,\" he said.",
         ["Tom Fry"]),
    ],
)
def test_a_named_apposition_opening_the_sentence_before(text, speakers):
    assert _speakers(text) == speakers


def test_a_name_deep_in_a_clause_is_not_the_sentence_subject():
    text = ("Ana Ruiz spoke for an hour.\n\nThe nurse said she rang her sister, Maria Lopez, "
            "for advice. \"I did not know what else to do,\" she said.")
    assert _speakers(text) == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # An occupation opening the sentence is capitalised for it, not part of the name.
        ("Actor Ralph De La Cruz left the show.\n\n\"It was time to go home,\" De La Cruz said.", ["Ralph De La Cruz"]),
        ("\"I loved every minute of it,\" Rapper Ana Ruiz said.", ["Ana Ruiz"]),
        # The same word as a surname stays.
        ("Peter Singer wrote a book.\n\n\"Animals feel pain as we do,\" Singer said.", ["Peter Singer"]),
        # A name the looked-up word does not end, up to the sentence's full stop.
        ("\"We are ready to talk,\" said Khalid bin Omar Al Nasser. Later, bin Omar said \"we will invest more.\"",
         ["Khalid bin Omar Al Nasser", "Khalid bin Omar Al Nasser"]),
    ],
)
def test_occupations_and_names_that_run_on(text, speakers):
    assert _speakers(text) == speakers


def test_a_run_on_holding_a_number_is_no_name():
    """Digits end a name (``person_name`` gives none): the surname keeps the name before them, no crash."""
    text = 'Minister Ana Ruiz Covid19 spoke first.\n\nLater, "We are ready," Ruiz said.'
    assert _speakers(text) == ["Ana Ruiz"]
