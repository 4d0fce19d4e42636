"""A given name that is almost always a man's or a woman's tells whom "he" or "she" may mean."""

from __future__ import annotations

from newsmark.core.resources import resource_path
from newsmark.core.suggest.givennames import given_gender
from newsmark.core.suggest.quotes import suggest_quotes

# A coach speaks of his runner: every pronoun after his surname is "she" (hers), so the pronouns alone made him a woman.
_STORY = ("Radcliffe plans a comeback\n\n"
          "Paula Radcliffe will run in New York next month.\n\n"
          "\"She just wants to enjoy running again,\" said Liz Yelling, herself a marathon runner.\n\n"
          "\"Paula has to find what will make her happy,\" said Hugh Richards, a sports psychologist. "
          "Richards says she must avoid chasing redemption. Richards also points out conditions in New York will suit her. "
          "\"The heat was the main factor in Athens,\" he said.")


def test_a_man_by_his_given_name_is_he_though_the_pronouns_after_him_are_she():
    assert [s.attributes["speaker"] for s in suggest_quotes(_STORY)] == ["Liz Yelling", "Hugh Richards", "Hugh Richards"]


def test_given_gender():
    assert (given_gender("Hugh Richards"), given_gender("Liz Yelling"), given_gender("Richards")) == ("m", "f", "")
    assert given_gender("Chris Lee") == ""  # a name given to men and women alike tells nothing


def test_the_list_gives_each_name_one_gender_and_leaves_out_shared_ones():
    rows = [line.split("\t") for line in resource_path("given_names.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    names = [name for name, _ in rows]
    assert len(names) == len(set(names)) > 400
    assert {gender for _, gender in rows} == {"m", "f"}
    assert not {"Chris", "Sam", "Kim", "Jean", "Andrea", "Nicola", "Kelly", "Jordan"} & set(names)
