"""Sports stories: a city or state standing for its team is no location; a ranking marks a team anywhere."""

from __future__ import annotations

import pytest

from newsmark.core.suggest.locations import suggest_locations
from newsmark.core.suggest.placeteams import sports_story

GAME = ("The quarterback threw two touchdowns and the coach praised the defense after the playoff win. ")


def named(text: str) -> list[str]:
    """The matched texts in text order."""
    return [text[s.start:s.end] for s in suggest_locations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GAME + "Denver went 3-for-12 from the floor in the third quarter.", []),
        (GAME + "He stepped on Chicago's best receiver late in the game.", []),
        (GAME + "Seattle coach Tom Harris was less diplomatic.", []),
        (GAME + "A former player at Nashville, he now calls games on radio.", []),
        (GAME + "The loss left Atlanta vulnerable in the standings.", []),
        (GAME + "Tennessee lost to Houston for the second time this year.", []),
        # A country is its national side there too.
        (GAME + "Brazil's defenders pressed high and Japan never settled.", []),
        (GAME + "England captain Tom Harris was less diplomatic.", []),
    ],
)
def test_in_a_sports_story_a_city_or_state_named_alone_is_its_team(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A locative word, a town's state, or a country keeps the place even in a game report.
        (GAME + "He was born in Denver and grew up near Tulsa.", ["Denver", "Tulsa"]),
        (GAME + "Fans drove from Seattle through the snow.", ["Seattle"]),
        (GAME + "The team flew to Green Bay, Wis., on Friday.", ["Green Bay", "Wis."]),
        (GAME + "He grew up in the Bronx before moving to Canada.", ["Bronx", "Canada"]),
        (GAME + "The doubles went to Ana Ruiz of Peru, who had never been to Chile.", ["Peru", "Chile"]),
        # A list of countries takes the word before the list; a pair of sides does not.
        (GAME + "He coached clubs in Peru, Chile and Japan before that.", ["Peru", "Chile", "Japan"]),
        (GAME + "He won titles in three countries (Peru, Chile and Japan).", ["Peru", "Chile", "Japan"]),
        (GAME + "Peru and Chile drew 1-1.", []),
    ],
)
def test_in_a_sports_story_a_locative_word_keeps_the_place(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Outside a sports story the same sentences name places.
        ("The storm left Atlanta vulnerable to flooding, officials said.", ["Atlanta"]),
        ("Seattle officials said the coach service would resume on Monday.", ["Seattle"]),
        ("Denver went to the polls on Tuesday.", ["Denver"]),
        ("Brazil's farmers pressed for rain and Japan never settled.", ["Brazil", "Japan"]),
    ],
)
def test_outside_a_sports_story_city_names_stay_places(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As No. 4 Oregon prepares to take on No. 1 Alabama, the talk is of defense.", []),
        ("The rise of #2 Texas surprised pollsters.", []),
        ("No. 10 Downing Street said the Prime Minister would visit Texas.", ["Texas"]),
    ],
)
def test_a_ranking_before_a_name_marks_a_team(text, expected):
    assert named(text) == expected


def test_a_story_is_sports_only_with_three_different_words_of_the_game():
    assert sports_story(GAME)
    assert sports_story("He went 2-for-10 in the playoffs, the league said.")
    # One word of the game, said three times, is not enough: a business story may have a "season".
    assert not sports_story("The holiday season, the season of giving, a busy season for shops in Boston.")
    assert not sports_story("The council met in Denver to discuss the budget and the new coach station.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenneth Clarke, now Lord Clarke of Nottingham, spoke first.", []),
        ("Baroness Smith of Basildon led the debate in London.", ["London"]),
        # Without a peer's title, "of" before a place keeps it.
        ("The mayor of Nottingham and the Lord Mayor spoke.", ["Nottingham"]),
    ],
)
def test_a_peers_title_holds_its_place(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GAME + "The team trains 25 miles north of downtown Dallas, just south of Frisco.", ["Dallas", "Frisco"]),
        (GAME + "Frisco officials approved the deal. A St. Louis native, he loves the Dallas skyline.",
         ["Frisco", "St. Louis", "Dallas"]),
        (GAME + "The stadium is halfway between Dallas and Arlington.", ["Dallas", "Arlington"]),
        # Without such a word the city is still its team.
        (GAME + "Dallas beat Frisco 21-7 and St. Louis lost.", []),
    ],
)
def test_in_a_sports_story_a_bearing_downtown_or_a_towns_own_word_keeps_the_place(text, expected):
    assert named(text) == expected


