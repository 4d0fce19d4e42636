"""Speakers in long features: cited sources, reported speech, scenes (sentences written for them)."""

from __future__ import annotations

import re

import pytest

from newsmark.core.suggest.narration import joined_object, object_pronoun, story_people
from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A source cited after a clause vouches for it: the "he" after it is the man the story follows.
        ("Tomas Berg was secretive. He kept a safe in his study, according to Harbour Weekly — and he watched "
         "everyone. “Trust nobody in this building,” he told his staff.", ["Tomas Berg"]),
        ("Tomas Berg ran the plant for years. Nobody crossed him, according to the Valley Courier. “I built this "
         "place with my own hands,” he said at a dinner.", ["Tomas Berg"]),
        # A source introduced as a person stays the one a pronoun may mean.
        ("Tomas Berg ran the plant. The cuts will hurt, according to Ana Ruiz, a lawyer at Ruiz & Co.\n\n"
         "She pointed to the last round. “It only made things worse for every worker there,” she said.",
         ["Ana Ruiz"]),
        ("Tomas Berg ran the plant. The plant will close, according to Paulo Reis, who runs the union. “We have run "
         "out of money and out of time,” he said.", ["Paulo Reis"]),
        # A role without an article is a description too; a clause going on after the comma is not.
        ("Tomas Berg ran the plant. The results, according to Paulo Reis, deputy director of the union's research "
         "office, were mixed.\n\n“We have run out of money and out of time,” he said.", ["Paulo Reis"]),
        ("Tomas Berg was secretive. He kept a safe in his study, according to Harbour Weekly, and at his house "
         "too. “Trust nobody in this building,” he told his staff.", ["Tomas Berg"]),
    ],
)
def test_cited_sources(text, speakers):
    assert _speakers(text) == speakers


def test_story_people_drops_only_undescribed_trailing_sources():
    text = "He left, according to Harbour Weekly. She stayed, according to Ana Ruiz, a nurse. According to Lee, it rained."
    mentions = [(text.index("according to H"), "Harbour Weekly"), (text.index("according to A"), "Ana Ruiz"),
                (text.index("According"), "Lee")]
    assert story_people(text, mentions) == mentions[1:]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A report inside a report: the inner clause's subject spoke the words.
        ("The nurse told the Harbour Weekly that Tomas Berg said, “Nobody will ever find out about this.”",
         ["Tomas Berg"]),
        # After the quote, whom someone heard or remembers speaking it.
        ("Ana Ruiz met Tomas Berg. “You will go far in this firm, young lady,” Ruiz remembers Berg telling her.",
         ["Tomas Berg"]),
        # A parenthetical "Ruiz says," does not make Ruiz the subject of the sentence that hands over with a colon.
        ("During their first meeting, Ruiz says, Tomas Berg locked the door and told her: “Nobody leaves this room "
         "tonight.”", ["Tomas Berg"]),
        ("(At the party, Ruiz recalls, Tomas Berg paused and announced: “Nobody leaves this room tonight.”)",
         ["Tomas Berg"]),
        # Not when there is no inner report: the one who tells is the speaker.
        ("Ana Ruiz told reporters on Monday, “We will rebuild every house on this street.”", ["Ana Ruiz"]),
        ("Ana Ruiz met Tomas Berg. “You will go far in this firm, young lady,” Ruiz remembers, smiling.", ["Ana Ruiz"]),
        ("Tomas Berg paused and announced: “Nobody leaves this room tonight, not one of you.”", ["Tomas Berg"]),
    ],
)
def test_reported_and_heard_speech(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("head", "who", "joined"),
    [("Lee locked the door and told her: ", "the door and", True),
     ("Lee put on a garter belt and told her: ", "a garter belt and", True),
     ("The coach walked in and said, ", "The coach walked in and", False),
     ("Lee and the mayor said, ", "the mayor", False)],
)
def test_a_verbs_object_before_a_conjunction_is_no_source(head, who, joined):
    assert joined_object(head, head.index(who), who) is joined


def test_a_persons_object_pronoun_does_not_make_them_that_gender():
    # "Elise Ward found him": "him" is someone else, so "she wrote" may still mean her.
    text = ("“The book is done,” said Beth Meacham, his editor.\n\nTwo months later, he died. He was deep in debt. "
            "Elise Ward found him. “He looked a little surprised,” she wrote in an email.")
    assert _speakers(text) == ["Beth Meacham", "Elise Ward"]


@pytest.mark.parametrize(
    ("sentence", "pronoun", "is_object"),
    [("Ruiz found him there.", "him", True), ("Ruiz told her to leave.", "her", True),
     ("Ruiz gave her the key.", "her", True), ("Ruiz thanked her.", "her", True),
     ("Ruiz sold her house.", "her", False), ("Ruiz said his team won.", "his", False),
     ("Ruiz said he would go.", "he", False)],
)
def test_object_pronouns(sentence, pronoun, is_object):
    m = re.search(rf"\b{pronoun}\b", sentence)
    assert object_pronoun(sentence, m) is is_object


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A sentence opening with the reporting verb hands over to its source ("Replied X, …, "…"").
        ("“Should we take him?” asked Tomas Berg.\n\nReplied Ana Ruiz, with some delicacy, “Well, I don’t think we "
         "would at all.”", ["Tomas Berg", "Ana Ruiz"]),
        ("“Should we take him?” asked Tomas Berg.\n\nSays Ana Ruiz: “Well, I don’t think we would at all, not now.”",
         ["Tomas Berg", "Ana Ruiz"]),
        # "Here," opens the sentence whose subject hands over with a colon.
        ("“Should we take him?” asked Tomas Berg.\n\nHere, Ana Ruiz picks up the story: “He got Jim around the neck, "
         "and everybody was worried.”", ["Tomas Berg", "Ana Ruiz"]),
        # Not a sentence-opening verb: the quote's own attribution stands.
        ("“Should we take him?” asked Tomas Berg.\n\nAna Ruiz replied, with some delicacy, “Well, I don’t think we "
         "would at all.”", ["Tomas Berg", "Ana Ruiz"]),
    ],
)
def test_sentence_opening_reporting_verbs(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(("phrase", "name"), [("Says Ana Ruiz", "Ana Ruiz"), ("Replied Tomas Berg", "Tomas Berg"),
                                              ("Said Hamdan", "Said Hamdan"), ("Ana Ruiz", "Ana Ruiz")])
def test_a_sentence_opening_verb_is_no_part_of_a_name(phrase, name):
    from newsmark.core.suggest.speakers import person_name
    assert person_name(phrase) == name


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A report with no author named speaks as first given, not as the person last told about.
        ("An inquiry into the shutdown, an internal report, blames the chain of command. Superintendent Ana Ruiz "
         "declined to comment.\n\n“In hindsight, it would have been prudent to brief the staff,” the report concludes.",
         ["internal report"]),
        # "new" dates the report; it does not name it.
        ("A new report blames the chain of command. Ana Ruiz declined to comment.\n\n“The staff were never told of "
         "the threat,” the report states.", ["report"]),
        # An issuer named: the report is theirs.
        ("Acme Corp issued a report on Monday. “Sales fell sharply in every region this year,” the report said.",
         ["Acme Corp"]),
        # A statement is someone's: left to the person the text is about.
        ("Ana Ruiz sent a statement on Monday. “We will appeal this ruling at once,” the statement said.",
         ["Ana Ruiz"]),
    ],
)
def test_self_standing_writings(text, speakers):
    assert _speakers(text) == speakers
