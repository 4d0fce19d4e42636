"""A nationality standing for the person last told about ("said the American") and a possessive that ends a run of
capitals over a sentence's end ("A-levels. Her comments") name nobody new."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.mentions import named_mentions
from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_the_american_is_the_player_told_about_not_an_unnamed_american():
    text = ("Melzer stuns Agassi\n\nJurgen Melzer beat Andre Agassi in San Jose.\n\nAgassi said Melzer was an example of "
            "players willing to take their chances. \"A lot more guys are capable of it now,\" said the American.")
    assert _speakers(text) == ["Andre Agassi"]


def test_an_unnamed_american_with_more_words_stays_unnamed():
    text = "Poll\n\nVoters were split. \"It is a mess,\" said one American voter in Ohio."
    assert _speakers(text) == ["American voter in Ohio"]  # the nationality is no anaphor with a noun after it


def test_a_possessive_after_a_sentence_s_end_is_no_source():
    text = "Exams\n\nMs Kelly said reforms should build on GCSEs and A-levels. Her comments did not impress the Tories."
    assert named_mentions(text) == []


def test_a_broadcaster_named_before_he_said_is_no_he():
    text = ("Parry firm over Gerrard\n\nListen to the interview on the BBC Sport website.\n\nBut Parry, speaking "
            "exclusively to BBC Sport, also admits Gerrard, who has been linked with Chelsea, will have the final say on "
            "his future. He told BBC Five Live: \"Steven is above money. He is the future of Liverpool.\"\n\n"
            "Asked about next season, Parry said: \"I sincerely hope he will be here.\"")
    assert _speakers(text) == ["Parry", "Parry"]


def test_a_paper_reporting_that_someone_told_a_magazine_hands_over_the_words():
    text = ("Anelka\n\nAnelka, 25, is in talks over a contract. The News of the World reports that Anelka told a French "
            "magazine: \"I either decide to win titles or to have an easy life.\"")
    assert _speakers(text) == ["Anelka"]


def test_a_nationality_or_a_describing_word_before_the_name_is_no_part_of_it():
    text = ("Crosby\n\nThe Times said Australian Lynton Crosby told the party leader to focus on seats. But Mr Crosby said "
            "in a statement: \"I have never had any such conversation.\"\n\nOlympian Tomlinson tried to catch up. \"I was "
            "advised not to jump by my doctor,\" said Tomlinson.\n\n\"I am so happy,\" a tearful Claxton told BBC Sport.\n\n"
            "\"We are far behind,\" said a commonwealth Democrat.")
    assert _speakers(text) == ["Lynton Crosby", "Tomlinson", "Claxton", "commonwealth Democrat"]


def test_a_club_and_a_position_after_the_is_the_manager_told_about():
    text = ("Ferguson hails resolve\n\nManchester United's Alex Ferguson has praised his players.\n\n\"That was our "
            "hardest away game of the season,\" said the Old Trafford boss. \"We showed lots of character.\"\n\nSimon Amor "
            "won the sevens award. Amor, who will captain England in Dubai, was delighted with his award. \"This is a "
            "genuine honour,\" said the Gloucester fly-half.")
    assert _speakers(text) == ["Alex Ferguson", "Alex Ferguson", "Simon Amor"]


def test_a_club_and_a_position_after_a_is_someone_new():
    text = "Derby\n\nKeane scored twice. \"It was a great night,\" said a Chelsea striker."
    assert _speakers(text) == ["Chelsea striker"]


def test_a_nationality_opening_the_sentence_before_is_the_player_named_before_it():
    text = ("Edu describes tunnel fracas\n\nArsenal's Edu has lifted the lid on the scenes that followed Manchester "
            "United's win.\n\nThe Brazilian confirmed tempers had flared but could shed no light on reports that food was "
            "thrown at United boss Sir Alex Ferguson. \"I saw people being pulled apart,\" he told Uefa's website. However, "
            "Edu tried to play down the incidents, adding: \"There was nothing that I haven't seen in Brazilian derbies.\"")
    assert _speakers(text) == ["Edu", "Edu"]


def test_the_nationality_of_a_shared_attribution_is_the_speaker_of_both_quotes():
    text = ("Jol joy at Cup win\n\nTottenham manager Martin Jol acclaimed his players for their patience in their 3-0 FA "
            "Cup victory over a determined Nottingham Forest side.\n\n\"We had the initiative but it wasn't easy. It was a "
            "professional sort of performance,\" the Dutchman said. \"Forest played with a lot of players behind the ball in "
            "the first half.\"")
    assert _speakers(text) == ["Martin Jol", "Martin Jol"]


def test_a_nationality_opening_a_bodys_name_before_its_spokesman_stays():
    text = ("Asked about it, a Scottish Labour Party spokesman said: \"This should mean he does not breach the rules.\"\n\n"
            "A British Airways spokesman said: \"Flights will run as usual.\"")
    assert _speakers(text) == ["Scottish Labour Party spokesman", "British Airways spokesman"]


@pytest.mark.parametrize("epithet", ["the Uruguayan-born researcher", "the Uruguayan researcher"])
def test_the_nationality_and_a_trade_is_the_person_told_about(epithet):
    """'"…," added the Uruguayan-born researcher' after Gonzalo Frasca was named: Frasca, not an unnamed researcher;
    "a Uruguayan researcher" is someone new."""
    text = ("Games\n\n\"Games are political,\" said Gonzalo Frasca, games specialist at the IT University of Copenhagen. "
            f"\"I was surprised,\" added {epithet}, who has made games for two campaigns.")
    assert [s.attributes["speaker"] for s in suggest_quotes(text)] == ["Gonzalo Frasca", "Gonzalo Frasca"]
    assert [s.attributes["speaker"] for s in suggest_quotes(text.replace(epithet, "a Uruguayan researcher"))][-1] != \
        "Gonzalo Frasca"


def test_a_two_word_nationality_is_the_person_told_about():
    text = ("Hobbit film\n\nPeter Jackson has said a film is years away. \"There are a lot of lawyers in a room,\" said "
            "the New Zealander.")
    assert _speakers(text) == ["Peter Jackson"]
