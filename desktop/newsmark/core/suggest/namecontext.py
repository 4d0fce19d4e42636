"""Whether a place name is part of a longer name here: a person's, an organisation's, an event's."""

from __future__ import annotations

from newsmark.core.suggest.gazetteer import Gazetteer
from newsmark.core.suggest.pertext import per_text
from newsmark.core.suggest.placetokens import Match, Tokens
import re

from newsmark.core.suggest.placewords import (
    COMMON_WORDS, DIRECTIONS, FACILITY_AFTER, GANG_WORDS, LEADERSHIP, NAME_BEFORE, OPENERS, ORG_AFTER, ORG_OF, PEERAGE, PERSON_BEFORE, TITLE_OF,
    ROMANCE_LINKS, SURNAME_TITLES, TITLES, TOWN_NAMED_AFTER, VESSELS)

_GERUND = re.compile(r"[A-Z][a-z]{2,}ing")  # "Fixing", "Visiting", "Blaming"; not "Ewing", "King" (a given name "Fangming" too)
_ROUTE = re.compile(r"[ -]\d")  # "US 1", "U.S. 41", "US-19": a highway's number
# The words before their look-behinds (the \b they stand for): re jumps to a pattern's opening letters.
_CAMPUS = re.compile(r"(?:University(?<!\wUniversity)|College(?<!\wCollege)) of [A-Z][\w.]*(?: [A-Z][\w.]*){0,2}, \Z")  # "University of California, "

_PLACED_BY = frozenset({"in", "from", "near", "outside"})  # words that put people in a place, never before a name


