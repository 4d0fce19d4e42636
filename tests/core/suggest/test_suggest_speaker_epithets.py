"""Who a phrase is: an adjective glued before a name in a standfirst, a body and a role before a person opening
the sentence a pronoun follows, a player named by an abbreviated position or honour."""

from __future__ import annotations

from newsmark.core.suggest.openerwords import without_opener
from newsmark.core.suggest.quotes import suggest_quotes
from newsmark.core.suggest.titledsubject import titled_subject


def _speakers(text: str) -> list[str]:
    return [s.attributes["speaker"] for s in suggest_quotes(text)]


_STANDFIRST = ("Flood survivor tells of night on the roof\n\n"
               "SURVIVOR'S STORY: Tearful Carla Benning has told how she waited eleven hours for rescue\n\n"
               "A woman trapped by the floods has described the night she spent on her roof.\n\n"
               "Carla Benning, a nurse, was alone when the river rose.\n\n")


def test_an_adjective_opening_a_standfirst_is_no_given_name():
    text = _STANDFIRST + "Benning said: “The water came through the floor in minutes.”\n\n“I prayed all night,” she added."
    assert _speakers(text) == ["Carla Benning", "Carla Benning"]


def test_a_given_name_written_mid_sentence_stays():
    text = "Talks resume\n\nThe deal was close, Omar Abu Salem told reporters.\n\nSalem added: “We are nearly there.”"
    assert without_opener("Omar Abu Salem", text + " Abu Salem left.") == "Omar Abu Salem"


def test_a_two_word_surname_keeps_its_given_name():
    text = ("Rally held\n\nRuth Grey Eagle spoke first.\n\n“We are still here,” said Ruth Grey Eagle.\n\n"
            "Grey Eagle added: “And we will stay.”")
    assert without_opener("Ruth Grey Eagle", text) == "Ruth Grey Eagle"
    assert _speakers(text)[-1] == "Ruth Grey Eagle"


def test_a_word_written_elsewhere_on_its_own_stays():
    text = "Brave words.\n\nBrave Carla Benning spoke.\n\nCarla Benning left. Benning said so."
    assert without_opener("Brave Carla Benning", text) == "Brave Carla Benning"


_RESCUE = ("Baby born at sea\n\nA boy was born on a rescue boat in the Atlantic.\n\n"
           "Seawatch Foundation said the parents had named the boy Noah.\n\n"
           "Seawatch Foundation press officer Dana Whitlow reported the birth in a series of posts on Monday from the "
           "boat, run by the group Oceanreach in partnership with Seawatch Foundation.\n\n")


def test_a_pronoun_after_a_body_role_and_name_is_the_person():
    text = _RESCUE + "“Mother and baby are doing well,” she said."
    assert _speakers(text) == ["Dana Whitlow"]
    assert _speakers(text.replace("Seawatch Foundation", "SWF")) == ["Dana Whitlow"]  # a body by its initials


def test_the_titled_subject_needs_a_role_or_a_doer():
    assert titled_subject("Acme spokeswoman Ana Ruiz, 41, said on Monday. ") == "Ana Ruiz"
    assert titled_subject("Harbour United coach Tom Lee told reporters. ") == "Tom Lee"
    assert titled_subject("Medical charity Seawatch said it was rare. ") == ""
    assert titled_subject("Her grief over Tom Lee's death, still raw, pushed her away. ") == ""
    assert titled_subject("Acme Holdings bought over Tom Lee's firm. ") == ""


_PLAYER = ("Veteran returns for one more season\n\nDerek Hollis couldn't stay away.\n\n"
           "The Harbour City QB said Wednesday that last season's loss drove his decision.\n\n"
           "\"I couldn't stop thinking about it,\" Hollis said after practice.\n\n")


def test_an_abbreviated_position_or_honour_is_the_player_named():
    text = _PLAYER + ("The QB said he \"could argue for both sides\" before deciding.\n\n"
                      "\"I've won it all,\" the two-time league MVP said.")
    assert _speakers(text) == ["Derek Hollis", "Derek Hollis", "Derek Hollis"]


def test_a_position_before_a_name_is_a_title():
    text = "Trade talk\n\nHarbour City QB Derek Hollis spoke on Monday.\n\n\"We want to win now,\" the QB said."
    assert _speakers(text) == ["Derek Hollis"]


# A sentence opening with an epithet ("The former Wales international", "The 22-year-old") means the person the
# text names most often among those the sentence before it names; "he said" after it is that person's.
_TURNED_DOWN = ("Forbes turns down Wrexham\n\n"
                "Former Leeds manager Ian Forbes has rejected the chance to become Wrexham's new boss.\n\n"
                "\"I think it's a great job for anybody else,\" Forbes told the BBC. Club director Tom Reid held talks with "
                "Forbes on Saturday. The former Wales international added that joining the rivals would be unwise. "
                "\"I have too many memories of the other side,\" he said.")


def test_an_epithet_after_a_sentence_whose_subject_is_someone_else_means_the_one_it_is_about():
    assert _speakers(_TURNED_DOWN) == ["Ian Forbes", "Ian Forbes"]


def test_an_epithet_after_a_sentence_naming_its_person_as_no_subject():
    text = ("Hughes happy with Pryce heroics\n\n"
            "Fly-half Owen Hughes praised centre Dai Pryce after the win.\n\n"
            "\"Pryce was superb,\" said coach Alan Morgan. \"But we are not there yet.\"\n\n"
            "None more so than Pryce, who can now expect the spotlight that fell on the likes of Tom Blake and Sam Hart. "
            "The confident 22-year-old is undaunted by the prospect however. \"I like pressure on me,\" he said.")
    assert _speakers(text)[-1] == "Dai Pryce"


def test_an_epithet_after_its_persons_own_sentence_keeps_them():
    text = ("Vale out of indoor race\n\n"
            "Sara Vale will miss the Glasgow Cross Country to prepare for the European Indoor Championships in March.\n\n"
            "The 31-year-old was third behind Ann Lowe in last week's race. \"I must concentrate on the indoor season,\" "
            "she said.")
    assert _speakers(text) == ["Sara Vale"]
