"""A writing that "says" ("the statement continued", "the letter read") speaks for whoever the article said issued it."""

from __future__ import annotations

from newsmark.core.suggest.antecedents import author
from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_the_statement_speaks_for_the_body_that_issued_it():
    text = ("On Monday, Acme Records issued a statement about the show.\n\n"
            "“It should be noted that artists do not need label approval for this,” the statement continued.")
    assert _speakers(text) == ["Acme Records"]


def test_a_writing_from_or_by_a_body_and_a_body_s_own_writing():
    assert author("They read a letter from the Tenants United Coalition on Friday. Then", "letter", 60) == \
        "Tenants United Coalition"
    assert author("Acme Holdings’ annual report was out. Then", "report", 40) == "Acme Holdings"


def test_the_last_issuer_before_the_quote_is_the_one():
    text = "Acme Records issued a statement. Later, Bolt Media released a statement of its own. Then"
    assert author(text, "statement", len(text)) == "Bolt Media"


def test_a_day_is_not_an_author_and_nothing_found_gives_nothing():
    assert author("It was Tuesday’s report that mattered. Then", "report", 40) == ""
    assert author("The report was long. Then", "report", 25) == ""


def test_with_no_issuer_named_the_statement_is_as_before():
    text = ("Ana Ruiz spoke to reporters on Monday.\n\n"
            "“We do not need any approval for this at all,” the statement said.")
    assert _speakers(text) == ["Ana Ruiz"]


def test_a_report_a_bodys_mission_made_is_the_bodys():
    text = ("Economy grows\n\nThe economy started to grow, the International Monetary Fund (IMF) has said.\n\nAn IMF "
            "mission made the comments in a report published after 10 days of talks. \"The IMF team stands ready to "
            "assist the authorities,\" said the report.")
    assert [s.attributes["speaker"] for s in suggest_quotes(text)] == ["International Monetary Fund"]


def test_a_quoted_phrase_in_a_sentence_closed_by_a_body_with_its_bracketed_acronym_is_the_bodys():
    text = ("Economy grows\n\nThe economy started to grow in 2004, but \"sustained and deep reform efforts\" are needed "
            "to ensure growth, the International Monetary Fund (IMF) has said.\n\nMore follows.")
    assert [s.attributes["speaker"] for s in suggest_quotes(text)] == ["International Monetary Fund"]


def test_a_report_a_body_says_something_in_is_the_bodys():
    text = ("Aid\n\nSome 45 million children will die needlessly, Oxfam says in a report, Paying the Price. The report "
            "said: \"For rich countries, providing aid is an obligation and a matter of justice.\"")
    assert [s.attributes["speaker"] for s in suggest_quotes(text)] == ["Oxfam"]