def inside_a_name(tokens: Tokens, m: Match, places: set[int], gaz: Gazetteer) -> bool:
    """True when the match is part of a person's or an organisation's name rather than a place."""
    i, j, words = m.i, m.j, tokens.words
    # The next word, when only a space parts it from the match ("U.S." keeps its full stop: "U.S. Customs").
    nxt = j if j < len(words) and tokens.text[m.end:tokens.starts[j]] == " " else None
    if nxt is not None and words[nxt] in ORG_AFTER and tokens.capitalised(nxt):
        return True
    if nxt is not None and _org_run(tokens, nxt, places, m.entry.kind == "country"):
        return True  # California Public Utilities Commission, California ISO
    if j < len(words) and tokens.gap(j) == "-" and _org_run(tokens, j, set()):
        return True  # "the Canada-Mexico Trade Forum": an event's name, both places in it
    if m.end < len(tokens.text) and tokens.text[m.end] == "$":
        return True  # US$100: a currency
    if nxt is not None and (words[nxt] in GANG_WORDS or (words[nxt] == "drug" and nxt + 1 < len(words)
                                                          and words[nxt + 1] in GANG_WORDS)):
        return True  # "the Sinaloa drug cartel": a gang named after its home
    if m.entry.kind == "city" and tokens.text[m.end:m.end + 1] in ("'", "’") and _SHOP.match(tokens.text, m.end):
        return True  # "shopping at Bloomingdale's.": a shop or firm named after its founder
    if i >= 2 and words[i - 1] in ("of", "for") and tokens.gap(i - 1) == " " and words[i - 2] in ORG_OF:
        return True  # Bank of England, Alternative for Germany, University of Texas
    if (i >= 2 and words[i - 1] == "of" and tokens.gap(i - 1) == " " and words[i - 2] in TITLE_OF
            and not (i >= 3 and words[i - 3] == "Grand")):
        return True  # "the Prince of Wales", "the Duchy of Cornwall", "the Mayor of London": a title's place
    if (i >= 3 and words[i - 1] == "of" and words[i - 3] in PEERAGE and tokens.capitalised(i - 2)
            and tokens.gap(i - 1) == " " and tokens.gap(i - 2) == " "):
        return True  # "Lord Baker of Dorking": a peer's title
    if j - i > 2 and words[i] in ORG_OF and words[i + 1] == "of":
        return True  # "University of Texas": a campus the gazetteer lists as a populated place
    # The pattern ends in ", " at the match: a two-character test first skips the regex for nearly every match.
    if (m.entry.kind == "city" and m.start >= 2 and tokens.text[m.start - 2:m.start] == ", "
            and _CAMPUS.search(tokens.text, max(0, m.start - 60), m.start)):
        return True  # "the University of California, Berkeley": the campus's town is part of the name
    if i >= 3 and words[i - 1] == "the" and words[i - 2] == "of" and words[i - 3] in ORG_OF:
        return True  # Summit of the Americas
    if i >= 4 and words[i - 1] == "of" and words[i - 2] in DIRECTIONS and _of_a_body(words, i - 3):
        return True  # "University of (the) West of England": a compass word between the body and the place
    prev = i - 1 if i > 0 and tokens.gap(i) == " " else None
    if prev is not None and (words[prev] in PERSON_BEFORE or words[prev] in NAME_BEFORE):
        return True  # Princess Diana, Air India
    if nxt is not None and words[nxt] in FACILITY_AFTER:
        return True  # "the Rafah crossing": a border post named after the town
    if nxt is not None and words[nxt] == "Wednesday" and words[i] == "Sheffield" and j - i == 1:
        return True  # "Sheffield Wednesday": a club's name, whose weekday reads as no name's word
    if nxt is not None and words[nxt] in TOWN_NAMED_AFTER and m.entry.kind == "city":
        return True  # "the Dax index", "the Phoenix consortium"
    if prev is not None and words[prev] in VESSELS:
        return True  # "the sunken Russian submarine Kursk": a vessel's name
    if m.entry.kind == "country" and _ROUTE.match(tokens.text, m.end) and tokens.text[m.start:m.end].replace(".", "") == "US":
        return True  # "parallel to US 1": a highway
    if (nxt is not None and words[nxt] == "of" and m.entry.kind == "city" and nxt + 1 < len(words)
            and tokens.capitalised(nxt + 1) and tokens.gap(nxt + 1) == " " and nxt + 1 not in places):
        return True  # "the Pueblo of Isleta": a town's name heading a longer name
    if (i >= 2 and words[i - 1] in ("de", "du") and words[i - 2] == "Tour" and tokens.gap(i - 1) == " "
            or words[i] == "Tour" and nxt is not None and words[nxt] in ("de", "du")):
        return True  # "the Tour de France": a race's name, neither the country nor Tours
    if (i >= 2 and words[i - 1] in ROMANCE_LINKS and tokens.gap(i) in (" ", "'", "’") and tokens.gap(i - 1) == " "
            and tokens.capitalised(i - 2) and i - 2 not in places):
        return True  # "Château de Versailles", "Musée d'Orsay": a building's name
    if (j < len(words) and words[j] in LEADERSHIP and tokens.gap(j) == " " and m.entry.kind == "city"
            and m.entry.population < 100_000 and not m.team):
        return True  # "the Harlow administration": a leader's name, not a town's
    nxt_verb = j < len(words) and words[j] in ("said", "says", "told", "added", "wrote", "tweeted") and tokens.gap(j) == " "
    in_place = prev is not None and words[prev] in _PLACED_BY  # "Officials in Jackson said": the town, where they are
    if nxt_verb and m.entry.kind == "city" and m.entry.population < 1_000_000 and not m.team and not in_place:
        return True  # "Jackson said": a person; "Moscow said" stands for a government and stays
    if m.entry.kind == "city" and m.j - m.i == 1 and not m.team and _given_name(tokens, m, places, gaz):
        return True  # "Mary Ann Zollman", "George and Joyce Wein", "John F. Kennedy": a town's name in a person's
    if m.j - m.i == 1 and _initialled_pair(tokens, i):
        return True  # "Scottish and Newcastle (S&N)", "Bradford & Bingley … B&B said": a firm's two names
    if _town_pair(tokens, i, j, gaz, places):
        return True  # "said Brent Sherwood, vice president": a given name and a surname, both towns' names
    if (m.entry.place in COMMON_WORDS and nxt is not None and tokens.capitalised(nxt) and nxt not in places
            and not words[nxt].isupper() and not tokens.headline(i)):
        return True  # "Liberal Democrat", "Halifax Bank": an everyday word's town heading a name, a cue before or not
    person = prev is not None and tokens.capitalised(prev) and prev not in places and not _may_precede(tokens, prev, gaz)
    named = (nxt is not None and tokens.capitalised(nxt) and (words[nxt] not in TITLES or words[nxt] in SURNAME_TITLES)
             and not words[nxt].isupper() and not _titled(tokens, nxt))
    if not (person or named) or tokens.headline(i):
        return False  # a headline's capitals say nothing (asked last: the costliest test)
    if person:
        return True  # Lloyd Austin, Michael Jordan
    return nxt not in places and not _posted_to(tokens, i)  # Paris Saint-Germain, Paris Hilton


# Last words of an official's title a place may modify: "US Trade Representative", "UK Home Office Minister".
_TITLE_ENDS = frozenset("Representative Secretary Minister Ambassador Envoy Commissioner Adviser Advisor Czar".split())


