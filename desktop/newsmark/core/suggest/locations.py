"""Location suggester: countries, first-level regions, cities and well-known areas from the gazetteer, on whole words.

Conventions (what an accepted suggestion will look like):
- Longest match on whole words, as written (``New York City`` over ``New York``; ``Russia's`` → ``Russia``).
  ``place`` is the canonical name (``Kiev`` → ``Kyiv``); with ``details=True`` also ``geonames_id`` and
  ``country`` (ISO 3166 code) where the gazetteer knows them. A shared name means its first sense (a
  country before a city).
- Feature words extend a place: ``Kursk region``/``Kursk Oblast`` (→ the region when the gazetteer has it),
  ``Korean peninsula``, ``Dnipro River``, ``North Sea``, ``Gulf of Mexico``, ``Lake Chad``.
- Not locations: a place inside a longer name — a person (``Lloyd Austin``, ``Paris Hilton``,
  ``Jackson said``), an organisation (``Washington Post``, ``Paris Saint-Germain``, ``Bank of England``,
  ``Alternative for Germany``, ``Black Sea Fleet``). Titles (``Kyiv Mayor``) and places side by side keep it.
  Title-case lines (headlines) skip the capitalised-neighbour test, which they would fail.
- Common words and small towns (``Most``, ``Police``, ``Nice``, ``Reading``, ``Of``, towns under 50,000
  people) need evidence: capitalised mid-sentence and a cue (``in``/``near``/``from``… X, or ``X, Country``),
  or their country named elsewhere in the text. A capitalised word opening a sentence is no evidence.
- Not locations either (``namecontext``): a place inside a quoted title of a work (“Once Upon a Time in Hollywood”),
  a town's possessive that ends its phrase (``at Bloomingdale's,``: a shop), a place before ``cartel``, a place
  opening an agency's or facility's name (``U.S. Customs and Border Protection``, ``Spanish Town Police Station``).
- Places the gazetteer lacks are found by their context (``placecues``): ``the town of X``, ``the islands
  of X, Y and Z``, AP state abbreviations after a town (``Napa, Calif.``); and (``placecontexts``) a name in
  apposition to a known place after a locative word (``at Maria Lodge, Essequibo Coast``), a place-shaped name
  after one (``in Las Croabas``, ``near Fort X``), a name before a word for the land around it (``the Bethany
  backlands``, ``the Fresno area``), a numbered region (``Region Two``).
- Shared names (``placesenses``): ``New York`` and ``Washington`` mean the city unless the context names the
  state (``New York state``, ``upstate``, ``Albany, New York``, a list of states); ``X, Country`` says which X
  (``Paris, Texas``; ``St. Thomas, USVI`` → Saint Thomas).
- Datelines (``datelines``): the capitals that open a paragraph before a dash (``SPOKANE, Wash. –``,
  ``ST CATHERINE, Jamaica —``).
  Counties and neighbourhoods by their feature word (``Fresno County``/``Fresno Co.``, ``Brooklyn Heights``).
- A compass word before a city or region names part of it (``Southern California``, ``SE Portland`` → Southeast
  Portland; not before a country: ``East Ukraine`` → Ukraine); a hyphenated name a town opens is one name
  (``Leeds-Grenville``) unless its other half is a place of its own (``Moscow-Beijing``).
- A place's initials are that place where the text names it in full (``Papua New Guinea … PNG``; not before a
  currency: ``the TT dollar``); a country's initials of three letters or more need no spelling out (``BVI``).
- Another name for a town (``Leghorn`` for Livorno) needs evidence like a small town (a list of places is
  evidence); a code in capitals (``SFO``) is no city's name.
- Not locations either: a place after a royal title or ``Air`` (``Princess Diana``, and a later bare ``Diana``;
  ``Air India``), before ``crossing`` or ``tribe`` (``the Rafah crossing``), a town heading ``X of Y`` (``the Pueblo of
  Isleta``), a Romance building's name (``Château de Versailles``), ``US 1`` (a highway), an office with a possessive
  (``U.S. Attorney's Office``). ``area`` and ``state of`` stay with the name (``Houston-area``, ``the state of
  Washington``); a legislator's party and state name it (``(R-N.C.)``); a shared name means the region of the country
  the story names (a Jamaican ``Manchester`` is the parish).
- Teams and people (``placeteams``, ``namecontext``): in a sports story a city or state named without a locative word
  is its team (``Boston went 2-for-10``, ``Green Bay coach``), as is a ranked name anywhere (``No. 4 Ohio State``);
  a town's name inside a person's full name (``Mary Ann Zollman``, ``George and Joyce Wein``, ``John F. Kennedy``)
  or a peer's title (``Lord Baker of Dorking``), an agency's ``Authority of X`` and a campus (``University of
  California, Berkeley``) are no locations. ``the Northeast`` is a US region in an American story (``placeregions``).
- Namesakes (``placenamesakes``): a town's name beside initials (``George H.W. Bush``), after a possessive and a
  kinship noun (``his wife, Elizabeth``) or a lower-case particle (``de Miranda``), or a country's other name ending a
  person's (``Michael Mann``) is the person in every mention; a town's name given to a craft (``the Rosetta
  spacecraft``) is the craft throughout; one joined by `` & `` to a word that is no place is a firm's (``Allen &
  Company``); a name that is all of a quotation is a title (“Glasgow,”).
- A place before lower-case ``police`` or a national body (``the U.S. Federal Reserve``) is a modifier, so a location.
- Demonyms (``Russian``) are locations only with ``demonyms=True``, mapped to their country.
- Confidence: countries .95, continents and areas .9, large cities .9/.8, regions .85, small or
  ambiguous places lower, common words with evidence .55.
"""

