"""Small places the gazetteer lacks, named in contexts news keeps for places.

- apposition to a known place after a locative word: "at Maria Vale, Upper Coast", "in Rock Hill, South Carolina";
- a name shaped like a place after a locative word: "in Las Palmitas", "near Fort Wilson", "from San Isidro";
- a capitalised name before a word for land around a place: "the Tamarind backlands", "on the Dover outskirts",
  "the Elk Lake region" (its later bare mentions are the place too: "protesters at Elk Lake");
- where someone was born or grew up: "Born in 1942 in Tredegar to a miner father", "raised in Maseru";
- a numbered region, as several countries number theirs: "Region Two", "Region 4";
- a part of a found place after its possessive: "Delhi's Saket area", "Kyiv's Podil district".
"""

from __future__ import annotations

import re

from newsmark.core.suggest.gazetteer import Gazetteer, Place, name_key
from newsmark.core.suggest.placewords import ORG_AFTER, TITLES
from newsmark.core.suggest.suggestion import Suggestion

_WORD = r"[A-Z][a-zà-ÿ][\w'’-]*"
_NAME = rf"{_WORD}(?:\s{_WORD}){{0,2}}"
_LOCATIVE = r"(?<![\w-])(?:in|at|near|outside|from|to|of)\s"
# "at Maria Vale, Upper Coast": the name, a comma, then a place the suggester found. Searched backwards from each
# found place (within _REACH characters; the apposition ends where the place starts), not over the whole text.
_APPOSITION = re.compile(rf"{_LOCATIVE}(?P<name>{_NAME}),\s\Z")
_REACH = 300
# Words that open a place's name in English news far more than anything else's (Spanish, French, saints, forts).
# Found first, then the locative word before it (a leading look-behind would slow the scan of a long text tenfold).
_SHAPE = re.compile(rf"(?P<name>(?:Las|Los|San|Santa|Santo|São|Puerto|Porto|Port|Fort|Saint|St\.?|Sainte|Ste\.?"
                    rf"|Mount|Mt\.?|Pointe?|Cape)\s{_WORD}(?:\s{_WORD})?)(?![\w'’])")
_LOCATIVE_BEFORE = re.compile(rf"{_LOCATIVE}\Z")
# Where someone was born or grew up: "Born in 1942 in Tredegar to a miner father", "born and raised in Maseru".
_BORN_IN = re.compile(rf"(?:[Bb]orn|[Gg]rew up|[Rr]aised|[Bb]rought up)(?:\s(?:and|&)\s(?:raised|bred|brought up))?"
                      rf"(?:\sin\s\d{{4}})?\sin\s(?P<name>{_NAME})")
# Words for the land around a place, after its name: "the Tamarind backlands" ("the" first: a fast literal scan).
_SURROUNDS = re.compile(rf"the(?<![\w-]the)\s(?P<name>{_NAME})\s(?:backlands|backdam|hinterlands?|outskirts|environs|"
                        rf"countryside|foothills|waterfront|seafront|coastline|(?P<area>area|region|reservation))(?![\w-])")
_ENDS_PHRASE = re.compile(r"\s*(?:[,.;:)!?\n]|$)|\s(?:on|in|at|around|near|and|or|for|with|where|when|after|before|last|"
                          r"this|until|since|to|from|by|during|early|late|overnight|yesterday|today|was|were|is|are|has|"
                          r"had|about)\b")
# A part of a found place after its possessive: "Delhi's Saket area", "Kyiv's Podil district" (the word stays in the span).
_PART_OF = re.compile(rf"['’]s\s(?P<name>{_WORD}(?:\s{_WORD})?)\s(?:area|district|neighbou?rhood|suburb|quarter)(?![\w-])")
_NUMBERS = "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve".split()
_REGION = re.compile(r"Region(?<![\w-]Region)\s(?:" + "|".join(_NUMBERS) + r"|1[0-2]|[1-9])(?![\w-])")
# Capitalised words that end no place's name: streets and buildings (not locations), days, months, people's titles.
_NOT_LAST = frozenset("Road Street Avenue Drive Boulevard Lane Way Highway Bridge Square Building Tower Plaza Court Park "
                      "Day Night Eve Church Chapel Resort Marina Campground Campus".split())
_NOT_NAMES = frozenset("The A An This That His Her Their Its Our My Your Monday Tuesday Wednesday Thursday Friday "
                       "Saturday Sunday January February March April May June July August September October November "
                       "December God Parliament Congress Senate Court Facebook Twitter English Spanish French".split())


