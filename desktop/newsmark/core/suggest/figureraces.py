"""Figures of sports reports the number pattern leaves out: a race time (``8:41.43``, ``2:05:15``), a relay's
distance (``4x100m``: 400 metres) and a count of titles won at once (``double Olympic champion``, ``completing her
double``).

A time with hundredths or with hours, minutes and seconds is how long a race took, never a time of day: a figure
valued in seconds. ``double``/``treble``/``triple`` before a title, a medal or a champion, or as the noun a
possessive owns, counts the titles (2, 3; unit ``times``); ``double the size`` is a multiplier, found elsewhere.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.suggestion import Suggestion

NAME = "figures"

# "8:41.43", "59.9" is plain; "2:05:15" (hours); not "10:30" (a time of day) nor "1:2" (a ratio).
_RACE_TIME = re.compile(r"(?<![\w:.,])(?:(?P<h>\d):(?P<hm>[0-5]\d):(?P<hs>[0-5]\d(?:\.\d{1,3})?)|"
                        r"(?P<m>\d{1,2}):(?P<s>[0-5]\d\.\d{1,3}))(?![\w:]|\.\d)")
_TITLES = (r"(?:Olympic|world|World|European|Commonwealth|Grand[ \t]+Slam|Wimbledon|champions?|gold|golds|title|titles|"
           r"medallist|medalist|medal|medals|winner|winners|crown|crowns)\b")
# The digit before its look-behind: re jumps to the digits instead of trying the look-behind at every offset.
_RELAY = re.compile(r"([2-4])(?<![\w.][2-4])[ \t]?x[ \t]?(100|200|400|800|1500)m(?![\w])")
_COUNT = {"double": 2, "treble": 3, "triple": 3}
# "double Olympic champion", "a double world champion"; "her double", "his golden double", "the double in Athens".
_TITLE_COUNT = re.compile(r"(?<![\w'’-])(?P<word>[Dd]ouble|[Tt]reble|[Tt]riple)(?![\w-])(?=[ \t]+" + _TITLES + r")"
                          r"|\b(?:her|his|their|golden|Olympic)[ \t](?P<owned>double|treble)(?=[ \t]*(?:[.,;]|in\b|at\b|of\b))")


def race_figures(text: str) -> list[Suggestion]:
    """The race times and counts of titles in ``text``, in text order."""
    found = []
    if ":" in text:
        for m in _RACE_TIME.finditer(text):
            if m.group("h"):
                value = int(m.group("h")) * 3600 + int(m.group("hm")) * 60 + float(m.group("hs"))
            else:
                value = int(m.group("m")) * 60 + float(m.group("s"))
            value = round(value, 3)
            found.append(Suggestion("figure", m.start(), m.end(),
                                    {"value": int(value) if value.is_integer() else value, "unit": "seconds"}, 0.8, NAME))
    if "x" in text:
        for m in _RELAY.finditer(text):  # "the 4x100m relay": four legs of 100 metres
            found.append(Suggestion("figure", m.start(), m.end(),
                                    {"value": int(m.group(1)) * int(m.group(2)), "unit": "m"}, 0.8, NAME))
    if "ouble" in text or "reble" in text or "riple" in text:
        for m in _TITLE_COUNT.finditer(text):
            group = "word" if m.group("word") else "owned"
            found.append(Suggestion("figure", m.start(group), m.end(group),
                                    {"value": _COUNT[m.group(group).lower()], "unit": "times"}, 0.7, NAME))
    return sorted(found, key=lambda s: s.start)