from __future__ import annotations

import bisect
from itertools import compress
from operator import itemgetter

from newsmark.core.gcpause import collector_paused
from newsmark.core.suggest.aliases import code_alias, fold_name
from newsmark.core.suggest.datelines import dateline_places
from newsmark.core.suggest.gazetteer import MAX_NAME_WORDS, Gazetteer, Place, builtin_gazetteer, name_key
from newsmark.core.suggest.namecontext import given_name, inside_a_name, person_surname, titles_of_works
from newsmark.core.suggest.placebodies import of_a_body
from newsmark.core.suggest.placecontexts import context_places, later_mentions
from newsmark.core.suggest.placecues import cue_places
from newsmark.core.suggest.placeeponyms import eponym_or_body, treaty_or_outlet
from newsmark.core.suggest.placeattributes import place_attributes
from newsmark.core.suggest.placenamesakes import (craft_names, facility_names, firm_partner, given_name_feature, given_name_first, given_surnames,
                                                  lone_initial, named_by_calling, person_namesakes, the_facility)
from newsmark.core.suggest.placeregions import bare_oceans, compass_regions, euro_area
from newsmark.core.suggest.placeschools import a_school, school_names, the_school
from newsmark.core.suggest.placesenses import resolve_senses
from newsmark.core.suggest.placeteams import (club_bracket, cup_zone, fixture_side, in_team_sheet, listed_with_club, ranked,
                                                 side_role, sports_story, team_not_place)
from newsmark.core.suggest.speakers import is_role
from newsmark.core.suggest.placeuses import (
    a_facility, celestial, employer_at, firm_names, national_modifier, office_or_money, quoted_alone, the_firm)
from newsmark.core.suggest.placeshapes import (
    compound, feature_after, feature_prefix, feature_run, initials, with_bearing_after, with_direction, with_initials_spelt_out)
from newsmark.core.suggest.placetokens import GAPS, TOKEN, Match, Tokens
from newsmark.core.suggest.placewords import (
    COMMON_WORDS, CUES, DIRECTIONS, FEATURE_AFTER, FEATURE_BEFORE, INSTITUTIONS, MONTHS, ORG_AFTER, SMALL_TOWN)
