"""A feature names a person in full in passing, then opens its paragraphs with the surname: the quotes there are theirs."""

from __future__ import annotations

from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.speakerindex import SpeakerIndex
from newsmark.core.suggest.surnamesubjects import surname_subjects

_STORY = ("“We rehearsed for a month before the first night,” said Carla Mendes, the company’s director.\n\n"
          "The role went to Owen Pryce, a newcomer from a small theatre in the north.\n\n"
          "Pryce, who had never sung on a big stage, worried about the opening number. “I could not sleep for a week,” "
          "he said.")


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


def test_a_surname_opening_the_paragraph_speaks():
    assert _speakers(_STORY) == ["Carla Mendes", "Owen Pryce"]


def test_surname_subjects():
    found = surname_subjects(_STORY, SpeakerIndex(_STORY))
    assert [(_STORY[at:at + 5], name) for at, name in found] == [("Pryce", "Owen Pryce")]


def test_a_passive_or_a_title_makes_no_subject():
    text = ("The club dismissed Owen Pryce on Monday.\n\nPryce was sacked after five years. Later Mr. Pryce fled the "
            "ground, a steward said.")
    assert surname_subjects(text, SpeakerIndex(text)) == []


def test_a_word_never_given_in_full_is_no_subject():
    text = "The van is new. Pryce rates it highly, the dealer says."
    assert surname_subjects(text, SpeakerIndex(text)) == []


def test_a_refusal_makes_no_subject():
    text = "Owen Pryce left early.\n\nPryce declined to comment on the plan."
    assert surname_subjects(text, SpeakerIndex(text)) == []


def test_a_surname_acting_in_an_irregular_past_tense_is_the_subject():
    """"Henman came from two sets down": "came" ends in no "-ed", yet Henman acts, and the "he said" after is his."""
    text = ("Dan Hale will face Tom Pike in the first round.\n\nOwen Pryce, the British number two, could face Jon Lund "
            "if he wins.\n\nHale came from two sets down to beat Pike last year. The seventh seed is looking forward "
            "to the match. \"He's a tough player on any surface,\" he said.")
    assert [text[at:at + 4] for at, _ in surname_subjects(text, SpeakerIndex(text))] == ["Hale"]
    assert _speakers(text) == ["Dan Hale"]


def test_a_surname_in_a_mood_before_the_quote_is_the_one_a_nationality_means():
    text = ("Moya emotional after Davis Cup win\n\nCarlos Moya beat Andy Roddick to end the USA's challenge.\n\n"
            "\"But certainly we can put the work in,\" said US coach Patrick McEnroe. Roddick was left frustrated after losing "
            "both his singles. \"It's just tough because I felt like I was in it the whole time,\" said the American.")
    assert [s.attributes["speaker"] for s in suggest_quotes(text)] == ["Patrick McEnroe", "Andy Roddick"]



def test_a_surname_praising_a_player_named_by_position_keeps_the_pronoun():
    text = ("McClaren targets Europe\n\nMiddlesbrough boss Steve McClaren wants a Champions League place.\n\nMcClaren said: "
            "\"We are playing exciting football.\" McClaren also praised winger Stewart Downing and strikers Jimmy Floyd "
            "Hasselbaink and Mark Viduka, who both ended barren runs in front of goal. He added: \"If Stewart keeps "
            "playing like this he has got to be picked.\"")
    assert [s.attributes["speaker"] for s in suggest_quotes(text)] == ["Steve McClaren", "Steve McClaren"]


def test_a_rugby_position_before_the_name_is_a_role():
    text = ("O'Gara revels in Ireland victory\n\nIreland fly-half Ronan O'Gara hailed his side's 19-13 victory over England."
            "\n\nThe Munster number 10 kicked a total of 14 points. He told BBC Sport: \"We made hard work of it.\"")
    assert [s.attributes["speaker"] for s in suggest_quotes(text)] == ["Ronan O'Gara"]


def test_a_role_of_some_field_opening_the_sentence_names_the_person_after_it():
    text = ("Wasps win\n\nBarry Everitt kicked two penalties for Irish. Director of rugby Warren Gatland revealed that harsh "
            "words at half-time inspired his side.\n\n\"They got a roasting and it was a good second-half performance,\" "
            "he said.")
    assert [s.attributes["speaker"] for s in suggest_quotes(text)] == ["Warren Gatland"]


def test_two_teams_joined_by_and_before_the_role_still_name_the_person():
    text = ("Lock rejects rumours\n\nIreland and Munster lock Paul O'Connell has dismissed media reports linking him to "
            "the captaincy.\n\nO'Connell is rumoured to be among the front-runners, but says he is focused on Sunday's "
            "clash. \"I honestly don't think about these reports,\" he told BBC Sport.")
    assert [s.attributes["speaker"] for s in suggest_quotes(text)] == ["Paul O'Connell"]


def test_a_surname_opening_a_comparison_of_the_two_players_is_the_one_told_about():
    text = ("Veteran wins title\n\nConchita Martinez won her first title in five years with victory over Anna-Lena "
            "Groenefeld in Pattaya.\n\nThe 32-year-old Spaniard came through 6-3 3-6 6-3. \"It feels really good,\" said "
            "Martinez. Groenefeld was the more powerful player but could not match her opponent's accuracy. \"It was my "
            "first final, a new experience,\" said the German.")
    assert [s.attributes["speaker"] for s in suggest_quotes(text)] == ["Conchita Martinez", "Anna-Lena Groenefeld"]


def test_the_person_a_quote_names_by_given_name_is_not_its_pronoun_speaker():
    text = ("Villa contract\n\nDavid O'Leary has agreed a new contract at Villa. \"I want top six finishes,\" said "
            "O'Leary. Meanwhile, O'Leary has rapped skipper Olof Mellberg for his comments.\n\nMellberg spoke of his "
            "dislike of the rivals ahead of the match. \"I've had more than a quiet word with Olof. It's been said within "
            "the whole group,\" he told Villa's website.")
    assert [s.attributes["speaker"] for s in suggest_quotes(text)] == ["David O'Leary", "David O'Leary"]


def test_an_office_opening_the_sentence_before_is_who_he_is():
    text = ("Howard taunts Blair\n\nTory leader Michael Howard has claimed Labour is split. \"Get on with it,\" said Mr "
            "Howard. Mr Blair directly denied that quote on Wednesday. He again insisted there could be no deals.\n\nThe "
            "Tory leader countered that such agreements had been struck twice. He declared: \"He is the deals on meals "
            "prime minister.\"")
    assert [s.attributes["speaker"] for s in suggest_quotes(text)] == ["Michael Howard", "Michael Howard"]