def test_tennis_words_make_a_sports_story():
    assert sports_story("Nadal won the singles before the doubles pair lost the tiebreak in the knockout stage.")
    assert not sports_story("The band's singles sold well.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GAME + "Path A: Iceland, Slovakia, Norway.", []),
        (GAME + "Croatia, Germany and Austria all qualified.", []),
        # A town and its state still name the town.
        (GAME + "The fans drove from Green Bay, Wis., overnight.", ["Green Bay", "Wis."]),
    ],
)
def test_in_a_sports_story_a_list_of_countries_is_a_list_of_sides(text, expected):
    assert named(text) == expected


def test_a_side_s_role_after_a_place_marks_the_team_in_any_story_and_the_name_stays_the_team():
    text = ("Mutu to hold talks\n\nDisgraced former Chelsea striker Adrian Mutu is to begin talks with a new club. "
            "Mutu was sacked by Chelsea in October. He lives in Chelsea now, near the river.\n\n"
            "Scotland manager Walter Smith wants respect, and England are next.")
    assert sports_story(text) is False
    assert named(text) == ["Chelsea", "England"]  # only "in Chelsea" is the place; England is named with no role


def test_a_business_boss_of_a_country_is_still_the_place():
    assert named("Vodafone names new Japan boss\n\nThe firm's Japan boss will start in April.") == ["Japan", "Japan"]


def test_a_title_won_at_an_event_named_for_a_place_marks_the_event_not_the_place():
    text = ("Capriati out\n\nShe pulled out of a match with Wimbledon champion Maria Sharapova. Serena lost in the "
            "Melbourne final.")
    assert named(text) == ["Melbourne"]


def test_a_country_s_team_is_no_place_but_the_country_elsewhere_stays():
    text = ("Relay\n\nDespite playing his part in Britain's successful 4x100m relay team, he was sad. He worked with the "
            "Great Britain women's curling team and the US Olympic team. He left Britain for a team in Spain, on "
            "Indonesia's side of the border.")
    assert named(text) == ["Britain", "Spain", "Indonesia"]


def test_a_player_s_position_counts_twice_towards_a_sports_story():
    transfer = ("Weir poised for Sunderland move\n\nThe teenage midfielder was chased by Rangers and Fulham, but the "
                "Irish League club's manager has yet to confirm it.")
    assert sports_story(transfer) is True
    assert sports_story("Disney+ launched with NFL and NBA highlights from ESPN.") is False


def test_a_club_s_boss_or_chairman_after_a_town_marks_the_club_and_an_athlete_the_town():
    text = ("Mourinho\n\nChelsea boss Jose Mourinho praised the side. The former Chelsea chairman sealed the deal.\n\n"
            "Vodafone's Japan boss left.")
    assert named(text) == ["Japan"]
    assert named(GAME + "The Manchester athlete served a ban, and Leeds beat Bolton.") == ["Manchester"]


def test_a_cup_draw_is_a_sports_story_and_its_towns_are_clubs():
    text = ("Brentford face Saints\n\nBrentford will play Manchester United in the FA Cup if they come through their replay "
            "against Southampton. Newcastle will be at home to either Tottenham or Nottingham Forest. Bolton host Arsenal "
            "in the Premiership.")
    assert sports_story(text)
    assert named(text) == []


