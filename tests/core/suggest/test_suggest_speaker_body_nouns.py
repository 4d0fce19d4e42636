""""The bank said" speaks for the body the story described as a bank; "the agency" for the agency it last named."""

from __future__ import annotations

from newsmark.core.suggest.bodynouns import described_body
from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_the_bank_is_the_one_described_as_a_bank_before():
    text = ("According to analysts at investment banking giant Harwell Brothers, output could double.\n\n"
            "\"We see regime change as the largest upside risk to supply this year,\" the bank said in a note.")
    assert _speakers(text) == ["Harwell Brothers"]


def test_an_apposition_names_the_body():
    text = "Harwell Brothers, the investment bank, cut its forecast."
    assert described_body(text, "the bank", len(text)) == "Harwell Brothers"


def test_a_body_never_described_with_the_noun_is_not_guessed():
    text = "Harwell Brothers cut its forecast. The lender Ruiz Capital held its own."
    assert described_body(text, "the bank", len(text)) == ""
    assert described_body(text, "the lender", len(text)) == "Ruiz Capital"
    assert described_body("Shares of the bank Monday fell.", "the bank", 30) == ""  # a day is no name


def test_the_agency_is_the_center_last_named_not_its_owner():
    text = ("The region is under a moderate risk drawn up by the National Weather Service’s Storm Outlook Center. "
            "The agency warns that “all hazards will be possible, including large hail and damaging wind.”")
    assert _speakers(text) == ["Storm Outlook Center"]


def test_the_company_is_the_business_the_sentences_before_open_with():
    text = ("Northwind on Thursday announced new plans at its annual Camp Northwind event, as the Denver-based company "
            "doubles down on its app.\n\n"
            "Northwind wouldn’t confirm how many of its members are active. “Women are far less likely than men to "
            "record a run before sunrise,” the company said in a post.")
    assert _speakers(text)[-1] == "Northwind"


def test_a_surname_opening_the_sentence_before_is_no_company():
    text = ("Ana Ruiz runs the shop's app.\n\nRuiz wouldn’t confirm the numbers. But the company previously reported "
            "that women are “far less likely than men to record a run before sunrise.”")
    assert described_body(text, "the company", len(text)) == ""
    assert described_body("However, sales fell. But the company said", "the company", 40) == ""


def test_the_company_is_the_business_described_as_a_firm_or_a_giant():
    """A business described as a firm (or a giant) is "the company" after, and the reverse."""
    text = ("An executive at US insurance firm Harwell & Pryce has pleaded guilty.\n\n"
            "The company added it was \"committed to serving our clients with the highest standards\".")
    assert _speakers(text) == ["Harwell & Pryce"]
    text = "Snack giant Morrowfield cut 2,000 jobs. \"We were too slow,\" the firm said."
    assert _speakers(text) == ["Morrowfield"]


def test_of_the_businesses_described_the_story_s_own_speaks_not_one_named_in_passing():
    text = ("Consumer goods giant Morrowfield is to merge its two boards. Morrowfield blamed the weather. "
            "Morrowfield also cut its forecast. Oil giant Castell last year dismantled its own dual structure.\n\n"
            "Sales in the US rose \"despite disappointing sales in Slimline\", the company said.")
    assert _speakers(text) == ["Morrowfield"]
    assert described_body(text, "the bank", len(text)) == ""  # a bank is never "the company"'s kin: not described


def test_a_firm_of_two_names_keeps_both_when_the_story_shortens_it():
    text = ("An executive at US insurance firm Harwell & Pryce has pleaded guilty.\n\n"
            "\"We are saddened by the development,\" Harwell said in a statement.")
    assert _speakers(text) == ["Harwell & Pryce"]
