"""How a matched place widens into a longer name: feature words, compass words, hyphenated towns, initials."""

from __future__ import annotations

import bisect
import re

from newsmark.core.suggest.gazetteer import Gazetteer, Place, name_key
from newsmark.core.suggest.placetokens import Match, Tokens, caps_line
from newsmark.core.suggest.placewords import (
    COMMON_WORDS, CURRENCY_NOUNS, FEATURE_AFTER, FEATURE_BEFORE, ORG_AFTER, REGION_WORDS, TITLES)


# The words that widen a place after it, as one set: built once, not per match.
_WIDENING = REGION_WORDS | FEATURE_AFTER


def feature_after(tokens: Tokens, m: Match, gaz: Gazetteer) -> Match:
    """``m`` widened by a feature word after it: ``Kursk region`` → the region, ``Korean peninsula``."""
    j = m.j
    if j < len(tokens.words) and tokens.words[j] not in _WIDENING and tokens.words[j] not in ("area", "Co"):
        return m  # most names: the next word widens none (no gap to slice)
    if j < len(tokens.words) and tokens.words[j] == "area" and tokens.gap(j) in (" ", "-") and m.entry.kind != "demonym":
        # "the Houston area", "Houston-area schools": the land around the place, named with it; the place is the same
        return Match(m.i, j + 1, m.start, tokens.ends[j], m.entry, m.team, m.feature)
    if j >= len(tokens.words) or tokens.gap(j) != " ":
        return m
    word, end = tokens.words[j], tokens.ends[j]
    if word == "Co" and tokens.text[end:end + 1] == "." and core_is_place(m.entry):
        word, end = "County", end + 1  # "Napa Co.": the county, as headlines abbreviate it
    elif word not in _WIDENING:
        return m
    core = m.entry
    if m.feature or tokens.words[j - 1] in FEATURE_AFTER:
        return m  # "North Sea coast": the sea is the place
    matched = tokens.text[m.start:tokens.ends[j - 1]]
    if word == "state" and not (core.kind in ("city", "region") and core.country == "US"):
        return m  # "New York state", "Washington state"; not "the Russian state", "the Paris state prosecutor"
    if word in REGION_WORDS and core.kind in ("city", "region") and core.country:
        region = gaz.region_named(matched, core.country) if core.kind == "city" else core
        if region is not None:
            return Match(m.i, j + 1, m.start, end, region, m.team, True)
    if core.kind in ("country", "demonym") and word in REGION_WORDS:
        return m  # "the Russian region of Kursk", "the Ukraine region": no region's name
    place = f"{matched} {word.title() if word in FEATURE_AFTER else word}"
    known = gaz.get(place)
    entry = known or Place(place, "area", "", "" if core.kind == "demonym" else core.country, 0, 1)
    return Match(m.i, j + 1, m.start, end, entry, m.team, True)


def core_is_place(entry: Place) -> bool:
    """Whether a gazetteer entry is a settlement or region (which a county may be named after), not a country."""
    return entry.kind in ("city", "region")


def feature_run(tokens: Tokens, i: int) -> Match | None:
    """A capitalised name with a feature word the gazetteer lacks: ``Gulf of Aden``, ``North Sea``, ``Lake Chad``."""
    words, n = tokens.words, len(tokens.words)
    j = i + 1
    if words[i] in FEATURE_BEFORE:
        if j < n and words[j] == "of" and tokens.gap(j) == " ":
            j += 1
        k = j
        while k < n and k - j < 3 and tokens.capitalised(k) and tokens.gap(k) == " " and words[k] not in ORG_AFTER:
            k += 1
        if k == j:
            return None
        end = k
    else:
        k = i
        while k < n and k - i < 3 and tokens.capitalised(k) and (k == i or tokens.gap(k) == " ") and words[k] not in FEATURE_AFTER:
            k += 1
        if k == i or k >= n or words[k] not in FEATURE_AFTER or not words[k][0].isupper() or tokens.gap(k) != " ":
            return None
        if tokens.sentence_initial(i) and words[i] in TITLES:
            return None  # "The Sea …"
        end = k + 1
    if end < n and tokens.capitalised(end) and tokens.gap(end) == " " and words[end] in ORG_AFTER:
        return None  # Black Sea Fleet
    start, stop = tokens.starts[i], tokens.ends[end - 1]
    place = name_key(tokens.text[start:stop])
    return Match(i, end, start, stop, Place(place, "area", "", "", 0, 1), False, True)