from newsmark.core.suggest.suggestion import Suggestion
from newsmark.core.suggest.teamgazetteer import EMPTY_TEAM, TeamGazetteer

NAME = "locations"


def _lookup(tokens: Tokens, i: int, gaz: Gazetteer, team: dict[str, Place], team_words: dict[str, int],
            team_prefixes: frozenset[str] = frozenset()) -> Match | None:
    """The longest gazetteer or team name starting at word i, as written."""
    text, n, word = tokens.text, len(tokens.words), tokens.words[i]
    most = gaz.words_after.get(word, 0)
    if team_words:
        most = max(most, team_words.get(word, 0))
    if not most:
        return None
    most = min(MAX_NAME_WORDS, most)
    # A second word no name of the gazetteer has after this one (most): no two-word head to build (a team's may).
    if most > 1 and not team_prefixes and (i + 1 >= n or tokens.words[i + 1] not in gaz.second_words.get(word, ())):
        most = 1
    if most == 1:  # most names: one word, looked up as written (a word holds no space or apostrophe to normalise)
        if word in team:
            return Match(i, i + 1, tokens.starts[i], tokens.ends[i], team[word], True)
        entry = gaz.get(word)  # one look-up for "in the gazetteer" and its entry
        return None if entry is None else Match(i, i + 1, tokens.starts[i], tokens.ends[i], entry)
    last, prefixes, start, starts, ends = i, gaz.prefixes, tokens.starts[i], tokens.starts, tokens.ends
    keys = [word]  # the name words i..last would make, as looked up
    while last + 1 < n and last + 1 - i < most and text[ends[last]:starts[last + 1]] in GAPS:
        head = name_key(text[start:ends[last + 1]])
        if head not in prefixes and head not in team_prefixes:
            break  # no name goes on with these words
        keys.append(head)
        last += 1
    for j in range(last, i - 1, -1):
        end, key = ends[j], keys[j - i]
        # "U.S." and "D.C.": an abbreviation's last full stop belongs to the name.
        if end < len(text) and text[end] == "." and j > i and not TOKEN.match(text, end + 1):
            dotted = key + "."
            if dotted in team:
                return Match(i, j + 1, start, end + 1, team[dotted], True)
            if dotted in gaz:
                return Match(i, j + 1, start, end + 1, gaz.get(dotted))
        if key in team:
            return Match(i, j + 1, start, end, team[key], True)
        if key in gaz:
            entry = gaz.get(key)
            if j > i and tokens.words[j] in ORG_AFTER and not entry.place.endswith(tokens.words[j]):
                continue  # "Florida Department" (of Transportation): another name ending in an institution's word
            return Match(i, j + 1, start, end, entry)
    return None




def _in_a_list_of_places(tokens: Tokens, i: int, places: set[int]) -> bool:
    """True when word i ends a list of capitalised names with a place in it ("Poland, Bonaire, St Eustatius and Saba")."""
    words, k = tokens.words, i - 1
    if k < 1 or not (words[k] in ("and", "or") or tokens.gap(i) == ", "):
        return False
    while k >= 0 and i - k <= 8:
        if k in places:
            return True
        if not (tokens.capitalised(k) or words[k] in ("and", "or")) or tokens.gap(k + 1) not in (" ", ", "):
            return False
        k -= 1
    return False


