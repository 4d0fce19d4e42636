"""The words of a person's name in news copy: titles and offices, particles, and the name inside a capitalised phrase.

``person_name`` takes a name out of the words a scan found around it ("Tourism Minister Randall Mitchell",
"the ACLU's Jay Stanley"); the word lists and name patterns here are the ones every attribution scan is built from.
Who a name refers to in one article is ``speakerindex.SpeakerIndex``'s question.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsmark.core.suggest.givennames import given_gender
from newsmark.core.suggest.namecaps import name_pattern, unicode_names
from newsmark.core.suggest.notpersons import WEEKDAYS, headline_clause, not_a_person, without_weekday

# Titles, offices (not those that are common surnames too: King, Major, Judge, Bishop, Dean) and portfolios written before a name ("Tourism Minister Randall Mitchell", "U.S. Secretary
# of State Antony Blinken"): everything up to the last of them is a role, not the person's name.
ROLE_WORDS = frozenset("""
mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor sir dame lord lady baroness viscount viscountess countess marquess marchioness rev rev. 
president vice chairman chairwoman chair chairperson ceo cfo coo cto founder co-founder director
minister secretary chancellor premier governor gov gov. mayor senator sen sen. rep rep. representative
congressman congresswoman councillor councilman councilwoman councilor mp mep lawmaker legislator speaker
leader deputy assistant acting chief general gen gen. treasurer tory colonel col col. captain capt capt.
lieutenant lt lt. sergeant sgt admiral commander commissioner inspector insp superintendent supt officer
justice attorney prosecutor ambassador envoy consul adviser advisor spokesman spokeswoman spokesperson host co-host anchor
correspondent editor reporter analyst economist professor principal coach manager head pope
archbishop imam rabbi prince princess emperor sheikh state finance defence defense foreign home
interior health education justice trade transport energy tourism labour labor treasury agriculture
environment immigration commerce economy culture sports youth security housing works affairs
independent conservative labour liberal democrat democratic republican
detective supervisor sheriff trooper constable agent marshal alderman alderwoman councilmember assemblyman
assemblywoman assemblymember delegate magistrate coroner administrator executive elect ex former
undersecretary hon hon. honourable honorable defendant defendants plaintiff plaintiffs suspect
investigator father fr fr. sister brother reverend pastor cardinal monsignor msgr msgr. deacon adv adv. advocate
coordinator co-ordinator organiser organizer strategist
qb mvp
""".split())


# Styles that name a person who goes by one name ("Prince Harry", "Pope Francis", "Lord Cameron"); not Sir or Dame,
# which go with a given name whose surname follows ("Sir Keir Starmer" is "Keir Starmer").
STYLES = frozenset("prince princess king queen duke duchess emperor empress pope sheikh sheikha sultan emir lord lady baroness "
                   "viscount viscountess countess marquess marchioness".split())
# The pronouns a speaker is written as, lower-cased ("she said", "I told", "we warned").
PRONOUNS = frozenset("he she they i we it".split())


@lru_cache(maxsize=8192)
def is_role(word: str) -> bool:
    """Whether a word is a title or office, hyphenated ones too ("President-elect", "vice-president", "ex-Minister")."""
    key = word.lower().rstrip(".")
    if key in ROLE_WORDS or word.lower() in ROLE_WORDS:
        return True
    parts = key.split("-")
    if len(parts) >= 3 and parts[1] in _ROLE_LINKS:
        parts = parts[:1] + parts[2:]  # "Editor-in-Chief", "Commander-in-Chief", one office
    if len(parts) == 2 and parts[0] in ("co", "under"):
        return parts[1] in ROLE_WORDS  # "Co-Chairman", "co-leader": sharing an office; "Under-Secretary"
    if len(parts) == 2 and parts[0] in _RANK_FIRSTS:
        return parts[1] in ROLE_WORDS  # "Major-Gen", "Brig-Gen": a rank whose first word is no office alone ("John Major")
    return len(parts) > 1 and all(part in ROLE_WORDS for part in parts)


# The small word inside a hyphenated office ("Editor-in-Chief", "Commander-in-Chief").
_ROLE_LINKS = frozenset("in at of".split())
# First words of a hyphenated rank ("Major-General", "Maj-Gen", "Brig-Gen") that are no office on their own.
_RANK_FIRSTS = frozenset("major maj brig brigadier".split())
# Capitalised words that open a sentence, clause or headline but never a name ("How Ana Ruiz won", "No Ruiz").
OPENERS = frozenset("""
the a an and but or so yet as when while after before if in on at by for from with asked speaking
meanwhile however still later earlier yesterday today also then although though because since
how why what where who whom whose which no not inside behind meet watch exclusive breaking report to
would could should can did does do is are was were has have had now our my your their
replied answered added noted explained continued recalled insisted argued warned responded concluded declared
admitted acknowledged asserted observed countered conceded agreed ask tell take look consider imagine
even only just perhaps maybe indeed under despite without within against among amid across
""".split())  # a reporting verb inverted before its speaker ("Replied Ana, …"), an imperative ("Ask Ana Ruiz, …")
# A place or group made an adjective: "Maryland-based", "Texas-born", "Labour-led" describe, never name.
_ADJECTIVE = name_pattern(r"[\w'’.]+-(?:based|born|bred|raised|area|led|owned|backed|run|made|funded|style|"
                          r"registered|headquartered|trained|educated)")
_GERUND = name_pattern(r"[A-Z][a-z]{2,}ing")
# Last words of a street's, building's or square's name: what comes before them is that name, not a verb.
_PLACE_ENDS = frozenset("street road avenue lane square place park hall house bridge way drive court gardens".split())
_ING_NAMES = frozenset("Sterling Irving Channing Manning Fleming Harding Browning Golding Ewing Spalding Redding Darling "
                       "Dowling Cushing Fielding Gosling Rawling Stirling Keating Whiting".split())
# The small words inside people's names ("Bill de Blasio", "Laurence des Cars", "Lula da Silva", "Khalid bin Omar",
# "James Van Der Beek"): the one list every name pattern and check here and in claimnames/pronouns is built from.
PARTICLE_WORDS = frozenset("de des du da das dos del della di van von der den bin bint ibn al el le la".split())


def _alternation(words: frozenset[str] | set[str]) -> str:
    """A regex group matching any of ``words`` (longest first, so "della" is never cut to "del")."""
    return "(?:" + "|".join(sorted(words, key=lambda w: (-len(w), w))) + ")"


PARTICLES = _alternation(PARTICLE_WORDS)
# The particles a scan for names lets inside one; a bare lowercase "al"/"el"/"le"/"la" inside a capitalised run is
# more often a foreign phrase than a name there, while "al-" takes the word it is joined to ("Ahmed al-Sharaa").
NAME_PARTICLES = r"(?:" + _alternation(PARTICLE_WORDS - {"al", "el", "le", "la"}) + r"|al-\w+)\b"
INITIALS = unicode_names(r"[A-Z](?:\.[A-Z])+\.")  # "J.C.", "A.J.": one word of a name
# The space between a name's words: one line break at most (a blank line ends a headline or a paragraph).
GAP = r"(?:[ \t]*+\n[ \t]*+|[ \t]++)"
# A capitalised run a scan takes for a name (particles inside, possessive so it never backtracks into one).
SCAN_NAME = unicode_names(r"[A-Z][\w'’-]*+\.?(?:" + GAP + r"(?:[A-Z][\w'’-]*+\.?|" + NAME_PARTICLES + r")){0,5}+")
_POSSESSIVE = name_pattern(r"['’]s?$")
# Occupations written before a name that are no title (and seldom a first name): "Actor Ana Ruiz", "Rapper Ana Ruiz".
# Ranks and honours written after a name ("Guy Mansfield QC", "Ana Ruiz MP", "Tom Lee OBE").
_POST_NOMINALS = frozenset("QC KC MP MEP MSP OBE MBE CBE KBE DBE".split())
# Sport's people by what they play or win ("Goalscorer Ana Ruiz added", "Olympic champion Ana Ruiz", "the giant winger").
SPORT_PEOPLE = frozenset("champion jumper sprinter runner hurdler swimmer boxer skater golfer cyclist footballer player "
                         "striker winger midfielder defender goalkeeper keeper forward skipper goalscorer scorer batsman "
                         "bowler jockey rider medallist medalist fly-half scrum-half full-back flanker hooker prop centre "
                         "wing lock".split())  # rugby's positions: "Ireland fly-half Ronan O'Gara"
_OCCUPATIONS = SPORT_PEOPLE | frozenset(
                         "actor actress singer rapper comedian comic author writer novelist poet musician model producer "
                         "activist journalist scientist researcher historian businessman businesswoman entrepreneur investor "
                         "chef artist designer "
                         "photographer filmmaker film-maker broadcaster presenter influencer billionaire millionaire "
                         "farmer rancher grower fisherman trucker firefighter paramedic teacher nurse student resident "
                         "voter shopper homeowner retiree volunteer rival".split())
# Plural common nouns whose possessive is part of a name, not its owner ("People's Daily", "Women's March").
_COLLECTIVES = frozenset("people children women men workers veterans farmers citizens teachers nurses students soldiers "
                         "consumers taxpayers homeowners writers artists lawyers doctors actors footballers cricketers "
                         "pilots miners journalists parents patients pensioners employers shareholders musicians "
                         "engineers producers directors".split())
SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())


def _collective(word: str) -> bool:
    """Whether a possessive word names a group a name is for ("People's", "Workers'"), not an owner."""
    return _POSSESSIVE.sub("", word).lower() in _COLLECTIVES


# An adverb of the writer's opening a sentence ("Apparently", "Reportedly", "Ironically"): no given name ends so.
_SENTENCE_ADVERB = name_pattern(r"[A-Z][a-z]{2,}(?:ent|ant|ate|ous|ive|ed|al|ic|ful|ing|less|ible|able)ly")
# Offices that are surnames too, so not in ROLE_WORDS; before a given name and a surname they are the office.
_SURNAME_TITLES = frozenset("judge major bishop dean".split())
# A trade named by its "-ist" ("Sociologist", "Economist", "Analyst"): no given name has that shape.
_OCCUPATION_SHAPE = name_pattern(r"[A-Z][a-z]{3,}(?:ist|yst)")
# "Next May", "Last Friday": a time, whatever name a month or day shares.
_WHEN = name_pattern(r"(?:Next|Last|This|Every|Early|Late|Mid)\s+(?:January|February|March|April|May|June|July|August|"
                     r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                     r"Spring|Summer|Autumn|Fall|Winter)")
# Titles in the plural before coordinated names ("Senators Ana Ruiz and Tom Lee", "Reps. Ana Ruiz and …").
_PLURAL_TITLES = frozenset("senators sens sens. representatives reps reps. congressmen congresswomen ministers governors govs "
                           "govs. mayors councillors councilors presidents judges generals gens gens. commissioners".split())
# Days and months no given name shares ("On Monday Tony Blair …"; not "April", "May", "June", "August").
_DAYS = WEEKDAYS | frozenset("January February March July September October November December".split())
# A party's members named in the plural before one of them ("Tories Ken Clarke and Sir George Young").
_PARTY_PLURALS = frozenset("tories conservatives democrats republicans socialists nationalists unionists liberals "
                           "greens".split())
_QUANTIFIERS = frozenset("most many some few all several both each every other another".split())
# Verbs a title-case headline capitalises after its subject ("Trump Says", "Court Has Ruled"); never inside a name.
_VERBS_IN_HEADLINES = frozenset("has have had is are was were says said does did can could would should".split())
# Reporting verbs that open a sentence before their source ("Says Ana Ruiz: …"); never a given name.
_VERBS_OPENING = frozenset("says replied replies adds added asks answered responded countered retorted recalls explains "
                           "writes notes continues concludes".split())
_ROMAN = name_pattern(r"[IVX]+")
_PLAIN_WORD = name_pattern(r"[A-Z][a-z]+")  # a capital then small letters only: no initial, code or hyphen
_INITIAL = name_pattern(r"[A-Z]\.")
# An abbreviation in capitals with its full stop ("US.", "EU."), not initials ("J.C.") nor one letter ("A.").
_ABBREVIATION_END = name_pattern(r"[A-Z]{2,4}\.")
_SUBJECT_PRONOUNS = frozenset("He She They We It".split())  # never a name's word
_CAPS_TITLES = frozenset("mr mrs ms dr st jr sr co lt gen sen rep gov col sgt".split())  # "DR. Ana": a title in capitals
# A pronoun or pointer run into its verb ("We’re told", "It’s", "Let’s"): a sentence's opening, never a name.
_CONTRACTION = name_pattern(r"(?i:i|we|you|they|he|she|it|that|there|here|what|who|let)['’](?i:re|m|ve|ll|d|s)")


_HYPHENED_DESCRIPTION = re.compile(r"[A-Z][a-z]+(?:-[a-z]+){2,4}")  # not "Jean-Claude", "Forty-three"


@lru_cache(maxsize=4096)
def person_name(phrase: str) -> str:
    """The name in a capitalised phrase: without possessive, sentence openers and leading roles."""
    words = phrase.replace(",", " ").split()
    while words and _CONTRACTION.fullmatch(words[0]):
        words = words[1:]
    verb = next((k for k, w in enumerate(words) if k and w.lower() in _VERBS_IN_HEADLINES
                 and not (len(words[k - 1]) > 3 and words[k - 1].endswith("."))), len(words))  # "Walshe. Said Ruiz"
    words = words[:verb]  # "Donald Trump Has Skipped …": a headline's capitalised verb ends the name
    if len(words) >= 2 and words[0].lower() in _VERBS_OPENING:
        words = words[1:]  # "Replied Ana Ruiz, …", "Says Ana Ruiz:": the verb opens the sentence before its source
    if len(words) >= 3 and words[0].lower() == "one":
        words = words[1:]  # "One Nevada Democrat asked": one of a group, as "A Colorado Democrat"; not "One Direction"
    if len(words) >= 3 and words[0].lower() in _PLURAL_TITLES and all(w[:1].isupper() for w in words[1:3]):
        words = words[1:]  # "Senators Ana Ruiz and Tom Lee": the title of the names coordinated, each a person
    if words and words[0].lower() in _QUANTIFIERS:
        return ""  # "Most Americans", "Many Democrats": a share of a group, nobody named
    if len(words) == 2 and words[1] == "I" and words[0].endswith("ly"):
        words = words[1:]  # "Suddenly I told him": an adverb opening the sentence before its "I" (not "Charles I")
    if len(words) >= 2 and _SENTENCE_ADVERB.fullmatch(words[0]):
        words = words[1:]  # "Apparently Lindsey wrote": the adverb opens the sentence
    if len(words) >= 3 and _HYPHENED_DESCRIPTION.fullmatch(words[0]):
        words = words[1:]  # "Man-of-the-match Stephen Jones": a description before the name
    if len(words) >= 3 and words[0].lower() in _SURNAME_TITLES and all(w[:1].isupper() and not _ROMAN.fullmatch(w) for w in words[1:3]):
        words = words[1:]  # "Judge Arthur Engoron": a title that is a surname too ("Aaron Judge") before a full name
    if any(c.isdigit() for c in phrase) or _WHEN.fullmatch(" ".join(words)):
        return ""  # "Flight QZ8501", "Route 66", "Next May": a number or a time names no person
    owners = [i for i, w in enumerate(words[:-1]) if (w.endswith(("'s", "’s", "s'", "s’")) and not _collective(w))
              or _ADJECTIVE.fullmatch(w)]
    if owners and [w.lower() for w in words[owners[-1] + 1:]] == ["counsel"]:
        words = words[:owners[-1]]  # "Ana Ruiz King’s Counsel", "Queen’s Counsel": a rank after the name
    elif owners:
        words = words[owners[-1] + 1:]  # "the ACLU's Jay Stanley", "Britain's King Charles": the person, not the owner
    words = [_POSSESSIVE.sub("", w) if w.endswith(("'s", "’s", "s'", "s’")) and not (i < len(words) - 1 and _collective(w))
             else w for i, w in enumerate(words)]
    while len(words) > 2 and words[-1] in _POST_NOMINALS:
        words = words[:-1]  # "Guy Mansfield QC", "Ana Ruiz MP": a rank or honour after the name
    if len(words) == 1 and _ADJECTIVE.fullmatch(words[0]):
        return ""
    ends = [i for i, w in enumerate(words) if w.endswith(".") and len(w) > 3 and w.lower() not in ROLE_WORDS
            and not re.fullmatch(INITIALS, w)]
    ends += [i for i, w in enumerate(words[:-1]) if w[-1:] in "”\"’" and not w.endswith(("s’", "s'"))]  # "‘The Title’ Apple"
    ends += [i for i, w in enumerate(words[:-1]) if (_ABBREVIATION_END.fullmatch(w) and not words[i + 1].isupper()
                                                      and w[:-1].lower() not in _CAPS_TITLES)
             or (w.endswith(".") and words[i + 1] in _SUBJECT_PRONOUNS)]  # "in the US. He said", "the U.S. They": a sentence ended
    ends += [i for i, w in enumerate(words[:-1]) if len(w) >= 3 and w.endswith(".") and w[:-1].isalpha()
             and w[:-1].isupper()]  # "by GM in the US. GM said": initials without inner stops end a sentence
    ends.sort()
    if ends and ends[-1] < len(words) - 1:
        words = words[ends[-1] + 1:]  # "Exim Bank. Manning": a sentence ended inside the phrase
        if len(words) >= 2 and words[0].lower() in _VERBS_OPENING:
            words = words[1:]  # "… Nick Walshe. Said Williams:": the next sentence opens with its verb
    while words and words[0].lower() in OPENERS:
        words = words[1:]
    if len(words) >= 3 and (words[0] in _DAYS or words[0].lower() in _PARTY_PLURALS):
        words = words[1:]  # "On Monday Tony Blair insisted", "including Tories Ken Clarke": when, or whose side, first
    if len(words) >= 3 and (words[0].lower() in _OCCUPATIONS or _OCCUPATION_SHAPE.fullmatch(words[0])):
        words = words[1:]  # "Actor James Van Der Beek", "Sociologist Ana Ruiz": a description opening the sentence
    if (len(words) >= 2 and _GERUND.fullmatch(words[0]) and words[0] not in _ING_NAMES
            and words[-1].lower() not in _PLACE_ENDS):  # "Downing Street", "Reading Road": a place named, no gerund
        words = words[1:]  # "Taking Archie outside is …": a sentence opening with a gerund, not a name
    roles = [i for i, w in enumerate(words) if is_role(w) or w.lower() == "police"]  # "Commissioner of Police Ian Coles"
    if roles and roles[-1] < len(words) - 1:
        rest = words[roles[-1] + 1:]  # "Lord Nicholls of Birkenhead": a peer's territorial title goes with the name
        styled = words[roles[-1]].lower() in STYLES and (len(rest) == 1 or (len(rest) in (3, 4) and rest[1] == "of"))
        words = words[roles[-1] + (not styled):]  # "Prince Harry": the style is how he is named
    words = _past_body(words)
    codes = [i for i, w in enumerate(words[:-2]) if w.isupper() and w.isalpha() and 2 <= len(w) <= 4]
    if codes and all(w[:1].isupper() and not w.isupper() for w in words[codes[-1] + 1:]):
        words = words[codes[-1] + 1:]  # "Browns DL Ana Ruiz", "NASA JPL Ana Ruiz": a position or body's code, then the person
    while words and re.fullmatch(PARTICLES, words[0]):
        words = words[1:]
    if headline_clause(words):
        return ""  # "Mayor Dodges Questions During Budget Hearing": a title-case headline, whichever words end it
    if len(words) >= 4 and not is_organisation(" ".join(words)) and all(_PLAIN_WORD.fullmatch(w) for w in words) and not any(
            w.lower() in PARTICLE_WORDS for w in words[1:-1]):  # "James Van Der Beek", "Ana De La Cruz": one name
        words = words[-2:]  # "Super Value Debra Symonette": an organisation's name glued before the person's
    words = without_weekday(words)  # "in eastern Oklahoma Friday morning": the day is when
    return "" if not_a_person(tuple(words)) else " ".join(words)  # "the Middle East", "Camp Acme", "Leaders Debate"


def _past_body(words: list[str]) -> list[str]:
    """The person after what a role is of: "of the Commons Oliver Heald" and "Commons Oliver Heald" (the leader of
    the Commons) are "Oliver Heald" — a word that is no given name before a given name and a surname."""
    if len(words) >= 4 and words[0] in ("of", "to", "for"):
        k = next((i for i in range(1, len(words) - 1) if words[i][:1].isupper() and given_gender(" ".join(words[i:]))), 0)
        return words[k:] if k and all(w[:1].isupper() for w in words[k:]) else words
    if (len(words) == 3 and words[0].lower() in _BODY_HEADS and not given_gender(" ".join(words))
            and given_gender(" ".join(words[1:])) and words[2][:1].isupper()):
        return words[1:]
    k = 0  # "Minister for Children and Families Margaret Hodge", "Top-seeded Americans Andy Roddick": descriptions first
    while len(words) - k > 2 and _DESCRIBING.fullmatch(words[k]) and not given_gender(" ".join(words[k:])):
        k += 1
    return words[k:] if k and given_gender(" ".join(words[k:])) and words[-1][:1].isupper() else words


# A capitalised word that describes rather than names: a plural ("Families", "Americans"), a hyphened description
# ("Top-seeded"), "Boss".
_DESCRIBING = re.compile(r"[A-Z][a-z]{2,}(?:ies|ans|ers|ists)|[A-Z][a-z]*-[a-z][\w-]*|Boss")


# Bodies a role is of, said alone before the holder's name: "(leader of the) Commons Oliver Heald".
_BODY_HEADS = frozenset("commons lords treasury exchequer cabinet parliament senate house assembly council executive "
                        "government ministry office department".split())


# Last words of an organisation's name: "Massy said" is the company, not a person called "Massy Stores".
_ORGANISATION_WORDS = frozenset("""
stores store bank group company co co. corp corp. corporation inc inc. ltd ltd. llc plc holdings airlines airways
motors industries enterprises partners associates foundation institute university college school hospital
council committee commission ministry department agency authority association union party club network
news media times post press television radio services systems technologies solutions international
organization organisation force office service court bureau administration board centre center command unit division
county city state government parliament congress senate assembly trust fund pac caucus coalition alliance federation
society church army navy museum library league republic kingdom district province township chamber hub community
police constabulary fa
""".split())


def is_organisation(name: str) -> bool:
    """Whether a capitalised phrase ends as an organisation's name does ("Acme Stores", "Union Bank")."""
    words = name.split()
    return bool(words) and words[-1].lower() in _ORGANISATION_WORDS