def initials(tokens: Tokens, i: int, gaz: Gazetteer) -> Match | None:
    """A country written as its initials ("DRC", "BVI"), outside lines set all in capitals."""
    word = tokens.words[i]
    if not (3 <= len(word) <= 5 and word.isupper() and word.isalpha()):
        return None
    entry = gaz.by_initials(word)
    if entry is None or caps_line(tokens, i):
        return None
    return Match(i, i + 1, tokens.starts[i], tokens.ends[i], entry)




# Compass words that name part of a city or region with it ("Southern California", "East Harlem"); the short forms too.
COMPASS = {w: w for w in "North South East West Northern Southern Eastern Western Northeast Northwest Southeast Southwest".split()}
COMPASS.update({"N": "North", "S": "South", "E": "East", "W": "West", "NE": "Northeast", "NW": "Northwest",
                 "SE": "Southeast", "SW": "Southwest"})


# The least population of a town that opens a hyphenated name the gazetteer lacks ("Delhi-NCR", "Newark-Liberty").
_COMPOUND_TOWN = 100_000


def compound(tokens: Tokens, m: Match, gaz: Gazetteer) -> Match | None:
    """``m`` widened to a hyphenated name it opens ("Wilkes-Barre" from "Wilkes"), unless the other half is a place too;
    None when a small town's name opens a hyphenated name the gazetteer lacks ("Wright-Phillips": a surname)."""
    j, words = m.j, tokens.words
    if (m.entry.kind not in ("city", "region") or j >= len(words) or tokens.gap(j) != "-" or not tokens.capitalised(j)
            or m.entry.place in COMMON_WORDS or m.team):
        return m
    other = gaz.get(name_key(words[j]))
    if other is not None and (other.kind != "city" or other.population >= 100_000):
        return m  # "Moscow-Beijing talks", "US-Caribbean": two places
    name = tokens.text[m.start:tokens.ends[j]]
    entry = gaz.get(name)
    if entry is None and m.entry.population < _COMPOUND_TOWN:
        return None  # "Wright-Phillips": a small town's name opens a double-barrelled surname more often than a place
    entry = entry or Place(name, "area", "", m.entry.country, 0, 1)
    return Match(m.i, j + 1, m.start, tokens.ends[j], entry, m.team, True)


def with_direction(tokens: Tokens, m: Match) -> Match:
    """``m`` widened by a compass word before a city or region: part of it named as a place ("Southern California")."""
    i = m.i
    if (i > 0 and tokens.words[i - 1] == "Mid" and tokens.gap(i) in (" ", "-") and m.entry.kind == "area"
            and m.entry.country == "GB"):  # "Mid Bedfordshire", "the Mid-Bedfordshire MP": a seat or district of the county
        return Match(i - 1, m.j, tokens.starts[i - 1], m.end, Place(f"Mid {m.entry.place}", "area", "", "GB", 0, 1), m.team, True)
    if i == 0 or tokens.words[i - 1] not in COMPASS or tokens.gap(i) != " " or m.entry.kind not in ("city", "region", "area"):
        return m
    if len(tokens.words[i - 1]) <= 2 and i >= 2 and tokens.gap(i - 1) == " " and tokens.capitalised(i - 2):
        return m  # "George W Bush": a middle initial between a given name and the surname, no bearing
    if m.entry.kind == "area" and not m.feature:
        return m  # "North Africa", "East Asia": the area's own name already
    base = m.entry.place[4:] if m.entry.place.startswith("The ") else m.entry.place  # "East Bronx", not "East The Bronx"
    place, first = f"{COMPASS[tokens.words[i - 1]]} {base}", i - 1
    if tokens.words[i - 1] in ("East", "West") and i >= 2 and tokens.words[i - 2] in ("North", "South") and tokens.gap(i - 1) == " ":
        place, first = f"{tokens.words[i - 2]} {place}", i - 2  # "South West Edinburgh": both words of the bearing
    return Match(first, m.j, tokens.starts[first], m.end, Place(place, "area", "", m.entry.country, 0, 1), m.team, True)


