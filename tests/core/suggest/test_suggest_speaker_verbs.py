"""Speaker attribution by the attribution's own words: any reporting verb, not only a listed one (sentences written for them)."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.attribution import attribution
from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # After "," inside the marks the sentence goes on: a name and any past-tense verb is the attribution.
        ("The council met on Monday.\n\n“That is not how any of this is supposed to work,” Dana Whitfield fumed on Tuesday.",
         ["Dana Whitfield"]),
        ("“We are not going to close the library this year,” the Daily Courier reported.", ["Daily Courier"]),
        ("“We are not going to close the library this year,” Okafor shot back.", ["Okafor"]),
        ("Dana Whitfield left the chamber early.\n\n“We are not going to close the library this year,” she fumed.",
         ["Dana Whitfield"]),
        # After "?" or "!" the verb must close its clause soon, without an object.
        ("The council met on Monday.\n\n“Are you really going to defend that budget in front of these people?” Okafor pressed.",
         ["Okafor"]),
        ("The vote was close.\n\n“You will never get my vote for that bridge!” Rosa Lind barked in the hallway.", ["Rosa Lind"]),
        # A word that merely begins with an irregular verb is no verb: "spokesman" is not "spoke".
        ("The vote was close.\n\n“We will study the ruling with care,” City Hall spokesman Omar Reyes said.", ["Omar Reyes"]),
    ],
)
def test_a_name_and_any_past_tense_verb_after_the_quote_attribute_it(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    "text",
    [
        # After "?" or "!" a new sentence may open with a name and a verb that takes an object: no attribution.
        "“Will the council vote for it at all?” Members debated the plan for three hours.",
        "“Is this the end of the line for the bridge?” Engineers inspected the span on Monday and found it closed.",
        # ... or whose clause runs on too long to be a tag.
        "“Kelly, are you in or out?” Okafor charged in his first speech of the day at the hall.",
        # After a full stop inside the marks the next sentence is the narrator's.
        "“We will close the library this year.” Okafor closed the meeting early.",
    ],
)
def test_a_new_sentence_after_a_question_or_full_stop_is_no_attribution(text):
    assert _speakers(text) == [""]


def test_a_quote_inside_a_clause_leaves_its_comma_to_the_sentence():
    text = ("When Lena Berg noted that the mayor calls it “a bridge for everyone,” Okafor seized on the phrase "
            "and mocked it.")
    assert _speakers(text) != ["Okafor"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # "one"/"another" introduce an unnamed source: never the person the story told about before.
        ("Ana Ruiz won the primary in a landslide on Tuesday.\n\n“It will be by a margin as close as last time,” "
         "said one Ohio Democrat.", ["Ohio Democrat"]),
        ("Ana Ruiz won the primary in a landslide on Tuesday.\n\n“It will be by a margin as close as last time,” "
         "another Ohio Republican said.", ["Ohio Republican"]),
        # An unnamed source may open on a number.
        ("Ana Ruiz won the primary in a landslide on Tuesday.\n\n“It will be by a margin as close as last time,” "
         "added a 2008 Ruiz veteran.", ["2008 Ruiz veteran"]),
        # A description before a name still gives the name.
        ("Ana Ruiz won the primary in a landslide on Tuesday.\n\n“It will be by a margin as close as last time,” "
         "said a skeptical Lee Park.", ["Lee Park"]),
    ],
)
def test_an_indefinite_source_is_a_new_unnamed_person(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A colon hands the quote to the name that ends its sentence ...
        ("Ana Ruiz spoke for an hour.\n\nThe surge does not surprise Democratic pollster Lee Park: "
         "“Voters were always going to come home in the end.”", ["Lee Park"]),
        ("Ana Ruiz spoke for an hour.\n\nPolls tighten - Lee Park: “Voters were always going to come home in the end.”",
         ["Lee Park"]),
        ("Ana Ruiz spoke for an hour.\n\nPark: “This is the worst budget I have seen in twenty years.”", ["Park"]),
        # ... or to the sentence's subject, whatever its verb.
        ("Lee Park spoke first. Ana Ruiz followed him.\n\nIn a statement released Thursday, Rep. Lee Park (D-Ohio) "
         "reacted to the news, saying: “This is the worst budget I have seen in twenty years.”", ["Lee Park"]),
    ],
)
def test_a_colon_hands_the_quote_to_its_sentence_s_name(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    "text",
    [
        # A capitalised word that opens a sentence is no person.
        "Lee Park spoke for an hour.\n\nHere are the highlights: “This is the worst budget I have seen in twenty years.”",
        "Lee Park spoke for an hour.\n\nVideo shows the rescue of the girl: “This is the worst budget I have seen in years.”",
        # A possessive subject: the words are its team's, not the person's.
        "Lee Park spoke for an hour.\n\nRuiz's campaign sent a message: “This is the worst budget I have seen in years.”",
    ],
)
def test_a_colon_after_no_person_hands_the_quote_to_nobody_new(text):
    assert _speakers(text) != ["Here"] and _speakers(text) != ["Video"] and _speakers(text) != ["Ruiz"]


def test_a_title_case_headline_before_a_colon_is_no_speaker():
    text = "Ruiz Visits Flooded Town: “We Will Rebuild Every Home”\n\nAna Ruiz spoke for an hour."
    assert "Flooded Town" not in _speakers(text) and "Ruiz Visits Flooded Town" not in _speakers(text)


@pytest.mark.parametrize(
    "text",
    [
        # What a preposition governs is no subject: the name in apposition after it speaks.
        "Ana Ruiz spoke for an hour.\n\nIn a statement, Lee Park, a spokesman for the union, said: "
        "“This is the worst budget I have seen in twenty years.”",
        "Ana Ruiz spoke for an hour.\n\nIn a letter to the mayor in May, Lee Park, the head of the Ohio Farmers Union, "
        "said farmers faced “unprecedented economic hardship” this year.",
    ],
)
def test_a_phrase_after_a_preposition_is_no_source(text):
    assert _speakers(text) == ["Lee Park"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The verb first, any verb: "…," beamed Ana Ruiz.
        ("Lee Park spoke first.\n\n“This is the best day of my whole life,” beamed Ana Ruiz of Akron, who drove six hours.",
         ["Ana Ruiz"]),
        ("Ana Ruiz spoke first. Lee Park spoke next.\n\n“Keep your hands on the wheel,” instructed Ms. Ruiz.", ["Ana Ruiz"]),
        # A described name after the quote: "an angry Ruiz" is Ruiz.
        ("Lee Park spoke first.\n\n“France will always be France,” an angry Ruiz retaliated.", ["Ruiz"]),
        # A credit line under the quote names its speaker.
        ("Lee Park spoke first.\n\n\"We have never had a budget this bad in all my years here.\"\n\n- Ana Ruiz.\n\nPark disagreed.",
         ["Ana Ruiz"]),
    ],
)
def test_other_shapes_of_the_attribution_after_the_quote(text, speakers):
    assert _speakers(text) == speakers


def test_a_clause_that_goes_on_after_the_quote_is_no_inverted_attribution():
    text = "“This is the best day of my whole life,” included in the package were three letters."
    assert _speakers(text) == [""]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A title's stop ends no sentence: the quote's sentence runs back past "Gov." to its subject.
        ("Jason Sims, a teacher, said he made a late decision to vote for Lee Park, and that Gov. Ana Ruiz’s "
         "endorsement was “a big deal for the whole county.”", ["Jason Sims"]),
        ("Ana Ruiz spoke first. Lee Park urged Mr. Ruiz to make a deal soon, saying “time is running out for many "
         "in farming.”", ["Lee Park"]),
        # A closing quote mark after a full stop still ends the sentence before.
        ("Ana Ruiz called the plan “a reckless waste of public money.” Sen. Lee Park called the statement "
         "“a disgrace to the whole party.”", ["Ana Ruiz", "Lee Park"]),
        # A party label after a name may hold a hyphen and a state: "(R-OH)", "(D-N.Y.)".
        ("Lee Park spoke first.\n\nRep. Ana Ruiz (D-N.Y.) said, “We are going all the way to the convention.”", ["Ana Ruiz"]),
        # An aside that ends on a titled name holds the subject.
        ("Lee Park spoke first.\n\nOn Tuesday in Akron, OH, after winning the primary, Gov. Ana Ruiz (R-OH), said, "
         "“We are going all the way to the convention.”", ["Ana Ruiz"]),
    ],
)
def test_the_sentence_before_the_quote_is_read_whole(text, speakers):
    assert _speakers(text) == speakers


def test_a_participle_that_opens_a_sentence_goes_on_from_the_sentence_before():
    text = ("Lee Park spoke first.\n\nLater in the show, Ana Ruiz stated that the report “was not good at all.” "
            "Adding, “Now, we have to see what the inspector says next.”")
    assert attribution(text, text.rindex("“"), text.rindex("”") + 1) == "Ana Ruiz"
