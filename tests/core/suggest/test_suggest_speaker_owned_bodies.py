"""A country's or a company's body opening the sentence that frames a quote ("Russia’s Defense Ministry on Sunday
confirmed … “…”") speaks, named as the story names it, not the country alone."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_an_owned_body_with_a_day_before_its_verb_frames_the_quote():
    text = ("Strikes\n\nRussia’s Defense Ministry on Sunday confirmed the weapon’s use, to strike Ukrainian “military "
            "command and control facilities,” air bases and plants.")
    assert _speakers(text) == ["Russia’s Defense Ministry"]


def test_a_person_named_after_a_possessive_role_stays_the_speaker():
    text = ("Row\n\nThe mayor spoke first.\n\nRuiz’s lawyer Tom Lee on Monday called the claim “plain nonsense that we "
            "will fight in court”.")
    assert _speakers(text) == ["Tom Lee"]  # the owned-body rule takes no "Ruiz’s lawyer Tom Lee"


def test_a_capitalised_description_in_apposition_makes_its_person_the_subject():
    text = ("Smoking ban\n\n\"We will ban smoking in public places,\" said First Minister Jack McConnell.\n\n"
            "The Scottish National Party's Holyrood leader, Nicola Sturgeon, welcomed the move. She said: \"The time has "
            "come for a ban on smoking in public places.\"")
    assert _speakers(text) == ["Jack McConnell", "Nicola Sturgeon"]


def test_the_person_in_apposition_to_a_role_reports_the_phrase():
    text = ("Ban\n\nThe Scottish Green Party's health spokeswoman, Eleanor Scott, said she was pleased Scotland would be "
            "following the \"success stories of New York and Ireland\".")
    assert _speakers(text) == ["Eleanor Scott"]


def test_a_person_s_statement_speaks_for_the_person():
    text = ("Crosby\n\nMr Howard appointed Lynton Crosby as his elections chief. Mr Crosby's statement said: \"The "
            "Conservative Party has been making an impact on the issues.\" It added: \"Labour will do all it can.\"")
    assert _speakers(text) == ["Lynton Crosby", "Lynton Crosby"]


def test_the_ministry_is_the_one_named_with_and_in_its_name():
    text = ("Korea\n\nThe Finance and Economy Ministry said it would spend more. \"The focus will be on job creation,\" "
            "the ministry said.")
    assert _speakers(text) == ["Finance and Economy Ministry"]
