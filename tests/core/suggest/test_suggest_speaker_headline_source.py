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


def test_the_verb_before_its_source_and_verbs_of_ruling_and_reporting_cite_the_lead_source():
    """"…, says a panel of experts.", "…, the Law Lords have ruled.", "…, the Daily Mail has reported." (round 43)."""
    text = ("Cloud storage 'here for good'\n\n"
            "Online storage services are here for good and will soon make money, says a panel of industry experts.\n\n"
            "The panel met in Berlin on Monday.\n")
    assert _headline_speaker(text) == "panel of industry experts"
    text = ("Port rules 'broke the law'\n\n"
            "The rules that turned away lorries at the port broke the law, the Law Lords have ruled.\n\n"
            "The ruling ends a four-year case.\n")
    assert _headline_speaker(text) == "Law Lords"
    text = ("Carmaker 'to shed 500 jobs'\n\n"
            "Some 500 jobs at the Acme Motors plant in Leeds may go this year, the Daily Mail has reported.\n\n"
            "Acme Motors declined to comment.\n")
    assert _headline_speaker(text) == "Daily Mail"


def test_a_source_in_the_passive_is_named_after_by_and_its_description():
    text = ("Iran 'blocks photo site'\n\n"
            "Iran has been accused of blocking access to a photo-sharing site by the press watchdog, Free Press Now.\n\n"
            "The site had been unavailable for a week.\n")
    assert _headline_speaker(text) == "Free Press Now"
    text = ("'Perfect summer song' found\n\n"
            "The recipe for the perfect summer hit has been revealed by music bible Pop Charts Weekly.\n\n"
            "It includes a beach and a chorus.\n")
    assert _headline_speaker(text) == "Pop Charts Weekly"


def test_a_source_the_lead_gives_by_its_kind_is_the_body_named_in_the_next_sentences():
    """"…, a charity has warned." then "Christian Aid condemned the move": the charity's name (round 43)."""
    text = ("Millions 'to lose farm jobs'\n\n"
            "Millions of farm workers will lose their jobs under new trade rules, a charity has warned.\n\n"
            "The trade body is to end its quota deal on 1 January. Harvest Aid condemned the move, saying it would "
            "cost a million jobs.\n")
    assert _headline_speaker(text) == "Harvest Aid"
    text = ("Permit decision 'every 9 minutes'\n\n"
            "Permit staff are expected to rule on an application every nine minutes, MPs have said.\n\n"
            "Staff were pushed to be quick rather than thorough, the Public Accounts Committee found. Each officer "
            "had a target.\n")
    assert _headline_speaker(text) == "Public Accounts Committee"
    text = ("Lender 'should restate books'\n\n"
            "US lender Acme Mortgage should restate its earnings, watchdogs have said.\n\n"
            "The Securities & Exchange Commission accused Acme Mortgage of breaking accounting rules.\n")
    assert _headline_speaker(text) == "Securities & Exchange Commission"
    text = ("Anglers 'could face court'\n\n"
            "Anglers could be prosecuted under plans to curb cruelty, a committee of MPs has warned.\n\n"
            "Loose wording could leave anglers in court, the environment select committee said.\n")
    assert _headline_speaker(text) == "environment select committee"


def test_a_source_given_by_its_kind_stays_when_the_next_sentences_name_no_one_reporting():
    text = ("Carmaker 'to drop V6 engines'\n\n"
            "Acme is to stop making six-cylinder engines for its sports cars, unions at the carmaker have said.\n\n"
            "The plant employs 2,000 people. It was opened in 1971.\n")
    assert _headline_speaker(text) == "unions"  # the kind as the lead gives it, its head: no body the text names later


def test_research_the_lead_cites_is_the_maker_of_the_study_the_next_sentences_name():
    """"…, research suggests." then "…, shows an in-depth study by telecommunications company Ericsson." (round 43)."""
    text = ("Lifestyle 'governs phone choice'\n\n"
            "Faster hardware alone will not help phone firms sell more handsets, research suggests.\n\n"
            "Instead, firms should not push technology for its own sake. Buyers care more about lifestyle than screen "
            "size, shows an in-depth study by telecoms company Acme Mobile. \"We focus too much on technology,\" said "
            "Ana Ruiz of Acme Mobile.\n")
    assert _headline_speaker(text) == "Acme Mobile"
