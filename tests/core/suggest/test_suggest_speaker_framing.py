"""A quote no verb of saying attributes belongs to the person its framing sentence opens with, not to names after the verb."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes

_INTRO = "Ana Ruiz and Dele Harper met voters in the town on Monday.\n\n"


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_the_subject_of_the_sentence_around_a_partial_quote():
    text = _INTRO + "Harper thanked Ruiz for “standing with all of us when nobody else would.”"
    assert _speakers(text) == ["Dele Harper"]


def test_the_subject_after_an_opening_phrase_and_an_object_named_later():
    text = _INTRO + ("On Tuesday, Ruiz went after Harper over the plan Harper said would save money and called it "
                     "“the worst idea this town has seen.”")
    assert _speakers(text) == ["Ana Ruiz"]


def test_a_quote_paragraph_after_a_sentence_about_its_speaker():
    text = _INTRO + "Harper praised Ruiz's record on schools and her work for the town.\n\n“We need someone who gets things done.”"
    assert _speakers(text) == ["Dele Harper"]


def test_the_main_clause_subject_after_a_leading_clause():
    text = _INTRO + "When Ruiz asked about the plan, Harper revealed, “It will cost far more than anyone thinks.”"
    assert _speakers(text) == ["Dele Harper"]


def test_a_possessed_subject_is_not_its_owner():
    text = _INTRO + "Ruiz's lawyer, Tom Okafor, had a shorter statement. “It is a good day for the whole town.”"
    assert _speakers(text) != ["Ana Ruiz"]


def test_a_subject_who_declined_to_comment_does_not_speak_next():
    text = _INTRO + ("Harper declined to comment on the plan, and his office said he was away.\n\n"
                     "“The plan was decided on the call,” the report reads.")
    assert _speakers(text) != ["Dele Harper"]


def test_a_title_s_full_stop_is_no_sentence_end():
    text = _INTRO + "Ruiz cheered as Mr. Harper ran past the crowd chanting “we want more from the town.”"
    assert _speakers(text) == ["Ana Ruiz"]


def test_a_capitalised_word_that_names_nobody_is_no_subject():
    text = _INTRO + "Shortly after the meeting ended at noon the crowd chanted “we want more from the town.”"
    assert _speakers(text) != ["Shortly"]


def test_a_title_opening_the_main_clause_is_no_subject():
    text = ("Ana Ruiz wrote a book in prison. Dele Harper read it.\n\n"
            "As Ruiz rose to power, My Journey became a bestseller, with its “long attacks on the free press of the land.”")
    assert _speakers(text) != ["My Journey"]


def test_an_aside_that_attributes_the_quote_is_no_framing():
    text = _INTRO + ("Ruiz, a top aide said, “is very confident, very confident in the contrast” between her and Harper, "
                     "and for years she has often told Harper’s team — jokingly but with edge — that “I only lost one "
                     "debate against your boss.”")
    assert _speakers(text)[1] != "Ana Ruiz"


def test_a_body_named_with_the_article_leads_in_to_its_words():
    text = _INTRO + "The Harper Family Foundation describes itself in the following way:\n\n“Everywhere we go, we try to help.”"
    assert _speakers(text) == ["Harper Family Foundation"]


def test_the_last_joined_clause_s_subject_leads_in():
    text = _INTRO + "Ruiz made the same claims against the council in May, and Harper responded:\n\n“We will see her in court.”"
    assert _speakers(text) == ["Dele Harper"]


def test_an_aside_ending_in_a_quoted_title():
    text = _INTRO + "Harper, who phoned in from the set of “Storm Coast,” had a similar feeling: “It was the song, right away.”"
    assert _speakers(text)[-1] == "Dele Harper"
