"""Two numbers written together that are not one range: scores, tallies, records and shooting lines, heights.

A range is written low–high (``10-12``, ``8-to-10``, ``10 or 12``); a score, a vote or a record is written with
the larger number first or names what it counts (``a 106-103 win``, ``a 5-4 vote``, ``a 10-2 verdict``, ``a 5-10
record``), so each of its numbers is a figure. ``0-for-9`` and ``2-of-5`` (made and attempted) and a height
``7-foot-3`` (feet and inches) are two figures as well.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.figurenumbers import amount_value

# Words that make "5-10" a tally, not a range: after it ("a 20-30 loss") or before it ("a record of 5-10").
_TALLY_AFTER = re.compile(r"(?:\s+(?:point|goal|run|home|road|away|overtime|shootout|conference|league|opening|final))?\s+(?:win|wins|victory|victories|loss|losses|defeat|defeats|vote|votes|verdict|"
                          r"decision|ruling|lead|record|score|scoreline|margin|draw|tie|majority|split|advantage|"
                          r"triumph|rout|thrashing|drubbing|upset|series|start|finish|season)\b", re.IGNORECASE)
_TALLY_BEFORE = re.compile(r"\b(?:record|vote|verdict|score|scoreline|majority|margin|went|finished|won|lost|beat|"
                           r"defeated|trailed|trailing|led|leading|leads|tied|drew|voted)(?:\s+(?:of|by|at|a|an|the))*\s+$",
                           re.IGNORECASE)
_DASH = re.compile(r"\s?[-–—]\s?")
_TO = re.compile(r"-to-|\s+to\s+")
# "0-for-9", "3-of-7": made and attempted; "7-foot-3": feet and inches. The second number is a figure of its own.
SECOND_NUMBER = re.compile(r"-(?:for|of|foot|feet)-(?=\d)", re.IGNORECASE)
_HEIGHT_BEFORE = re.compile(r"\d-(?:foot|feet)-$", re.IGNORECASE)
# A set score with another beside it, or its tie-break after it: "6-7 (3-7) 6-3", "3-6 7-6".
_SET_AFTER = re.compile(r"[ \t]+\(?\d{1,2}-\d{1,2}\b")
_SET_BEFORE = re.compile(r"\b\d{1,2}-\d{1,2}\)?[ \t]+\(?\Z")
# "24-7" (all the time) is no figure at all, neither are its numbers.
_IDIOMS = {(24, 7)}


def inches_of_height(text: str, start: int) -> bool:
    """True for the inches of a height written ``7-foot-3``."""
    return _HEIGHT_BEFORE.search(text, max(0, start - 8), start) is not None


def pair_kind(text: str, m: re.Match) -> str:
    """How the two numbers of a matched range read: ``"range"``, ``"tally"`` (two figures) or ``"idiom"`` (none)."""
    low, high = m.group("low"), m.group("high")
    joint = text[m.end("low"):m.start("high")]
    if m.group("sign") or not (low[0].isdigit() and high[0].isdigit()):
        return "range"
    low_value, high_value = amount_value(low), amount_value(high)
    if low_value is None or high_value is None:
        return "range"
    if not _DASH.fullmatch(joint):  # "2-to-1", "the vote was 30 to 20": falling, so no range
        return "tally" if _TO.fullmatch(joint) and low_value > high_value and not m.group("percent") else "range"
    if len(low) == 4 and 1800 <= low_value <= 2099 and len(high) in (2, 4):
        return "range"  # "the 2019-20 season": years, not a score
    if (low_value, high_value) in _IDIOMS:
        return "idiom"
    if m.group("percent") or m.group("glued"):
        return "range"  # "20-30%", "5-10km": one measure's bounds
    if low_value >= high_value:
        return "tally"  # a range runs upward: "106-103", "5-1", "10-2"
    if _TALLY_AFTER.match(text, m.end()) or _TALLY_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return "tally"  # "a 20-30 loss", "a record of 5-10"
    if high_value <= 20 and (_SET_AFTER.match(text, m.end()) or _SET_BEFORE.search(text, max(0, m.start() - 10), m.start())):
        return "tally"  # "6-7 (3-7) 6-3 6-3": a run of set scores and their tie-breaks
    return "range"
