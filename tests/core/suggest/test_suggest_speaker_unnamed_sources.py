"""Quotes from sources a story does not name: a new one brought in by "a"/"an", and a group, body or document
heading the clause a partial quote sits in."""

from __future__ import annotations

from newsmark.core.suggest.nounsubject import noun_subject
from newsmark.core.suggest.quotes import suggest_quotes

_INTRO = "Senator Ana Ruiz spoke in the town hall on Monday about the new road.\n\n"


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_a_role_brought_in_by_an_indefinite_article_is_the_speaker():
    text = _INTRO + "“She will carry the county easily,” a Denver Republican predicted. “Nobody else comes close.”"
    assert _speakers(text) == ["Denver Republican", "Denver Republican"]


def test_another_unnamed_source_is_not_the_senator_named_before():
    text = ("Senator Tom Okafor spoke in the town hall on Monday about the new road.\n\n"
            "“He has done the work,” said another Ohio Democrat. “That counts for a lot here.”")
    assert _speakers(text) == ["Ohio Democrat", "Ohio Democrat"]


def test_a_definite_role_still_means_the_person_introduced_with_it():
    text = _INTRO + "“The road will be finished by spring,” the senator said."
    assert _speakers(text) == ["Ana Ruiz"]


def test_a_group_chanting_is_the_speaker_of_its_chant():
    text = _INTRO + "Nurses chanted, “Safe staffing saves lives,” outside the hospital gates."
    assert _speakers(text) == ["Nurses"]


def test_the_subject_of_the_clause_after_but_is_the_source():
    text = _INTRO + ("The mayor resigned in March, but his lawyers maintain that the charges against him "
                     "“are baseless and politically driven.”")
    assert _speakers(text) == ["lawyers"]


def test_a_document_heading_the_sentence_is_the_source():
    text = _INTRO + "The bill makes clear that drivers can be fined for “parking on any marked cycle lane.”"
    assert _speakers(text) == ["bill"]


def test_a_body_after_an_opening_phrase_is_the_source():
    text = _INTRO + "In a rare rebuke, the Transit Commission accused the contractor of “wasting public money.”"
    assert _speakers(text) == ["Transit Commission"]


def test_a_thing_heading_the_sentence_is_no_source():
    text = _INTRO + "The date is a month later than the “sometime in early spring” target Ruiz set in May."
    assert noun_subject(text, text.index("“")) == ""


def test_a_person_named_as_subject_is_left_to_the_name_rules():
    text = _INTRO + "Ana Ruiz said the new road would “cost far less than anyone feared.”"
    assert noun_subject(text, text.index("“")) == ""


def test_a_definite_body_the_story_named_before_is_left_to_the_story():
    text = ("Acme Freight runs the depot by the river. Its rival, Bolt Haulage Company, opened a new yard.\n\n"
            "The company said in a statement that it had saved customers “millions of dollars in fees.”")
    assert _speakers(text) != ["Bolt Haulage Company"]


def test_a_pronoun_subject_is_no_noun_phrase():
    text = _INTRO + "On Friday she released a statement calling the plan “a betrayal of every promise made.”"
    assert noun_subject(text, text.index("“")) == ""


def test_a_body_owned_by_someone_named_before_is_left_to_the_story():
    text = _INTRO + "His campaign later called the report “a smear from start to finish.”"
    assert noun_subject(text, text.index("“")) == "His campaign"
    assert _speakers(text) != ["campaign"]


def test_a_noun_after_the_head_is_no_verb():
    text = _INTRO + "Two military analysts, speaking on Sunday, called the road “a waste of money.”"
    assert _speakers(text) == ["military analysts"]


def test_a_phrase_whose_aside_names_its_people_is_left_to_the_names():
    text = _INTRO + "Two analysts, Nora Field and Sam Ortiz, called the road “a waste of money.”"
    assert noun_subject(text, text.index("“")) == ""


def test_a_group_heading_the_sentence_beats_the_speaker_of_the_paragraph_before():
    text = ("“We did nothing wrong,” said Ana Ruiz, the firm’s founder.\n\n"
            "Her lawyers maintain that the charges “have no basis in law.”")
    assert [s.attributes["speaker"] for s in suggest_quotes(text)] == ["Ana Ruiz", "lawyers"]
