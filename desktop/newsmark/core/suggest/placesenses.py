"""Which of a shared name's places the text means: "New York" the city or the state, "Washington" D.C. or the state."""

from __future__ import annotations

from collections import Counter

from newsmark.core.suggest.gazetteer import Gazetteer, Place
from newsmark.core.suggest.placecontexts import saint
from newsmark.core.suggest.placetokens import Match, Tokens

# US states whose name news uses alone for the city (the state says "state", "upstate", "Albany, New York").
CITY_FIRST = {"New York": "New York City", "Washington": "Washington, D.C."}
_STATE_BEFORE = frozenset("upstate Upstate western Western eastern Eastern northern Northern southern Southern central "
                          "Central rural Rural".split())
_STATE_AFTER = frozenset("Gov Governor Governors Legislature Assembly Lieutenant Attorney Medicaid".split())


def resolve_senses(tokens: Tokens, matches: list[Match], gaz: Gazetteer) -> list[Match]:
    """``matches`` with the city or the state chosen for a name both bear, from the words around it."""
    matches = _bare_gulfs(tokens, matches, gaz)
    resolved = [_state_of(tokens, _resolved(tokens, matches, k, gaz)) for k in range(len(matches))]
    countries = {m.entry.country for m in resolved if m.entry.kind == "country"}
    if not countries:
        return resolved
    # A city whose country other places of the text share keeps its sense ("Manchester and London").
    shared = Counter(m.entry.country for m in resolved)
    return [m if shared[m.entry.country] > 1 else _home_region(tokens, m, countries, gaz) for m in resolved]


def _bare_gulfs(tokens: Tokens, matches: list[Match], gaz: Gazetteer) -> list[Match]:
    """``matches`` with a bare "Gulf" read as the gulf the text names in full ("the Gulf of Mexico … the Gulf"), or
    else as the Persian Gulf (news's "the Gulf", "Gulf allies"), not the province the gazetteer lists first."""
    text = tokens.text
    # The length first: most one-word matches are not four letters long, and need no slice of the text.
    bare = [k for k, m in enumerate(matches) if m.j - m.i == 1 and m.end - m.start == 4 and text[m.start:m.end] == "Gulf"]
    if not bare:
        return matches
    named = next((m.entry for m in matches if "Gulf" in m.entry.place.split() and text[m.start:m.end] != "Gulf"
                  and m.entry.kind != "region"), None) or gaz.get("Persian Gulf")
    if named is None:
        return matches
    out = list(matches)
    for k in bare:
        m = out[k]
        out[k] = Match(m.i, m.j, m.start, m.end, named, m.team, m.feature)
    return out


def _state_of(tokens: Tokens, m: Match) -> Match:
    """``m`` widened to "the state of Washington" when a US state is named so (the phrase names the state)."""
    i, words = m.i, tokens.words
    if (m.entry.kind == "region" and m.entry.country == "US" and i >= 2 and words[i - 1] == "of"
            and words[i - 2] == "state" and tokens.gap(i) == " " and tokens.gap(i - 1) == " "):
        return Match(i - 2, m.j, tokens.starts[i - 2], m.end, m.entry, m.team, True)
    return m


def _home_region(tokens: Tokens, m: Match, countries: set[str], gaz: Gazetteer) -> Match:
    """The region of a country the text names, for a city of a country it does not name that bears the same name
    (a Jamaican story's "Manchester" is the parish, not the English city)."""
    if m.team or m.feature or m.entry.kind != "city" or m.entry.country in countries or m.entry.senses < 2 or not countries:
        return m
    written = tokens.text[m.start:m.end]
    for country in sorted(countries):
        region = gaz.region_named(written, country)
        if region is not None and region.place in (written, f"{written} Parish"):
            return Match(m.i, m.j, m.start, m.end, region, m.team, m.feature)
    return m


def _resolved(tokens: Tokens, matches: list[Match], k: int, gaz: Gazetteer) -> Match:
    m = matches[k]
    other = _apposed_country(tokens, matches, k)
    if other and m.entry.kind == "city" and not m.team and m.entry.country != other:
        # "St. Thomas, USVI", "Paris, Texas": the town of that name in that country, not the first one listed.
        written = tokens.text[m.start:m.end]
        home = _home_region(tokens, m, {other}, gaz)  # "Manchester, Jamaica": the parish of that name
        if home is not m:
            return home
        return Match(m.i, m.j, m.start, m.end, Place(saint(written), "city", "", other, 0, 1), m.team, m.feature)
    if m.team or m.feature or m.entry.country != "US" or m.j - m.i > 2:
        return m
    name = next((n for n in CITY_FIRST if m.entry.place in (n, CITY_FIRST[n])), None)
    if name is None or tokens.text[m.start:m.end].replace("\n", " ").title() != name.title():
        return m
    if _state_here(tokens, matches, k):
        region = next((r for r in (gaz.get(name), gaz.region_named(name, "US")) if r is not None and r.kind == "region"), None)
        entry = region or Place(name, "region", "", "US", 0, 1)
    elif m.entry.kind == "city":
        return m
    else:
        entry = gaz.get(CITY_FIRST[name])
        if entry is None or entry.kind != "city":
            return m
    return Match(m.i, m.j, m.start, m.end, entry, m.team, m.feature)


def _apposed_country(tokens: Tokens, matches: list[Match], k: int) -> str:
    """The country of the country or region named right after match k and a comma ("Paris, Texas" → US), or ""."""
    if k + 1 >= len(matches):
        return ""
    m, nxt = matches[k], matches[k + 1]
    # The distance first: most matches are not two characters apart, and need no slice of the text.
    if (nxt.start - m.end != 2 or tokens.text[m.end:nxt.start] != ", " or nxt.entry.kind not in ("country", "region")
            or not nxt.entry.country):
        return ""
    return nxt.entry.country


def _state_here(tokens: Tokens, matches: list[Match], k: int) -> bool:
    """True when the words around match k name the state: "upstate", "Albany, New York", "New York Gov.", a list of states."""
    m, words = matches[k], tokens.words
    if m.i > 0 and words[m.i - 1] in _STATE_BEFORE and tokens.gap(m.i) == " ":
        return True
    if m.i > 1 and words[m.i - 1] == "of" and words[m.i - 2].lower() == "state":
        return True
    if m.j < len(words) and words[m.j] in _STATE_AFTER and tokens.gap(m.j) in (" ", ". "):
        return True
    before = tokens.text[max(0, m.start - 2):m.start]
    if before == ", " and m.i > 0 and tokens.capitalised(m.i - 1):
        # "Albany, New York": a town, then its state; "Georgia, New York and Ohio": a list of states.
        return True
    for other in (matches[k - 1] if k else None, matches[k + 1] if k + 1 < len(matches) else None):
        if other is None or other.entry.kind != "region" or other.entry.country != "US":
            continue
        a, b = (other, m) if other.start < m.start else (m, other)
        if tokens.text[a.end:b.start] in (", ", " and ", ", and ", " or ", ", or "):
            return True
    return False