def is_full_name(name: str) -> bool:
    """Whether a resolved name reads as a person's full name ("Ana Ruiz"), not one word or an organisation."""
    return len(name.split()) >= 2 and not is_organisation(name)


_ROLE_OF_BEFORE = name_pattern(r"([A-Za-z][\w.'’-]*)\s+(?:of|for|to|in|at)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:of|for)\s+(?:the\s+)?)?$")


def after_role_of(text: str, start: int) -> bool:
    """Whether a title "of" something ends right before ``start`` ("Mayor of ", "Attorney for the District of ")."""
    m = _ROLE_OF_BEFORE.search(text, max(0, start - 60), start)
    return bool(m) and is_role(m.group(1))


def last_name_words(phrase: str) -> str:
    """A person's name at the end of a longer capitalised phrase: the last two words, or three with an initial."""
    words = phrase.split()
    return " ".join(words[-3:] if len(words) >= 3 and _INITIAL.fullmatch(words[-2]) else words[-2:])


# A title's or an initial's full stop after a lower-case word: "running against Sen. Harry Reid" is one sentence
# (", Rep. Ana Ruiz, …" may open the clause whose subject she is).
_TITLE_STOP = name_pattern(r"[a-z][ \t]+(?:Sen|Rep|Gov|Gen|Col|Sgt|Lt|Mr|Mrs|Ms|Dr|St|Rev|Prof|[A-Z])\.[ \t]*\Z")


def after_title_stop(text: str, at: int) -> bool:
    """Whether the full stop before offset ``at`` is a title's or an initial's inside a clause ("against Sen. "), no sentence's end."""
    return _TITLE_STOP.search(text, max(0, at - 10), at) is not None


def is_title(word: str) -> bool:
    """A title, office or style, abbreviated or not ("Supt", "Judge", "Lord")."""
    return is_role(word) or word.lower() in STYLES or word.lower() in _SURNAME_TITLES
