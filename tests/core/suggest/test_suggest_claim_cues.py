"""The claim suggester on the general constructions of attributed statements in news, on sentences written for them.

Each rule has sentences where it must fire and sentences where it must not; none is taken from the blind sets.
"""

from __future__ import annotations

import pytest

from newsmark.core.suggest.claims import find_claims, suggest_claims
from newsmark.core.suggest.reportverbs import FORMS, first_finite, words_of


def _found(text: str) -> list[str]:
    return [text[s.start:s.end] for s in suggest_claims(text)]


def _with_sources(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], source) for s, e, _, source in find_claims(text)]


def test_reporting_verbs_are_inflected():
    for form in ("said", "says", "saying", "told", "argued", "denies", "countered", "learnt", "learned", "understands",
                 "related", "testified", "agreed", "emphasises", "conceded", "admitted", "signalled"):
        assert form in FORMS, form
    assert "agreing" not in FORMS and "remarks" not in FORMS  # a noun far more often than a verb


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The mayor said backstage that the budget would be cut.", "the budget would be cut"),
        ("She argued as recently as last year that the tax was unfair.", "the tax was unfair"),
        ("The campaign countered that the senator had voted for the bill.", "the senator had voted for the bill"),
        ("The Daily Gleaner learnt that the minister had resigned.", "the minister had resigned"),
        ("This newspaper understands that the contract was never signed.", "the contract was never signed"),
        ("The two men claimed too that they had heard a shot.", "they had heard a shot"),
        ("The suspect allegedly told them that he had buried the money.", "he had buried the money"),
        ("His sister related that the family had not seen him for a week.", "the family had not seen him for a week"),
        ("The auditor pointed out that the accounts had not been signed.", "the accounts had not been signed"),
        ("The ministry wishes to inform the public that the clinic will close at noon.", "the clinic will close at noon"),
        ("The police advised that the road would be closed overnight.", "the road would be closed overnight"),
        ("The governor indicated on Monday that “emergency measures” might follow.", "“emergency measures” might follow"),
    ],
)
def test_that_clauses_after_any_reporting_verb(text, claim):
    assert _found(text) == [claim]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Officials say the bridge will reopen next month.", "the bridge will reopen next month"),
        ("The ministry says it conducts checks at every port.", "it conducts checks at every port"),
        ("Police said officers were called to the house at 2 a.m.", "officers were called to the house at 2 a.m"),
        ("The chairman said on Tuesday the company had lost money.", "the company had lost money"),
        ("A spokesman told reporters the plant would close in May.", "the plant would close in May"),
        ("The coach told the BBC his team had played badly.", "his team had played badly"),
        ("The council denies it ever approved the plan.", "it ever approved the plan"),
        ("The report suggested the crisis had been caused by lax lending.", "the crisis had been caused by lax lending"),
        ("Detectives believe the fire was started deliberately.", "the fire was started deliberately"),
        ("Fellow lawmakers warned they would block the bill.", "they would block the bill"),
        ("Data released on Friday showed unemployment had risen to 6 percent.", "unemployment had risen to 6 percent"),
        ("She urged calm, saying the police were doing their job.", "the police were doing their job"),
        ("Health officials are warning the virus could spread to other states.", "the virus could spread to other states"),
        ("The mayor warned residents the river could flood.", "the river could flood"),
        ("Charities warn the true figure is likely to be much higher.", "the true figure is likely to be much higher"),
        ("The court heard the 45-year-old had posed as a builder.", "the 45-year-old had posed as a builder"),
        ("Critics say the law gives the police too much power.", "the law gives the police too much power"),
        ("Lawyers for the family argue the police used excessive force.", "the police used excessive force"),
        ("Witnesses told police they heard several shots.", "they heard several shots"),
        ("The airline said Tuesday it would cut 2,000 jobs, blaming rising fuel costs.", "it would cut 2,000 jobs"),
        ("The agency estimated between 100,000 and 200,000 people could lose their jobs.",
         "between 100,000 and 200,000 people could lose their jobs"),
        ("Jones was quoted as saying the club would not sell its best players.",
         "the club would not sell its best players"),
    ],
)
def test_a_reported_clause_without_that(text, claim):
    assert _found(text) == [claim]


