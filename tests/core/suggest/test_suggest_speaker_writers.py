"""A writer named before a verb of writing ("made a post describing"), an online handle, and no run over two clauses."""

from __future__ import annotations

from newsmark.core.suggest.namings import naming_subject
from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.sourcephrase import speaker_like


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_the_writer_of_a_post_describing_something_speaks():
    assert naming_subject("In May, Ana Ruiz made another post describing ") == "Ana Ruiz"
    assert naming_subject("Last year, ruiz_fan22 wrote a long blog calling it ") == "ruiz_fan22"


def test_a_common_noun_subject_still_speaks_as_annotated():
    assert naming_subject("Aviation analysts called it the ") == "aviation analysts"  # lower-cased: capitalised only as the opening


def test_an_online_handle_before_its_verb_speaks():
    text = ("The account belonged to a user named mapleleaf77, who posted often.\n\nIn 2021, mapleleaf77 wrote, “I will "
            "never go back to that job as long as I live.”\n\n“The pay was never the point,” mapleleaf77 posted.")
    assert _speakers(text) == ["mapleleaf77", "mapleleaf77"]


def test_a_handle_making_a_post_describing_words_is_the_handle():
    text = "Months later, mapleleaf77 made another post describing “the quiet dignity of leaving.”"
    assert _speakers(text) == ["mapleleaf77"]


def test_a_run_over_two_clauses_is_no_source():
    assert not speaker_like("a video of a jet in June and giving it a caption that")
    assert speaker_like("a story about the mayor which")  # one clause: the story, as annotated
    assert speaker_like("a nurse and two doctors")