def test_a_clubs_supporters_and_shareholders_name_the_club():
    text = ("Murray bids for club\n\nBob Murray is already Sunderland's leading shareholder. A lifetime Sunderland supporter, "
            "he was born in Sunderland.")
    assert named(text) == ["Sunderland"]


@pytest.mark.parametrize(
    "text",
    [
        # Football's own words: positions, stages, a result's score, a caretaker, a friendly, a loan.
        "The England left-back was urged to stay by a team-mate, the Premier League said.",
        "All four of England's Champions League sides reached the knockout stages after a 5-1 win; Porto went down 3-0 to Monaco.",
        "Tommy Burns is caretaker-boss for the friendly against Sweden, and two midfielders return.",
        # A fixture's headline counts twice: a preview of line-ups needs one more word of the game.
        "Leeds v Saracens (Fri)\n\nHeadingley\n\nThe Tykes brought in Tom McGee on loan.",
    ],
)
def test_football_and_fixture_words_make_a_sports_story(text):
    assert sports_story(text)


def test_a_scoreline_alone_or_a_range_is_no_word_of_the_game():
    assert not sports_story("Prices rose 10-15% in the season, the league of retailers said; the vote was 5-4.")
    assert not sports_story("Leeds v Saracens: the court case that split a town\n\nThe hearing resumes on Monday.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Clubs named for their towns, in a football story: teams, the towns inside their names too.
        ("English clubs make history\n\nAll four Champions League sides reached the knockout stages after a 5-1 win. "
         "The favourites are Chelsea and Barcelona, and Bayern Munich, Porto and Werder Bremen are among the 16.", []),
        # A country's state or sports body, and a town's hotel, stay places even there.
        ("The Spain coach faced an inquiry over the friendly against England, which Spain won 1-0 after a late "
         "free-kick. Spain's minister of sport was quick to act and Spain's Football Federation met at a London hotel.",
         ["Spain", "Spain", "London"]),
    ],
)
def test_in_a_football_story_clubs_are_teams_and_state_bodies_places(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A club a player left ("joined from Narbonne") and a rugby position after a town ("Newcastle prop").
        (GAME + "Fly-half Tom Lee has joined from Narbonne and Newcastle prop Ed Kalman is on the bench.", []),
        (GAME + "He signed from Porto after a season in Lisbon.", ["Lisbon"]),
    ],
)
def test_a_players_old_club_and_a_rugby_position_name_sides(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Travelling to a town names the town; a move or a loss to it names its club.
        (GAME + "Wales travel to Edinburgh in a fortnight and he returned to England in June.", ["Edinburgh", "England"]),
        (GAME + "He rejected a move to Birmingham after they lost to Leeds.", []),
    ],
)
def test_in_a_sports_story_travelling_to_a_town_names_the_town(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Beside a club whose name is no place, a town is a club too, in any story.
        ("Umbro recently lost sponsorship deals with Chelsea and Celtic, the firm said.", []),
        ("Trouble marred the tie between Millwall and Liverpool.", []),
        ("Trouble marred the Carling Cup tie between Liverpool and Celtic.", []),  # the pair ends the sentence
        ("He watched Arsenal play Manchester United, Manchester City and Porto.", []),
        # Beside another place it stays one.
        ("The firm has offices in Leeds and Liverpool.", ["Leeds", "Liverpool"]),
        ("Flights to Valencia and Madrid resumed.", ["Valencia", "Madrid"]),
    ],
)
def test_a_town_beside_a_club_is_a_club(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A fixture's sides, in any story: "X v Y", or "X-Y" before a fixture word.
        ("The Scotland v England match was a highlight of the season.", []),
        ("The traditional Scotland-England fixture continued until 1989.", []),
        # A hyphen between places names both places otherwise.
        ("Talks on the Moscow-Beijing pipeline resumed in Paris.", ["Moscow", "Beijing", "Paris"]),
    ],
)
def test_the_sides_of_a_fixture_are_teams(text, expected):
    assert named(text) == expected


