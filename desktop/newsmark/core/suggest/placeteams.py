"""Sports stories: a city, state or country named alone there is mostly its team (an organisation), not a place.

In a game report ``Boston went 2-for-10``, ``India’s batsmen``, ``Chicago's Ego Ferguson``, ``Green Bay coach Mike
McCarthy``, ``a former player at Pittsburgh`` and ``No. 1 Alabama`` name clubs. A story reads as sports when it uses
several words of the game (``quarterback``, ``playoff``, ``rebounds``, ``2-for-10``…); there a city, first-level region
or country is a place only where a locative word names it as one (``born in Detroit``, ``the drive from Green Bay``,
``moving to Canada``, ``downtown Dallas``, ``south of Frisco``), a word for the town's own follows it (``a St. Louis
native``, ``the Dallas skyline``, ``Frisco officials``) or a state follows it (``Green Bay, Wis.``); datelines are
found apart and stay. Outside sports stories only a ranking (``No. 4 Alabama``) marks a team, since ``Boston coach``
may be a bus.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.pertext import per_text
from newsmark.core.suggest.placetokens import Match, Tokens

# Words (or shapes) hardly used outside sport; a story with three different ones is a sports story.
_SPORTS = re.compile(
    r"\b(?:\d{1,3}-for-\d{1,3}|quarterbacks?|touchdowns?|coach(?:es|ed)?|playoffs?|rebounds?|three-pointers?|"
    r"three-point|innings|goalkeepers?|strikers?|halftime|half-time|NFL|NBA|MLB|NHL|NCAA|MLS|semifinals?|"
    r"quarterfinals?|linebackers?|teammates?|tournament|league|season|championship|referees?|"
    r"free throws?|field goals?|home runs?|pitchers?|innings|penalty kick|hat-trick|hat trick|wickets?|batsm[ae]n|"
    r"bowlers?|doubles|singles|tie-?breaks?|tiebreakers?|knockout stage|group stage|"
    # the rest of the world's team games: football, rugby (not athletics or tennis: "Jamaica's Ana Ruiz", "France's
    # Tom Lee" play for no club, and their countries stay places)
    r"premiership|premier league|champions league|uefa|fifa|midfielders?|defenders?|wingers?|clean sheets?|"
    r"relegation|testimonial|six nations|all blacks|rugby union|rugby league|semi-finals?|quarter-finals?|"
    r"own goal|sent off|substitutes?|free-kick|equali[sz]er|bookable|kick-off|goalscorer|cup final|squad|"
    # rugby's own: "the Wales back row", "on the blind-side flank", "fly-half"
    r"rugby|fly-half|scrum-half|flankers?|back[ -]row|blind-side|line-?outs?|scrums?|"
    # cup football's: "the FA Cup fifth-round replay"
    r"fa cup|replays?|"
    # tennis's team cups, where a country is its side ("the next tie against Israel"), and rugby's caps
    r"davis cup|fed cup|hopman cup|uncapped|debutant|loose-forward|three-quarters?|"
    # football's positions, stages and market: "the England left-back", "the knockout stages", "on loan"
    r"(?:left|right|centre|wing)-backs?|centre-half|centre-forward|team-mates?|knockout stages|group stages|"
    r"caretaker(?:-boss| boss| manager)|friendl(?:y|ies) against|transfer window|on loan|loan deal|derby|old firm|"
    r"stoppage time|injury time|goalless|"
    # international football's calendar: "the World Cup qualifier against Israel", "a warm-up game" (not "the FIFA
    # World Cup" alone: business news names it)
    r"world cup qualif(?:iers?|ying)|warm-up (?:game|match)|"
    # a result's score, said with its result ("a 5-1 win", "went down 3-0 to", "beat Leeds 2-1" is not counted)
    r"(?:won|winning|lost|losing|beat|beaten|drew|went down|win|victory|defeat|draw) \d{1,2}-\d{1,2}|euro \d{4}|\d{1,2}-\d{1,2} (?:win|victory|defeat|draw|home win|away win))\b",
    re.IGNORECASE)
# A fixture's headline, "Leeds v Saracens (Fri)", "Ireland v USA": a match preview or report; counts as two words.
# A result's headline is one too: "Dundee Utd 4-1 Aberdeen", "Barbarians 19-47 New Zealand".
_FIXTURE = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3} (?:v|\d{1,3}-\d{1,3}) [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}"
                      r"(?: \((?:[A-Z][a-z]{2}|[\w ]+)\))?")
_ENOUGH = 3
# A player's position (or a touchdown), said of nothing but a game, counts twice ("Disgraced former Chelsea striker …");
# a league's name does not: business news names the NFL and the NBA.
_ONLY_SPORT = frozenset(("striker", "midfielder", "goalkeeper", "winger", "quarterback", "touchdown", "davis cup", "fed cup",
                         "hopman cup"))
# A story shows its subject early: reading its opening keeps a 5 MB text from costing a scan for words of the game.
_OPENING = 30_000
# Words before a name that make it a place even in a game report ("at", "to", "against" do not: "lost to Boston").
_LOCATIVE = frozenset("in near from outside inside around round across throughout within into toward towards downtown "
                      "between suburban".split())
# Words after a name that make it the town itself: "a St. Louis native", "the Dallas skyline", "Frisco officials".
_TOWN_AFTER = frozenset("native natives skyline suburbs suburb officials residents streets neighborhoods neighbourhoods "
                        "metro outskirts athlete athletes hotel hotels airport hospital crowd crowds event title crown "
                        "contest tournament".split())  # "The Trafford athlete", "the Melbourne crowd", "the Sydney title",
# "a London hotel": the town
# "just south of Frisco", "25 miles north of Dallas": a bearing from the town.
_BEARINGS = frozenset("north south east west northeast northwest southeast southwest".split())
# A country after these is the land, not its side ("moving to Canada", "Ana Ruiz of Peru", "across Europe and Asia").
_COUNTRY_LOCATIVE = frozenset("to of visit visited visiting countries nations".split())
# A country's state or sports body after its possessive: "Spain's minister of sport", "Spain's Football Federation",
# "Spain's anti-violence commission" — the country, not its side.
_STATE_AFTER = re.compile(r"['’]s[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:minister|ministry|government|commission|parliament|president|"
                          r"prime[ \t]+minister|(?:[A-Z][a-z]+[ \t]+)?(?:Federation|Association|Union|Olympic[ \t]+Committee))\b")
# Going somewhere, before "to" and a town: "travel to Edinburgh", "returned to England".
# Not "a move to Birmingham", "came to Chelsea", "a trip to Newcastle": a player's new club, a cup draw's opponent.
_MOTION = frozenset("travel travels travelled traveled travelling traveling journey flew fly flies flying "
                    "return returns returned returning head heads headed heading coming".split())
# A player's move before "from": "joined from Narbonne", "signed from Porto", "on loan from Leeds".
_TRANSFER = frozenset("joined joins signed signs arrived arrives loan loaned recalled bought transferred switched "
                      "signing move switch transfer bid bids offer offers approach".split())  # "an £8m bid from Tottenham"
_RANK = re.compile(r"No\. ?\d{1,2} \Z|#\d{1,2} \Z")
# A result before "to"/"of"/"by"/"over" and a side: "an away loss to Germany", "England's 18-17 defeat to France".
_RESULTS = frozenset("loss losses defeat defeats lost humiliation thrashing drubbing hammering beaten win wins victory "
                     "victories triumph draw home visit".split())  # "at home to Cyprus", "the visit of Switzerland"
# A game between two sides: "the tie between Millwall and Liverpool" (not "talks between", "a meeting between": parties).
_GAMES = frozenset("tie ties game games match matches final derby fixture fixtures play-off decider semi-final".split())
# A town hosting, or its stadium: "Sydney will host a charity match", "Sydney's Olympic Stadium".
# Not "Bolton host Arsenal": a club at home.
_HOSTS = re.compile(r"[ \t]+(?:will|to|would|is[ \t]+to)[ \t]+host\b|['’]s[ \t]+(?:[A-Z][\w'’-]+[ \t]+)?"
                    r"(?:Stadium|Arena|Opera)\b")
# A side's own nouns after a place: "the Scotland game", "the England set-up", "the England A win".
_SIDE_NOUN = re.compile(r"[ \t]+(?:A[ \t]+)?(?:game|games|match|set-up|line-up|lineup|camp|win|defeat|victory|XV|A[ \t]+(?:side|team|squad))\b")
_ZONE = re.compile(r"(?:/[A-Z]\w*)*\s+[Zz]one\b")


def _list_opening(tokens: Tokens, i: int) -> int:
    """The first word of the list of capitalised names word i ends ("Portugal, England, Italy and Spain"), else i."""
    words, k = tokens.words, i
    while k > 0:
        gap = tokens.gap(k)
        if gap == ", ":
            back = k - 1
        elif gap == " " and k >= 2 and words[k - 1] in ("and", "or") and tokens.gap(k - 1) == " ":
            back = k - 2
        else:
            break
        if not tokens.capitalised(back) or i - back > 12:
            break
        k = back
    return k


# Tennis's and athletics' words: players and athletes play for no club, and "France's Mauresmo" is her country.
_INDIVIDUAL = re.compile(r"\b(?:WTA|ATP|Grand Slam|[Tt]ie-?breaks?|top seed|seeded|\d-\d \d-\d|metres|marathon|hurdles|"
                         r"world record|indoor|(?<![£$€\d.,])(?:60|100|110|200|400|800|1,?500|3,?000|5,?000|10,?000)m)\b")


# A team game's words: there "Spain's Davis Cup victory", "South Africa's Schalk Burger" name the side.
_TEAM_GAME = re.compile(r"\b(?:[Rr]ugby|[Ff]ootball|[Cc]ricket|Davis Cup|Fed Cup|Hopman Cup|Six Nations|Premiership|"
                        r"World Cup|Champions League|FA Cup|[Ss]trikers?|[Mm]idfielders?|[Gg]oalkeepers?|[Dd]efenders?)\b")


@per_text
def individual_sport(text: str) -> bool:
    """Whether the text's opening reads as tennis or athletics (a set score, "WTA", "marathon", "1500m") and not as a
    team game (rugby, football, cricket, a tennis nations' cup, a headline's result between two sides)."""
    return (bool(_INDIVIDUAL.search(text, 0, _OPENING)) and not _TEAM_GAME.search(text, 0, _OPENING)
            and not fixture_headline(text))  # "Ireland 21-19 Argentina", whose report may kick "from 48 metres"


def fixture_headline(text: str) -> bool:
    """Whether the text's first line is a fixture or a result between two sides ("Leeds v Saracens", "Ireland 21-19
    Argentina")."""
    first = text.find("\n")
    return bool(_FIXTURE.fullmatch(text[:first if first != -1 else 200].strip()))


