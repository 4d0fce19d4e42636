"""Claim cues round 5 added: phrasal reporting verbs, coordinated and colon-led clauses, participles, final
attributions with a time of day or an affiliation, and what is no claim (unsaid clauses, relative clauses)."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.claims import find_claims

LEAD = "Town faces cuts\n\nThe day began quietly in the town.\n\n"


def _claims(sentence: str) -> list[str]:
    text = LEAD + sentence
    return [text[s:e] for s, e, _, _ in find_claims(text) if s >= len(LEAD)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The mayor made clear that the tax was a key factor in the decision.", ["the tax was a key factor in the decision"]),
        ("The law makes it clear that fines can be imposed on landlords.", ["fines can be imposed on landlords"]),
        ("She worries that the cuts will interrupt care for many patients.", ["the cuts will interrupt care for many patients"]),
        ("The ministry fired back that it built the school for local children.", ["it built the school for local children"]),
        ("Nurses fear that, even as patients arrive daily, the ward will soon be full.",
         ["even as patients arrive daily, the ward will soon be full"]),
        # no claim: the particle away from "that", a noun "worries"
        ("The prince hit back at stories last year that they snubbed the Queen.", []),
        ("The worries that kept him awake are gone now.", []),
    ],
)
def test_phrasal_and_belief_verbs_before_that(sentence, expected):
    assert _claims(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('She said they were "stuck inside the system" and that she has "deep sympathy for them."',
         ['they were "stuck inside the system"', 'she has "deep sympathy for them']),
        ("She said Ann sent her a card and apologized, and that she forgave her.",
         ["Ann sent her a card and apologized", "she forgave her"]),
        ("Some said pupils should not be filmed — or even that they felt uneasy being watched — while others disagreed.",
         ["pupils should not be filmed", "they felt uneasy being watched"]),
        ('He added that "the bond is strained for now," and that "time heals all wounds."', []),
    ],
)
def test_coordinated_that_clauses_are_two_claims(sentence, expected):
    assert _claims(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The scheme began in 2019, police said, and victims were contacted mainly by phone.",
         ["The scheme began in 2019", "victims were contacted mainly by phone"]),
        ("Turnout in local elections is low, they say, and the mayor has never faced a real contest.",
         ["Turnout in local elections is low", "the mayor has never faced a real contest"]),
        ('None of the buyers were named, Levy said, but "this is only the start."', ["None of the buyers were named"]),
        ("Funding is needed to keep the clinic open, Ruiz said: Without it, patients will suffer.",
         ["Funding is needed to keep the clinic open", "Without it, patients will suffer"]),
        ("The magazine's Ana Ruiz reports: The new rules respond to a wave of thefts last year.",
         ["The new rules respond to a wave of thefts last year"]),
        ("The region's hospitals are full, said Ana Ruiz, of the Red Cross.", ["The region's hospitals are full"]),
        ("Three men have been charged over the fraud, prosecutors announced Wednesday morning.",
         ["Three men have been charged over the fraud"]),
        ('"Lack of money and lack of time" was the main reason they quit, he said.',
         ['"Lack of money and lack of time" was the main reason they quit']),
        # quotations and plain colons are no claims
        ('He said: "We will not stop."', []),
        ('"We will win," she said.', []),
        ("The plan is simple: build more homes.", []),
    ],
)
def test_attributions_after_the_claim_or_before_a_colon(sentence, expected):
    assert _claims(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The governor waited weeks before announcing he would retire at the end of the year.",
         ["he would retire at the end of the year"]),
        ("A caller phoned in saying she was trapped in her car, but later walked home.", ["she was trapped in her car"]),
        ("Many said students should not be filmed at all.", ["students should not be filmed at all"]),
        # no claim: a dash or colon between the verb and the clause, a subordinate clause's verb, a method
        ("It came hours before the mayor announced — the council voted to cut the budget.", []),
        ("Firms cannot claim ignorance if they are fined for letting sick staff work.", []),
        ("He won the seat by saying he would cut taxes for everyone.", []),
    ],
)
def test_bare_clauses_after_participles_and_pronoun_subjects(sentence, expected):
    assert _claims(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Staff who fail to tell their managers that they are ill can be fined.",
        "Anyone who omitted to mention that they had been abroad faces a fine.",
        "He revealed the plan in an interview with a radio station that aired on Monday.",
        "The congressman will leave the House for a job in the administration, a decision he disclosed in an interview.",
    ],
)
def test_unsaid_and_relative_clauses_are_no_claims(sentence):
    assert _claims(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("RAFAH, GAZA — The war has left the health system near collapse, according to an inquiry by two newspapers.",
         ["The war has left the health system near collapse"]),
        ("HOUSTON, Texas (KTRK) -- A crash killed two people on the freeway, police said.",
         ["A crash killed two people on the freeway"]),
    ],
)
def test_a_dateline_in_capitals_before_a_dash_is_not_part_of_the_claim(sentence, expected):
    assert _claims(sentence) == expected