def _has_cue(tokens: Tokens, m: Match, countries: set[str], gaz: Gazetteer, places: frozenset[int] = frozenset()) -> bool:
    """True when the text names ``m`` as a place: a locative word before it, ``X, Country`` after, a list of places
    it ends, or (for a town that is no everyday word) its country named in the text."""
    i, words = m.i, tokens.words
    if places and m.entry.place not in COMMON_WORDS and _in_a_list_of_places(tokens, i, places):
        return True
    if m.entry.country in countries and m.entry.place not in COMMON_WORDS and not (
            m.j < len(words) and tokens.gap(m.j) == " " and tokens.capitalised(m.j) and m.j not in places
            and not is_role(words[m.j])):  # "St. Louis Park Mayor Jake Spano" is the town's mayor
        return True  # not "the Liberal Democrats" in a story naming the USA: a small town heading another name
    if tokens.sentence_initial(i) or (m.entry.place in COMMON_WORDS and tokens.headline(i)):
        back = ()  # a title-case headline's "Into The Enterprise" is no cue for an everyday word
    else:
        back = [words[k].lower() for k in range(max(0, i - 3), i)]
    if m.entry.place in COMMON_WORDS and m.j < len(words) and words[m.j] == "of":
        return False  # "the Summit of …", "the University of …": an everyday word heading a name
    if m.entry.place in MONTHS or words[i] in MONTHS:
        back = ()  # "in March" is a date: only "March, England" names the town
    if back and (back[-1] in CUES or (len(back) > 1 and back[-1] in ("the", "of") and back[-2] in CUES)):
        # "at the Brits": the everyday word, no town; but "in the Charlotte metro area" names the place it is around
        return not (back[-1] == "the" and m.entry.place in COMMON_WORDS and not (m.j < len(words) and words[m.j] in _AROUND))
    return _country_after(tokens, m, gaz)


_AROUND = frozenset("metro area region suburbs city".split())  # "the Charlotte metro area"


def _country_after(tokens: Tokens, m: Match, gaz: Gazetteer) -> bool:
    """Whether ``X, Country`` or ``X, Region`` of its own country follows the match."""
    words = tokens.words
    j = m.j
    after = gaz.get(words[j + 1]) if j + 1 < len(words) and tokens.gap(j) == ", " else None
    return after is not None and after.kind in ("country", "region") and after.country == m.entry.country


_COMPASS_ENDS = frozenset(f"{side} End" for side in ("West", "East", "North", "South"))


def _needs_evidence(m: Match, written: str = "") -> bool:
    """True for names that are everyday words or small towns: suggested only with a cue."""
    e = m.entry
    if m.team or m.feature or e.kind in ("country", "continent", "area"):
        return False
    if e.kind == "city" and e.population < 1_000_000 and written and fold_name(written) != fold_name(e.place.split(",")[0]):
        return True  # another name for a town ("Drug" for Durg): as likely an everyday word
    if " " in e.place and e.place.rsplit(" ", 1)[1] in FEATURE_AFTER:
        return False  # "Throgs Neck", "Crown Heights": the feature word says it is a place
    if written in _COMPASS_ENDS:
        return False  # "London's West End", "the East End": a city's quarter, whatever town shares the name
    return e.place in COMMON_WORDS or written in COMMON_WORDS or (e.kind == "city" and e.population < SMALL_TOWN)


# A kind's confidence before size and sharing (a feature's "area", "Kursk region", is .85).
_BASE = {"country": 0.95, "continent": 0.9, "area": 0.9, "region": 0.85, "demonym": 0.5}


def _confidence(m: Match, cued: bool) -> float:
    """How sure the suggester is, from the kind of place, its size and the evidence."""
    e = m.entry
    if m.team:
        return 0.9
    if e.place in COMMON_WORDS or (m.entry.kind == "city" and e.population < SMALL_TOWN):
        return 0.55 if cued else 0.4
    base = 0.85 if m.feature and e.kind == "area" else _BASE.get(e.kind)
    if base is None:
        base = 0.9 if e.population >= 1_000_000 else 0.8 if e.population >= 100_000 else 0.65
    shared = e.senses > 1 and e.kind not in ("country", "continent") and e.population < 1_000_000
    return round(base - (0.1 if shared else 0.0), 2)


def _team_places(team: TeamGazetteer, gaz: Gazetteer) -> dict[str, Place]:
    """The team's added names as places (the gazetteer's sense when it knows the name)."""
    return {name_key(name): gaz.get(name_key(name)) or Place(name, kind, "", "", 0, 1) for name, kind in team.names.items()}


