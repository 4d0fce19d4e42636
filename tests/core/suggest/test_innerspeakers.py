"""Quotations reported inside someone's quote: "He said, ‘…’" is the man the teller speaks of; "my husband was like" his."""

from __future__ import annotations

from newsmark.core.suggest.innerspeakers import habitual, relative, reported_pronoun
from newsmark.core.suggest.quotes import suggest_quotes


def _inner(text: str) -> list[tuple[str, str]]:
    """The proposed quotes that lie inside another proposed quote, with their speakers."""
    found = suggest_quotes(text)
    return [(text[s.start:s.end], s.attributes["speaker"]) for s in found
            if any(o is not s and o.start <= s.start and s.end <= o.end for o in found)]


# --- "he said" inside her quote: the man she speaks of --------------------------------------------------------

def test_he_said_is_the_man_named_earlier_in_her_quote():
    text = ("Police arrested Marco Bellini, a baker, on Friday. Bellini denied the charge.\n\n"
            "Her neighbour, Ana Ruiz, said: “I kept calling the council. One day I asked Marco about the noise. "
            "He said ‘I have heard nothing at all. I sleep like a baby every night.’”")
    assert _inner(text) == [("I have heard nothing at all. I sleep like a baby every night.", "Marco Bellini")]


def test_he_said_is_the_man_the_story_named_before_her_quote():
    text = ("The agent Tom Lee said he first met the striker Pavel Novak in 2012. Novak now plays in Spain.\n\n"
            "\"We met him outside the stadium,\" Lee said. \"And he said, 'Listen, I want to save you the time. "
            "We do not need to meet.'\"")
    assert _inner(text) == [("Listen, I want to save you the time. We do not need to meet.", "Pavel Novak")]


def test_she_asked_skips_the_teller_named_before():
    text = ("Judge Helen Ward heard the case in May. Ward later retired.\n\n"
            "Omar Haddad, the defendant, told reporters: “I stood there for an hour. She asked, "
            "‘Do you understand what you have done to this family?’”")
    assert _inner(text) == [("Do you understand what you have done to this family?", "Helen Ward")]


def test_he_said_is_the_office_when_nobody_else_is_named():
    text = ("In 2019, a new finance minister took office. So the minister called Ana Ruiz, the economist who wrote the plan.\n\n"
            "\"He said, 'Well, I have just been named minister. Please come to meet me tomorrow,' \" Ruiz recalls.")
    assert _inner(text) == [("Well, I have just been named minister. Please come to meet me tomorrow", "finance minister")]


def test_he_said_is_the_stranger_she_met():
    text = ("“Last spring I sat in the waiting room and a man sat down next to me. He said, ‘You look like you need a coffee "
            "more than I do.’ We are married now,” said Ana Ruiz.")
    assert _inner(text) == [("You look like you need a coffee more than I do.", "man")]


def test_a_team_or_a_war_is_nobody_who_speaks():
    text = ("The New York Rangers lost again. World War I veterans were honoured before the game.\n\n"
            "“I went down to the rink after the game. He said, ‘We have nothing left to give this season,’” "
            "said Ana Ruiz.")
    assert _inner(text) != [("We have nothing left to give this season", "New York Rangers")]
    assert [who for _, who in _inner(text)] not in (["New York Rangers"], ["World War I"])


def test_her_own_words_stay_hers():
    text = "“I went to the office and I said, ‘You have to fix this by Friday,’” Ana Ruiz said on Monday."
    assert _inner(text) == [("You have to fix this by Friday", "Ana Ruiz")]


# --- "my husband was like": the relative's words ----------------------------------------------------------------

def test_my_husband_was_like_gives_the_husband():
    text = "Ana Ruiz spoke on Monday. “It was my husband who was like, ‘Why has nobody ever told this story?’ ” she said."
    assert _inner(text) == [("Why has nobody ever told this story?", "husband")]


def test_our_coach_told_us():
    text = "“At half-time our coach told us, ‘Play your own game and forget the score,’” Omar Haddad said."
    assert _inner(text) == [("Play your own game and forget the score", "coach")]


def test_the_phrases_themselves():
    assert relative("and my little brother said, ") == "little brother"
    assert relative("It was my boss who said ") == "boss"
    assert relative("My father always said, ") == "father"
    assert relative("I said to my brother, ") == ""  # the teller speaks, to him
    assert relative("my own words were, ") == ""
    assert reported_pronoun("And he said, ")
    assert reported_pronoun("She asked ")
    assert not reported_pronoun("I told him, ")
    assert not reported_pronoun("she thought the ")


# --- "He would say: ‘…’": what another person used to say is a quote; a guess is not -----------------------------

def test_what_he_would_say_every_time_is_his_quote():
    text = ("Police arrested Marco Bellini in May. Bellini denied it.\n\n"
            "“He would use me as a runner. He would say: ‘This is how a good worker behaves every day.’” said Ana Ruiz.")
    assert _inner(text) == [("This is how a good worker behaves every day.", "Marco Bellini")]


def test_what_he_would_say_if_asked_is_no_quote():
    text = "“If I asked him, he would say, ‘This is how a good worker behaves every day,’” said Ana Ruiz."
    assert _inner(text) == []


def test_what_i_would_say_is_no_quote():
    text = "“Honestly, I would say, ‘This is how a good worker behaves every day,’” said Ana Ruiz."
    assert _inner(text) == []


def test_habit_phrases():
    assert habitual("He would say: ")
    assert habitual("they would always tell us, ")
    assert habitual("And she’d ask ")
    assert not habitual("Maybe he would say ")
    assert not habitual("I would say, ")


def test_they_said_after_the_family_she_met():
    text = ("“I met with the Ruiz family two years ago and it went well. They said ‘the letters are in the right place’ "
            "and that settled it,” said Tom Lee.")
    assert _inner(text) == [("the letters are in the right place", "Ruiz family")]
