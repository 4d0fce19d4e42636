"""Paragraphs run into one line (a corpus's plain text, a careless paste): quotes that reopened their straight mark at
each paragraph, and the people sentences open with after a role ("Double Olympic champion Ana Ruiz …")."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.quotes import suggest_quotes


def _quotes(text: str) -> list[tuple[str, str]]:
    return [(text[s.start:s.end], s.attributes.get("speaker", "")) for s in suggest_quotes(text)]


def test_a_straight_mark_reopened_after_a_sentence_starts_the_next_quote():
    text = ('Pay rise\n\nMinister Ana Ruiz said: "We have already doubled the length of paid leave. "We are going to '
            'extend it to nine months by 2027." She said more would follow.\n')
    assert _quotes(text) == [("We have already doubled the length of paid leave.", "Ana Ruiz"),
                             ("We are going to extend it to nine months by 2027.", "Ana Ruiz")]


def test_the_first_part_of_a_run_on_quote_has_the_speaker_its_last_part_names():
    text = 'Title\n\n"It is fine by us. "Really it is," said Tom Lee, the club\'s owner.\n'
    assert _quotes(text) == [("It is fine by us.", "Tom Lee"), ("Really it is", "Tom Lee")]


@pytest.mark.parametrize("inner", ['a "fair" deal for everyone.', 'the "best. " of them all'])
def test_marks_inside_a_sentence_or_a_one_word_sentence_do_not_split_a_quote(inner):
    text = f'Title\n\nTom Lee said: "This is {inner}"\n'
    assert len(suggest_quotes(text)) <= 1


@pytest.mark.parametrize(
    "opening",
    [
        "Double Olympic champion Kelly Marsh was back to her best as she won the 1,000m.",
        "Olympic champion Kelly Marsh was back to her best.",
        "The champion Kelly Marsh was back to her best.",
        "British triple jumper Kelly Marsh has ruled out a comeback this year.",
    ],
)
def test_a_pronoun_after_a_sentence_opening_with_a_role_and_a_name_is_the_named_person(opening):
    text = f'Title\n\n{opening}\n\n"I will make my mind up at the last minute," she said.\n'
    assert _quotes(text) == [("I will make my mind up at the last minute", "Kelly Marsh")]


def test_a_name_with_a_particle_after_a_role_stays_whole():
    text = ('Results\n\nAviation analyst Nick Van den Brul of BNP Paribas called the results modest. "It is quite good '
            'on the revenue side and it shows the impact," he said.\n')
    assert _quotes(text)[0][1] == "Nick Van den Brul"


def test_a_town_for_a_given_name_still_makes_the_word_after_it_a_surname():
    # Aston is a town near Birmingham and Moore one in Oklahoma: "Moore said Hansen …" is Moore's sentence, not
    # "said Hansen" after a place.
    text = ('Hansen out\n\nBritish triple jumper Ashia Hansen has ruled out a comeback this year.\n\nHer coach Aston '
            'Moore told the Times: "We are not looking at any sooner than 2026, not as a triple jumper." Moore said '
            'Hansen may be able to return to sprinting sooner.\n')
    assert _quotes(text) == [("We are not looking at any sooner than 2026, not as a triple jumper.", "Aston Moore")]


def test_a_definite_description_of_a_sport_person_is_the_person_named_before():
    text = ('Return\n\nFormer All Black star Jonah Lomu says he cannot wait to run out on the pitch.\n\n"Now it is '
            'basically bring it on!" said the giant winger.\n')
    assert _quotes(text) == [("Now it is basically bring it on!", "Jonah Lomu")]


def test_a_name_reporting_a_clause_after_a_full_stop_is_the_next_sentence_not_the_quotes_source():
    text = ('Tributes\n\nPaying tribute, the Lord Chancellor Lord Falconer said Lord Scarman was one of the "great '
            'advocates of our generation".\n\n"His legacy from his decisions in the Lords is substantial.\n\n"A great '
            'judge, a great lawyer and a great man." Lord Scarman\'s nephew George Ritchie said the peer, who died on '
            'Wednesday, would be "sadly missed".\n')
    speakers = dict(_quotes(text))
    assert speakers["A great judge, a great lawyer and a great man."] == "Lord Falconer"
    assert speakers["His legacy from his decisions in the Lords is substantial."] == "Lord Falconer"


def test_a_described_name_introducing_the_next_quote_with_a_colon_is_not_the_quotes_source():
    text = ('Report\n\nShadow Education Secretary Tim Collins said: "This is the third report in two days. "Employers '
            'have repeatedly voiced concern over the skills of school-leavers." Liberal Democrat education spokesman '
            'Phil Willis added: "Far too little has been done."\n')
    assert [who for _, who in _quotes(text)] == ["Tim Collins", "Tim Collins", "Phil Willis"]


def test_the_person_in_apposition_to_a_body_a_role_is_of_speaks():
    text = ('Ruling\n\nBut the chairman of Migration Watch UK, Sir Andrew Green, said the decision was a "step in the '
            'wrong direction".\n')
    assert _quotes(text) == [("step in the wrong direction", "Andrew Green")]


@pytest.mark.parametrize(
    ("words", "sport"),
    [
        ("Former Liverpool manager Gerard Houllier praised the Premiership leaders, their coach and Uefa.", True),
        ("The All Blacks winger will play in a rugby union testimonial.", True),
        ("Titus Bramble's own goal put Liverpool on the comeback trail before Newcastle had a man sent off and brought "
         "on a substitute.", True),
        ("The seeded player reached the quarter-finals at Wimbledon, the second grand slam.", False),  # tennis: no clubs
        ("The Olympic champion set a world record and a personal best in the pole vault.", False),  # athletics: no clubs
    ],
)
def test_football_rugby_and_tennis_stories_read_as_sport(words, sport):
    from newsmark.core.suggest.placeteams import sports_story

    assert sports_story(words) is sport


def test_a_possessive_before_a_noun_reads_as_no_reporting_verb():
    # "Her comments have been described …" and "Ms Ruiz' comments": "comments" is a noun there, no verb of saying.
    text = ('Stops\n\nPeople should accept that they are more likely to be stopped, a minister has said.\n\nHazel Blears '
            'said innocent people would be targeted. Rules could be made tougher, she told an inquiry. Her comments have '
            'been described as "irresponsible" and "outrageous" by campaigners.\n\n"The threat is most likely to '
            'come from those people associated with an extreme form of it," the Salford MP told the committee.\n')
    assert _quotes(text)[-1] == ("The threat is most likely to come from those people associated with an extreme form "
                                 "of it", "Hazel Blears")


def test_reported_words_and_their_unnamed_source_ending_the_paragraph_before_speak_on():
    text = ('Stops\n\n"She is demonising our community," Massoud Shadjareh said.\n\nLater, the official spokesman '
            'urged calm. The minister had meant no single community, the spokesman said.\n\n"What is happening is that '
            'the powers are aimed at suspects. "It is not aimed at a particular community," he said.\n')
    assert [who for _, who in _quotes(text)] == ["Massoud Shadjareh", "official spokesman", "official spokesman"]  # as first described


def test_and_joins_two_descriptions_before_the_name():
    text = ('Holmes\n\n"It is a lot easier being the double champion than training," points out former Olympian and '
            'BBC pundit Steve Cram.\n\n"It is fine today," said Tom Lee and Ana Ruiz.\n')
    assert [who for _, who in _quotes(text)] == ["Steve Cram", "Tom Lee and Ana Ruiz"]


def test_a_sport_role_opening_the_sentence_is_no_part_of_a_three_word_name():
    text = 'Boro\n\nGoalscorer Jimmy Floyd Hasselbaink added: "It was not a particularly beautiful match to watch."\n'
    assert _quotes(text)[0][1] == "Jimmy Floyd Hasselbaink"


def test_a_question_before_a_quote_gives_it_no_group_as_source():
    text = ('Interview\n\nCharles Kennedy said: "This is the first three-party election." But have we not been here '
            'before? Won\'t voters looking for an alternative still gravitate to the Conservatives? "The problem is that '
            'the Conservative party has melted away in a third of Britain."\n')
    assert _quotes(text)[-1][1] == "Charles Kennedy"


def test_a_seed_list_run_into_one_line_and_seedings_give_no_figures():
    from newsmark.core.suggest.figures import suggest_figures

    text = ("Seeds\n\nSafin, seeded four, opens against a qualifier. He has never been beyond round four in eight "
            "attempts, and was picked in the fourth round two years later.\n\nMen: 1 Roger Federer (Switzerland)  2 Andy "
            "Roddick (US)  3 Lleyton Hewitt (Australia)\n\nHe won 3 Grand Slams and 12 titles in 2004.\n")
    assert [text[s.start:s.end] for s in suggest_figures(text)] == ["eight", "two", "3", "12"]


def test_a_rank_after_a_name_and_a_preposition_opening_the_sentence_are_no_part_of_the_speaker():
    text = ('ID cards\n\nChairman of the Bar Council Guy Mansfield QC said the cards risked pushing people "to the margins '
            'of society".\n\nUnder EU rules, members must keep deficits low. "The two countries appear to be on track," '
            'it said in a statement.\n')
    assert [who for _, who in _quotes(text)][0] == "Guy Mansfield"
    assert "Under" not in _quotes(text)[1][1]


def test_words_of_the_quote_a_reopened_one_goes_on_from_are_no_source():
    text = ('Connors\n\nSpeaking from La Manga, LTA director David Felgate told BBC Sport: "Jimmy was fantastic with the '
            'players and the coaches, and very humble considering what he\'s achieved. "He worked through the coaches and '
            'hopefully it will grow."\n')
    assert [who for _, who in _quotes(text)] == ["David Felgate", "David Felgate"]


def test_a_source_named_after_the_quote_stands_though_its_name_is_inside_the_run_on_before():
    text = ('City\n\nPaul Bosvelt waits on a new deal. "I told the club I would like to stay," he said. "The main concern '
            'is my age but I think I have proved I am fit enough. Bosvelt joined City in 2003 and at first he struggled. '
            'But his dedication impressed manager Kevin Keegan. "He drove himself back into the team. He is an unsung '
            'hero," said Keegan.\n')
    assert [who for _, who in _quotes(text)][-1] == "Kevin Keegan"


def test_words_of_a_quote_left_unclosed_are_no_source_of_the_next():
    text = ("Costin aims for comeback\n\nJamie Costin should be paralysed. \"I was in a lot of pain,\" says the Waterford "
            "man.\n\nJamie has also trained in Spala. \"I was there for over a fortnight and underwent a fair extreme "
            "treatment called cryotherapy. \"Basically, there's a small room which is cooled by liquid nitrogen.\"\n\n"
            "Jamie heads to Poland again on Sunday.")
    assert [s.attributes["speaker"] for s in suggest_quotes(text)] == ["Jamie Costin"] * 3


def test_a_name_in_narration_between_marks_paired_wrong_still_speaks():
    text = ("Blunkett plans\n\nTory spokesman David Davis said the plans were \"a PR exercise\".\n\nPolice forces were "
            "already \"buried\" under initiatives and there was little to reassure them,\" said Mr Davis. Earlier Lib Dem "
            "spokesman Mark Oaten said the government was right. \"But these measures will only work if they are matched "
            "with a cut in paperwork.\"")
    assert [s.attributes["speaker"] for s in suggest_quotes(text)][-1] == "Mark Oaten"


def test_a_role_of_some_field_between_the_club_and_the_name_opens_with_the_person():
    text = ("Saint-Andre anger\n\nSale Sharks director of rugby Philippe Saint-Andre has re-opened the club-versus-country "
            "debate.\n\nSale host Bath on Friday, but the Frenchman has endured a \"difficult week\". \"It's an important "
            "game but we've just the one full session,\" he told BBC Sport.")
    assert [s.attributes["speaker"] for s in suggest_quotes(text)] == ["Philippe Saint-Andre"]


def test_a_role_of_the_body_is_no_role_before_a_name():
    text = ("IMF meetings\n\nFinance ministers gathering in Washington for meetings of the International Monetary Fund and "
            "World Bank face challenges.\n\n\u201cIt is an unusual time,\u201d said former Treasury official Mark Sobel, U.S. "
            "chairman of the Official Monetary and Financial Institutions Forum think tank.\n\nRate rises have caused "
            "spillover effects around the world.\n\nThat has led to hand-wringing from economists. But the Fed has domestic "
            "mandates, and Sobel is skeptical they can coordinate much.\n\n\u201cA lot of the national policies are on "
            "their own course,\u201d he said.")
    assert [s.attributes["speaker"] for s in suggest_quotes(text)] == ["Mark Sobel", "Mark Sobel"]


def test_a_source_after_the_next_quote_opens_is_not_this_quote_s():
    text = ("Moya emotional\n\nAnd Moya, nicknamed Charly, admitted: \"The Davis Cup is my dream. \"Some people have said "
            "that I am obsessed but I think that it is better this way. \"It's really incredible.\" Spanish captain Jordi "
            "Arrese said: \"Charly played a great game.\"")
    assert [s.attributes["speaker"] for s in suggest_quotes(text)] == ["Moya"] * 3 + ["Jordi Arrese"]


def test_a_source_after_a_scare_quote_in_the_same_sentence_is_still_its():
    text = ("Budget\n\nMichael Howard attacked the Budget. Mr Brown liked to rattle off \"magical balances conjured out of "
            "thin air\" in a bid to convince people there was no \"black hole\" in the finances, the Tory leader said.")
    assert [s.attributes["speaker"] for s in suggest_quotes(text)] == ["Michael Howard"]
