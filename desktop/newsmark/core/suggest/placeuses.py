"""Uses of a place's name that name something else: an office, a currency, a time zone, a firm, a facility, a planet."""

from __future__ import annotations

import re

from newsmark.core.suggest.aliases import fold_name
from newsmark.core.suggest.pertext import per_text
from newsmark.core.suggest.placetokens import Match, Tokens
from newsmark.core.suggest.placewords import CUES, CURRENCY_NOUNS
from newsmark.core.suggest.speakers import is_role

# Offices a place names in their title: "the New York State Attorney General", "U.S. Attorney Jane Roe",
# "the Texas Solicitor General" (the place is part of the office's name, not a modifier as in "a Texas senator").
OFFICES = frozenset("Attorney Attorneys Solicitor Comptroller Surgeon Inspector".split())
# Words after a place that make it a firm's name, whose later bare mentions are the firm ("Alaska Airlines … Alaska's routes").
FIRM_WORDS = frozenset("Airline Airlines Airways".split())
# Company words that name a firm after a town or an area ("Ithaca Holdings", "Sierra Nevada Corporation"); a country or
# a state keeps its own name ("Texas Instruments" leaves "Texas" the state).
COMPANY_WORDS = frozenset("Holdings Inc Corp Corporation Pictures Studios Records Entertainment Brands Ltd".split())
# The kind of business a text writes right before a firm's name: "mobile phone giant Orange", "mortgage lender Halifax".
_FIRM_KIND = (r"(?<![\w'’-])(?:giant|firm|company|operator|lender|retailer|carrier|insurer|broker|brand|chain|maker|"
              r"manufacturer|broadcaster|publisher|conglomerate)[ \t]")
_DESCRIBED_FIRM = re.compile(_FIRM_KIND + r"\Z")
# Nouns of owning before "in": "a stake in Ithaca" is in the firm, not the town.
_OWNING = frozenset("stake stakes shares interest investment investments holding holdings invested".split())
# Lower-case words for a building after a name: "the Yerba Buena theater" is a venue, not a town's theater.
FACILITY_NOUNS = frozenset("theater theatre hotel stadium arena mall museum hospital school church library gallery club "
                           "bar restaurant cafe casino resort auditorium ballroom cinema".split())
# Planets, dwarf planets and large moons some towns share a name with ("Jupiter", Florida): not places on Earth.
CELESTIAL = frozenset("Mercury Venus Mars Jupiter Saturn Uranus Neptune Pluto Ceres Eris Europa Ganymede Callisto Io "
                      "Titan Enceladus Triton Charon Phobos Deimos".split())
_SPACE = re.compile(r"\b(?:planets?|moons?|orbit\w*|spacecraft|space probe|NASA|solar system|Solar System|astronom\w*|"
                    r"telescope|asteroids?|comet)\b")
# A legislature's chamber a place names: "the US Senate", "the Indiana House" (and its Speaker) are institutions.
CHAMBERS = frozenset("Senate House Assembly Legislature Congress Parliament".split())
# A court's or prosecutor's district: "the U.S. Attorney's Office for the Western District of New York".
_OFFICE_FOR_THE = r"(?:Office|Court|Attorney|Attorneys|Prosecutor)['’]?s? for the "
_DISTRICT_OFFICE = re.compile(rf"{_OFFICE_FOR_THE}(?:[A-Z][a-z]+ )?District of \Z")
_FOR_THE = re.compile(rf"{_OFFICE_FOR_THE}\Z")
# A body whose own name says it is the nation's: a country before it is a modifier ("the U.S. Federal Reserve", "the U.S.
# State Department", as "the UK Government"), not part of its name.
_NATIONAL = re.compile(r" (?:Federal|National|State Department)\b")
# A name that is all of a quotation: “Glasgow,” (a song), “Fargo” (a series); an opening mark right before it.
_OPENS, _CLOSES = frozenset("“\"‘'"), re.compile(r"[,.!?]?[”\"’'](?!\w)")  # not “China’s position
_IN = frozenset("in at near from inside outside across around into within throughout".split())
_CLOCK = re.compile(r"(?:\d|[ap]\.?m\.?|noon|midnight)\W{0,3}(?:[A-Z]{2,4}\W{0,3})?\Z", re.IGNORECASE)


