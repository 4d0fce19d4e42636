"""A body quoted by a short form or by its unnamed voice: the name or phrase the article gave (sentences written for them)."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    ("body", "short"),
    [
        ("Continental Freight Lines Corp", "Continental"),  # not a demonym, yet written lower-case below
        ("Canadian Pacific Railway Co.", "Canadian"),
        ("Allied Bakeries Ltd", "Allied"),
        ("Northern Power Group", "Northern"),
    ],
)
def test_an_ordinary_word_speaks_for_the_body_it_opens(body, short):
    text = (f"The strike hit {body} hardest, with continental routes cut in half.\n\n"
            f"“We apologise to every passenger,” {short} said in a statement.")
    assert _speakers(text) == [body]


def test_a_coined_name_stays_as_written():
    text = ("Shoppers were turned away from Varrow Stores on Friday.\n\n"
            "“We are working to restore the tills,” Varrow said.")
    assert _speakers(text) == ["Varrow"]


def test_a_person_of_that_name_comes_first():
    text = ("Allied Bakeries Ltd cut 200 jobs, and its founder Allied Brown was furious.\n\n"
            "“This is a sad day for the town,” Allied said.")
    assert _speakers(text) == ["Allied Brown"]


def test_a_pronoun_after_a_bodys_unnamed_voice_is_that_voice():
    text = ("The strike is peaceful, a spokeswoman for the Northern Dockers Union said on Monday.\n\n"
            "“They do want public support,” she said.")
    assert _speakers(text) == ["spokeswoman for the Northern Dockers Union"]


def test_a_named_person_after_an_office_of_a_place_keeps_only_the_name():
    text = ("The strike is peaceful, Mayor of Bramford Ana Ruiz said on Monday.\n\n"
            "“They do want public support,” she said.")
    assert _speakers(text) == ["Ana Ruiz"]