def _of_a_body(words: list[str], k: int) -> bool:
    """True when word k ends "Body of" or "Body of the" (a university's, a bank's name going on)."""
    if words[k] == "the":
        k -= 1
    return k >= 1 and words[k] == "of" and words[k - 1] in ORG_OF


def _titled(tokens: Tokens, k: int) -> bool:
    """True when one or two capitalised words from k end in an official's title ("Trade Representative")."""
    words = tokens.words
    for n in (k + 1, k + 2):
        if n >= len(words) or tokens.gap(n) != " " or not tokens.capitalised(n):
            return False
        if words[n] in _TITLE_ENDS:
            return True
    return False


# Diplomats' posts: "ambassador to Britain Liu Xiaoming" names the country, then the envoy.
_POSTS = frozenset("ambassador ambassadors envoy envoys emissary consul commissioner representative delegate".split())


def _posted_to(tokens: Tokens, i: int) -> bool:
    """True when word i follows a diplomat's post and "to" ("envoy to the Ukraine"): the country the post is to."""
    words, k = tokens.words, i - 1
    if k >= 0 and words[k] == "the":
        k -= 1
    return k >= 1 and words[k] == "to" and words[k - 1].lower() in _POSTS


# Last words of a place's name: "Castle Rock", "Palm Beach", "Boulder County" are no person's surname.
_PLACE_ENDS = frozenset("City Town Beach Springs Falls Park Hills Island Rock Point Harbor Harbour Heights Valley".split())


def _surname(tokens: Tokens, k: int, places: set[int]) -> bool:
    """True when word k may end a person's name: capitalised, no place, no title, no place's last word."""
    word = tokens.words[k] if k < len(tokens.words) else ""
    return (bool(word) and tokens.capitalised(k) and k not in places and tokens.gap(k) == " " and not word.isupper()
            and word not in TITLES and word not in ORG_AFTER and word not in _PLACE_ENDS and word not in DIRECTIONS)


def _given_name(tokens: Tokens, m: Match, places: set[int], gaz: Gazetteer) -> bool:
    """True when a town's one-word name is a given name here: before a middle name and a surname ("Mary Ann
    Zollman"), before ``and`` and another person's given name and surname ("George and Joyce Wein"), or a given
    name and an initial before it ("John F. Kennedy")."""
    i, j, words, text = m.i, m.j, tokens.words, tokens.text
    # Never on a headline, whose capitals say nothing: asked last, only of a name the tests below find (the costliest).
    if (i >= 2 and len(words[i - 1]) == 1 and words[i - 1].isupper() and text[tokens.ends[i - 1]:tokens.starts[i]] == ". "
            and tokens.gap(i - 1) == " " and tokens.capitalised(i - 2) and words[i - 2] not in TITLES):
        return not tokens.headline(i)
    if j + 1 >= len(words) or tokens.gap(j) != " ":
        return False
    middle = gaz.get(words[j])
    if (tokens.capitalised(j) and middle is not None and middle.kind == "city" and words[j] not in TITLES
            and _surname(tokens, j + 1, places)):
        return not tokens.headline(i)  # the middle name is a town's too ("Ann"), the surname no place
    return (words[j] == "and" and j + 2 < len(words) and tokens.gap(j + 1) == " " and tokens.capitalised(j + 1)
            and j + 1 not in places and words[j + 1] not in TITLES and words[j + 1] not in DIRECTIONS
            and _surname(tokens, j + 2, places) and not tokens.headline(i))


def _town_pair(tokens: Tokens, i: int, j: int, gaz: Gazetteer, places: set[int]) -> bool:
    """True when the one-word place at i and a one-word place beside it (a space between, no third place around)
    read as a person's given name and surname: places side by side take a comma ("Leeds, England")."""
    if j - i != 1 or (i - 1 not in places and j not in places):
        return False  # no place beside it (asked first: the cheapest test)
    words = tokens.words
    for a in (i - 1, i):  # the pair (a, a + 1): this place second or first
        b = a + 1
        if (a < 0 or b >= len(words) or tokens.gap(b) != " " or a - 1 in places or b + 1 in places
                or _posted_to(tokens, a)):
            continue
        first, second = gaz.get(words[a]), gaz.get(words[b])
        if (first is None or second is None or a not in places or b not in places or not words[a][1:].islower()
                or not words[b][1:].islower() or first.kind not in ("city", "country") or second.kind != "city"
                or (second.population >= 1_000_000 and words[b] == second.place) or (a > 0 and tokens.gap(a) == " " and tokens.capitalised(a - 1)
                                                      and not tokens.sentence_initial(a)
                                                      and words[a - 1] not in PERSON_BEFORE)):  # "Prof David Green"
            continue
        return not tokens.headline(i)
    return False


