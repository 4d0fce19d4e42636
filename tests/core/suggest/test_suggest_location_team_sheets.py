"""Rugby previews (round 30, reading blind125–136): a team sheet's "S Lamont; B Douglas" are players, not South Lamont
or Douglas; rugby's own words make a story a sports story (its countries are sides); a fixture's venue line names the
town where the game is played."""

from __future__ import annotations

from newsmark.core.suggest.locations import suggest_locations
from newsmark.core.suggest.placeteams import sports_story

_PREVIEW = ("France v Wales (Sat)\n\n"
            "Stade de France, Paris\n\n"
            "Saturday, 26 February\n\n"
            "France may have beaten Scotland and England but they were tedious. Wales have made two changes from the "
            "team that thrashed Italy 38-8 in Rome.\n\n"
            "Ryan Jones has been brought on the blind-side flank to beef up the Wales back row. Wales coach Mike "
            "Ruddock is determined that his team will play.\n")


def _named(text: str) -> list[str]:
    return [text[s.start:s.end] for s in suggest_locations(text)]


def test_rugby_words_make_a_sports_story_whose_countries_are_sides():
    assert sports_story(_PREVIEW)
    assert _named(_PREVIEW) == ["Paris", "Rome"]


def test_a_story_without_the_game_keeps_its_countries():
    text = "Trade talks\n\nFrance may have beaten Scotland and England to the deal, officials in Rome said.\n"
    assert not sports_story(text)
    assert _named(text) == ["France", "Scotland", "England", "Rome"]


def test_a_team_sheet_of_initials_and_surnames_names_no_places():
    text = ("Scotland v Italy (Sat)\n\n"
            "Murrayfield, Edinburgh\n\n"
            "Scotland: C Paterson; S Webster, A Craig, H Southwell, S Lamont; D Parks, C Cusiter; T Smith, G Kerr; "
            "S Grimes, S Murray; S Taylor, J Petrie, A Hogg.\n\n"
            "Replacements: R Russell, B Douglas, N Hines, J Dunbar.\n")
    named = _named(text)
    assert "Edinburgh" in named  # the venue line's town
    assert not {"S Lamont", "S Murray", "S Taylor", "Douglas"} & set(named)  # no "South Lamont", no Isle of Man town


def test_an_article_a_before_a_place_is_no_initial():
    assert _named("Debate\n\nThey know the drill: A Washington lawyer said so. A Colorado Democrat agreed.\n") == [
        "Washington", "Colorado"]


def test_a_middle_initial_is_no_bearing():
    assert _named("Dollar\n\nA weaker dollar is a boon to President George W Bush's administration.\n") == []
    assert _named("Floods\n\nRain hit S Wales and N Ireland on Monday.\n") == ["S Wales", "N Ireland"]


def test_a_labelled_bench_and_a_team_sheet_grouped_by_semicolons_are_players_in_any_story():
    text = ("Worcester v Sale (Fri)\n\nSixways\n\nThe hosts are unchanged.\n\n"
            "Delport; Pieters, Rasmussen, Lombard; Brown, Powell; Hickey, Sanderson, MacLeod- Henderson.\n\n"
            "Replacements: Fortey, Murphy, Daly, Vaili, Cole, Hayes, Trueman.\n\n"
            "Replacements (from): Bozzi, Coutts, Anglesea, Lund, Martens, Riley, Duffy, C Jones.\n")
    assert not {"Henderson", "Hayes", "Lund"} & set(_named(text))


def test_subs_in_a_match_report_are_players_but_a_list_of_towns_in_a_sentence_stays_places():
    report = ("Everton 0-2 Man Utd\n\nManchester United beat Everton to reach the FA Cup quarter-finals, with goals "
              "after 23 and 57 minutes from the striker and the winger, as the defender and keeper kept a clean sheet.\n\n"
              "Everton: Martyn, Hibbert, Yobo, Stubbs, Naysmith. Subs: Wright, Pistone, Weir, Plessis, Vaughan.\n")
    assert "Weir" not in _named(report)
    tour = "Tour dates\n\nThe band plays five cities this spring: Leeds, York, Glasgow, Cardiff, Lund.\n"
    assert _named(tour) == ["Leeds", "York", "Glasgow", "Cardiff", "Lund"]


def test_a_tennis_team_cup_makes_a_story_whose_countries_are_sides():
    text = ("Henman quits Davis Cup\n\nTim Henman has retired from Davis Cup tennis. He will help Britain in its bid "
            "for Davis Cup success, with the next tie against Israel in March. Henman made his Davis Cup debut in 1994 "
            "against Romania in Manchester, winning his doubles rubber.\n")
    assert sports_story(text)
    assert _named(text) == ["Manchester"]


def test_a_treaty_named_for_a_city_and_a_broadcasters_nation_are_no_places():
    text = ("Climate\n\nThe US refused to sign the Kyoto treaty, and Blair wants a \"Kyoto-lite\" deal. Trump spoke of the "
            "Paris accord. Council tax will rise, BBC Scotland has learned. Ana Ruiz, BBC Delhi reporter, said fares fell.\n")
    assert _named(text) == ["US", "Delhi"]


def test_a_countrys_relay_quartet_is_its_side():
    text = "Indoor meeting\n\nGardener, part of the Great Britain 4x100m quartet that won gold in Athens, ran 6.56 seconds.\n"
    assert _named(text) == ["Athens"]


def test_a_town_after_a_given_name_of_either_sex_is_that_persons_surname_in_the_headline_too():
    text = "Davenport hits out at the rules\n\nWorld number one Lindsay Davenport has criticised the rules in Leeds.\n"
    assert _named(text) == ["Leeds"]


def test_towns_inside_a_bracketed_clubs_name_are_the_club():
    # An athletics team list gives each athlete's club in brackets; its towns are the club's name, not places.
    text = ("GB select Holmes for double bid\n\nKelly Holmes will run in Madrid.\n\n"
            "60m: J McIlroy (Windsor, Slough, Eton and Hounslow AC), J Thie (Cardiff AAC).\n"
            "200m: Ed Jackson (Aldershot, Farnham and District), C Murphy (Woodford Green with Essex Ladies).\n")
    assert _named(text) == ["Madrid"]


def test_a_bracket_that_names_a_town_only_keeps_it():
    text = "The meeting was held at the new arena (Cardiff) in February, and the next one (in Glasgow) in March.\n"
    assert _named(text) == ["Cardiff", "Glasgow"]
