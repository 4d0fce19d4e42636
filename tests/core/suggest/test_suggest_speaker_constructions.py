"""Speaker attribution in more news constructions: abbreviations, codes, source phrases, groups, naming verbs (sentences written for them)."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.namings import naming_subject
from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.speakers import person_name


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # An abbreviation with inner stops is one word of a title, not a one-letter name.
        ("\"We are grateful for the verdict in this case,\" said U.S. Attorney Dana Whitfield.", ["Dana Whitfield"]),
        ("“The court has spoken clearly today,” U.K. Ambassador Rhys Morgan said.", ["Rhys Morgan"]),
        ("“We are going to grow this economy again,” said E.U. trade chief Lena Berg.", ["Lena Berg"]),
        # An initial with its stop still belongs to the name.
        ("“We are going to grow this economy again,” said J. Lena Berg.", ["J. Lena Berg"]),
    ],
)
def test_an_abbreviation_with_stops_is_one_word(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Browns DL Marcus Hale", "Marcus Hale"),
        ("Lakers PG Dion Webb", "Dion Webb"),
        ("NASA JPL Rosa Lind", "Rosa Lind"),
        ("NBA MVP Dion Webb", "Dion Webb"),
        # Not a code: capitals inside or at the end of a name, or no person after it.
        ("Ana Maria DA Silva", "Ana Maria DA Silva"),
        ("Dion WEBB", "Dion WEBB"),
        ("BBC", "BBC"),
    ],
)
def test_a_code_before_a_name_is_dropped(phrase, name):
    assert person_name(phrase) == name


def test_a_position_code_in_the_first_mention_is_not_in_the_speaker():
    text = ("Browns DL Marcus Hale weighed in on Monday.\n\n"
            "Hale, via a radio show, said that the rival “can't start a fight and then claim to be bullied.”")
    assert _speakers(text) == ["Marcus Hale"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("“We are cooperating fully with the inquiry,” said a company spokesperson when contacted by Reuters.",
         ["company spokesperson"]),
        ("“We are cooperating fully with the inquiry,” a bank spokeswoman said while declining to comment further.",
         ["bank spokeswoman"]),
        ("“We are cooperating fully with the inquiry,” said a spokesman for the ministry, speaking on condition of anonymity.",
         ["spokesman for the ministry"]),
        # What is no time, medium or clause stays.
        ("“We are cooperating fully with the inquiry,” said a spokesman for the ministry.", ["spokesman for the ministry"]),
    ],
)
def test_an_unnamed_source_ends_before_a_subordinate_clause(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A description and then the name, then the name's institution.
        ("“Organic matter matters for life under the ice,” said marine biologist Ana Ruiz of the University of Leeds.",
         ["Ana Ruiz"]),
        ("“Organic matter matters for life under the ice,” said lead author Ana Ruiz from the Leeds lab.", ["Ana Ruiz"]),
        # A named author with her team.
        ("Ana Ruiz led the study.\n\n“We found more ice than anyone expected,” Ruiz and her team wrote in the paper.",
         ["Ana Ruiz"]),
        ("Ana Ruiz led the study. Ruiz and colleagues wrote: “We found more ice than anyone expected.”", ["Ana Ruiz"]),
    ],
)
def test_a_described_author_speaks(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Ana Ruiz ran to the door.\n\n“We have him, we have him!” officers shouted over the radio. “He is in custody.”",
         ["officers", "officers"]),
        ("Ana Ruiz spoke first.\n\n“The water came up so fast,” local residents said.", ["local residents"]),
        ("Ana Ruiz spoke first.\n\n“The water came up so fast,” some people said on Monday.", ["people"]),
        # A pronoun or adverb ending in s is no group.
        ("Ana Ruiz spoke first.\n\n“The water came up so fast,” she always said.", ["Ana Ruiz"]),
        ("Ana Ruiz spoke first.\n\n“The water came up so fast,” this said nothing new.", ["Ana Ruiz"]),
    ],
)
def test_a_bare_plural_after_the_quote_speaks(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("head", "who"),
    [
        ("Industry analysts called it the ", "industry analysts"),
        ("The pilot's widow testified, describing her husband as ", "pilot's widow"),
        ("Privacy, which Acme views as ", "Acme"),
        ("Ana Ruiz dubbed the plan ", "Ana Ruiz"),
        ("Later she described the deal as ", "she"),
        ("British officials called it ", "British officials"),
        ("The trial began, with the prosecution describing him as ", "the prosecution"),
        # No naming verb at the end, or no subject to take.
        ("Industry analysts said it was the ", ""),
        ("It was called ", ""),
        ("The film, called ", ""),
    ],
)
def test_a_naming_verb_gives_its_subject(head, who):
    assert naming_subject(head) == who


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Ana Ruiz runs the airline. Industry analysts called it the “end of a long and golden era,” as the jet retired.",
         ["industry analysts"]),
        ("Ana Ruiz runs the airline. The pilot's widow testified, describing her husband as “kind, careful, and brave.”",
         ["pilot's widow"]),
        ("Tom Lee spoke first. Privacy, which Acme views as “a basic and universal right”, is built in.", ["Acme"]),
        # The naming verb's subject, not the reporter of it.
        ("Tom Lee met Ana Ruiz. Ruiz said Lee called it “the worst decision this council has made.”", ["Tom Lee"]),
    ],
)
def test_a_phrase_a_naming_verb_quotes_is_its_subjects(text, speakers):
    assert _speakers(text) == speakers


def test_a_second_quote_after_a_participle_keeps_the_clause_subject():
    text = ("Tom Lee spoke first.\n\n“We all miss her so very much,” Ana Ruiz weighed in, telling Lee, "
            "“you kept her spirit alive.”")
    assert _speakers(text) == ["Ana Ruiz", "Ana Ruiz"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A person brought in by the last sentence of the paragraph before speaks the "he said" quote opening the next.
        ("“That is perfect, just perfect,” coach Tom Lee said.\n\nA week ago, the team had lost four games in a row. "
         "Team captain Dan Ruiz, who joked about his sticks, could see the change.\n\n“He is used to scoring goals,” he said.",
         ["Tom Lee", "Dan Ruiz"]),
        # A name after "at", "in", "from" is a place or a business, not a person brought in.
        ("“That is perfect, just perfect,” coach Tom Lee said.\n\nThe delays were worse at Coastal Air Express, which "
         "cancelled 56 flights.\n\n“People are getting home, a little late,” he said.", ["Tom Lee", "Tom Lee"]),
        # A person only mentioned, not brought in, leaves the speaker as it was.
        ("“That is perfect, just perfect,” coach Tom Lee said.\n\nA week ago, the team had lost four games in a row. "
         "Lee could see the change in Dan Ruiz.\n\n“He is used to scoring goals,” he said.", ["Tom Lee", "Tom Lee"]),
    ],
)
def test_a_person_introduced_just_before_a_paragraph_speaks_its_pronoun_quote(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # A closing quotation mark ends a title glued before a name.
        ("Pulled Into The Enterprise’ Acme", "Acme"),
        ("The Crown” Ana Ruiz", "Ana Ruiz"),
        ("Ana Ruiz", "Ana Ruiz"),
    ],
)
def test_a_closing_mark_ends_a_phrase_before_a_name(phrase, name):
    assert person_name(phrase) == name