def _initialled_pair(tokens: Tokens, i: int) -> bool:
    """True when word i is one of two capitalised words joined by ``and`` or ``&`` whose initials the text writes as
    a firm's short name: "Scottish and Newcastle (S&N)", "Bradford & Bingley" with "B&B" further on."""
    words = tokens.words
    if i >= 2 and tokens.capitalised(i - 2) and (words[i - 1] == "and" or tokens.gap(i) == " & "):
        first, second = i - 2 if words[i - 1] == "and" else i - 1, i
    elif i + 1 < len(words) and tokens.capitalised(i + 1) and tokens.gap(i + 1) == " & ":
        first, second = i, i + 1
    elif i + 2 < len(words) and words[i + 1] == "and" and tokens.capitalised(i + 2):
        first, second = i, i + 2
    else:
        return False
    if tokens.gap(second) not in (" & ", " ") or (words[second - 1] == "and" and tokens.gap(second - 1) != " "):
        return False
    return (words[first][0], words[second][0]) in _initial_pairs(tokens.text)


@per_text
def _initial_pairs(text: str) -> frozenset[tuple[str, str]]:
    """The firms' initials joined by "&" the text writes ("S&N", "B&B"), found once per text."""
    return frozenset(_AMPERSAND_INITIALS.findall(text))


_AMPERSAND_INITIALS = re.compile(r"\b(\w)&(\w)\b")


def given_name(tokens: Tokens, m: Match) -> bool:
    """True when a town's one-word name opens a person's name here ("Taylor Swift"): a later bare "Taylor" is the person."""
    j, words = m.j, tokens.words
    if j - m.i != 1 or m.entry.kind != "city" or m.entry.population >= 1_000_000 or j >= len(words):
        return False
    nxt = words[j]
    if j + 1 < len(words) and tokens.gap(j + 1) == " " and tokens.capitalised(j + 1):
        return False  # "the Asheville Tea PAC", "Washington Native American tribes": a longer name, no person's
    return (tokens.gap(j) == " " and nxt[0].isupper() and nxt[1:].islower() and nxt not in TITLES and nxt not in ORG_AFTER
            and nxt not in DIRECTIONS and nxt not in _PLACE_ENDS and not tokens.headline(m.i))


# A seat's member after its name: "the Ealing North MP", "the Edinburgh MSP" name the seat, a place.
_MEMBERS = frozenset("MP MPs MSP MSPs MEP MEPs AM AMs MLA MLAs TD TDs".split())
# Acronyms of everyday things, not of a body, after a country: "a US TV network", "UK PC sales", "US GDP".
_COMMON_ACRONYMS = frozenset("TV PC PCs GDP DVD DVDs CD CDs CEO CEOs IT VAT".split())


def _org_run(tokens: Tokens, k: int, places: set[int], country: bool = False) -> bool:
    """True when the words from k on name an organisation: an acronym, or capitalised words up to an org word. After
    a country an everyday thing's acronym is none ("a US TV network"; a town's "Fargo TV series" is a show's name)."""
    words = tokens.words
    if not tokens.capitalised(k):
        return False
    if (k not in places and words[k].isupper() and 2 <= len(words[k]) <= 5 and not tokens.headline(k)
            and words[k] not in _MEMBERS and not (country and words[k] in _COMMON_ACRONYMS)):
        return True
    # On a title-case line every word is capitalised: only an org word right after the place ("Delhi Police") counts,
    # not one further on ("Bar In Delhi Offering Fresh Air").
    for n in range(k, min(k + (2 if tokens.headline(k) else 6), len(words))):
        if n > k and words[n] in ("and", "of") and tokens.gap(n) == " ":
            continue  # "Customs and Border Protection", "Department of Homeland Security"
        if n > k and words[n] == "s" and tokens.gap(n) in ("'", "’"):
            continue  # "U.S. Attorney's Office": a possessive inside the name
        if not tokens.capitalised(n) or (n > k and tokens.gap(n) not in (" ", " & ")):
            return False
        if words[n] in ORG_AFTER:
            return True
    return False