def context_places(text: str, found: list[Suggestion], gaz: Gazetteer) -> list[tuple[int, int, Place]]:
    """(start, end, place) of places named only by their context, in text order (they may overlap ``found``)."""
    # A place found after the comma, not as a possessive ("Jane Doe, Kenya's envoy" is a person).
    # ... and ending its phrase, not modifying a noun ("Ana Diaz, Texas Governor", "Ana Diaz, Mexico City resident").
    places = []
    for s in found:
        if s.start >= 2 and text[s.start - 2] == "," and text[s.start - 1].isspace() and _ENDS_PHRASE.match(text, s.end):
            m = _APPOSITION.search(text, max(0, s.start - _REACH), s.start)
            if m is not None and _plausible(m.group("name")):
                places.append((m.start("name"), m.end("name"), m.group("name")))
        m = _PART_OF.match(text, s.end)  # a part of the place after its possessive: "Delhi's Saket area"
        if m is not None and _plausible(m.group("name")):
            places.append((m.start("name"), m.end(), m.group("name")))
    for pattern in (_SHAPE, _SURROUNDS, _BORN_IN):
        for m in pattern.finditer(text):
            if pattern is _SHAPE and not _LOCATIVE_BEFORE.search(text, max(0, m.start() - 9), m.start()):
                continue
            name = m.group("name")
            after = text[m.end("name"):m.end("name") + 2]
            if (_plausible(name) and not after.startswith(("'s", "’s")) and not name.endswith(("'s", "’s"))
                    and not _names_org_next(text, m.end("name"))
                    # "in Santa Claus costumes": a place-shaped name before a noun modifies it
                    and (pattern is _SURROUNDS or _ENDS_PHRASE.match(text, m.end("name")))):
                # "the Fresno area" is named with its word for the land around (the place stays Fresno)
                area = pattern is _SURROUNDS and m.group("area") is not None
                places.append((m.start("name"), m.end("area") if area else m.end("name"), name))
    for m in _REGION.finditer(text):
        before = text[max(0, m.start() - 8):m.start()].split()
        if not (before and before[-1][:1].isupper() and before[-1] not in ("In", "The")):
            places.append((m.start(), m.end(), m.group()))  # not "EPA Region 5", an office's name
    out = []
    for a, b, name in sorted(set(places)):
        known = gaz.get(name_key(name))
        out.append((a, b, known or Place(saint(name_key(name)), "area", "", "", 0, 1)))
    return out


def saint(name: str) -> str:
    """A name with an abbreviated saint written out: "St. Thomas" → "Saint Thomas", "Ste Rose" → "Sainte Rose"."""
    return re.sub(r"\bSte\.?\s", "Sainte ", re.sub(r"\bSt\.?\s", "Saint ", name))


def _plausible(name: str) -> bool:
    """Whether capitalised words may be a place's name: no title, organisation or street word, no day or month."""
    words = name.split()
    return (words[0] not in _NOT_NAMES and words[-1] not in _NOT_LAST
            and not any(w in ORG_AFTER or w in TITLES for w in words))


def _names_org_next(text: str, end: int) -> bool:
    """True when a capitalised organisation or building word follows (``Fort Worth Police``, ``San Jose Airport``)."""
    nxt = re.match(r"\s([A-Z]\w*)", text[end:end + 30])
    return nxt is not None and (nxt.group(1) in ORG_AFTER or nxt.group(1) in _NOT_LAST)


# After a name: a capitalised word (a longer name) or a people's word ("the Kettle Stone tribe" is the people).
_NAME_GOES_ON = re.compile(r" (?:[A-Z]|tribes?\b|nations?\b)")


def later_mentions(text: str, named: list[tuple[int, int, Place]]) -> list[tuple[int, int, Place]]:
    """(start, end, place) of the other mentions of names the context made places ("the Elk Lake region" … "at Elk
    Lake"): the same words, whole, with no capitalised word beside them (no longer name)."""
    places: dict[str, Place] = {}
    for a, b, place in named:
        name = re.match(_NAME, text[a:b])
        if name is not None and " " in name.group():  # one-word names are too often someone's too
            places.setdefault(name.group(), place)
    if not places:
        return []
    # One scan for all the names (the longest first), not one per name.
    pattern = "|".join(re.escape(n) for n in sorted(places, key=len, reverse=True))
    out = []
    for m in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", text):
        before, after = text[max(0, m.start() - 30):m.start()], text[m.end():m.end() + 8]
        if not re.search(r"[A-Z][\w.’'-]* \Z", before) and not _NAME_GOES_ON.match(after):
            out.append((m.start(), m.end(), places[m.group()]))
    return out
