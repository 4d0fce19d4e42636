"""A definite role ("the president said") means the person the article introduced with that role."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


_INTRO = ("Allies face a review\n\nThe review follows a series of attacks on the alliance by US President Tom Calder.\n\n"
          "He has often criticised allies for their reluctance to do more.\n\n")


def test_a_role_with_its_verb_after_a_name_is_the_subject_not_that_name_in_apposition():
    text = _INTRO + ("In a post after a meeting with the alliance's chief Ana Ruiz, the US President said: "
                     "“They were not there when we needed them.”")
    assert _speakers(text) == ["Tom Calder"]


def test_a_role_in_apposition_still_names_the_person_before_it():
    text = ("Allies face a review\n\nThe alliance's chief, Ana Ruiz, the secretary general, met envoys on Monday.\n\n"
            "“We will stay together,” the secretary general said.")
    assert _speakers(text) == ["Ana Ruiz"]


def test_a_name_after_a_role_ends_at_its_paragraph():
    text = _INTRO + "“They were not there when we needed them,” the president said."
    assert _speakers(text) == ["Tom Calder"]


def test_a_writing_named_by_its_owner_speaks_as_the_owner():
    text = ("Gifts row deepens\n\nThe Liberals wrote to the standards commissioner, Ana Ruiz, on Monday.\n\n"
            "The Liberals’ letter to Ana Ruiz, the standards commissioner, said: “It was reported that the pass "
            "was given without any formal role.”")
    assert _speakers(text) == ["Liberals"]


def test_a_writing_with_no_owner_is_left_to_its_author():
    text = ("Gifts row deepens\n\nThe Liberals sent a letter to the commissioner, Ana Ruiz, on Monday.\n\n"
            "The letter said: “It was reported that the pass was given without any formal role.”")
    assert _speakers(text) == ["Liberals"]