# A possessive that ends its phrase: a shop or firm ("at Macy's and Bloomingdale's,"), not a town's ("Dover's port").
_SHOP = re.compile(r"['’]s(?=\s*(?:[,.;:!?)\"”]|$|and\s|or\s))")
# Possessive: the class holds no closing mark, so the first closer ends the title as a lazy repeat would, without
# trying the closer after every character.
_TITLE_QUOTE = re.compile(r"[“\"]([^“”\"\n]{5,120}+)[”\"]")
# Capitalised words, then a preposition in capitals, then a name: a title written in title case ("Escape From New York",
# "The News From Paraguay"), which no running sentence's place name has.
# Found at the capitalised preposition (a literal scan), then the capitalised words either side of it.
_CAPITAL_PREPOSITION = re.compile(r"[ \t](?:From|Of|In|To|At|On|Over|Under|Across|Beyond|For|With)[ \t]+(?:The[ \t]+|the[ \t]+)?"
                                  r"(?=[A-Z])")
_CAPITALISED_RUN = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)*\Z")
_NAME_RUN = re.compile(r"[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)*")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]{3,}")
_SMALL_WORDS = frozenset("a an the of in on at to for and or but nor by from with as vs".split())


# A work's title unquoted, between its kind and its author: "a new book, Brown's Britain by Robert Peston".
_TITLE_BY = re.compile(r"\b(?:book|novel|biography|memoir|film|documentary|play|album),?[ \t]+"
                       r"(?:(?:called|entitled|titled)[ \t]+)?([A-Z][\w'’-]*(?:[ \t]+(?:[A-Z][\w'’-]*|of|the|and|in)){0,5}),?"
                       r"[ \t]+by[ \t]+[A-Z]")


def titles_of_works(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted title of a work (“Once Upon a Time in the West”): three words or more, each word
    capitalised but the small ones, no sentence's stop inside; and of each unquoted one between the work's kind and
    its author ("a new book, Brown's Britain by Robert Peston"). A place inside one is part of the title."""
    found = [m.span(1) for m in _TITLE_BY.finditer(text)]
    for m in _CAPITAL_PREPOSITION.finditer(text):  # "Escape From New York" in running text: a title's capitals
        before = _CAPITALISED_RUN.search(text, max(0, m.start() - 80), m.start())
        after = _NAME_RUN.match(text, m.end())
        if before is None or after is None:
            continue
        line_start = text.rfind("\n", 0, before.start()) + 1
        line_end = text.find("\n", after.end())
        line = text[line_start:line_end if line_end != -1 else len(text)]
        if (len(_LOWER_WORD.findall(line)) >= 5
                and text[max(line_start, before.start() - 2):before.start()].strip() not in (".", "!", "?")):
            found.append((before.start(), after.end()))
    for m in _TITLE_QUOTE.finditer(text):
        inner = m.group(1).rstrip(",")
        words = re.findall(r"[^\W\d_][\w'’-]*", inner)
        if (len(words) < 3 or inner.rstrip().endswith((".", "!", "?")) or not words[0][0].isupper()
                or any(not w[0].isupper() and w.lower() not in _SMALL_WORDS for w in words)):
            continue
        found.append((m.start(1), m.end(1)))
    return sorted(found)


def person_surname(tokens: Tokens, m: Match) -> bool:
    """True when a town's name ends a person's name here (a capitalised given name or a title before it)."""
    i = m.i
    if i == 0 or tokens.gap(i) != " ":
        return False
    prev = tokens.words[i - 1]
    if prev in PERSON_BEFORE:
        return True  # "Princess Diana": a later "Diana" is the princess too, whatever place bears the name
    if m.entry.kind in ("country", "continent", "region", "area"):
        return False
    if m.j < len(tokens.words) and tokens.gap(m.j) == " " and tokens.capitalised(m.j):
        return False  # a longer name runs on: "the Norwich Union Birmingham Indoor Grand Prix" names no person
    return (prev[0].isupper() and prev[1:].islower() and prev not in TITLES
            and prev not in DIRECTIONS and not tokens.headline(i))


def _may_precede(tokens: Tokens, k: int, gaz: Gazetteer) -> bool:
    """True when capitalised word k may stand right before a place (a title, a direction, a demonym, an opener)."""
    word = tokens.words[k]
    if tokens.sentence_initial(k):
        # A gerund opening the sentence ("Fixing Venezuela's oil …", "Visiting Kyiv, …") is no given name.
        return word.lower() in OPENERS or word in DIRECTIONS or _GERUND.fullmatch(word) is not None
    if word in TITLES or word in DIRECTIONS or word.isupper():
        return True
    entry = gaz.get(word)
    return entry is not None and entry.kind == "demonym"

