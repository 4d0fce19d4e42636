"""Two numbers joined by ``to``: a change (two figures) or a range (one), and ranges written with a unit on both ends.

``rose from 20 to 30`` and ``down by 30 to 126`` are changes: the old level or the step, then the new level, each
a figure. ``rise by 10 to 20 percent`` is a range of the step (its ends are close); ``80% to 90%``, ``between 5%
and 10%`` and ``10%-15%`` are ranges written with the percent sign on both ends: one figure, valued at the lower
bound, unless a change word stands before them (``rose from 5% to 7%``, ``rose 5% to 7%``).
"""

from __future__ import annotations

import re

from newsmark.core.suggest.figurenumbers import amount_value
from newsmark.core.suggest.suggestion import Suggestion

_VERBS = (r"\b(?:rose|risen|rise|rising|rises|fell|fallen|fall|falls|falling|increased?|increases|increasing|"
          r"decreased?|decreases|dropped|drops?|climbed|climbs?|jumped|jumps?|grew|grown|grows?|growing|cut|"
          r"cuts|reduced?|raised?|raises|declined?|declines|surged?|soared?|plunged?|slipped|slips?|changed?|"
          r"lowered|doubled|tripled|went|gone|up|down|shrank|shrunk|swelled|widened|narrowed|revised|"
          r"moved|increase|decrease|rise|reduction|gained?|gains|lost|lose|loses|added?|adds|trimmed|slashed|boosted|lifted|lifts?|hiked|hikes?|jumping)\b")
# "rose from 20 to 30": two figures, the old and the new; "from 20 to 30 people came" is one range.
_CHANGE_FROM = re.compile(rf"{_VERBS}(?:\s+[\w,’'-]+){{0,4}}?\s+from\s+$", re.IGNORECASE)
# "down by 30 to 126", "cut its order by about 30 to 126": the step, then the new level.
_CHANGE_BY = re.compile(rf"{_VERBS}(?:\s+[\w,’'-]+){{0,3}}?\s+by\s+(?:(?:about|around|some|nearly|almost|roughly|just|only|"
                        rf"over|more\s+than|less\s+than)\s+)?$", re.IGNORECASE)
# A change word just before a pair of percentages: "rose 5% to 7%", "up from 5% to 7%".
_CHANGE_NEAR = re.compile(rf"(?:{_VERBS}|\bfrom|\bby)(?:\s+[\w,’'-]+){{0,2}}?\s+$", re.IGNORECASE)
# A change word, then at most two words, right before the pair: "crude rose $1.64 to $47.10", "lifted rates 0.25% to 5.5%".
_CHANGE_RIGHT_BEFORE = re.compile(rf"{_VERBS}(?:\s+[a-z][\w’'-]*){{0,2}}?\s+$", re.IGNORECASE)
# A year after a word of time is when, never a range's low end: "jumping by 21.1% during 2004 to 136,000".
_YEAR_BEFORE = re.compile(r"\b(?:in|during|since|by|for|of|through|throughout)\s+$", re.IGNORECASE)
_PERCENT_JOINT = re.compile(r"\s*(?:–|—|-|to)\s*|\s+and\s+")
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def is_change(text: str, m: re.Match) -> bool:
    """True when the ``X to Y`` matched by ``m`` is a change (two figures), not a range."""
    before = text[max(0, m.start() - 40):m.start()]
    if _CHANGE_FROM.search(before):
        return True
    low, high = amount_value(m.group("low")), amount_value(m.group("high"))
    if re.fullmatch(r"(?:19|20)\d\d", m.group("low")) and _YEAR_BEFORE.search(before):
        return True  # the year, then the new level: two numbers, no range
    if low is not None and high is not None and 0 < low and high > 10 * low and _CHANGE_RIGHT_BEFORE.search(before):
        return True  # "rose $1.64 to $47.10": the step, then the new level (a range's ends are close)
    if not _CHANGE_BY.search(before) or m.group("percent"):
        return False  # "rose by 10 to 20 percent": one unit for both, a range of the step
    # A range's ends are close ("by 10 to 20"); the new level is far from the step ("by 30 to 126") or below it.
    return low is not None and high is not None and (high < low or high > 2.5 * low)


def percent_ranges(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """``found`` with ``80% to 90%`` (two percentages joined as a range) made one figure over both."""
    out: list[Suggestion] = []
    i = 0
    while i < len(found):
        low = found[i]
        high = found[i + 1] if i + 1 < len(found) else None
        if high is not None and _percent_range(text, low, high):
            out.append(low._replace(end=high.end))  # valued at the lower bound, as ``low`` already is
            i += 2
            continue
        out.append(low)
        i += 1
    return out


def _percent_range(text: str, low: Suggestion, high: Suggestion) -> bool:
    """True when two percentages next to each other are one range's ends."""
    if low.attributes.get("unit") != "%" or high.attributes.get("unit") != "%":
        return False
    joint = text[low.end:high.start]
    if text[high.start:high.start + 1] == "-" and low.end == high.start:
        joint = "-"  # "10%-15%": the dash was read as a minus
    elif not _PERCENT_JOINT.fullmatch(joint):
        return False
    if "and" in joint and not _BETWEEN.search(text, max(0, low.start - 10), low.start):
        return False  # "5% and 10%" is a range only after "between"
    if _CHANGE_NEAR.search(text, max(0, low.start - 40), low.start):
        return False  # "rose from 5% to 7%": the old level and the new
    low_value = low.attributes["value"]
    high_value = -high.attributes["value"] if joint == "-" and text[high.start] == "-" else high.attributes["value"]
    return isinstance(low_value, (int, float)) and isinstance(high_value, (int, float)) and 0 <= low_value < high_value
