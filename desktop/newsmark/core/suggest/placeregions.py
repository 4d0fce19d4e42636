"""Compass regions (``the Northeast``, ``the West``: a part of the country, or the West) and oceans named alone (``the Pacific``)."""

from __future__ import annotations

import re

from newsmark.core.suggest.gazetteer import Place
from newsmark.core.suggest.placewords import ORG_OF

# "the" and a capitalised compass word that no capitalised word follows ("the West Bank" is another name).
# "the " before its look-behind (the \b it stands for): a literal opening is found by a fast scan.
_REGION = re.compile(r"the (?<!\wthe )(?P<name>Northeast|Northwest|Southeast|Southwest|West|South)\b(?![-\w]|\s+[A-Z\d])")
_US = {"Northeast": "Northeastern United States", "Northwest": "Northwestern United States",
       "Southeast": "Southeastern United States", "Southwest": "Southwestern United States",
       "West": "Western United States", "South": "Southern United States"}
_BODY_OF = re.compile(r"(\w+) of \Z")  # "University of the West": the compass word is inside the body's name


def compass_regions(text: str, american: bool) -> list[tuple[int, int, Place]]:
    """(start, end, place) of each compass region; in an American story the region of the United States, elsewhere
    only ``the West`` (the Western world): ``the South`` of another country is too vague to name."""
    found = []
    for m in _REGION.finditer(text):
        name = m.group("name")
        body = _BODY_OF.search(text, max(0, m.start() - 20), m.start())
        if body is not None and body.group(1) in ORG_OF:
            continue
        if american:
            found.append((m.start("name"), m.end(), Place(_US[name], "area", "", "US", 0, 1)))
        elif name == "West":
            found.append((m.start("name"), m.end(), Place("Western world", "area", "", "", 0, 1)))
    return found


# "the Pacific", "Peru's Pacific coast": an ocean named without "Ocean", when no capitalised word follows ("the Pacific
# Northwest", "Union Pacific Railroad" are other names; "trans-Atlantic" is an adjective).
_BEFORE_OCEAN = re.compile(r"(?:(?<![\w-])the|[’']s) \Z")
_OCEAN_END = re.compile(r"(?![-\w’']|\s+[A-Z\d&])")


def bare_oceans(text: str) -> list[tuple[int, int, Place]]:
    """(start, end, place) of each ocean named alone after ``the`` or a possessive: ``the Pacific`` → Pacific Ocean."""
    found = []
    for name in ("Pacific", "Atlantic"):  # a plain search per name: a pattern would be tried at every position
        at = text.find(name)
        while at != -1:
            end = at + len(name)
            if (_BEFORE_OCEAN.search(text, max(0, at - 4), at) and _OCEAN_END.match(text, end)
                    and not ((body := _BODY_OF.search(text, max(0, at - 24), at - 4)) and body.group(1) in ORG_OF)):
                found.append((at, end, Place(f"{name} Ocean", "area", "", "", 0, 1)))  # not "University of the Pacific"
            at = text.find(name, end)
    return sorted(found)


# The countries that share the euro, as news writes them ("the 12-member eurozone economy", "the euro zone"): an area,
# written in lower case, so no gazetteer row (whose matches open on a capital) finds it.
_EURO_AREA = re.compile(r"(?<![\w-])[Ee]uro(?:zone|[ \t](?:zone|area))(?![\w-])")
_EURO = Place("Euro area", "area", "", "", 0, 1)


def euro_area(text: str) -> list[tuple[int, int, Place]]:
    """(start, end, place) of each name of the euro area."""
    found = []
    at = text.find("uro")  # a plain search: the pattern would be tried at every position of a long text
    while at != -1:
        if at and (m := _EURO_AREA.match(text, at - 1)):
            found.append((m.start(), m.end(), _EURO))
        at = text.find("uro", at + 3)
    return found