def sports_story(text: str) -> bool:
    """True when the text's opening uses at least three different words of the game (a match report, a team's news);
    a club whose name is no place ("Spurs", "Nottingham Forest") counts as one."""
    seen: set[str] = {"fixture", "fixture+"} if fixture_headline(text) else set()
    if _CLUB_NAMED.search(text, 0, _OPENING):
        seen.add("club")
    if _CUP.search(text, 0, _OPENING):
        seen.add("cup")  # "the Nationwide Irish Cup", "the Carling Cup"
    for hit in _SPORTS.finditer(text, 0, _OPENING):
        word = hit.group(0).lower()
        word = ("euro" if word.startswith("euro ") else "score" if "-for-" in word or word[-1:].isdigit() or word[:1].isdigit()
                else word.rstrip("s"))  # "Euro 2004": a championship, not a result
        seen.update((word, word + "+") if word in _ONLY_SPORT else (word,))
        if len(seen) >= _ENOUGH:
            return True
    return False


def ranked(tokens: Tokens, m: Match) -> bool:
    """True when a poll ranking stands right before the name ("No. 4 Ohio State", "#1 Alabama"): a team."""
    # Both forms end in a digit and a space at the name: a one-character test first skips the regex for nearly every name.
    return tokens.text[m.start - 2:m.start - 1].isdecimal() and bool(_RANK.search(tokens.text, max(0, m.start - 8), m.start))