def _candidates(tokens: Tokens, gaz: Gazetteer, team: dict[str, Place], team_first: dict[str, int]) -> list[Match]:
    """Every longest match in text order, before the rules, never overlapping."""
    found, words, after = [], tokens.words, 0
    team_prefixes = frozenset(key[:w.end()] for key in team for w in TOKEN.finditer(key))
    # Only a capitalised word (or a team name's first word) may open a match: the others are skipped in one pass.
    # (A C-level pass: the first letters' test in map and compress, not a Python loop over every word.)
    openers = compress(range(len(words)), map(str.isupper, map(itemgetter(0), words)))
    if team_first:
        openers = sorted({*openers, *(k for k, word in enumerate(words) if word in team_first)})
    known = gaz.words_after  # a word no name opens with: no lookup to call (most capitalised words)
    for i in openers:
        if i < after:
            continue  # inside the last match
        word = words[i]
        # "Gulf of Mexico" before "Gulf" (a province of Papua New Guinea).
        m = feature_run(tokens, i) if word in FEATURE_BEFORE else None
        if m is None and (word in known or word in team_first):
            m = _lookup(tokens, i, gaz, team, team_first, team_prefixes)
        m = m or initials(tokens, i, gaz)
        if m is not None and not m.team and m.j - m.i > 1 and m.entry.kind != "country":
            # "Western North Carolina": a name ("Western North", a Ghanaian region) whose last word opens a longer one
            longer = _lookup(tokens, m.j - 1, gaz, team, team_first, team_prefixes)
            if longer is not None and longer.j > m.j and tokens.capitalised(longer.j - 1):
                continue  # (a longer "name" ending in a lower-case word, "Mexico by", is an odd alias: keep "New Mexico")
        if m is not None:
            m = feature_after(tokens, m, gaz)
        elif word[0].isupper() and word not in FEATURE_BEFORE and not FEATURE_AFTER.isdisjoint(words[i + 1:i + 4]):
            m = feature_run(tokens, i)  # "Bering Sea": only where a feature word follows within three words
            if m is not None and words[m.j - 1] == "Channel" and gaz.get(word) is None and word not in DIRECTIONS:
                m = None  # "Disney Channel", "the History Channel": a broadcaster; "English Channel" keeps a place's word
        if m is None:
            continue
        if m.entry.kind != "demonym" or m.feature:
            prefix = feature_prefix(tokens, m)
            widened = prefix or compound(tokens, m, gaz)
            if widened is None:
                continue  # "Wright-Phillips", "David-Alexandre": a small town's name opening a person's
            m = prefix or with_bearing_after(tokens, with_direction(tokens, widened))
        found.append(m)
        after = m.j
    return found



def locate(name: str, team: TeamGazetteer = EMPTY_TEAM, gazetteer: Gazetteer | None = None, details: bool = True) -> dict | None:
    """The attributes a span's text resolves to on its own (no context rules), or None when it names no place."""
    found = suggest_locations(name, team=team, demonyms=True, gazetteer=gazetteer, evidence=False, details=details)
    whole = [s for s in found if (s.start, s.end) == (0, len(name))]
    return whole[0].attributes if whole else None