@pytest.mark.parametrize(
    "text",
    [
        "The company announced plans to build a factory that would employ 500 people.",
        "The agency confirmed the breach last weekend and advised customers to change passwords.",
        "The report revealed a surge in cases that worried doctors.",
        "As she concluded the debate, the senator proposed an amendment to the motion.",
        "He was told the results would be published in June.",
        "The minister declined to say when the results would be published.",
        "The state's confirmed caseload was 12,000 on Friday.",
        "The president said in a video released over the weekend.",
        "The United States sent troops that were stationed in Germany.",
        "Police found a man slumped over the wheel of a car.",
        "They heard a loud bang and ran outside.",
        "The two men had informed police of what had happened.",
        "Neighbours heard a second shot followed by silence.",
        "She told the story of her father who had fought in the war.",
        "The ministry has announced a new initiative aimed at reducing gun violence in the capital.",
        "Washington announced a $5bn package and London added £40m.",
        "The paper reported the story in 2019 and was later sued.",
        "The charity revealed its new logo, which features a blue bird.",
        "Officials expect the bridge to reopen in June.",
        "“The plan is dead,” said Maria Lopez, who was the party's treasurer until 2019.",
    ],
)
def test_no_claim_without_a_clause_after_the_verb(text):
    assert _found(text) == []


def test_a_contrast_after_a_comma_is_no_fronted_subordinate_clause():
    text = "Critics say the law goes too far, while supporters argue it will make streets safer."
    assert _found(text) == ["the law goes too far", "it will make streets safer"]


def test_the_name_after_an_inverted_attribution_is_no_claim():
    assert _found("The vote was close, said John Smith, who was chairing the meeting.") == ["The vote was close"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The suspect fled on foot, the Daily Gleaner has learnt.", [("The suspect fled on foot", "the Daily Gleaner")]),
        ("Agents seized 200 kilos of cocaine, the agency announced Tuesday.",
         [("Agents seized 200 kilos of cocaine", "the agency")]),
        ("Two people died in the blast, officials said, as rescuers searched the rubble.",
         [("Two people died in the blast", "officials")]),
        ("Turnout is usually low, they say.", [("Turnout is usually low", "they")]),
        ("The alert began at 6 p.m., said Ann Lee, a consultant and former regulator.",
         [("The alert began at 6 p.m", "Ann Lee")]),
        ("The region cannot ignore the risk, warns health chief Carla Ruiz as she urged caution.",
         [("The region cannot ignore the risk", "health chief Carla Ruiz")]),
        ("The talks will resume in June, as confirmed by the foreign minister.",
         [("The talks will resume in June", "the foreign minister")]),
        ("The project will cost $95 million according to county officials.",
         [("The project will cost $95 million", "county officials")]),
        ("The fire destroyed 12 homes, it said.", [("The fire destroyed 12 homes", "it")]),
        ("The talks had stalled, the envoy told the BBC's Today programme.", [("The talks had stalled", "the envoy")]),
        ("Prices will keep rising, the minister said at a news conference in the capital on Tuesday.",
         [("Prices will keep rising", "the minister")]),
        ("But the road will stay closed until June, the council said.",
         [("the road will stay closed until June", "the council")]),
        ("Unemployment fell to 3.9 percent in May, the figures show.",
         [("Unemployment fell to 3.9 percent in May", "the figures")]),
        ("Two soldiers were killed, officials said on condition of anonymity because they were not authorized to speak.",
         [("Two soldiers were killed", "officials")]),
        ("The company will cut 500 jobs, the spokesman said, without giving details.",
         [("The company will cut 500 jobs", "the spokesman")]),
        ("The suspect had been released on bail, a police spokesman told Reuters.",
         [("The suspect had been released on bail", "a police spokesman")]),
        ("The economy grew faster than expected, official figures showed on Friday, easing fears of a recession.",
         [("The economy grew faster than expected", "official figures")]),
    ],
)
def test_attributions_after_the_claim(text, expected):
    assert _with_sources(text) == expected


