"""Things that share a town's name: a person with initials or named by a kinship, a craft, a firm's partner."""

from __future__ import annotations

import re

from newsmark.core.suggest.givennames import given_gender
from newsmark.core.suggest.aliases import fold_name
from newsmark.core.suggest.gazetteer import Gazetteer, builtin_gazetteer, name_key
from newsmark.core.suggest.placetokens import Match, Tokens

# Initials after a given name: "H.W. ", "A. ", "J.R.R. " (a full stop after each capital, then a space).
_INITIALS = re.compile(r" (?:[A-Z]\.){1,3} (?=[A-Z][a-z])")
_INITIALLED = re.compile(r"\b([A-Z][a-z]+) ((?:[A-Z]\.){1,3}) \Z")  # "George H.W. " before a surname
# Lower-case words for a craft after its name: "the Rosetta spacecraft", "the Curiosity rover" ("probe" also means an
# inquiry: "the Moscow probe").
CRAFT_AFTER = frozenset("spacecraft rover lander orbiter".split())
# A nuclear or power facility named after its town ("the Bushehr reactor", "the Kalinin nuclear power plant"): the
# story's bare mentions of the name are the facility too; a plain "plant" is not enough ("the Detroit plant" is a place's).
REACTOR_WORDS = frozenset("reactor reactors".split())
POWER_WORDS = frozenset("nuclear atomic power".split())
POWER_FACILITIES = frozenset("plant plants station reactor reactors facility complex".split())
# Words before a bare mention that keep it the town where the facility is ("near Bushehr", "in Bushehr").
TOWN_BEFORE = frozenset("in near outside around inside into".split())
# Kinship nouns after a possessive: "his wife, Elizabeth," names a person, whatever town shares her name.
KIN = frozenset("wife husband son daughter mother father brother sister widow widower fiancée fiancé fiancee fiance "
                "partner girlfriend boyfriend grandson granddaughter grandmother grandfather niece nephew "
                "cousin aunt uncle stepson stepdaughter".split())
_OWNERS = frozenset("his her their my your our".split())
# Lower-case particles of surnames: "de Miranda writes", "said van Hoorn" (a capital before makes a longer name:
# "Rio de Janeiro", "Château de Versailles").
PARTICLES = frozenset("de van von di da du del der den ten ter".split())


def initialled(tokens: Tokens, m: Match, gaz: Gazetteer) -> bool:
    """True when a town's one-word name opens or ends a person's name with initials ("George H.W. Bush", "Maurice A.
    Webb" (a French name of a country), "Ana J.R. Bush")."""
    text, entry = tokens.text, m.entry
    if m.j - m.i != 1:
        return False
    # The initials first: most names have none beside them, and the tests below cost more.
    found = _INITIALS.match(text, m.end)
    if found is not None and gaz.get(found.group().strip()) is not None:
        found = None  # "Washington D.C. Mayor": a place's initials
    before = None if found is not None else _INITIALLED.search(text, max(0, m.start - 40), m.start)
    if before is not None and gaz.get(before.group(2)) is not None:
        return False
    if found is None and before is None:
        return False
    town = entry.kind == "city" and entry.population < 1_000_000
    if not (town or fold_name(text[m.start:m.end]) != fold_name(entry.place.split(",")[0])):
        return False  # a country or a region by its own name: "Georgia U.S. Senate candidate"
    return not tokens.headline(m.i)


def aliased_surname(tokens: Tokens, m: Match) -> bool:
    """True when another name of a country or region ends a person's name ("Michael Mann": not the Isle of Man); an
    abbreviation never does ("Migration Watch UK" is a body's name)."""
    i, text, entry = m.i, tokens.text, m.entry
    if m.j - i != 1 or i == 0 or entry.kind not in ("country", "region") or tokens.gap(i) != " " or text[m.start:m.end].isupper():
        return False
    prev = tokens.words[i - 1]
    if not (prev[0].isupper() and prev[1:].islower()):
        return False
    if not given_gender(f"{prev} {text[m.start:m.end]}") and prev not in _SHARED_GIVEN:
        return False  # "With Labour Britain is working": a party, no given name, before the country
    if fold_name(text[m.start:m.end]) == fold_name(entry.place.split(",")[0]):
        return False  # the place's own name: "Georgia", "Jordan" keep their place
    return not tokens.sentence_initial(i - 1) and not tokens.headline(i)


