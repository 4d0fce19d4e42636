"""Nested quotes: a quotation in the other style inside a proposed quote, proposed as a quote of its own."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(text[s.start:s.end], s.attributes["speaker"]) for s in suggest_quotes(text)]


def _inner(text: str) -> list[tuple[str, str]]:
    """The proposed quotes that lie inside another proposed quote."""
    found = suggest_quotes(text)
    return [(text[s.start:s.end], s.attributes["speaker"]) for s in found
            if any(o is not s and o.start <= s.start and s.end <= o.end for o in found)]


# --- the four styles -------------------------------------------------------------------------------------------

def test_single_curly_inside_double_curly_overlaps_the_outer_quote():
    text = "“The mayor came by and said, ‘We will rebuild every single house,’” Ana Ruiz said on Monday."
    found = suggest_quotes(text)
    assert [text[s.start:s.end] for s in found] == [
        "The mayor came by and said, ‘We will rebuild every single house,’", "We will rebuild every single house"]
    outer, inner = found
    assert outer.start < inner.start and inner.end < outer.end


def test_straight_single_inside_straight_double():
    text = "\"Then the clerk told us, 'The office is closed until further notice,'\" Tom Reyes said."
    assert _inner(text) == [("The office is closed until further notice", "clerk")]


def test_single_curly_inside_straight_double():
    text = "\"My father always said, ‘Never sign anything you have not read,’\" Dana Whitfield recalled."
    assert _inner(text) == [("Never sign anything you have not read", "father")]  # his words (the sets' convention)


def test_double_inside_british_single():
    text = "‘The coach walked in and said, “You have nothing left to prove,” and we cried,’ said Omar Haddad."
    assert _inner(text) == [("You have nothing left to prove", "coach")]


def test_double_inside_british_single_in_the_speakers_own_voice():
    text = "‘I stood up and said, “You have nothing left to prove,” and we cried,’ said Omar Haddad."
    assert _inner(text) == [("You have nothing left to prove", "Omar Haddad")]


def test_straight_double_inside_british_single():
    text = "‘She looked at us and said, \"This is the best team I have ever had,\" and left,’ Lee Park said."
    assert _inner(text) == [("This is the best team I have ever had", "Lee Park")]


def test_an_inner_quotation_never_closed_ends_with_the_outer_one():
    text = "“I was surprised when the governor said to be ‘Small towns, you are on your own,” Ana Ruiz said."
    assert _inner(text) == [("Small towns, you are on your own", "Ana Ruiz")]


def test_a_final_stop_stays_and_a_trailing_comma_goes():
    text = "“And I asked, ‘Why not?’ He said, ‘Because we ran out of money,’” Omar Haddad said."
    assert [q for q, _ in _inner(text)] == ["Because we ran out of money"]  # "Why not?" is two words


# --- speakers ----------------------------------------------------------------------------------------------------

def test_i_said_is_the_outer_speaker():
    text = "“I told the board, ‘We cannot keep losing money like this,’” Ana Ruiz said."
    assert _inner(text) == [("We cannot keep losing money like this", "Ana Ruiz")]


def test_i_called_someone_and_i_said_is_the_outer_speaker():
    text = "“I called a close friend of mine in Leeds and I said: ‘Can you help me finish this song?’” Dana Whitfield said."
    assert _inner(text) == [("Can you help me finish this song?", "Dana Whitfield")]


def test_a_named_person_replied_that():
    text = ("The hearing heard from Lee Park, an aide to Ambassador Tom Reyes.\n\n“Ambassador Reyes replied that "
            "‘He is going to sign the deal,’ and then hung up,” Park testified.")
    assert _inner(text) == [("He is going to sign the deal", "Tom Reyes")]


def test_heard_someone_ask_quote():
    text = ("Minister Omar Haddad was on the line.\n\n“I then heard Minister Haddad ask, quote, ‘So is the money on "
            "its way?’” Lee Park testified.")
    assert _inner(text) == [("So is the money on its way?", "Omar Haddad")]


def test_they_said_is_a_group_the_outer_quote_names():
    text = ("\"We called the police, and they said, 'We will send somebody over tonight.'\" Ana Ruiz said.")
    assert _inner(text) == [("We will send somebody over tonight.", "police")]


def test_they_said_with_no_group_named_is_the_outer_speaker_less_surely():
    text = "“I asked for more. They said, ‘We cannot pay that much money.’ So I left,” Omar Haddad said."
    found = suggest_quotes(text)
    inner = [s for s in found if text[s.start:s.end] == "We cannot pay that much money."]
    assert [s.attributes["speaker"] for s in inner] == ["Omar Haddad"]
    assert inner[0].confidence < 0.5


def test_the_words_after_a_finished_inner_sentence_introduce_the_next_one():
    text = ("“At the meeting I said, ‘I want a better offer.’ They said, ‘The growers cannot manage it.’ I said, "
            "‘Then find other growers.’” Ana Ruiz recounted.")
    found = {text[s.start:s.end]: s for s in suggest_quotes(text)}
    assert found["I want a better offer."].attributes["speaker"] == "Ana Ruiz"
    assert found["I want a better offer."].confidence > found["The growers cannot manage it."].confidence


def test_a_document_that_said_speaks_for_itself():
    text = "“The report just said something like, ‘Prices will keep rising for a year,’” Lee Park said."
    assert _inner(text) == [("Prices will keep rising for a year", "report")]


def test_nested_confidence_stays_under_the_outer_quotes():
    text = ("Ambassador Tom Reyes spoke first.\n\n“Reyes replied that ‘He is going to sign the deal,’” Lee Park said. "
            "“I said, ‘Good news for everyone involved,’” she added.")
    found = suggest_quotes(text)
    outer = [s for s in found if s.confidence >= 0.75]
    inner = [s for s in found if s not in outer]
    assert len(inner) == 2 and max(s.confidence for s in inner) < min(s.confidence for s in outer)


# --- nothing proposed --------------------------------------------------------------------------------------------

def test_apostrophes_never_open_or_close_a_quote():
    text = ("“Ukraine’s army grew up on the ’90s and rock ’n’ roll, and the players’ union says it’s "
            "fine,” said Ana Ruiz.")
    assert _inner(text) == []


def test_straight_apostrophes_never_open_or_close_a_quote():
    text = "\"We gave 'em everything we had and the players' union agreed it was fine,\" Omar Haddad said."
    assert _inner(text) == []


def test_an_elision_at_the_start_of_the_outer_quote():
    text = "\"'Cause nobody can take back what they said on live television,'\" she said, quoting Dana Whitfield."
    assert _inner(text) == []


def test_a_title_in_single_quotes_is_no_quote():
    text = "“We watched ‘The Long Road Home’ every night at the camp,” said Ana Ruiz."
    assert _inner(text) == []


def test_a_title_with_a_stop_inside_its_marks_is_no_quote():
    text = "“I am not,” said Lee Park. “It is ‘Saturday Night at the Palace.’”"
    assert _inner(text) == []


def test_two_word_scare_quotes_are_no_quote():
    text = "“They call it ‘smart growth’ but nobody in this town agrees with it,” said Ana Ruiz."
    assert _inner(text) == []


def test_hypothetical_as_if_to_say_is_no_quote():
    text = "“He looked at me as if to say ‘you will never win this case,’ and walked off,” said Ana Ruiz."
    assert _inner(text) == []


def test_words_nobody_said_are_no_quote():
    for text in ("“I can’t say ‘I have no idea what this scene is about,’ not on a film set,” said Lee Park.",
                 "“People are going to hear the demo and go, ‘Well I could never sing like that,’” said Lee Park.",
                 "“There is a sort of ‘No, after you,’ ‘No, after you,’ going on,” said Lee Park.",
                 "“It was a character of ‘No, after you,’ ‘No, after you,’ all day,” said Lee Park."):
        assert _inner(text) == [], text


def test_a_slogan_is_mentioned_not_said():
    text = "“We all know the slogan, ‘Build it and they will come,’ and it is wrong,” said Omar Haddad."
    assert _inner(text) == []


def test_one_outer_quote_with_no_inner_marks_is_unchanged():
    text = "“We will not back down,” Ana Ruiz said. “Never.”"
    assert _quotes(text) == [("We will not back down", "Ana Ruiz")]
