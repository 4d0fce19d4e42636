"""A headline's quoted words are the story's lead source's, not the headline's subject's (round 30)."""

from __future__ import annotations

from newsmark.core.suggest.headlinesource import lead_source
from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.headlines import headline_end


def _headline_speaker(text: str) -> str | None:
    return next(s.attributes.get("speaker") for s in suggest_quotes(text) if s.start < text.find("\n"))


def test_the_lead_source_after_its_clause_speaks_the_headline_quote():
    text = ("Tsunami 'won't divert Africa aid'\n\n"
            "UK aid to help the victims of the Asian tsunami disaster will not take relief from Africa, Prime Minister "
            "Tony Blair has promised.\n\nHe said the UK would meet its pledges.\n")
    assert _headline_speaker(text) == "Tony Blair"


def test_the_lead_source_opening_the_lead_outranks_the_headline_subject():
    text = ("Jones medals 'must go if guilty'\n\n"
            "World Anti-Doping Agency (WADA) chief Dick Pound says Marion Jones should be stripped of all her medals "
            "if found guilty.\n\nJones denies taking drugs.\n")
    assert _headline_speaker(text) == "Dick Pound"


def test_according_to_and_a_role_named_in_the_next_paragraph():
    text = ("Economy 'stronger than forecast'\n\n"
            "The UK economy probably grew faster than reported, according to Bank of England deputy governor Rachel "
            "Lomax.\n\nShe said growth was robust.\n")
    assert _headline_speaker(text) == "Rachel Lomax"
    text = ("Game warnings 'must be clearer'\n\n"
            "Violent video games should carry larger warnings, the trade and industry secretary has said.\n\n"
            "Patricia Hewitt is expected to call for the law to be enforced better.\n")
    assert _headline_speaker(text) == "Patricia Hewitt"


def test_a_role_of_a_body_opening_the_lead_is_its_holder_named_with_a_title_next():
    """"The head of US TV network Fox has admitted …" then "Chief executive Ana Ruiz said …": the chief executive."""
    text = ("Fox 'too reliant on reality TV'\n\n"
            "The head of US TV network Fox has admitted the broadcaster relied too heavily on reality TV shows.\n\n"
            "Chief executive Ana Ruiz said \"we drifted to too much on the unscripted side\".\n")
    assert _headline_speaker(text) == "Ana Ruiz"


def test_a_teller_in_the_passive_names_no_one():
    text = ("Yukos bankruptcy 'not US matter'\n\n"
            "Russian authorities do not have to abide by any US court decisions, a Houston court has been told.\n")
    assert lead_source(text, headline_end(text)) == ""


def test_without_a_lead_source_the_person_quoted_first_speaks_the_headline_quote():
    text = ("Worldcom boss 'left books alone'\n\n"
            "Former Worldcom boss Bernie Ebbers did not get involved in the firm's accounts, a jury has been told.\n\n"
            "\"I never discussed the books with him,\" said David Myers, the firm's former controller.\n")
    assert _headline_speaker(text) == "David Myers"
    # A quote with no named person after it leaves the headline's words unattributed.
    text = ("Firm 'left books alone'\n\nThe firm did not get involved, a jury has been told.\n\n"
            "\"We never discussed the books,\" officials said.\n")
    assert not _headline_speaker(text)