def kin_named(tokens: Tokens, m: Match) -> bool:
    """True when a possessive and a kinship noun stand before the name ("his wife, Elizabeth", "her son Lincoln")."""
    i, words = m.i, tokens.words
    if m.entry.kind in ("country", "continent", "region") or i < 2:
        return False
    return (words[i - 1] in KIN and words[i - 2].lower() in _OWNERS and tokens.gap(i) in (" ", ", ")
            and tokens.gap(i - 1) == " ")


def particled(tokens: Tokens, m: Match) -> bool:
    """True when a lower-case surname particle, after no capitalised word, stands before the name ("de Miranda")."""
    i, words = m.i, tokens.words
    if m.entry.kind not in ("city", "region") or i < 1 or words[i - 1] not in PARTICLES or tokens.gap(i) != " ":
        return False
    return i == 1 or not tokens.capitalised(i - 2) or tokens.gap(i - 1) != " "


def person_namesakes(tokens: Tokens, matches: list[Match], gaz: Gazetteer) -> set[str]:
    """The place names the text gives people (by initials, kin, a particle, a country's other name), as written."""
    text, words, out = tokens.text, tokens.words, set()
    as_place: dict[str, bool] = {}  # per name: one scan of the text, not one per mention
    for m in matches:
        if m.team or m.entry.kind == "demonym":
            continue
        prev = words[m.i - 1] if m.i else ""
        # Cheap gates first (a full stop two characters off, a kinship word or particle before, a country's kind):
        # on a long text most matches pass none of them.
        if ((text[m.end + 2:m.end + 3] == "." or text[m.start - 2:m.start - 1] == ".") and initialled(tokens, m, gaz)
                or prev in KIN and kin_named(tokens, m) or prev in PARTICLES and particled(tokens, m)
                or m.entry.kind in ("country", "region") and aliased_person(tokens, m, as_place)):
            out.add(text[m.start:m.end])
    return out


def given_name_first(tokens: Tokens, m: Match, places: set[int]) -> bool:
    """True when a one-word city is a given name (``resources/given_names.tsv``) right before a capitalised
    word that is no place, or a town's name alone: a person's name ("David Nalbandian", "Magdalena Maleeva", "David
    Davis")."""
    if m.feature or m.j - m.i != 1 or m.j >= len(tokens.words) or m.entry.kind != "city":
        return False
    return (tokens.gap(m.j) == " " and tokens.capitalised(m.j)
            and (m.j not in places or _town_alone(tokens, m.j, places))
            and given_gender(tokens.words[m.i] + " " + tokens.words[m.j]) != "")


def _town_alone(tokens: Tokens, k: int, places: set[int]) -> bool:
    """Whether word ``k`` is a town's name of one word, no region or country: after a given name that is a town too, a
    surname ("David Davis", "Whitney Houston"), where "Paris Texas" or "Kingston Jamaica" name a place in its land."""
    place = builtin_gazetteer().get(name_key(tokens.words[k]))
    return place is not None and place.kind == "city" and k + 1 not in places


# Feature words that are surnames too ("Mike Lake", "Tom Hill"), and words before a name that make it a place.
_SURNAME_FEATURES = frozenset("Lake Hill Hills Brook Brooks Wood Woods Field Fields Marsh Park Ford Bay Rivers Springs".split())
_PLACE_BEFORE = frozenset("the in at on near from to into across around outside inside of by toward towards".split())