def office_or_money(tokens: Tokens, m: Match) -> bool:
    """True when the place opens an office's title ("U.S. Attorney"), a chamber's name ("US Senate"), a currency ("Hong Kong dollars") or a time zone after a clock time ("3 p.m. (Jamaica Time)"),
    or ends a court's district."""
    j, words, text = m.j, tokens.words, tokens.text
    if m.start > 20 and (
            (text.startswith("District of ", m.start - 12) and _DISTRICT_OFFICE.search(text, max(0, m.start - 60), m.start))
            or (text.startswith("District of ", m.end - 8) and _FOR_THE.search(text, max(0, m.start - 30), m.start))):
        return True  # "…for the Western District of New York", "…for the Southern District" (a gazetteer's district)
    if j >= len(words) or text[m.end:tokens.starts[j]] != " ":
        return False
    nxt = words[j]
    if nxt in OFFICES and _general_named(tokens, m):
        return False  # "Ohio Attorney General Jane Roe": a state's title before a person's name, the place a modifier
    if nxt in OFFICES or (nxt in CHAMBERS and not tokens.headline(m.i)):
        return True
    if nxt.lower() in CURRENCY_NOUNS:
        return True
    return nxt in ("time", "Time") and _CLOCK.search(text, max(0, m.start - 16), m.start) is not None


def _general_named(tokens: Tokens, m: Match) -> bool:
    """True when a state's or a city's "X General" title comes before a person's name ("Ohio Attorney General Jane
    Roe"); a country's ("U.S. Attorney General") names a national office, and "X Attorney General's office" no person."""
    j, words = m.j, tokens.words
    return (m.entry.kind in ("region", "city") and j + 2 < len(words) and words[j + 1] == "General"
            and tokens.gap(j + 1) == " " and tokens.gap(j + 2) == " " and tokens.capitalised(j + 2)
            and words[j + 2][1:].islower())


def firm_names(tokens: Tokens, matches: list[Match]) -> set[str]:
    """The place names the text uses as a firm's name ("Emirates Airline", "Alaska Airlines")."""
    words, text = tokens.words, tokens.text
    # The next word's set lookups first: the gap's slice is taken only for the few matches a firm's word follows.
    named = {text[m.start:m.end] for m in matches
             if m.j < len(words) and (words[m.j] in FIRM_WORDS or (words[m.j] in COMPANY_WORDS and m.entry.kind in ("city", "area"))
                                      or (words[m.j] == "Air" and words[m.j + 1:m.j + 2] == ["Lines"]))  # "Delta Air Lines"
             and text[m.end:tokens.starts[m.j]] == " "}
    # Or after the kind of business it is: "mobile phone giant Orange", "mortgage lender Halifax", a town's name as a
    # firm's (a country stays a country: "economic giant China").
    return named | {text[m.start:m.end] for m in matches
                    if m.entry.kind not in ("country", "continent") and _DESCRIBED_FIRM.search(text, max(0, m.start - 16), m.start)}


def the_firm(tokens: Tokens, m: Match, firms: set[str]) -> bool:
    """True when a bare mention of a name the text gives a firm is that firm: no locative word before it, and not a
    country by its own name ("Malaysia Airlines" leaves "Malaysia" the country; "Emirates" alone is the airline)."""
    written = tokens.text[m.start:m.end]
    if written not in firms or (m.entry.kind == "country" and (fold_name(written) == fold_name(m.entry.place)
                                                             or written.replace(".", "").isupper())):
        return False  # "US Airways" leaves a bare "US" the country
    i, words = m.i, tokens.words
    if i >= 2 and words[i - 1] == "in" and words[i - 2].lower() in _OWNING:
        return True  # "a stake in Ithaca": a share of the firm
    if i > 0 and words[i - 1].lower() in CUES and words[i - 1].lower() not in _WHERE and _described_firm(tokens.text, written):
        return True  # "no connection to Orange" after "mobile phone giant Orange": only "in Orange" would be the town
    return i == 0 or words[i - 1].lower() not in CUES or tokens.sentence_initial(i)