def test_a_transfer_story_naming_clubs_is_a_sports_story():
    # Few words of the game, but "Spurs" and "Nottingham Forest" are clubs: the towns bidding are clubs too.
    text = ("Tottenham bid £8m for Forest duo\n\nNottingham Forest have received an £8m bid from Tottenham for Andy Reid.\n\n"
            "Reid rejected a move to Southampton while Spurs made an offer for the defender. Southampton's offer for "
            "Reid comprised £3m and two players, the Championship club said.")
    assert sports_story(text)
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "-based" and "-born" after a town name the town, in a sports story too.
        (GAME + "Bates bought his stake through a Geneva-based company.", ["Geneva"]),
        (GAME + "The Sheffield-born right-hander reached the final.", ["Sheffield"]),
    ],
)
def test_in_a_sports_story_based_and_born_name_the_town(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A competition's name ("the Irish Cup"), a club's "FC" and a result "beaten 5-1" make a sports story: the
        # town beaten is its club.
        ("Newry to fight cup exit\n\nNewry City expect to discuss their ejection from the Irish Cup. \"A law firm will put "
         "a case for Newry FC,\" said the boss. It meant that Bangor, beaten 5-1 by Newry, will play on.", []),
        # Flying out to a town names it, in a sports story too.
        (GAME + "He is due to fly out to Sardinia on Wednesday to watch Italy's friendly with Russia.", ["Sardinia"]),
        # A club a player joined "from", after the club he joined.
        (GAME + "The striker joined the Gunners from Seville for £17m.", []),
        (GAME + "We arrived late from London, the captain said.", ["London"]),
    ],
)
def test_more_sports_stories_and_their_clubs(text, expected):
    assert named(text) == expected


def test_the_olympic_games_are_no_place():
    assert named("She dropped out of the Olympic marathon and will race at the Olympics in Athens.") == ["Athens"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A result before "to"/"of": the side that won or lost, not the land.
        (GAME + "He won his first cap in 1991, an away loss to Germany, and played in Italy.", ["Italy"]),
        (GAME + "After a 45-6 humiliation of France, the squad flew home.", []),
        # A country's possessive after "in": the preposition governs the game, not the country.
        (GAME + "He may be fit to face France in Wales' third championship game, held in Cardiff.", ["Cardiff"]),
        (GAME + "His kicking played a big part in England's 18-17 defeat to France.", []),
        # A cup's zone named by two places.
        (GAME + "He has not recovered for the Europe/Africa Zone I tie in Tel Aviv; they dropped to the Euro-Africa zone.",
         ["Tel Aviv"]),
    ],
)
def test_results_possessives_and_zones_name_sides(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An event, crowd or title named for its town is the town's.
        (GAME + "Hewitt thrilled the Melbourne crowd and begins his quest for a fourth Sydney title.", ["Melbourne", "Sydney"]),
        (GAME + "Federer claims Dubai crown at the Antwerp event.", ["Dubai", "Antwerp"]),
        # "coming to" a town names it ("came to Chelsea" may be a player's new club).
        (GAME + "We knew it would be tough coming to Rome.", ["Rome"]),
    ],
)
def test_events_titles_crowds_and_coming_to_name_the_town(text, expected):
    assert named(text) == expected


def test_in_tennis_and_athletics_a_country_before_a_player_is_her_country():
    text = ("Mauresmo opens with victory\n\nThe top seed won in the singles and doubles after a tie-break. France's Mauresmo "
            "routed Vera Zvonareva 6-1 6-0, while Russia's Sharapova won.")
    assert named(text) == ["France", "Russia"]


def test_in_a_team_game_a_country_before_a_player_is_the_side():
    text = ("Spain win Davis Cup\n\nThe top seed won in the singles and doubles after a tie-break. Spain's Carlos Moya "
            "described Spain's Davis Cup victory as the highlight of his career.")
    assert named(text) == []