def given_name_feature(tokens: Tokens, m: Match) -> bool:
    """True when a feature word's name is a given name and the feature word a surname ("Yukos spokesman Mike Lake told",
    "Tom Hill said"): a person, unless "the" or a locative word names it as a place ("in Sandy Lake")."""
    if (not m.feature or m.j - m.i != 2 or tokens.words[m.j - 1] not in _SURNAME_FEATURES
            or not given_gender(tokens.words[m.i] + " " + tokens.words[m.j - 1])):
        return False
    before = tokens.words[m.i - 1].lower() if m.i else ""
    return before not in _PLACE_BEFORE


def lone_initial(tokens: Tokens, m: Match) -> bool:
    """True when a town or region follows a lone initial that opens a list's item or a line (a player's name in a team
    sheet, "C Paterson; S Lamont; …", "R Russell, B Douglas": not "South Lamont" nor Douglas) or stands between a
    given name and the surname ("George W Bush": not Būsh, Egypt)."""
    if m.entry.kind not in ("city", "region", "area"):
        return False
    k = m.i if len(tokens.words[m.i]) == 1 else m.i - 1  # the initial, or the compass letter the match opens with
    initial = tokens.words[k] if k >= 0 else ""
    if not (len(initial) == 1 and initial.isupper()) or initial in "AI" or tokens.gap(k + 1) != " ":
        return False
    before = tokens.gap(k).rstrip(" ") if k else "\n"
    if k and tokens.gap(k) == " " and tokens.capitalised(k - 1) and len(tokens.words[k - 1]) > 1:
        return True  # "George W Bush", "John F Kennedy": a middle initial between a given name and the surname
    return before[-1:] in (",", ";", ":", "\n", "(") or k == 0


# Given names of men and women alike, which the gender list leaves out but which still make the next word a surname
# ("Lindsay Davenport", "Chris Bath").
_SHARED_GIVEN = frozenset("Chris Sam Kim Jean Andrea Nicola Kelly Jamie Alex Leslie Robin Lindsay Lindsey Hilary Tracy".split())


def given_surnames(tokens: Tokens, matches: list[Match]) -> set[str]:
    """One-word towns the text writes as a surname after a given name ("Charles Kennedy", "Serena Williams") and never
    after a place's preposition: the person wherever they stand alone, the headline's "Kennedy questions trust" too."""
    words, text, out = tokens.words, tokens.text, set()
    for m in matches:
        if (m.j - m.i == 1 and m.i and m.entry.kind == "city" and not m.team and tokens.gap(m.i) == " "
                and (given_gender(words[m.i - 1] + " " + words[m.i]) or words[m.i - 1] in _SHARED_GIVEN)):
            out.add(text[m.start:m.end])
    return {name for name in out if not _written_as_place(text, name)}


# A word for what a person does, right before a one-word name: "U2 frontman Bono", "rapper Eve", "model Caprice".
_PERSON_NOUN_BEFORE = re.compile(r"(?<![\w-])(?:frontman|frontwoman|singer|rapper|drummer|guitarist|bassist|actor|actress|"
                                 r"comedian|presenter|model|star|DJ|striker|midfielder|goalkeeper|winger)[ \t]+\Z")


def named_by_calling(tokens: Tokens, matches: list[Match]) -> set[str]:
    """One-word towns and regions the text writes right after a word for what a person does ("U2 frontman Bono", not
    "singer Florence Welch": that is a given name) and never after a place's preposition: the person wherever they
    stand alone ("Bono, The Edge, Adam Clayton")."""
    text, out = tokens.text, set()
    for m in matches:
        if (m.j - m.i == 1 and m.entry.kind in ("city", "region") and not m.team
                and _PERSON_NOUN_BEFORE.search(text, max(0, m.start - 14), m.start)
                and not (m.j < len(tokens.words) and tokens.gap(m.j) == " " and tokens.capitalised(m.j))):
            out.add(text[m.start:m.end])
    return {name for name in out if not _written_as_place(text, name)}


# A place's name after one of these is the place, wherever else the text writes it ("trade between Britain and …");
# not "to", "with", "from": people are talked to and quoted from.
_LOCATIVES = tuple("in into across throughout between within around outside inside".split())


