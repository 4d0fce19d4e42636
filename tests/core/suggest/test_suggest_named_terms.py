"""Quoted words that name a policy, a sign or a slogan, or gloss a word, are no quotes; speech after such words stays."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes


def _quoted(text: str) -> list[str]:
    return [text[s.start:s.end] for s in suggest_quotes(text)]


def test_a_policy_or_a_sign_named_by_its_words_is_no_quote():
    text = ("The board scrapped the “no pass, no play” sports policy on Monday. Pupils ignored the "
            "“keep off the grass” sign, and the union held “save our school” rallies in the square.")
    assert _quoted(text) == []


def test_a_gloss_after_means_or_known_as_is_no_quote():
    text = ("The party's name means “warriors of the lake” in the old language. The valley became known as "
            "the “land of long shadows” after the war, a term meaning “place of the dead.”")
    assert _quoted(text) == []


def test_a_long_quotation_after_means_is_still_speech():
    text = 'A hotter world means "towns, cities and whole regions would face severe and lasting shortages," the report said.'
    assert _quoted(text) == ["towns, cities and whole regions would face severe and lasting shortages"]


def test_quoted_words_before_a_noun_they_do_not_name_stay_quotes():
    text = ("The minister promised a “clearer and fairer” system. He said “we must read what is written” in that law, "
            "and he called it a “deeply unfair burden” on families.")
    assert _quoted(text) == ["clearer and fairer", "we must read what is written", "deeply unfair burden"]


def test_a_clause_after_means_or_words_handed_to_a_writer_stay_quotes():
    text = ('Her lead means "she must be doing something right," says voter Ana Ruiz. The group was branded '
            '"a thorn in the side" of the council, Lee wrote.')
    assert _quoted(text) == ["she must be doing something right", "a thorn in the side"]


def test_a_name_someone_gave_is_their_quotation():
    text = 'A third option would be what Ruiz called a "let the garden grow" approach to organising.'
    assert _quoted(text) == ["let the garden grow"]