# A long text makes a Match per name and a list per word but no reference cycles: the collector's rescans of
# those lists were a tenth of the time on a 5 MB article.
@collector_paused()
def suggest_locations(text: str, team: TeamGazetteer = EMPTY_TEAM, demonyms: bool = False,
                      gazetteer: Gazetteer | None = None, evidence: bool = True, details: bool = False) -> list[Suggestion]:
    """Every likely place name in ``text`` with its canonical place, in text order.

    ``team`` adds and suppresses names; ``demonyms`` proposes ``Russian`` as Russia; ``details`` adds the
    ``geonames_id`` and ``country`` attributes (which the default tag set does not define); ``evidence=False``
    drops the context rules (used to resolve a span's text on its own).
    """
    gaz = gazetteer or builtin_gazetteer()
    tokens = Tokens(text)
    team_places = _team_places(team, gaz)
    team_first: dict[str, int] = {}
    for key in team_places:
        words = TOKEN.findall(key)
        if words:
            team_first[words[0]] = max(team_first.get(words[0], 0), len(words))
    matches = with_initials_spelt_out(tokens, _candidates(tokens, gaz, team_places, team_first))
    if evidence:
        matches = resolve_senses(tokens, matches, gaz)
    countries = {m.entry.country for m in matches if m.entry.kind == "country"}
    # Everyday-word places ("Warren") do not vouch for a neighbour: "Elizabeth Warren" is a person.
    places = {k for m in matches if m.entry.kind != "demonym" and m.entry.place not in COMMON_WORDS for k in range(m.i, m.j)}
    found = []
    # "George H.W. Bush", "his wife, Elizabeth": the person's name, in earlier mentions too ("the administration of Bush").
    people = (person_namesakes(tokens, matches, gaz) | given_surnames(tokens, matches) | named_by_calling(tokens, matches)
              if evidence else set())
    in_names: dict[int, int] = {}  # start → end of matches found inside a longer name: no context puts them back
    sport = evidence and sports_story(text)
    # A town the story once gives a side's role ("former Chelsea striker") is that side wherever no locative names the
    # place (a country's side, "Britain's relay team", says nothing of "left Britain").
    roles = [evidence and side_role(tokens, m) for m in matches]  # asked once per match: for the sides and in the loop
    sides = {text[m.start:m.end] for m, role in zip(matches, roles) if role and m.entry.kind != "country"}
    regions = frozenset(m.i for m in matches if m.entry.kind in ("region", "country")) if sport or sides else frozenset()
    firms, space = (firm_names(tokens, matches) if evidence else set()), [None]
    crafts = craft_names(tokens, matches) if evidence else set()
    facilities = facility_names(tokens, matches) if evidence else set()
    schools = school_names(tokens, matches) if evidence else (set(), set())
    for m, role in zip(matches, roles):
        matched = text[m.start:m.end]
        if team.is_stopped(matched) or matched in INSTITUTIONS or matched in people:
            continue
        if m.entry.kind == "demonym" and not m.feature:
            if demonyms:
                found.append(Suggestion("location", m.start, m.end, place_attributes(m.entry, details, matched), 0.5, NAME))
            continue
        cued = False
        if evidence:
            if not m.team and not national_modifier(tokens, m) and (inside_a_name(tokens, m, places, gaz)
                                                                    or of_a_body(tokens, m)):
                in_names[m.start] = m.end
                if person_surname(tokens, m) or given_name(tokens, m):
                    people.add(matched)  # "Randall Mitchell" makes a later "Mitchell's amendment" the person too
                continue
            if code_alias(matched, m.entry) or (not m.team and (matched in crafts or firm_partner(tokens, m, places)
                                                                 or (facilities and the_facility(tokens, m, facilities))
                                                                 or (schools[0] and the_school(tokens, m, schools)))):
                continue  # "the Rosetta spacecraft" and its later "Rosetta"; "Allen & Company"; "the Bushehr reactor"
            if not m.team and employer_at(tokens, m):
                continue  # "vice president for entertainment at Nokia": the employer, not the town
            if not m.team and text[m.end:m.end + 4] in (" is ", " was") and a_school(tokens, m):
                continue  # "Arizona is a party college"
            if not m.team and (office_or_money(tokens, m) or the_firm(tokens, m, firms) or celestial(tokens, m, space)
                               or a_facility(tokens, m, countries) or quoted_alone(tokens, m) or eponym_or_body(tokens, m)
                               or treaty_or_outlet(tokens, m)):
                continue  # "U.S. Attorney", "Hong Kong dollars", "Emirates" (the airline), "Jupiter's moon"
            if not m.team and (given_name_first(tokens, m, places) or lone_initial(tokens, m) or given_name_feature(tokens, m)):
                continue  # "9 David Nalbandian (Argentina)", "S Lamont; B Douglas": a person's name, not David, Panama
            if in_team_sheet(text, m.start, m.end, sport) or club_bracket(tokens, m):
                continue  # "Subs: Wright, Pistone, Weir, Plessis, Vaughan.": players, not Weir; "(Cardiff AAC)": a club
            if not m.team and (ranked(tokens, m) or role or listed_with_club(tokens, m) or fixture_side(tokens, m) or cup_zone(tokens, m)
                               or ((sport or matched in sides) and team_not_place(tokens, m, regions))):
                continue  # "No. 4 Ohio State", "Boston went 2-for-10": a team, not the place
            if _needs_evidence(m, matched[:-5] if matched.endswith(("-area", " area")) else matched):
                # A name of several words ("St. Louis Park") reads as a name even where it opens a sentence.
                cued = (m.j - m.i > 1 or not tokens.sentence_initial(m.i)) and _has_cue(tokens, m, countries, gaz, places)
                if not cued:
                    continue
        found.append(Suggestion("location", m.start, m.end, place_attributes(m.entry, details, matched), _confidence(m, cued), NAME))
    if evidence:  # "the town of Ocheretyne", "Carson City, Nev.": places the gazetteer lacks, named by their context
        starts = [s.start for s in found]  # in text order; a cue's longer name beats a rejected match inside it

        def free(a: int, b: int) -> bool:
            i = bisect.bisect_left(starts, b) - 1  # the last suggestion starting before b
            return (i < 0 or found[i].end <= a) and in_names.get(a, -1) < b

        extra = [Suggestion("location", a, b, place_attributes(place, details, text[a:b]), 0.7, NAME) for a, b, place in cue_places(text, gaz)
                 if not team.is_stopped(text[a:b]) and free(a, b)]
        found = sorted(found + extra, key=lambda s: s.start) if extra else found
        starts = [s.start for s in found]
        named = [(a, b, place) for a, b, place in context_places(text, found, gaz) if not team.is_stopped(text[a:b])]
        extra = [Suggestion("location", a, b, place_attributes(place, details, text[a:b]), 0.6, NAME) for a, b, place in named if free(a, b)]
        found = sorted(found + extra, key=lambda s: s.start) if extra else found
        starts = [s.start for s in found]  # "the Elk Lake region" … "at Elk Lake": the name alone is the place too
        extra = [Suggestion("location", a, b, place_attributes(place, details, text[a:b]), 0.55, NAME)
                 for a, b, place in later_mentions(text, named) if free(a, b)]
        found = sorted(found + extra, key=lambda s: s.start) if extra else found
        american = sum(m.entry.country == "US" for m in matches) > sum(m.entry.country not in ("", "US") for m in matches)
        starts = [s.start for s in found]
        extra = [Suggestion("location", a, b, place_attributes(place, details, text[a:b]), 0.6, NAME) for a, b, place
                 in compass_regions(text, american) + bare_oceans(text) + euro_area(text) if not team.is_stopped(text[a:b]) and free(a, b)]
        found = sorted(found + extra, key=lambda s: s.start) if extra else found
        datelines = [Suggestion("location", a, b, place_attributes(place, details, text[a:b]), 0.8, NAME)
                     for a, b, place in dateline_places(text, gaz) if not team.is_stopped(text[a:b])]
        if datelines:  # a dateline's reading ("FLA." is Florida) beats a gazetteer match inside it
            found = sorted([s for s in found if not any(s.start < d.end and d.start < s.end for d in datelines)] + datelines,
                           key=lambda s: s.start)
        titles = titles_of_works(text)
        if titles:  # "Once Upon a Time in Hollywood": a film's title, not a place
            found = [s for s in found if not any(a <= s.start and s.end <= b for a, b in titles)]
    return found