# The bearings after a town that name a part of it, as British constituencies and wards are named ("Aberdeen South",
# "Leeds North West", "Sheffield Central"); a single letter ("Leeds N") is no bearing here.
_AFTER_BEARINGS = frozenset("North South East West Central".split())
_SEATS_AFTER = frozenset("MP MPs MSP MSPs AM MEP".split())
# Where seats and districts are so named; elsewhere "Kanye West", "Taylor West" are people.
_SEAT_COUNTRIES = frozenset("GB IE HK".split())


def with_bearing_after(tokens: Tokens, m: Match) -> Match:
    """``m`` widened by the bearing after a British, Irish or Hong Kong town, when no other name goes on: "Aberdeen
    South" (a seat), not "Aberdeen South Harbour"; "Dundee East and West" takes both halves."""
    words, j = tokens.words, m.j
    if (j >= len(words) or words[j] not in _AFTER_BEARINGS or tokens.gap(j) != " " or m.feature
            or m.entry.kind not in ("city", "area") or m.entry.country not in _SEAT_COUNTRIES):
        return m
    end = j + 1
    if end < len(words) and words[j] != "Central" and words[end] in ("East", "West") and tokens.gap(end) == " ":
        end += 1  # "Leeds North West"
    if (end + 1 < len(words) and words[end] == "and" and words[end + 1] in _AFTER_BEARINGS
            and tokens.gap(end) == " " and tokens.gap(end + 1) == " "):
        end += 2  # "Dundee East and West"
    if end < len(words) and tokens.gap(end) == " " and tokens.capitalised(end) and words[end] not in _SEATS_AFTER:
        return m  # "Paris South University", "Boston East Boston": a longer name
    base = m.entry.place
    place = Place(f"{base} {tokens.text[tokens.starts[j]:tokens.ends[end - 1]]}", "area", "", m.entry.country, 0, 1)
    return Match(m.i, end, m.start, tokens.ends[end - 1], place, m.team, True)


def with_initials_spelt_out(tokens: Tokens, matches: list[Match]) -> list[Match]:
    """``matches`` and the initials of a place the text names in full ("Trinidad and Tobago … TT"), in text order."""
    spelt: dict[str, Place] = {}
    seen: set[Place] = set()  # a long text names the same places over and over
    for m in matches:
        if m.entry in seen:
            continue
        seen.add(m.entry)
        words = [w for w in m.entry.place.split() if w[:1].isupper()]
        if len(words) >= 2 and m.entry.kind in ("country", "region", "city", "area"):
            spelt.setdefault("".join(w[0] for w in words), m.entry)
    if not spelt:
        return matches
    # A one-word match of the same capitals gives way ("PNG" is also an airport's code); a longer one stays.
    taken: set[int] | None = None  # the words matches hold: built at the first hit (most texts have none)
    added = []
    # Each initials, then the look-behind over the character before them: a pattern opening with its words gets
    # re's fast scan for their first letters, where an opening look-behind would run at every position.
    pattern = re.compile("(?:" + "|".join(rf"{k}(?<![\w.-]{k})" for k in sorted(spelt, key=len, reverse=True)) + r")(?![\w-])")
    for hit in pattern.finditer(tokens.text):
        i = bisect.bisect_left(tokens.starts, hit.start())
        if taken is None:
            taken = {k for m in matches if m.j - m.i > 1 or m.entry.kind != "city" for k in range(m.i, m.j)}
        if (i < len(tokens.starts) and tokens.starts[i] == hit.start() and i not in taken and not caps_line(tokens, i)
                and not (i + 1 < len(tokens.words) and tokens.words[i + 1] in CURRENCY_NOUNS)):  # "the TT dollar": money
            added.append(Match(i, i + 1, hit.start(), hit.end(), spelt[hit.group()]))
    if not added:
        return matches
    replaced = {m.i for m in added}
    return sorted([m for m in matches if m.i not in replaced] + added, key=lambda m: m.i)


def feature_prefix(tokens: Tokens, m: Match) -> Match | None:
    """``Gulf of Mexico`` when the gazetteer matched ``Mexico``: the feature word before widens the match."""
    i, words = m.i, tokens.words
    if i >= 2 and words[i - 1] == "of" and words[i - 2] in FEATURE_BEFORE and tokens.gap(i - 1) == " " and tokens.gap(i) == " ":
        start = tokens.starts[i - 2]
        place = name_key(tokens.text[start:m.end])
        # No country: the Gulf of Mexico is not in Mexico.
        return Match(i - 2, m.j, start, m.end, Place(place, "area", "", "", 0, 1), m.team, True)
    return None