# A role in a side right after a place: "Scotland manager Walter Smith", "former Chelsea striker", "the England captain";
# or a title won at an event named for it.
_SIDE_ROLES = frozenset("manager managers coach coaches captain skipper striker strikers midfielder midfielders "
                        "defender defenders goalkeeper keeper winger wingers full-back fly-half scrum-half flanker "
                        "prop hooker "
                        "squad international internationals team-mate teammate "
                        # the champion of an event named for it: "Wimbledon champion Maria Sharapova" (not "the Melbourne
                        # final", "the Sydney title", "the Dubai crown": the place, a modifier)
                        "champion champions runner-up".split())


# Words between a country and its "team": "Britain's successful 4x100m relay team", "the US Olympic team".
_TEAM_WORDS = frozenset("s women men women's men's Olympic national successful relay sprint curling football rugby "
                        "cricket hockey athletics swimming tennis cycling rowing Davis Cup World junior youth".split())


# A club's people after a town: "Chelsea boss", "Leeds chairman", "Tottenham fans" (a country's boss runs a firm there).
_CLUB_ROLES = frozenset("boss chairman owner owners fans supporters supporter shareholder shareholders".split())


def side_role(tokens: Tokens, m: Match) -> bool:
    """True when a place is followed by a role in its side ("Scotland manager", "Chelsea striker"): the team, in any story."""
    if m.feature or m.entry.kind not in ("city", "region", "country") or m.j >= len(tokens.words):
        return False
    after = tokens.words[m.j]
    if (after in _SIDE_ROLES or m.entry.kind != "country" and after in _CLUB_ROLES) and tokens.gap(m.j) == " ":
        return True  # "Chelsea boss Jose Mourinho", "the former Chelsea chairman"; not "Vodafone's Japan boss"
    if m.entry.kind != "country":
        return False
    for k in range(m.j, min(m.j + 5, len(tokens.words))):  # "Britain's successful 4x100m relay team", "the US Olympic team"
        word = tokens.words[k]
        if word in ("team", "squad", "teams", "squads", "quartet") and k > m.j:  # not "side": "Indonesia's side of Borneo"
            return True
        if word not in _TEAM_WORDS and not word[:1].isdigit() or k > m.j and tokens.gap(k) not in (" ", "'", "’"):
            return False
    return False


