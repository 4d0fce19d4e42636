"""How the quote suggester writes a speaker's name: styles, particles, words glued before a name (sentences written for them)."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.speakers import person_name


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        # A style before a single name is part of how the person is named.
        ("Prince Harry", "Prince Harry"),
        ("Princess Anne", "Princess Anne"),
        ("Pope Leo", "Pope Leo"),
        ("Foreign Secretary Lord Cameron", "Lord Cameron"),
        ("Queen Margrethe", "Queen Margrethe"),
        # Not with a surname after the given name, and not an office.
        ("Sir Keir Starmer", "Keir Starmer"),
        ("Dame Judi Dench", "Judi Dench"),
        ("Crown Prince Frederik Andersen", "Frederik Andersen"),
        ("President Biden", "Biden"),
        ("Mr. Marcus", "Marcus"),
    ],
)
def test_a_style_before_a_single_name_stays(phrase, name):
    assert person_name(phrase) == name


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # Later mentions by the given name alone resolve to the styled name first given.
        ("Prince Edmund opened the new ward on Monday.\n\n“It is a wonderful place to heal,” Edmund said.",
         ["Prince Edmund"]),
        ("Princess Ilse and her husband toured the port.\n\n“The sea has been kind to us,” Ilse said. "
         "“We will be back,” she added.", ["Princess Ilse", "Princess Ilse"]),
        ("Lord Ashby, the former minister, spoke first.\n\n“The bill is a mistake,” Ashby told peers.", ["Lord Ashby"]),
        # A knight is named by his given name and surname.
        ("Sir Roland Pike opened the debate.\n\n“We cannot wait,” Pike said.", ["Roland Pike"]),
        ("Sir Roland Pike opened the debate.\n\n“We cannot wait,” Sir Roland said.", ["Roland Pike"]),
    ],
)
def test_styled_names_resolve(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # An organisation's possessive before the name is the person's employer, not part of the name.
        ("“We have to ask what we are building,” the ACLU’s Ana Ruiz tells Axios.", ["Ana Ruiz"]),
        ("“The rate will hold,” said the Fed's Tomas Berg.", ["Tomas Berg"]),
        ("“The rate will hold,” Britain's Prince Edmund said.", ["Prince Edmund"]),
        # An organisation of several words after the verb, at the sentence's end.
        ("“Cases are rising again,” said the World Health Organization.", ["World Health Organization"]),
        # A describing word between the article and a name ("a skeptical Ana Ruiz").
        ("“That is not what the report says,” said a skeptical Ana Ruiz, the board's chair.", ["Ana Ruiz"]),
        ("“We are done here,” said an exasperated Tomas Berg.", ["Tomas Berg"]),
        # Not a name after a preposition: the organisation the source is for.
        ("“We are looking at every option,” said a spokeswoman for the Home Office.", ["spokeswoman for the Home Office"]),
        # A title "of" a place or office, then the name: the place is no part of it.
        ("Acting U.S. Attorney for the District of Utah Ana Ruiz announced the charges.\n\n“This ring is closed,” "
         "said Ruiz.", ["Ana Ruiz"]),
        ("The Mayor of Leeds Tomas Berg opened the bridge. “It took ten years,” Berg said.", ["Tomas Berg"]),
        ("Chief Executive of Acme Foods Ana T. Ruiz spoke first. “Prices will rise,” Ruiz said.", ["Ana T. Ruiz"]),
        # A plain three-word name stays whole.
        ("Mary Ann Soto runs the shelter. “We are full every night,” Soto said.", ["Mary Ann Soto"]),
        # Lower-case particles inside a name.
        ("“We are fully mobilised,” said Laurence des Cars, the museum's director.", ["Laurence des Cars"]),
        ("“We will win,” said Ana da Silva.", ["Ana da Silva"]),
        # A defendant or suspect named with the word before the name.
        ("Defendant Tomas Berg, 54, of Leeds, pleaded guilty.\n\n“I am sorry,” Berg told the court.", ["Tomas Berg"]),
    ],
)
def test_words_before_a_name(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # An unnamed source is its head phrase: not where it was, what it was about, nor a relative clause.
        ('"He let everyone down," said one party operative in the state.', ["party operative"]),
        ('"The bridge was shaking," said a resident at the scene.', ["resident"]),
        ('In one example, Lima read a story about her diet which said it was "linked to water shortages '
         'and forest loss."', ["story"]),
        ('"We were never told," said a nurse who asked not to be named.', ["nurse"]),
        # What the source is of or for, and a named place, stay.
        ('"We were never told," said a member of the public.', ["member of the public"]),
        ('Officials in Kingston said on Friday that "all roads into the capital are now open."', ["officials in Kingston"]),
    ],
)
def test_unnamed_sources_keep_their_head_phrase(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    "name", ["Broward County", "Citizens’ Independent Transportation Trust", "Right Women PAC", "Acme Trust", "Ohio State"])
def test_names_that_end_as_an_organisation_or_a_government_does(name):
    from newsmark.core.suggest.speakers import is_organisation

    assert is_organisation(name)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # "the prince", "the queen": the person first named with that style.
        ("Prince Edmund opened the ward.\n\n“It is a wonderful place to heal,” the prince said.", ["Prince Edmund"]),
        ("Queen Ilse toured the port.\n\n“The sea has been kind to us,” the queen told reporters.", ["Queen Ilse"]),
        # A description after the verb, then the name in apposition: the name.
        ("“We did nothing wrong,” said the group’s leader, Tomas Berg.", ["Tomas Berg"]),
        ("“Prices will rise,” said the company's chief executive, Ana T. Ruiz.", ["Ana T. Ruiz"]),
        # An organisation in apposition is no person's name: the description stays.
        ("“Prices will rise,” said the chief economist, Acme Bank.", ["chief economist"]),
        # A group named by its country: the phrase as written.
        ("“We are watching closely,” US officials said.", ["US officials"]),
        ("“We are watching closely,” Israeli officials said on Monday.", ["Israeli officials"]),
        ("“We are watching closely,” officials said.", ["officials"]),
    ],
)
def test_styles_appositions_and_groups_after_the_verb(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize("phrase", ["We’re", "I'm", "They’ve", "You'll", "We’d", "It’s", "There's", "That’s", "Let’s"])
def test_a_pronoun_contraction_names_nobody(phrase):
    assert person_name(phrase) == ""


@pytest.mark.parametrize(
    "opening",
    [
        "We’re told that companies reveal their character in a crisis.",  # a contraction opening a sentence
        "Prosecutors in Los Angeles say the firm misled riders.",  # a place after "in" is where, not who
        "That is greed, as one driver in Sydney suggested.",
    ],
)
def test_an_unattributed_quote_takes_no_word_that_names_nobody(opening):
    text = f"Rideway raised its fares during the storm. {opening}\n\nThe firm’s message was blunt: “Fares have increased to bring more drivers online.”\n"
    assert _speakers(text) == [""]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Apparently Lindsey", "Lindsey"),  # an adverb opening the sentence
        ("Reportedly Ana Ruiz", "Ana Ruiz"),
        ("Judge Arthur Engoron", "Arthur Engoron"),  # an office that is a surname too, before a full name
        ("Bishop Desmond Tutu", "Desmond Tutu"),
        # The same words as names stay.
        ("Aaron Judge", "Aaron Judge"),
        ("Judge Judy", "Judge Judy"),
        ("Dean Smith", "Dean Smith"),
        ("Kelly Clarkson", "Kelly Clarkson"),
        ("Sally Field", "Sally Field"),
    ],
)
def test_a_sentence_adverb_or_surname_title_before_a_name_is_dropped(phrase, name):
    assert person_name(phrase) == name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The block is deliberate and wide,” said a member of GreatFire.org, which monitors censorship.", "member of GreatFire.org"),
        ("“We are looking into it right now,” a spokesman for Example.com said.", "spokesman for Example.com"),
        ("“We are looking into it right now,” said Amazon.com in a statement.", "Amazon.com"),
        ("Judge Arthur Engoron ruled on Monday.\n\n“The case will go on to trial,” Engoron said.", "Arthur Engoron"),
    ],
)
def test_a_web_address_or_titled_name_is_the_whole_speaker(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Donald Trump Has Skipped", "Donald Trump"),  # a title-case headline's verb ends the name
        ("Mayor Ana Ruiz Says", "Ana Ruiz"),
        ("Other Republicans", ""),  # a share of a group
        ("Another", ""),
        ("One Nevada Democrat", "Nevada Democrat"),  # one of a group, as "A Colorado Democrat"
        ("One Direction", "One Direction"),
        ("Will Smith", "Will Smith"),
    ],
)
def test_a_headline_verb_or_a_determiner_is_no_part_of_a_name(phrase, name):
    assert person_name(phrase) == name


def test_no_name_reaches_back_over_a_paragraphs_end_into_the_headline():
    # "$" matches before a last newline too: "Records Show\n" + "\nRuiz" had made "Records Show Ruiz".
    text = ("Councillor Ana Ruiz Has Skipped Most Council Meetings, Records Show\n\n"
            "Ruiz missed nine of twelve meetings this year.\n\n"
            "“I get the papers when I need them,” Ruiz said.")
    assert _speakers(text) == ["Ruiz"]  # the headline names nobody; the body gives only the surname
    assert _speakers(text.replace("this year.", "this year, said Ana Ruiz’s office.")) == ["Ana Ruiz"]