def aliased_person(tokens: Tokens, m: Match, as_place: dict[str, bool] | None = None) -> bool:
    """True when this mention of a country's or region's other name ends a person's name ("Michael Mann": not the
    Isle of Man) and no mention of that name in the text reads as the place: "Brexit Britain" is no person where the
    text also writes "trade with Britain" (a person's name makes every mention the person's). ``as_place`` keeps
    each name's answer for the text's other mentions."""
    if m.entry.kind not in ("country", "region") or not aliased_surname(tokens, m):
        return False
    text, name = tokens.text, tokens.text[m.start:m.end]
    as_place = {} if as_place is None else as_place
    if name not in as_place:
        as_place[name] = _written_as_place(text, name)
    return not as_place[name]


def _written_as_place(text: str, name: str) -> bool:
    """Whether some mention of ``name`` in ``text`` stands after a place's preposition ("trade between Britain").

    A plain substring search per preposition (the fastest scan Python has), then the word edges checked."""
    for word in _LOCATIVES:
        needle = f"{word} {name}"
        at = text.find(needle)
        while at != -1:
            end = at + len(needle)
            if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "'’-")) and (
                    end == len(text) or not text[end].isalnum()):  # "in Britain's economy" too
                return True
            at = text.find(needle, at + 1)
    return False


def craft_names(tokens: Tokens, matches: list[Match]) -> set[str]:
    """The town names the text gives a craft ("the Rosetta spacecraft"): their bare mentions are the craft too."""
    words, text = tokens.words, tokens.text
    return {text[m.start:m.end] for m in matches
            if m.entry.kind == "city" and m.entry.population < 1_000_000 and m.j < len(words)
            and words[m.j] in CRAFT_AFTER and text[m.end:tokens.starts[m.j]] == " "}


def facility_names(tokens: Tokens, matches: list[Match]) -> set[str]:
    """The town names the text gives a nuclear or power facility ("the Bushehr reactor", "the X nuclear plant")."""
    words, text, n, out = tokens.words, tokens.text, len(tokens.words), set()
    for m in matches:
        j = m.j
        if j >= n or m.entry.kind != "city" or m.entry.population >= 1_000_000 or text[m.end:tokens.starts[j]] != " ":
            continue
        if words[j] in REACTOR_WORDS or (words[j] in POWER_WORDS and j + 1 < n and tokens.gap(j + 1) == " " and (
                words[j + 1] in POWER_FACILITIES or (words[j + 1] == "power" and j + 2 < n
                                                      and words[j + 2] in POWER_FACILITIES))):
            out.add(text[m.start:m.end])
    return out


def the_facility(tokens: Tokens, m: Match, facilities: set[str]) -> bool:
    """True when a mention of a name the text gives a facility is the facility: no locative word before it."""
    return named_alone(tokens, m, facilities, TOWN_BEFORE)


def named_alone(tokens: Tokens, m: Match, names: set[str], town_before: frozenset[str]) -> bool:
    """True when a mention is one of ``names`` (a town's name the text gives a thing) with none of the locative
    words ``town_before`` before it, which keep it the town."""
    return (tokens.text[m.start:m.end] in names
            and (m.i == 0 or tokens.words[m.i - 1].lower() not in town_before))


def firm_partner(tokens: Tokens, m: Match, places: set[int]) -> bool:
    """True when `` & `` joins the name to a capitalised word that is no place ("Allen & Company", "Wharton &
    Garrison"): a firm's name, as places joined by ``&`` ("Trinidad & Tobago") are not."""
    i, j, words = m.i, m.j, tokens.words
    if m.entry.kind in ("country", "continent", "region"):
        return False
    after = j < len(words) and tokens.gap(j) == " & " and tokens.capitalised(j) and j not in places
    before = i > 0 and tokens.gap(i) == " & " and tokens.capitalised(i - 1) and i - 1 not in places
    return after or before