# The United Kingdom's countries, first-level regions in the gazetteer, field sides of their own as countries do
# (though "of" before them is mostly their side's: "in charge of Scotland", "the scalps of Scotland").
_HOME_NATIONS = frozenset(["England", "Scotland", "Wales", "Northern Ireland"])
# Areas that field a side under their bare name: Scottish rugby's "Borders" (the land is "the Borders"). Other areas are
# places in a sports story too: a referee's county, "(Kent)", is where he comes from.
_SIDE_AREAS = frozenset(["Borders"])


def team_not_place(tokens: Tokens, m: Match, regions: frozenset[int] = frozenset()) -> bool:
    """True when, in a sports story, a city, region or country named without a locative word reads as its team.

    ``regions``: the words where a region or country is named, to tell "Green Bay, Wis." (a town and its state) from
    "Bayern Munich, Porto and Werder Bremen" (a list of sides)."""
    side_area = m.entry.kind == "area" and tokens.text[m.start:m.end] in _SIDE_AREAS
    if m.feature or (m.entry.kind not in ("city", "region", "country") and not side_area) or individual_sport(tokens.text):
        return False  # (tennis and athletics: a player's town or country is a place; she plays for no club)
    words = tokens.words
    i = _list_opening(tokens, m.i)  # "clubs in China, Spain and Portugal": the word before the list names them all
    if i > 1 and words[i - 1] == "from" and (words[i - 2] in _TRANSFER or (
            i > 3 and words[i - 3] == "the" and words[i - 2][:1].isupper() and words[i - 4] in _TRANSFER)):
        return True  # "has joined from Narbonne", "joined the Gunners from Seville": the club he left
    if _SIDE_NOUN.match(tokens.text, m.end):
        return True  # "in the Scotland game", "in the England set-up", "named in England line-up": the side's
    if i > 1 and words[i - 1] in ("to", "of", "by", "over") and words[i - 2].lower() in _RESULTS:
        return True  # "an away loss to Germany", "a 45-6 humiliation of France": the side that won or lost
    if i > 1 and words[i - 1] == "between" and words[i - 2].lower() in _GAMES:
        return True  # "the Carling Cup tie between Chelsea and West Ham": the sides, not "between Leeds and York"
    country = m.entry.kind == "country" or tokens.text[m.start:m.end] in _HOME_NATIONS
    owner = tokens.text[m.end:m.end + 2] in ("'s", "’s") or tokens.text[m.end - 1:m.end + 1] in ("s'", "s’")
    if owner and m.entry.kind in ("country", "region"):
        pass  # "in Wales' third championship game", "in England's 18-17 defeat": the preposition governs what follows
    elif country and i > 0 and words[i - 1] in _COUNTRY_LOCATIVE and (m.entry.kind == "country" or words[i - 1] != "of"):
        return False
    elif i > 0 and words[i - 1].lower() in _LOCATIVE:
        return False
    if i > 1 and words[i - 1] == "to" and (words[i - 2].lower() in _MOTION or (
            i > 2 and words[i - 2] in ("out", "back", "home") and words[i - 3].lower() in _MOTION)):
        return False  # "Wales travel to Edinburgh", "fly out to Sardinia": the town they go to ("lost to Boston" is no move)
    i = i if country else m.i
    if i > 1 and words[i - 1] in ("the", "of") and words[i - 2].lower() in ("in", "near", "from", "city", "state"):
        return False  # "in the Bronx", "the city of Detroit"
    if i > 1 and words[i - 1] == "of" and words[i - 2].lower() in _BEARINGS:
        return False  # "just south of Frisco"
    if m.j < len(words) and words[m.j] in _TOWN_AFTER and tokens.gap(m.j) == " ":
        return False  # "a St. Louis native", "the Dallas skyline"
    if tokens.text.startswith(("-based", "-born"), m.end) or _HOSTS.match(tokens.text, m.end):
        return False  # "a Geneva-based company", "the Sheffield-born right-hander", "Sydney will host": the town
    if country and tokens.text[m.end:m.end + 1] in ("'", "’") and _STATE_AFTER.match(tokens.text, m.end):
        return False  # "Spain's minister of sport"
    text, end = tokens.text, m.end
    if m.entry.kind == "city" and m.i > 0 and tokens.gap(m.i) == ", " and text[end:end + 1] in ("\n", ""):
        return False  # a fixture's venue line, "Stade de France, Paris": where the game is played
    if m.entry.kind == "city" and text.startswith(", ", end) and m.j in regions:
        return False  # "Green Bay, Wis.": a town and its state name the town ("Iceland, Slovakia", "England, Wales":
        # a list of sides)
    return True


