"""Places the gazetteer lacks, named as places by their context: "the town of Ocheretyne", "Carson City, Nev.".

Two forms any newsroom writes:
- a settlement or feature word with "of" before a capitalised name, or a list of them for a plural
  ("the frontline town of Ocheretyne", "the islands of Bonaire, St Eustatius and Saba");
- a US state in AP style after a town and a comma ("Napa, Calif.", "Carson City, Nev.": the town too, even one the
  gazetteer lacks, "Seaside Park, N.J."), or after a legislator's party ("Rep. Mark Walker (R-N.C.)"); a state legislator's home county or town after the party ("(R-Warren)").
"""

from __future__ import annotations

import re

from newsmark.core.suggest.gazetteer import Gazetteer, Place, name_key

_KIND = (r"town|towns|city|cities|village|villages|island|islands|settlement|settlements|port|suburb|suburbs|borough|"
         r"neighbourhood|neighborhood|community|communities|hamlet|municipality|district|county|province|state|commune|oblast|atoll|archipelago")
_NAME = r"(?:(?:St\.?|Saint|Sint|Ste\.?)\s)?[A-Z][\w'’-]*(?:\s(?:[A-Z][\w'’-]*|de|del|la|le|al|el)){0,3}"
# Found from the literal "of" (fast on long texts), then the kind word before it and the names after it.
_OF = re.compile(r"of\s+(?=[A-Z])")
_KIND_BEFORE = re.compile(rf"(?<![\w-])(?P<kind>{_KIND})\s+$")
_NAMES = re.compile(rf"{_NAME}(?:,\s+{_NAME})*(?:,?\s+and\s+{_NAME})?")
_ONE = re.compile(_NAME)
# Capitalised words that follow "city of" without naming a place ("the city of Monday's vote" is rare; these are not).
_NOT_NAMES = frozenset("The A An This That These Those His Her Their Its Our My Your Monday Tuesday Wednesday Thursday Friday "
                       "Saturday Sunday January February March April May June July August September October November "
                       "December God I".split())
# AP state abbreviations (the AP Stylebook's list; Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah are written out).
AP_STATES = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana",
    "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts", "Mich.": "Michigan",
    "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada",
    "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island",
    "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee", "Vt.": "Vermont", "Va.": "Virginia",
    "Wash.": "Washington", "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}
_STATE = re.compile(r",(?<=[a-z],)\s(?P<abbr>" + "|".join(re.escape(a) for a in sorted(AP_STATES, key=len, reverse=True))
                    + r")(?=[\s,;:)”\"']|$)")

# A US legislator's party and state: "Rep. Mark Walker (R-N.C.)", "Sen. Jane Doe, D-Calif., said", and in brackets
# with the party's own stop: "Sen. Jane Doe (D., Conn.)".
# The party letter first in both forms, each look-behind after it: re's fast scan jumps to R, D and I (an
# alternative opening with an assertion ran the pattern at every position, a tenth of a 5 MB text's location time).
_PARTY_STATE = re.compile(r"[RDI](?:-(?<![\w.-][RDI]-)|(?<=\([RDI])\.,\s)(?P<abbr>" + "|".join(re.escape(a) for a in sorted(AP_STATES, key=len, reverse=True))
                          + r")(?=[\s,;:)”\"']|$)")

# A state legislator's party and home county or town in brackets: "State Sen. Jane Doe (R-Warren)", "(D-Bergen)".
_PARTY_HOME = re.compile(r"\([RDI]-(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\)")

# The town before an AP state: up to three capitalised words ending where the state's comma starts ("in Seaside Park,").
_TOWN = re.compile(r"(?<![\w.’'-])(?P<name>[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*){0,2})\Z")
_NOT_TOWNS = frozenset("The A An In At On Of From For And But He She It They We I This That".split())

# "Washington, DC" and "Washington DC": the district's initials without full stops (no city's name elsewhere).
_DC = re.compile(r"DC(?<=Washington DC|ashington, DC)(?![\w-])")


def cue_places(text: str, gaz: Gazetteer) -> list[tuple[int, int, Place]]:
    """(start, end, place) of every place named by its context, in text order (they may overlap gazetteer matches)."""
    found = []
    for of in _OF.finditer(text):
        kind = _KIND_BEFORE.search(text, max(0, of.start() - 16), of.start())
        if kind is None:
            continue
        names = _NAMES.match(text, of.end())
        plural = kind.group("kind").endswith("s")
        for name in _ONE.finditer(names.group()):
            words = re.sub(r"['’]s$", "", name.group()).split()
            if words[0] in _NOT_NAMES:
                break
            start = names.start() + name.start()
            end = start + len(re.sub(r"['’]s$", "", name.group()))
            known = gaz.get(name_key(text[start:end]))
            found.append((start, end, known or Place(text[start:end], "area", "", "", 0, 1)))
            if not plural:
                break
    for m in _PARTY_STATE.finditer(text):
        state = AP_STATES[m.group("abbr")]
        found.append((m.start("abbr"), m.end("abbr"), us_state(state, gaz)))
    for m in _PARTY_HOME.finditer(text):
        name = m.group("name")
        if name not in AP_STATES and name + "." not in AP_STATES:
            known = gaz.get(name)
            found.append((m.start("name"), m.end("name"), known if known is not None and known.country == "US"
                          else Place(name, "area", "", "US", 0, 1)))
    for m in _STATE.finditer(text):
        state = AP_STATES[m.group("abbr")]
        found.append((m.start("abbr"), m.end("abbr"), us_state(state, gaz)))
        town = _town_before(text, m.start(), gaz)
        if town is not None:
            found.append(town)
    for m in _DC.finditer(text):
        found.append((m.start(), m.end(), gaz.get("D.C.") or Place("Washington, D.C.", "city", "", "US", 0, 1)))
    return sorted(found, key=lambda f: f[0])


def us_state(state: str, gaz: Gazetteer) -> Place:
    """The US state an AP abbreviation names: the gazetteer's region, not the first place of its name ("Ga." is
    no country, "Wash." no capital)."""
    return gaz.region(state, "US") or Place(state, "region", "", "US", 0, 1)


def _town_before(text: str, comma: int, gaz: Gazetteer) -> tuple[int, int, Place] | None:
    """The town named right before an AP state's comma ("in Seaside Park, N.J."), even one the gazetteer lacks: its
    capitalised words, the whole run of them (not the end of a longer name), none a pronoun or an article."""
    m = _TOWN.search(text, max(0, comma - 48), comma)
    if m is None or m.group("name").split()[0] in _NOT_TOWNS:
        return None
    if re.search(r"(?:[A-Z][\w.’'-]*|\bthe) \Z", text[max(0, m.start() - 30):m.start()]):
        return None  # "… Music Park at Walnut Creek", "the Smiths, Calif.": only a whole run of capitals, no "the"
    name = m.group("name")
    known = gaz.get(name_key(name))
    return m.start(), m.end(), known if known is not None and known.country == "US" else Place(name, "city", "", "US", 0, 1)
