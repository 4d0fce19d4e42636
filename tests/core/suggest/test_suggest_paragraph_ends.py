"""Look-behind windows that end where a paragraph begins: the paragraph before must not reach over its newline.

Python's ``$`` also matches just before a newline that ends the searched range, so a window ending at a
paragraph's first character could see the previous paragraph's last word as standing right before it.
"""

from __future__ import annotations

from newsmark.core.suggest.mentions import named_mentions
from newsmark.core.suggest.figures import suggest_figures
from newsmark.core.suggest.locations import suggest_locations
from newsmark.core.suggest.quotes import suggest_quotes


def figure_words(text: str) -> list[str]:
    """The words of every figure suggested in ``text``."""
    return [text[s.start:s.end] for s in suggest_figures(text)]


def test_capitals_ending_a_paragraph_do_not_make_the_next_number_a_model():
    # "UK" then "737" reads as a model ("A350", "MH370") only when the letters touch the digits.
    text = "Strike strands travellers across the UK\n737 passengers were stuck on Sunday."
    assert figure_words(text) == ["737"]


def test_a_quote_closing_a_paragraph_does_not_open_a_title_in_the_next():
    # A straight quote right before "37 Fire Crews Remain" would open a title; across a newline it closes the paragraph before.
    text = 'He said: "It is over."\n37 Fire Crews Remain, the service said on Monday.'
    assert figure_words(text) == ["37"]


# Trailing blanks before a newline are common in pasted copy: "in " ends one paragraph, "Ana Ruiz" opens the next.
def test_a_preposition_ending_a_paragraph_does_not_make_the_next_name_a_place():
    assert named_mentions("Flooding hit the towns in \nAna Ruiz said the water rose fast.") == [(27, "Ana Ruiz")]


def test_a_role_ending_a_paragraph_does_not_speak_for_the_body_opening_the_next():
    text = "He spoke to a spokesman for \nAcme Corp said the plant would close."
    assert named_mentions(text) == [(29, "Acme Corp")]


def test_a_bracketed_given_name_ending_a_paragraph_is_not_the_next_surnames():
    text = 'She met (Ana) \nRuiz said: "The water rose fast."'
    assert [s.attributes["speaker"] for s in suggest_quotes(text)] == ["Ruiz"]


def figure_units(text: str) -> list[tuple[str, str]]:
    """(words, unit) of every figure suggested in ``text``."""
    return [(text[s.start:s.end], dict(s.attributes).get("unit", "")) for s in suggest_figures(text)]


def test_a_state_code_ending_a_paragraph_does_not_make_the_next_number_a_zip_code():
    assert figure_words("Mail it to Albany, NY \n12207 people signed the letter.") == ["12207"]


def test_a_name_and_comma_ending_a_paragraph_do_not_make_the_next_number_an_age():
    assert figure_units("Votes went to Smith, \n42, said the clerk.") == [("42", "")]


def test_a_role_and_comma_ending_a_paragraph_do_not_make_the_next_number_an_age():
    assert figure_units("They thanked the team captain, \n34, said the coach.") == [("34", "")]


def test_an_article_ending_a_paragraph_does_not_join_the_next_paragraphs_scale_word():
    # "a million" starts at "a"; a lone "a " at a paragraph's end must not pull the blanks after it into the figure.
    assert figure_words("The vote went the way of a \nmillion people.") == ["million"]


def place_words(text: str) -> list[str]:
    """The words of every location suggested in ``text``."""
    return [text[s.start:s.end] for s in suggest_locations(text)]


def test_a_university_ending_a_paragraph_does_not_claim_the_next_town_as_its_campus():
    assert place_words("She studied at the University of Leeds, \nBerkeley residents were angry.") == ["Berkeley"]


def test_a_poll_rank_ending_a_paragraph_does_not_make_the_next_place_a_team():
    assert place_words("They beat No. 4 \nOhio voters were angry.") == ["Ohio"]


# The second audit: the same trailing blank before a newline, in the figure modules' and speaker forms' look-behinds.
def test_a_count_and_name_ending_a_paragraph_do_not_make_the_next_number_a_name():
    # "50 Democrats 12" would read like "40 million Windows 11 devices": a count never follows a count.
    assert figure_words("The bill was backed by 50 Democrats \n12 Republicans voted against it.") == ["50", "12"]


def test_a_name_ending_a_paragraph_does_not_name_the_next_number():
    # "Fortune 500" stands alone once, so every "Fortune 500" names; not "Fortune" ending one paragraph, "500" opening the next.
    text = "Profits at the Fortune 500 rose. The list comes from Fortune \n500 companies filed reports on time."
    assert figure_words(text) == ["500"]


def test_an_adjective_ending_a_paragraph_does_not_make_the_next_number_word_a_shot():
    assert figure_words("It was a late \nThree, he said.") == ["Three"]


def test_a_word_ending_a_paragraph_does_not_make_the_next_number_word_part_of_a_name():
    assert figure_words("The talks ended on Friday \nThree Democrats voted against the bill.") == ["Three"]


def test_a_count_ending_a_paragraph_does_not_make_the_next_number_a_model():
    # Were "345" a model ("30 Boeing 787 jets"), the article's other "345" would be one too.
    assert figure_words("Police arrested 12 \n345 Main Street was sealed off. Officers moved 345 residents.") == ["12", "345"]


def test_an_article_ending_a_paragraph_does_not_make_the_next_number_a_model():
    assert figure_words("The fire spread to the \n345 Main Street flats were evacuated, and 345 residents left.") == ["345"]


def test_a_capitalised_word_ending_a_paragraph_is_not_the_maker_of_the_next_number():
    assert figure_words("The fire broke out on Tuesday \n345 Main Street was evacuated. In all, 345 people left their homes.") \
        == ["345"]


def quote_speakers(text: str) -> list[str]:
    """The speaker of every quote suggested in ``text``."""
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_an_unnamed_role_ending_a_paragraph_does_not_speak_for_the_body_opening_the_next():
    text = '"We will not pay," Acme said. It had hired a spokesman for \nAcme ran the plant. Workers at the Acme site left.'
    assert quote_speakers(text) == ["Acme"]


def test_an_apposed_role_ending_a_paragraph_does_not_speak_for_the_body_opening_the_next():
    text = '"We will not pay," Acme said. She met Ruiz, a spokesperson for \nAcme ran the plant. Workers at the Acme site left.'
    assert quote_speakers(text) == ["Acme"]


def test_an_office_ending_a_paragraph_does_not_take_the_body_opening_the_next_as_its_name():
    text = '"We will not pay," Acme said. He wrote to the Minister for \nAcme ran the plant. Workers at the Acme site left.'
    assert quote_speakers(text) == ["Acme"]