# A team sheet's stretch: names only, split by commas and semicolons, between a label's colon or a sentence's end and
# the next full stop or line end ("Subs: Wright, Pistone, Weir, Plessis, Vaughan."). Its items are players' surnames.
_SHEET_STOPS = re.compile(r"[.:\n]")
_SHEET_ITEM = re.compile(r"(?:[A-Z]\s)?[A-Z][\w'’]*(?:[- ]\s?[A-Z][\w'’]*){0,2}(?:\s\((?:[A-Z][\w ]*|capt|c)\))?")
# An item's words before the name: none, an initial, given names or a hyphenated name's first part ("C Jones",
# "Rhys Jones", "Sowden-Taylor", "MacLeod- Henderson") after a separator or a line's start.
_ITEM_HEAD = re.compile(r"[ \t]*(?:[A-Z][\w'’]*(?:-[ \t]?|[ \t]))*")
_SHEET_LABEL = re.compile(r"\b(?:Subs|Substitutes|Replacements|Bench)(?:\s\(from\))?\s*\Z")


def in_team_sheet(text: str, start: int, end: int, sport: bool) -> bool:
    """Whether ``text[start:end]`` is one item of five or more names only, comma- or semicolon-separated, that fill
    the stretch between a colon, full stop or line end and the next: a team sheet's line in a sports story, after a
    "Subs:" label, or grouped by semicolons by position ("Hanley; Mayor, Payne, Rhys Jones; …") — not "won in Doha, …"."""
    if text[end:end + 1] not in (",", ";", ".", "\n", "") and text[end:end + 2] != " (":
        return False  # the cheap tests first: an item stands between separators (most mentions do not), or before
        # its substitute in brackets ("Scotland (Samuel 63)")
    head = max(text.rfind(c, max(0, start - 30), start) for c in ",;:.\n")  # the separators ``left`` below stops at too
    if (head == -1 and start > 30) or not _ITEM_HEAD.fullmatch(text, head + 1, start):
        return False
    left = max(text.rfind(c, max(0, start - 300), start) for c in ".:\n") + 1
    stop = _SHEET_STOPS.search(text, end, end + 300)
    stretch = text[left:stop.start() if stop else len(text)]
    items = [item.strip() for item in re.split(r"[,;]", stretch)]
    if len(items) < 5 or not all(_SHEET_ITEM.fullmatch(item) for item in items):
        return False
    labelled = text[left - 1:left] == ":" and _SHEET_LABEL.search(text, max(0, left - 30), left - 1)
    return bool(sport or labelled or stretch.count(";") >= 2)


