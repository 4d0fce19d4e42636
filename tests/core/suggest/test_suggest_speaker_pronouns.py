"""Who a pronoun or an unattributed quote means: interviews, leading clauses, people just introduced (sentences written for them)."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The subject of a clause that opens the sentence is the one the pronoun means.
        ("“We will win,” said Paulo Reis.\n\nWhen Ana Lima joined the board, she said “the accounts were a mess "
         "from top to bottom.”", ["Paulo Reis", "Ana Lima"]),
        ("“We will win,” said Paulo Reis.\n\nAfter Tomas Berg lost the vote, he said “the count was never fair to us.”",
         ["Paulo Reis", "Tomas Berg"]),
        # The asker of a leading "When X asked …" is the interviewer: the main clause's subject answers.
        ("Ana Lima interviewed Paulo Reis for her programme. Reis said he was tired.\n\nWhen Lima asked if he would run "
         "again, he declined, saying “I am not ready to talk about that.”", ["Paulo Reis"]),
        # "… and concluded by saying "…"": the clause's subject, not the last speaker named.
        ("Ana Lima is the champion again. Tomas Berg said: “You are the best player in the world.” Shortly after "
         "collecting a trophy, a car and a cheque, Lima addressed the crowd and concluded by saying “thanks for having "
         "me”.", ["Tomas Berg", "Ana Lima"]),
    ],
)
def test_leading_clauses_and_interviews(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A person the sentence before introduces speaks in the pronoun-attributed quote after it.
        ("“The hospital is full,” said Dr Omar Haddad.\n\nThe shelling went on for days. Among those who fled was "
         "25-year-old Rana Saleh, who was pregnant. “I am from the north,” she said.", ["Omar Haddad", "Rana Saleh"]),
        ("“The hospital is full,” said Dr Omar Haddad.\n\nThe convoy left at dawn, carrying Rana Saleh, a teacher. "
         "“We had nothing left,” she said.", ["Omar Haddad", "Rana Saleh"]),
        # Not when the sentence before opens with a person: the object there is not the speaker.
        ("“The hospital is full,” said Dr Omar Haddad.\n\nTom Berg, the police chief, praised Sam Lee, a rookie officer. "
         "“He did a great job,” he said.", ["Omar Haddad", "Tom Berg"]),
        # Not a person named before: only a first mention introduces.
        ("Sam Lee met the press.\n\n“We are ready,” said Tom Berg.\n\nThe match was postponed. The delay angered "
         "Sam Lee, the captain. “We wanted to play,” he said.", ["Tom Berg", "Tom Berg"]),
    ],
)
def test_a_person_just_introduced(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A sentence opening with a gerund is not about a person named "Taking Milo".
        ("Paulo Reis moved to the coast last year.\n\nTaking Milo fishing is his favourite pastime, he said. "
         "“The best part is the quiet on the water.”", ["Paulo Reis"]),
        # A sentence after a quote closed with its full stop is not its attribution.
        ("Ana Lima spoke first. “We will win the seat back.” On Monday, Paulo Reis told reporters he disagreed.",
         ["Ana Lima"]),
        # A reporting verb after a subordinator ("after he suggested") is not the quote's.
        ("Ana Lima was exhausted by the tour.\n\n“I can't go on stage tonight,” she remembered telling her "
         "husband, after Paulo Reis suggested she rest.", ["Ana Lima"]),
        # "she" when everyone near is a man: the last source the text shows is a woman.
        ("Meena said she was tired of the campaign.\n\nPaulo Reis shook his head. “I will not step aside,” he said.\n\n"
         "“We will see about that,” she told him.", ["Paulo Reis", "Meena"]),
    ],
)
def test_pronoun_candidates_that_are_not_people(text, speakers):
    assert _speakers(text) == speakers


def test_an_attribution_after_words_that_continue_the_quotes_sentence():
    text = ("Tom Berg coaches the youth side.\n\n“We're like any other club” trying to win, says Ana Lima, the "
            "club's secretary. “We just keep going.”")
    assert _speakers(text) == ["Ana Lima", "Ana Lima"]


def test_he_is_not_a_county_that_spoke_in_between():
    text = ("Tomas Berg, a high school student, says he supports the cameras. (Marion County says it is not buying "
            "face recognition.)\n\nBut the cameras should be an \"absolute last resort for the school,\" he tells reporters.")
    assert _speakers(text) == ["Tomas Berg"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # In a question and answer the asker speaks the question, the one asked answers it.
        ("Governor Tomas Berg named Ana Lopez-Ruiz to the court.\n\nAt a press conference, a reporter asked "
         "Lopez-Ruiz, “What is the biggest problem in the courts?”\n\n“Bias we do not see in ourselves,” she replied.",
         ["reporter", "Ana Lopez-Ruiz"]),
        ("Tomas Berg hosted the show with his wife.\n\nBerg asked Ana Lima, “Why did you leave the party?”\n\n"
         "“It left me first,” she answered. “And I do not regret it.”", ["Tomas Berg", "Ana Lima", "Ana Lima"]),
        # A question put to nobody named leaves the answer to the person the text is about.
        ("Ana Lima took questions.\n\nOne voter shouted, “Why did you leave the party?”\n\n“It left me first,” "
         "she said.", ["voter", "Ana Lima"]),
        # A reflexive after the name: "as Lima herself said".
        ("Tomas Berg noted, as Ana Lima herself said, “The most important thing is that I am not the last.”",
         ["Ana Lima"]),
        # A name after a description in an aside: "a lawyer in attendance, Ana Ruiz, tweeted".
        ("At the ceremony earlier this month, a lawyer in attendance, Ana Ruiz, tweeted that Lima spoke “movingly "
         "about her father and her mother.”", ["Ana Ruiz"]),
    ],
)
def test_interviews_and_asides(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # A verb after a closed question that introduces the next words ("responded that “…”") is not its attribution.
        ("After board member Ana Lima asked last week “Why has this taken four months?” Mr. Berg responded that "
         "“the staff needed the time to check every figure.”", ["Ana Lima", "Berg"]),
        # A question followed by its own attribution stays the asker's.
        ("“Why has this taken four months?” Ana Lima asked.", ["Ana Lima"]),
        # A pledge is reported speech.
        ("Transport chief Tomas Berg, who was later suspended, pledged to the board in July that the line “would be "
         "ready by the end of the year.”", ["Tomas Berg"]),
    ],
)
def test_a_verb_that_introduces_the_next_words(text, speakers):
    assert _speakers(text) == speakers


def test_she_is_no_police_force_named_last():
    # "X Police" is a body: "She said" goes back to the woman the story is about, not the force named last.
    text = ("The SNP's Nicola Sturgeon has demanded to know who signed off the leave. Ms Sturgeon has written to the first "
            "minister. Strathclyde Police asked anyone who sees him to call.\n\nThe party's parliamentary leader argued that "
            "the decision came from ministers. She said: “The executive seemed to indicate yesterday that this was a matter "
            "for the hospital.”")
    assert _speakers(text) == ["Nicola Sturgeon"]


def test_said_the_n_year_old_is_the_person_just_told_about():
    text = ("Tomas Berg beat Ana Lima in the final. “It was great,” said Berg. Lima, ranked 158th, was forced to pull out "
            "of qualifying. “For me, this was a big success,” said the 20-year-old. “I was so nervous.”")
    assert _speakers(text) == ["Tomas Berg", "Ana Lima", "Ana Lima"]


def test_continued_with_an_object_after_a_quote_is_no_attribution():
    # "X continued his progress" after a quote is the next sentence, not its source: the quote goes on the last speaker's.
    text = ("“I didn't have a clue,” said Idowu. “I've not jumped indoors before and I just wanted the qualifying mark.” "
            "Nathan Douglas continued his steady progress this season.")
    assert _speakers(text) == ["Idowu", "Idowu"]


def test_a_bodys_statement_to_another_body_is_the_first_bodys():
    text = ("Tomas Berg spoke to fans. Acme United's statement to the stock exchange said: “The board has noted the recent "
            "press speculation on this subject.”")
    assert _speakers(text) == ["Acme United"]


def test_a_hyphened_description_before_a_name_is_no_part_of_it():
    text = ("Man-of-the-match Tomas Berg, who kicked three penalties, was ecstatic after the win. “It's just a special "
            "moment for all of us,” he said.")
    assert _speakers(text) == ["Tomas Berg"]


def test_a_counterpart_after_a_possessive_opening_with_but_is_the_subject():
    text = ("Tomas Berg said: “We are down.” But Berg's Bayern counterpart Felix Magath was in no mood to celebrate either. "
            "He said: “I am far from happy despite the win.”")
    assert _speakers(text) == ["Tomas Berg", "Felix Magath"]


def test_a_dashed_lines_name_before_its_quote_speaks():
    text = ("Tomas Berg scored twice for Newcastle.\n\n- Bolton boss Sam Allardyce \"I am bitterly disappointed with the "
            "result. \"We allowed them to heap too much pressure on us.\"\n\n - Newcastle boss Graeme Souness \"We deserved "
            "the win. We had a really good second half.\"")
    assert _speakers(text) == ["Sam Allardyce", "Sam Allardyce", "Graeme Souness"]


def test_his_comments_after_a_quote_is_no_source():
    text = ("Chelsea chief executive Peter Kenyon played down the reports. \"We are looking to get him back soon,\" he told "
            "the radio. \"There's no plans at the moment around the Barcelona game.\" His comments contradict those of "
            "Jean Pierre Meersseman.")
    assert _speakers(text) == ["Peter Kenyon", "Peter Kenyon"]


def test_the_record_holder_is_the_person_just_told_about():
    text = ("Michael Johnson has accused British sprinters of lacking pride.\n\n\"At the moment, the biggest factor on their "
            "mind is to be number one in Britain,\" the world 200m and 400m record holder told Five Live.")
    assert _speakers(text) == ["Michael Johnson"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Describing words before a given name and a surname are no part of the name.
        ("Minister for Children and Families Margaret Hodge announced the plan. Ms Hodge said: “Foster carers must not "
         "be out of pocket.”", ["Margaret Hodge"]),
        ("Top-seeded Americans Andy Roddick and Andre Agassi won. Roddick was unimpressed. “I'm not playing great,” he "
         "said.", ["Andy Roddick"]),
        # Not a name whose first word is no given name the list knows ("Tal Ben Haim").
        ("Tal Ben Haim headed the winner. “It was a great feeling for all of us,” said Tal Ben Haim.", ["Tal Ben Haim"]),
    ],
)
def test_describing_words_before_a_name(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The object of a relative clause in commas is not who speaks.
        ("The committee held a substantial inquiry. Lord Faulkner of Worcester, who chaired the inquiry, said: “Most "
         "betting is fair, but we see risks.”", ["Lord Faulkner of Worcester"]),
        # A name, then "the" + a role of a body running up to the verb: the name speaks, not the body.
        ("Mark Serwotka, the leader of the Public and Commercial Services Union said: “We had the day of the long "
         "knives last year.”", ["Mark Serwotka"]),
    ],
)
def test_relative_objects_and_roles_of_bodies_after_a_name(text, speakers):
    assert _speakers(text) == speakers


def test_a_titled_owner_opening_the_sentence_before_is_who_he_means():
    text = ("Ex-No 10 media chief Alastair Campbell is at the centre of a row. Peter Mandelson warned the BBC to steer away "
            "from “demonising” him, he said. Mr Campbell's e-mail, which was apparently intended for a party official, "
            "suggested they should act. In it, he said: “Just spoke to trev. Think they should give a statement.”")
    assert _speakers(text)[-1] == "Alastair Campbell"


def test_a_role_and_a_surname_opening_the_sentence_before_is_who_he_means():
    text = ("Notts police chief Steve Green said innocent people would suffer. Shadow home secretary David Davis said: "
            "“It is a mess.”\n\nEarlier chief constable Green questioned how his officers would cope. “If you look at "
            "the Market Square, which premises do you blame?” he asked on the radio.")
    assert _speakers(text) == ["David Davis", "Steve Green"]


def test_a_person_named_with_initials_and_given_a_role_is_whom_he_means():
    """Capitals before a surname are a body's ("BBC Sport") unless the text gives the name a person's role."""
    text = ("Desktop search\n\n\"Users need better tools,\" said Kate Ruiz, co-founder of Blinkx.\n\n"
            "JF Berg, spokesman for e-mail software firm Sendmail said firms were waking up to it. "
            "\"The key thing is being able to manage all this information,\" he said.")
    assert _speakers(text) == ["Kate Ruiz", "JF Berg"]


def test_a_name_led_by_capitals_without_a_role_is_still_no_he():
    text = ("Cup tie\n\n\"We will be ready,\" said Tom Berg, the coach.\n\nBBC Sport asked him about the injury list. "
            "\"Nobody is hurt,\" he said.")
    assert _speakers(text) == ["Tom Berg", "Tom Berg"]


def test_it_said_before_a_quote_is_the_body_told_about_never_a_person():
    """"In a statement Acme said …. It said: "…"": Acme, though a person spoke last; "it" is never a person's name."""
    text = ("Toolbar row\n\nDan Berg, founder of Grassroots Media, said the tool was a \"bad idea, and an unfortunate "
            "move by a company\". In a statement Acme said the feature was still only in beta. It said: \"The user can "
            "choose never to click on the button.\"")
    assert _speakers(text) == ["Dan Berg", "Acme"]