def test_a_claim_that_opens_in_the_narrators_words_keeps_its_quoted_end():
    text = "The new law will give voters “a real choice between two very different futures,” she said on Tuesday."
    assert _found(text) == ["The new law will give voters “a real choice between two very different futures"]


@pytest.mark.parametrize(
    "text",
    [
        "“We will rebuild every home that was lost,” the mayor said.",
        "Whether she is knocking on doors or speaking at rallies, her voice is trusted in the state.",
        "Prices vary according to the season.",
        "The region has a proud history, he said and left the room.",
        "The actress won the award, capping a year of prizes for her and the show.",
        "The shooting happened in the state.",
        "When asked about the vote, the senator said nothing.",
        "The mayor was defiant: “We will rebuild every home, every school and every road,” she said.",
    ],
)
def test_no_attribution_after_the_claim(text):
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The issue, Lee notes, matters to every worker in the state.",
        "The central bank, he continued, intervenes every fortnight in the market.",
        "The storm, forecasters said, could bring up to 10 inches of rain.",
    ],
)
def test_a_parenthetical_attribution_makes_the_sentence_a_claim(text):
    assert _found(text) == [text[:-1]]


def test_a_parenthetical_before_a_quote_is_the_quote_suggesters():
    assert _found("Asked about the vote, Lee said, “We will win it and we will win it well.”") == []


def test_information_reaching_a_paper_is_a_claim():
    text = "Information reaching the Tribune is that the suspect was released on bail."
    assert _with_sources(text) == [("the suspect was released on bail", "the Tribune")]


@pytest.mark.parametrize(
    "text",
    [
        "It is believed that the woman is of unsound mind.",
        "It was widely reported that the minister would resign.",
        "It has been alleged that the money was stolen.",
    ],
)
def test_a_passive_attribution_without_a_source_is_no_claim(text):
    assert _found(text) == []


def test_a_reported_clause_with_a_source_of_its_own_nests():
    text = "The agency reported that a court filing said the premier had accepted a bribe."
    assert _found(text) == ["a court filing said the premier had accepted a bribe", "the premier had accepted a bribe"]


def test_the_same_speakers_clause_does_not_nest():
    text = "A voter told the station she believes the stakes are higher this year."
    assert _found(text) == ["she believes the stakes are higher this year"]


def test_coordinated_reporting_verbs_give_two_claims():
    text = "The army denied that it had shelled the town and said that the fire came from rebels."
    assert _with_sources(text) == [("it had shelled the town", "The army"), ("the fire came from rebels", "The army")]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("He said the price was fair, adding that more cuts would follow.", "the price was fair"),
        ("Relatives said that he knew the men well and according to police, the men fled.", "he knew the men well"),
        ("Lee said that voters were “tired of the same old faces.”", "voters were “tired of the same old faces"),
        ("The council argued that it had followed the rules, and said residents had been consulted.",
         "it had followed the rules"),
        ("She said the ruling was unfair, and she reiterated her call for an appeal.", "the ruling was unfair"),
        ("He said the plan was costly but added that it would pay for itself.", "the plan was costly"),
    ],
)
def test_where_a_claim_clause_ends(text, claim):
    assert _found(text)[0] == claim


@pytest.mark.parametrize(
    ("words", "index"),
    [("police are now".split(), 1), ("first responders found".split(), 2), ("it conducts checks".split(), 1),
     ("the reported cases".split(), -1), ("it's a win".split(), 0), ("a second shot".split(), -1)],
)
def test_first_finite_verb(words, index):
    assert first_finite(words_of(" ".join(words))) == index


def test_a_long_paragraph_without_its_full_stop_is_body_text():
    text = ("The war goes on.\n\nThe mayor said that the bridge had been destroyed by shelling in the early hours of "
            "Monday morning\n\nDeepening relationship\n\nThe war goes on.")
    assert _found(text) == ["the bridge had been destroyed by shelling in the early hours of Monday morning"]


def test_according_to_after_a_linking_word():
    text = "But according to a new poll, his support among older voters fell from 54% to 35%."
    assert _with_sources(text) == [("his support among older voters fell from 54% to 35%", "a new poll")]