# Clubs whose names are no place: a town named beside one, in a list or a pair, is a club too ("deals with Chelsea and
# Celtic", "between Millwall and Liverpool", "Arsenal, Chelsea and Newcastle"). Never a place's name here ("Valencia",
# "Monaco", "Munster"): "flights to Valencia and Madrid" names two places.
_CLUBS = frozenset("Arsenal Celtic Rangers Juventus Internazionale Ajax Benfica Millwall Spurs Wolves Hibernian "
                   "Saracens Wasps Harlequins Gunners Magpies Fenerbahce Galatasaray Feyenoord PSV Deportivo Lazio "
                   "Fiorentina Sampdoria".split())
_CLUB_PAIRS = frozenset(["Manchester United", "Man Utd", "Man United", "Real Madrid", "Aston Villa", "West Ham", "Man City",
                         "Manchester City", "AC Milan", "Inter Milan", "Bayern Munich", "Werder Bremen", "Atletico Madrid"])
# Any of them named, as written (not "spurs growth", "Celtic music"), or "Nottingham Forest", "Sheffield Wednesday".
_CLUB_NAMED = re.compile(r"\b(?:" + "|".join(sorted({*_CLUBS, *_CLUB_PAIRS} - {"Celtic", "Ajax", "Wolves", "Wasps", "Rangers"}))
                         + r"|Nottingham Forest|Sheffield Wednesday|[A-Z][\w'’]* (?:City |Town |United )?A?FC)\b")
_CUP = re.compile(r"\b[A-Z][\w'’]* Cup\b")  # a competition's name, as written (not "a cup of tea")


_CLUB_BEFORE = re.compile(r"([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?)(?:,| and| or) \Z")
_CLUB_AFTER = re.compile(r"(?:,| and| or) ([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?)")