def test_a_qualifying_schedule_is_a_sports_story_and_its_countries_sides():
    # "Euro 2004" (a championship), "losing 2-0" (a result) and "the World Cup" make it a sports story; "at home to
    # Cyprus" and "the visit of Switzerland" name sides. Dublin, where they play, stays a place.
    text = ("Irish finish with home game\n\nThe manager has his wish for a home game as the final World Cup qualifier. "
            "The Republic met the Swiss in their final Euro 2004 qualifier, losing 2-0 away. They open at home to Cyprus "
            "and end with the visit of Switzerland in Dublin.")
    assert sports_story(text)
    assert named(text) == ["Dublin"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A side's own noun after a place makes it the side, whatever stands before it.
        (GAME + "He will not figure in the Scotland game, played in Edinburgh.", ["Edinburgh"]),
        (GAME + "I have been in the England set-up for two years, in the England A win too.", []),
        ("Stevens named in England line-up\n\n" + GAME, []),
    ],
)
def test_a_sides_own_noun_after_a_place_makes_it_the_side(text, expected):
    assert named(text) == expected


def test_a_results_headline_makes_a_sports_story_and_a_substitutes_bracket_a_sheet_item():
    text = ("Dundee Utd 4-1 Aberdeen\n\nDundee United eased into the semi-final of the Scottish Cup with a win over "
            "Aberdeen.\n\nBullock, Duff, Wilson, Ritchie, Archibald, Scotland (Samuel 63), Brebner, Robson, Grady.\n")
    assert sports_story(text)
    assert named(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A town that will host, or its stadium, is the town ("Bolton host Arsenal" is a club at home).
        (GAME + "Sydney will host the charity match at Sydney's Olympic Stadium; Bolton host Arsenal.", ["Sydney", "Sydney"]),
        ("Sydney to host north v south game\n\n" + GAME, ["Sydney"]),
    ],
)
def test_a_town_hosting_is_the_town(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Athletics and tennis: towns and countries stay places, though the story says "season" and "semi-finals".
        ("McIlroy wins 800m indoor title\n\nThe season's semi-finals and the Championship went on. He will start his "
         "build-up for the European Indoors at Madrid. Lisburn's Kelly Reid was seventh.", ["Madrid", "Lisburn"]),
        # A transfer fee in millions is no race distance: football's clubs stay sides.
        ("The striker joined the season's semi-finals side for £20m. Chelsea beat Porto in the Champions League.", []),
    ],
)
def test_athletes_towns_stay_places(text, expected):
    assert named(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A game between two sides names the sides; "between" with no game before it keeps the places.
        ("Crowd trouble marred Wednesday's Carling Cup tie between Chelsea and West Ham. The striker was sent off and the "
         "goalkeeper hurt. Fans drove between Leeds and York.", ["Leeds", "York"]),
        # "Sheffield Wednesday" is a club in any story.
        ("In May, he made a proposal to invest £10m in Sheffield Wednesday, a club in Sheffield.", ["Sheffield"]),
    ],
)
def test_a_game_between_two_sides_and_sheffield_wednesday(text, expected):
    assert named(text) == expected


def test_a_headline_result_between_two_sides_makes_a_team_game_though_no_word_of_it_is_used():
    text = ("Ireland 21-19 Argentina\n\n"
            "An injury-time dropped goal stole victory for Ireland at Lansdowne Road on Saturday. O'Gara landed five "
            "penalties, one of them from 48 metres, and the three-quarters had no space. Argentina shocked the Irish "
            "early on and Ireland had to rely on the boot.")
    assert named(text) == []


def test_borders_bare_is_scottish_rugbys_side_in_a_sports_story_the_borders_the_land():
    report = ("Borders 19-20 Ulster\n\n"
              "Ulster clung on for a Celtic League win over bottom club Borders at Netherdale on Friday night. "
              "Borders had edged ahead with a sixth-minute penalty.")
    assert "Borders" not in named(report)
    assert named("Campaigners want rail services back to the Borders. A Borders rail link closed in 1969.") == [
        "Borders", "Borders"]
