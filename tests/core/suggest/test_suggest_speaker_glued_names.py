"""A speaker phrase holding more than the person's name: an outlet run into a surname, a plural title before
coordinated names, a name written elsewhere without "the" staying whole."""

from __future__ import annotations

from newsmark.core.suggest.gluedsource import glued_surname
from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.speakers import person_name

_INTRO = "Flood inquiry opens\n\nThe witness, Carla Benning, lived by the river for thirty years.\n\n"


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_an_outlet_run_into_a_surname_is_the_person():
    text = _INTRO + "Speaking to the Daily Courier Benning recalled: “The water came through the floor in minutes.”"
    assert _speakers(text) == ["Carla Benning"]


def test_the_person_carried_on_is_the_person_too():
    text = _INTRO + ("Talking to the Harbour Gazette Benning said: “The water came through the floor.”\n\n"
                     "“We lost everything we owned,” she said.")
    assert _speakers(text) == ["Carla Benning", "Carla Benning"]


def test_a_full_name_after_no_article_stays():
    text = _INTRO + "Evening Ledger Benning, her cousin, said: “We never saw it coming.”"
    at = text.index("“")
    assert glued_surname(text, "Evening Ledger Benning", at, text.index("”") + 1) == ""


def test_a_body_after_the_stays():
    text = _INTRO + "A statement from the Riverside Water Board said: “The barriers held.”"
    at = text.index("“")
    assert glued_surname(text, "Riverside Water Board", at, text.index("”") + 1) == ""


def test_an_outlet_alone_after_the_stays():
    text = _INTRO + "“The barriers held,” said the Evening Ledger."
    assert glued_surname(text, "Evening Ledger", text.index("“"), text.index("”") + 1) == ""


def test_a_plural_title_before_coordinated_names():
    assert person_name("Senators Dana Whitlock") == "Dana Whitlock"
    assert person_name("Reps. Dana Whitlock") == "Dana Whitlock"


def test_a_plural_title_in_a_story():
    text = ("Budget passes\n\nThe bill won over Senators Dana Whitlock and Ray Coombs of Ohio on Tuesday.\n\n"
            "“It is the best bill we could get,” said Ms. Whitlock, who had opposed it.")
    assert _speakers(text) == ["Dana Whitlock"]


def test_no_plural_title_stays_the_name():
    assert person_name("Generalsson Dana Whitlock") == "Generalsson Dana Whitlock"
    assert person_name("Senator Dana Whitlock") == "Dana Whitlock"


def test_a_name_written_elsewhere_without_the_stays():
    text = ("Race tightens\n\nRuth Sanders of Ohio backs the plan. Dana Sanders leads the polls.\n\n"
            "“We will win,” said a spokesman for the Dana Sanders campaign.")
    assert glued_surname(text, "Dana Sanders", text.index("“"), text.index("”") + 1) == ""


def test_a_three_word_name_written_mid_sentence_stays():
    text = ("Owners object\n\nIn a cafe, Jhon Egoval Farias and others sat together.\n\n"
            "“We will not sell,” said Egoval Farias, 54.")
    assert _speakers(text) == ["Jhon Egoval Farias"]


def test_a_surname_with_a_particle_keeps_its_given_name():
    text = ("Dance show\n\nCarl Van Dorne was voted off on Monday.\n\nVan Dorne, 47, had danced for weeks.\n\n"
            "“It was the best time of my life,” he said.")
    assert _speakers(text) == ["Carl Van Dorne"]


def test_a_plural_noun_opening_a_sentence_before_lower_case_words_stays():
    assert person_name("Residents say they") != "say they"
    assert person_name("Representatives of some makers") != "of some makers"


def test_a_campaign_named_after_a_person_keeps_the_full_name():
    text = ("Race tightens\n\nVolunteers knock on doors for the Dana Sanders campaign.\n\n"
            "“We will win this state,” Sanders said on Monday.")
    assert _speakers(text) == ["Dana Sanders"]