def listed_with_club(tokens: Tokens, m: Match) -> bool:
    """True when a town stands in a pair or list with a club whose name is no place ("Chelsea and Celtic")."""
    if m.feature or m.entry.kind not in ("city", "region"):
        return False
    text = tokens.text
    joined = (", ", " and ", " or ")  # plain tests first: most names stand in no pair or list ("X v Y": fixture_side)
    before = after = None
    if text[max(0, m.start - 5):m.start].endswith(joined):
        before = _CLUB_BEFORE.search(text[max(0, m.start - 40):m.start])
    if text.startswith(joined, m.end):
        after = _CLUB_AFTER.match(text, m.end, m.end + 40)
    for found in (before, after):
        if found:
            name = found.group(1).rstrip(".")  # "between Chelsea and West Ham.": the sentence's stop is no part of it
            words = name.split()
            if name in _CLUB_PAIRS or words[-1 if found is before else 0] in _CLUBS or " ".join(words[-2:]) in _CLUB_PAIRS:
                return True
    return False


# A fixture's two sides: "the Scotland v England match", "Leeds v Saracens", "the traditional Scotland-England fixture".
_FIXTURE_NEXT = re.compile(r"(?: v\.? |-)[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?(?: (?:match|game|fixture|clash|tie|encounter)\b)?")
_FIXTURE_PREV = re.compile(r"[A-Z][\w'’.-]*(?: v\.? |-)\Z")
_FIXTURE_WORD = re.compile(r" (?:match|game|fixture|clash|tie|encounter)\b")


def fixture_side(tokens: Tokens, m: Match) -> bool:
    """True when a place is one side of a fixture: "X v Y" in any story, "X-Y" only before a fixture word."""
    if m.feature or m.entry.kind not in ("city", "region", "country"):
        return False
    text = tokens.text
    if text.startswith((" v ", " v. "), m.end) and text[m.end + 3:m.end + 5].lstrip(". ")[:1].isupper():
        return True
    if text[max(0, m.start - 3):m.start] == " v " and text[max(0, m.start - 4):m.start - 3].isalpha():
        return True
    if text[m.end:m.end + 1] == "-":  # "Scotland-England fixture": the pair, then its word
        after = _FIXTURE_NEXT.match(text, m.end, m.end + 60)
        return bool(after and _FIXTURE_WORD.search(after.group()))
    if text[m.start - 1:m.start] == "-" and _FIXTURE_PREV.search(text, max(0, m.start - 40), m.start):
        return bool(_FIXTURE_WORD.match(text, m.end))
    return False


# An athletics or sports club's name in brackets after a competitor, towns and all: "J McIlroy (Windsor, Slough, Eton and
# Hounslow AC)", "J Thie (Cardiff AAC)", "Ed Jackson (Aldershot, Farnham and District)", "C Murphy (Woodford Green with
# Essex Ladies)". The bracket holds capitalised words only, joined by commas, "and", "with" or "of", and ends in a word
# clubs end in.
_CLUB_ENDS = frozenset("AC AAC Harriers Ladies District FC AFC RFC CC Athletic Striders Runners Beagles".split())
_CLUB_BRACKET = re.compile(r"[A-Z][\w'’.-]*(?:(?:, | and | with | of | )[A-Z][\w'’.-]*)*")


def club_bracket(tokens: Tokens, m: Match) -> bool:
    """True when a place stands inside a bracketed club's name ("(Windsor, Slough, Eton and Hounslow AC)")."""
    text = tokens.text
    close = text.find(")", m.end, m.end + 60)  # the plain test first: most names stand in no bracket
    if close == -1:
        return False
    opened = text.rfind("(", max(0, m.start - 60), m.start)
    if opened == -1 or ")" in text[opened:m.start] or "(" in text[m.end:close]:
        return False
    inner = text[opened + 1:close]
    return inner.rsplit(" ", 1)[-1] in _CLUB_ENDS and bool(_CLUB_BRACKET.fullmatch(inner))


def cup_zone(tokens: Tokens, m: Match) -> bool:
    """True when a place names a cup's zone with another: "the Europe/Africa Zone I tie", "the Euro-Africa zone"."""
    text = tokens.text
    joined = text[m.end:m.end + 1] == "/" or text[m.start - 1:m.start] in ("/", "-")
    return joined and bool(_ZONE.match(text, m.end))
