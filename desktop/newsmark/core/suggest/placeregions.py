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
_OCEAN = re.compile(r"(?:(?<![\w-])the|[’']s) (?P<name>Pacific|Atlantic)\b(?![-\w’']|\s+[A-Z\d&])")


def bare_oceans(text: str) -> list[tuple[int, int, Place]]:
    """(start, end, place) of each ocean named alone after ``the`` or a possessive: ``the Pacific`` → Pacific Ocean."""
    found = []
    for m in _OCEAN.finditer(text):
        body = _BODY_OF.search(text, max(0, m.start() - 20), m.start())
        if body is None or body.group(1) not in ORG_OF:  # "University of the Pacific": a body's name
            found.append((m.start("name"), m.end(), Place(f"{m.group('name')} Ocean", "area", "", "", 0, 1)))
    return found
