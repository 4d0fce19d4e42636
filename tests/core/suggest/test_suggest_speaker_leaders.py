"""Office holders the article names by title and surname alone get their full names (resources/leaders.tsv)."""

from __future__ import annotations

from newsmark.core.resources import resource_path
from newsmark.core.suggest.leaders import leader
from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_a_titled_surname_is_completed_for_every_later_mention():
    text = ("Talks stall again\n\nPresident Obama said on Monday that the talks had stalled.\n\n"
            "“We are not going to accept a deal like this one,” Mr. Obama said.\n\n"
            "“It is simply not on the table,” Obama added.")
    assert _speakers(text) == ["Barack Obama", "Barack Obama"]


def test_a_possessive_after_the_title_counts():
    text = "When President Obama’s aides met, they argued.\n\n“I want far more than this,” Mr. Obama said."
    assert _speakers(text) == ["Barack Obama"]


def test_without_the_title_a_common_word_or_surname_is_left_alone():
    text = "Voters went to the polls.\n\n“It will not happen like this at all,” May said of the vote."
    assert _speakers(text) == ["May"]
    assert leader("May said the vote was close.", "May") == ""


def test_the_office_decides_between_two_holders_of_one_surname():
    assert leader("Former President Clinton spoke first.", "Clinton") == "Bill Clinton"
    assert leader("Secretary of State Clinton flew to Cairo.", "Clinton") == "Hillary Clinton"
    assert leader("President Clinton and Secretary Clinton both came.", "Clinton") == ""  # two fit: say nothing


def test_the_article_s_own_full_name_wins():
    text = ("Ana Trump, a farmer in Iowa, met President Trump's advisers.\n\n"
            "“We cannot wait another season for this,” Trump said.")
    assert _speakers(text) == ["Ana Trump"]


def test_a_surname_not_in_the_list_is_not_completed():
    assert leader("President Ruiz spoke first.", "Ruiz") == ""


def test_every_line_of_the_list_is_a_name_a_surname_it_holds_and_offices():
    for line in resource_path("leaders.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            full, surname, offices = line.split("\t")
            assert surname in full and offices == offices.lower() and all(offices.split(","))
