"""Attribution shapes read in round 30 (blind125–136): a described nationality, a colon-introduced quote ending its
sentence, and a source set off inside the sentence with its verb first."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes


def _speakers(text: str) -> list[str]:
    return [s.attributes.get("speaker") for s in suggest_quotes(text)]


def test_the_described_nationality_is_the_player_told_about():
    text = ("Koubek banned\n\n"
            "Stefan Koubek failed a drugs test. Koubek believes an injection given to him by a doctor is to blame. "
            "\"I have acted correctly,\" the 27-year-old Austrian said in a statement.")
    assert _speakers(text) == ["Stefan Koubek"]


def test_a_quote_a_colon_introduces_ends_its_sentence_inside_the_marks():
    text = ("Fox attacks Blair\n\n"
            "Tory co-chairman Liam Fox accused Mr Blair of telling lies. He told BBC Radio: \"If you are willing to lie "
            "about the war, you will lie about anything at all.\" The latest pre-election spats come after Mr Blair "
            "told Labour activists to fight.")
    assert _speakers(text) == ["Liam Fox"]


def test_a_source_set_off_with_its_verb_first_inside_the_sentence():
    text = ("Dollar slides\n\n"
            "But analysts said the respite was likely to be temporary. The European ministers' comments, said Junya "
            "Tanase of JPMorgan Chase bank in Tokyo, were \"generally too weak to produce a market reaction\".")
    assert _speakers(text) == ["Junya Tanase"]


def test_a_source_set_off_with_its_verb_first_right_before_the_quote():
    text = ("Bloggers' day\n\n"
            "The group was started by US blogger Curt Hopkins. But the way these issues get tested is through the "
            "courts which, said Mr Hopkins, \"is part of the whole messy conversation.\"")
    assert _speakers(text) == ["Curt Hopkins"]


def test_a_verb_and_colon_after_a_quote_ending_with_a_space_before_its_mark_introduce_the_next_quote():
    text = ("Owens awards\n\n"
            "American Olympic stars Justin Gatlin and Joanna Hayes have won the Jesse Owens awards.\n\n"
            "\"It is such a great honour to win the award,\" said Gatlin. \"It is one of the biggest honours in track "
            "and field and a great end to a great year. \" Hayes said: \"Knowing some of the great people who have won "
            "this award before me is an honour.\"")
    assert _speakers(text) == ["Justin Gatlin", "Justin Gatlin", "Joanna Hayes"]


def test_a_quote_that_is_the_assessment_of_someone_is_theirs():
    text = ("Labour's core support\n\n"
            "Tony Blair has told Labour supporters he's back.\n\n"
            "\"The electorate are keener on the government than some Labour Party members,\" is the dry assessment of "
            "Graham Lane, leader of the Labour group on Newham Council.")
    assert _speakers(text) == ["Graham Lane"]



def test_a_nested_quote_closing_before_the_mark_still_ends_the_sentence():
    text = ("Connors boost for British tennis\n\n"
            "Former world number one Jimmy Connors will help the Lawn Tennis Association.\n\n"
            "The American spent three days at the camp. \"Britain has the right attitude,\" said Connors. \"The more "
            "involved I can be, the better. \"A short-term arrangement is just confusing. The kids will ask: 'What am I "
            "doing there?'\" LTA chief executive, John Crowther, added: \"We would like some more of it.\"")
    assert _speakers(text) == ["Jimmy Connors"] * 3 + ["John Crowther"]


def test_a_description_left_unclosed_before_the_verb():
    text = ("Labour activists\n\n"
            "Malcolm Shipley, of Shipley, said it was \"as if he is coming round to the right approach again\". Katrina "
            "Bull, a prospective parliamentary candidate said Mr Blair had shown he could rouse the party's grassroots: "
            "\"I think if every voter was able to spend time in a room with Tony, we will have no problem.\"")
    assert _speakers(text) == ["Malcolm Shipley", "Katrina Bull"]


def test_she_said_after_a_sentence_a_bodys_unnamed_voice_opens():
    text = ("CSA chief still in job\n\n"
            "Work Secretary Alan Johnson announced Doug Smith's departure. \"The chief executive decided it was time to "
            "move on,\" he said. A Department for Work and Pensions spokeswoman confirmed Mr Smith was still in post. "
            "\"No date was ever given for Doug Smith's departure,\" she said.")
    assert _speakers(text) == ["Alan Johnson", "Department for Work and Pensions spokeswoman"]


def test_the_one_told_before_the_colon_is_spoken_to_not_the_speaker():
    text = ("Blair and Brown\n\n"
            "Tory leader Michael Howard accused the prime minister of squabbling. He told Sky News' Sunday with Adam "
            "Boulton: \"This is the politics of the playground and Britain really does deserve better.\"")
    assert _speakers(text) == ["Michael Howard"]


def test_a_dashed_aside_between_the_name_and_a_verb_reporting_a_clause():
    text = ("Shredding\n\n"
            "BBC correspondent James Hardy said the prospect was causing jitters. Liberal Democrat Alan Beith - who "
            "chairs the select committee - said if the claims were true, Whitehall was \"acting entirely against the "
            "spirit of the new Act\".")
    assert _speakers(text) == ["Alan Beith"]


def test_a_described_phrase_run_on_into_a_clause_with_its_own_named_subject():
    text = ("Cole refuses to blame Van Persie\n\n"
            "Arsenal defender Ashley Cole backed the striker. Thierry Henry is ruled out with an Achilles tendon injury "
            "but Cole said: \"No-one is putting the blame on Robin.\"")
    assert _speakers(text) == ["Ashley Cole"]


def test_a_body_named_x_of_a_place_is_the_body():
    text = ("Tsunami claims\n\n"
            "Munich Re said it expected claims of 100m euros. Lloyds of London told the Financial Times it expected its "
            "exposure to be limited to \"holiday resorts, personal accident, travel insurance and marine risks\".")
    assert _speakers(text)[-1] == "Lloyds of London"


def test_a_name_of_a_place_after_a_person_or_a_paper_is_no_body_or_aside():
    from newsmark.core.suggest.headclauses import aside_source, body_of_place
    head = "CBC Chairman G.K. Butterfield of North Carolina said the caucus would be "
    assert body_of_place(head, head.index("North"), "North Carolina") == ""
    assert aside_source("In an email provided to The Post, the officer said that ") == ""


def test_a_person_before_a_role_no_second_comma_closes_speaks_not_the_role():
    text = ("Waiting times\n\nThe minister set a new target.\n\n"
            "Rhodri Glyn Thomas, Plaid Cymru health spokesman said: \"It's exactly the same target she set in 1999.\"")
    assert _speakers(text) == ["Rhodri Glyn Thomas"]
    text = "Waiting times\n\nThe minister spoke. In Leeds, the party spokesman said: \"It is a failed target, again.\""
    assert _speakers(text) == ["party spokesman"]


def test_a_person_whose_role_at_a_body_runs_up_to_its_verb_is_the_source_a_pronoun_means():
    text = ("Health checks\n\n\"This is another worrying step,\" said Mark Oaten, the party's spokesman.\n\n"
            "Lisa Power, head of policy at Aids charity the Terrence Higgins Trust said the policy was prejudice-based. "
            "\"In fact, it would drive people with health conditions to falsify tests,\" she said.")
    assert _speakers(text) == ["Mark Oaten", "Lisa Power"]


def test_said_opening_a_sentence_is_no_part_of_a_name():
    text = ("Charvis blow\n\nThe flanker is fit again.\n\n"
            "Said Wales assistant coach Scott Johnson: \"We're positive about Hal. \"He comes back into the mix again. \" "
            "Replacement hooker Robin McBryde remains a doubt.")
    assert set(_speakers(text)) == {"Scott Johnson"}


def test_a_body_named_before_its_lower_case_role_gives_the_roles_voice():
    text = ("Prize money\n\nDavenport criticised the chairman.\n\n"
            "An All England club spokesperson denied Phillips made the remark, insisting: \"He definitely didn't say it.\"")
    assert _speakers(text) == ["All England club spokesperson"]


def test_a_sentence_opening_with_for_the_party_has_its_named_subject_speak_next():
    text = ("Waiting times\n\nRhodri Glyn Thomas said: \"It's a failed target.\" For the Welsh Liberal Democrats, Kirsty "
            "Williams called the new target \"hugely unambitious\". \"It leaves patients in Wales still waiting two years.\"")
    assert _speakers(text) == ["Rhodri Glyn Thomas", "Kirsty Williams"]


def test_a_phrase_after_a_quote_that_runs_on_to_a_pronoun_and_its_verb_gives_the_pronoun():
    text = ("Peace mission\n\nAriel Sharon met Tony Blair in London.\n\nEarlier, Mr Sharon again said he had not seen "
            "\"the slightest sign of a step\" the Palestinians were working to end attacks - though he acknowledged "
            "their leaders were busy.")
    assert _speakers(text) == ["Ariel Sharon"]


def test_whom_a_writing_suggests_named_a_thing_speaks_the_name_not_the_writing():
    text = ("Pub hours\n\nThe minister defended the law.\n\nLeaked documents have suggested ex-Home Secretary David "
            "Blunkett branded new opening hours as a \"leap in the dark\". But the minister insisted his concerns had been met.")
    assert _speakers(text) == ["David Blunkett"]


def test_a_question_people_asked_is_theirs_and_the_he_said_after_it_is_the_activists():
    text = ("Activists\n\n\"It is no good having new galleries if you have no jobs,\" said Tom Telford. \"We are fired "
            "up,\" said Richie Porter. Mr Telford agreed, but added it was hard to think of an answer when people asked "
            "\"What has Labour done for the North East?\" \"I have had doors slammed in my face,\" he said.")
    assert _speakers(text)[-2:] == ["people", "Tom Telford"]


def test_an_unnamed_spokesman_for_a_body_opening_the_sentence_before_is_whom_he_said_means():
    text = ("Sentences\n\nJohn Denham, chairman of the committee, said: \"The discounts are too generous.\" But a spokesman "
            "for the Home Office defended the proposals. He said: \"Parliament sent a clear signal on murder.\"")
    assert _speakers(text) == ["John Denham", "spokesman for the Home Office"]


def test_a_party_and_role_before_the_name_in_the_quotes_own_sentence_give_the_person():
    text = ("Cold calls\n\nThe watchdog is looking at the calls. Lib Dem chairman Matthew Taylor has now written to the "
            "watchdog saying: \"The advice we have received is that such phone calls are illegal.\"")
    assert _speakers(text) == ["Matthew Taylor"]


def test_an_outlet_after_in_the_before_a_colon_is_where_not_who():
    text = ("Kewell\n\nHarry Kewell is hurt, said his agent Bernie Mandic. \"He cannot shake off the pain.\"\n\nMandic "
            "continued in the Sydney Morning Herald: \"Harry is struggling a bit but the club are doing everything.\"\n")
    assert _speakers(text)[-1] == "Bernie Mandic"


def test_a_person_whose_role_at_a_body_runs_up_to_its_said_after_the_quote_speaks():
    text = ("Auschwitz\n\nThe prince should see for himself \"the results of the hated symbol he chose to wear\", Rabbi "
            "Marvin Hier, founder of Jewish human rights group the Simon Wiesenthal Center said.")
    assert _speakers(text) == ["Marvin Hier"]


def test_a_described_person_of_a_body_after_said_is_the_person_not_the_body():
    text = ("Oil\n\nPrices rose. \"I think prices are now setting a new range,\" said energy analyst Orin Middleton of "
            "Barclays Capital.")
    assert _speakers(text) == ["Orin Middleton"]


def test_an_office_after_a_party_is_no_verb_of_the_party():
    # "Earlier Tory leader Michael Howard sent …": not "Earlier Tory" doing "leader"; the person named after the office.
    text = ("Blair congratulates Bush\n\nTony Blair spoke first. Earlier Tory leader Michael Howard sent Mr Bush his "
            "\"warmest congratulations\", saying: \"We look to the president to be a unifying force for all.\"")
    assert _speakers(text)[-1] == "Michael Howard"


def test_an_office_of_two_portfolios_after_the_verb_is_its_holders():
    # "said Economic and Fiscal Policy Minister Heizo Takenaka": not "Economic", the first capitalised word.
    text = ("Japan slides\n\nGDP fell. \"The economy has some soft patches,\" said Economic and Fiscal Policy Minister "
            "Heizo Takenaka. \"It is recovering,\" said Culture, Media and Sport Secretary Tessa Jowell. \"Not so,\" "
            "said Smith and Jones.")
    assert _speakers(text) == ["Heizo Takenaka", "Tessa Jowell", "Smith"]


def test_an_under_secretary_is_an_office():
    text = ("G7 backs plan\n\nBut US Treasury Under-Secretary John Taylor said the US could not support it. "
            "\"The US is completely committed to poverty reduction,\" he said.")
    assert _speakers(text) == ["John Taylor"]


def test_someones_officer_named_after_the_comma_speaks():
    text = ("Diploma plan\n\nThe QCA said it lay in the diploma. \"Any partial implementation would compromise that "
            "integrity,\" said its chairman, Sir Anthony Greener. \"She will plead not guilty,\" said her lawyer, Tom Lee.")
    assert _speakers(text) == ["Anthony Greener", "Tom Lee"]


def test_a_sentence_going_on_to_a_quotation_of_its_own_is_no_attribution_of_the_quote_before():
    # '"….” The QCA has also told the government not to "compromise".': the QCA's verb is its own quotation's, and
    # the quote before stays the writer's who wrote the paragraph's first one.
    text = ("Diploma plan\n\nBarry Sheerman spoke. \"We must tackle the structural mess,\" he wrote in the Times. "
            "\"It is not the case that the academic stream is fine.\" The Qualifications and Curriculum Authority has "
            "also told the government not to \"compromise\".")
    assert _speakers(text) == ["Barry Sheerman", "Barry Sheerman"]


def test_meanwhile_between_the_subject_and_the_verb():
    # "The foreign secretary meanwhile said …": the next quote is the foreign secretary's.
    text = ("Rebate row\n\nForeign Secretary Jack Straw spoke first. Shadow minister Graham Brady said: \"I believe "
            "Britain must keep the rebate.\" The foreign secretary meanwhile said the \"justice\" of the rebate remained. "
            "\"We have one of the lowest net receipts of any EU country.\"")
    assert _speakers(text) == ["Graham Brady", "Jack Straw"]


def test_a_naming_verb_after_and_and_an_adverb():
    # "And Henry afterwards described the display as "…"": Henry, not "and Henry afterwards".
    text = ("Arsenal win\n\nStriker Thierry Henry, along with Robert Pires, scored against Fulham. And Henry afterwards "
            "described the display as \"beautiful to watch\". He said: \"What matters is winning the three points.\"")
    assert _speakers(text) == ["Thierry Henry", "Thierry Henry"]


def test_quoted_as_saying_is_an_attribution():
    # An "according to" sentence before does not take the quote its own attribution names.
    text = ("Wenger row\n\nArsenal boss Arsene Wenger spoke. But later on Saturday, according to The Independent, Wenger "
            "spoke to a smaller group of reporters. \"I have no diplomatic relations with him,\" the Arsenal boss is "
            "quoted as saying.")
    assert _speakers(text) == ["Arsene Wenger"]


def test_a_named_subject_after_a_subordinator_speaks():
    # "The poll comes after Foreign Secretary Jack Straw predicted trust would be "the key choice"": Straw's words.
    text = ("Trust poll\n\nVoters distrust politicians. The poll comes after Foreign Secretary Jack Straw predicted trust "
            "would be \"the key choice\" at the next election.")
    assert _speakers(text) == ["Jack Straw"]


def test_a_venue_opening_the_quote_before_is_no_one_to_go_on():
    # '"The Millennium Stadium is probably one of the best stadiums in the world," he said. "To go down there …"':
    # the stadium opens the quoted sentence; the next quote goes on with the prop who said it.
    text = ("White prepared\n\nProp Julian White is raring to go. \"I enjoy the atmosphere. The Millennium Stadium is "
            "probably one of the best stadiums in the world,\" he said. \"To go down there and hear the singing is great.\"")
    assert _speakers(text) == ["Julian White", "Julian White"]


def test_narration_ending_on_a_named_source_hands_her_the_quotes_after_it():
    text = ("Digital film\n\n"
            "The UK is to get a network of digital cinemas. \"Access to specialised film is currently restricted across the UK,\" said Pete Buckingham, head of "
            "distribution at the UK Film Council. Digital prints cost less than a traditional print, giving distributors "
            "more flexibility, said Fiona Deans. \"It can cost up to £1,500 to make a copy of a print for specialist "
            "films.\" \"In the digital world you can make prints for considerably less than that.\"")
    assert _speakers(text) == ["Pete Buckingham", "Fiona Deans", "Fiona Deans"]


@pytest.mark.parametrize("attributed", ["19-year-old Simpson revealed", "said 19-year-old Simpson"])
def test_an_age_before_the_name_after_the_quote_is_no_part_of_it(attributed):
    text = ("Band split\n\n"
            "Charlie Simpson is leaving Busted. James Bourne said he was devastated. \"This has been a really difficult "
            f"decision,\" {attributed}.")
    assert _speakers(text) == ["Charlie Simpson"]


def test_someone_named_by_the_works_they_made_is_the_person_told_about_not_a_title():
    text = ("Hoffman hits out\n\n"
            "Actor Dustin Hoffman has hit out at the state of modern films. The star of Rain Man and Tootsie said the "
            "film culture was \"in the craphouse\" at a press conference on Tuesday.")
    assert _speakers(text) == ["Dustin Hoffman"]


def test_a_relative_named_after_whose_they_are_is_the_subject_a_pronoun_means():
    text = ("Big Brother\n\n"
            "Bez was nominated by five housemates, whilst John received four votes. Sylvester Stallone's ex-wife "
            "Brigitte Nielsen nominated both John and Bez. She said: \"Bez is a difficult human being. There's "
            "something wrong with him.\"")
    assert _speakers(text) == ["Brigitte Nielsen"]


def test_an_office_of_a_body_set_off_by_commas_before_its_holder_opens_the_sentence():
    text = ("Net regulation\n\n"
            "Lord Currie did not rule out the possibility of regulation. BT has set up an entertainment division. Head of "
            "the division, Andrew Burke, spoke about the possibility of creating content for all platforms. \"How "
            "risque can I be in this new age?\" he said.")
    assert _speakers(text) == ["Andrew Burke"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Phones\n\nA survey was done. \"We are a nation of lazy so-and-sos,\" David Noone from Intervoice said. \"We "
         "put the numbers in our phones so we can call a friend.\"", ["David Noone", "David Noone"]),
        ("Box office\n\nTitanic took $1.8bn. \"Eyeballs staring at the movie screen translate to eyeballs staring at "
         "the TV screen,\" said Paul Dergarabedian of box office tracker Exhibitor Relations. \"People like to have a "
         "vested interest in what they are watching.\"", ["Paul Dergarabedian", "Paul Dergarabedian"]),
        # A title's "of" is no body's: the peer and the officer speak.
        ("Lords\n\nThe law lords ruled against the detentions. Lord Nicholls of Birkenhead, in his ruling, said: "
         "\"Indefinite imprisonment without charge or trial is anathema in any country.\"", ["Lord Nicholls of Birkenhead"]),
        ("Prices\n\nPresident and Chief Financial Officer of Super Value Debra Symonette said the store is doing its best "
         "to \"beat the price hikes, which keep on coming\".", ["Debra Symonette"]),
    ],
)
def test_a_person_then_the_body_they_are_from_speaks_not_the_body(text, speakers):
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Yahoo at ten\n\nFor Jupiter analyst Olivier Beauvillain, Yahoo's decision to put search on hold was an error. "
         "\"Yahoo was busy building a portal and they made a big mistake,\" he said.", ["Olivier Beauvillain"]),
        # "For example in West Ham," is no one's view.
        ("Shortlists\n\nMr Trevor Phillips said the law might change. For example in West Ham, this might allow only "
         "women to stand. \"If we get to the other side of the election and find no change, we will act,\" he said.",
         ["Trevor Phillips"]),
    ],
)
def test_a_sentence_opening_on_whose_view_it_gives_names_the_person_a_pronoun_means(text, speakers):
    assert _speakers(text) == speakers


def test_a_relative_named_by_one_name_after_the_verb_and_a_possessive_speaks():
    text = ("Author dies\n\nArthur Hailey died at his home. \"He had a wonderful life. His greatest ambition was to see "
            "his name on a book,\" said his wife, Sheila.")
    assert _speakers(text) == ["Sheila"]