_WHERE = frozenset("in at near outside around across".split())


def _described_firm(text: str, name: str) -> bool:
    """Whether the text writes the kind of business right before ``name`` somewhere ("mobile phone giant Orange")."""
    return re.search(_FIRM_KIND + re.escape(name) + r"(?![\w'’-])", text) is not None


def a_facility(tokens: Tokens, m: Match, countries: set[str]) -> bool:
    """True when "the" and a lower-case building word frame a town's name ("the Yerba Buena theater"): a venue's name,
    unless the town is large or in a country the text names ("the Leeds hotel" in a British story)."""
    i, j, words = m.i, m.j, tokens.words
    if m.entry.kind != "city" or m.entry.population >= 100_000 or m.entry.country in countries:
        return False
    return (i > 0 and words[i - 1].lower() == "the" and j < len(words) and words[j] in FACILITY_NOUNS
            and tokens.gap(j) == " ")


def celestial(tokens: Tokens, m: Match, space: list[bool | None]) -> bool:
    """True when the name is a planet's or a moon's in a text about space (``space`` caches the text-wide test)."""
    if tokens.text[m.start:m.end] not in CELESTIAL:
        return False
    if space[0] is None:
        space[0] = _SPACE.search(tokens.text) is not None
    return bool(space[0])


def national_modifier(tokens: Tokens, m: Match) -> bool:
    """True when a country stands before a body named as the nation's own ("U.S. Federal Reserve", "U.S. State Department")."""
    return m.entry.kind == "country" and _NATIONAL.match(tokens.text, m.end) is not None


def quoted_alone(tokens: Tokens, m: Match) -> bool:
    """True when the name is all a quotation holds (“Glasgow,” she sang): a work's title, as a longer quoted title is,
    unless a locative word stands before it ('in "Paris"')."""
    text, i = tokens.text, m.i
    if i > 0 and tokens.words[i - 1].lower() in _IN:
        return False  # scare quotes round a place: 'Protesters in "Paris"'
    return m.start > 0 and text[m.start - 1] in _OPENS and _CLOSES.match(text, m.end) is not None


# A role a few words before "at" and the name: "vice president for entertainment at Nokia", "an analyst at Gartner".
_ROLE_WINDOW = 5
# Role words in everyday phrases: "on home ground at Hyderabad", "host the match at Sydney's stadium".
_NOT_ROLES = frozenset({"home", "host", "hosts", "hosted", "hosting"})


def employer_at(tokens: Tokens, m: Match) -> bool:
    """True when a town's name after "at" follows a person's role ("vice president for entertainment at Nokia"): the
    employer, when the text never puts anything in, near or from that town."""
    i, words = m.i, tokens.words
    if m.entry.kind != "city" or i < 2 or words[i - 1] != "at" or m.j - m.i != 1:
        return False
    if tokens.text[m.end:m.end + 2] in ("'s", "’s"):
        return False  # "at Sydney's Olympic Stadium": the town's venue
    if not any(is_role(w) for w in words[max(0, i - 1 - _ROLE_WINDOW):i - 1] if w[:1].islower() and w not in _NOT_ROLES):
        return False
    return tokens.text[m.start:m.end] not in _placed_words(tokens.text)


_PLACED = re.compile(r"\b(?:in|near|from|outside)\s+([A-Z][\w'’-]*)|\b([A-Z][\w'’]*)-based\b")


@per_text
def _placed_words(text: str) -> frozenset[str]:
    """The capitalised words the text puts something in, near or from ("in Leeds"), or bases something in ("Leeds-
    based"): found in one scan of the text, not one per name asked about."""
    return frozenset(m.group(1) or m.group(2) for m in _PLACED.finditer(text))
