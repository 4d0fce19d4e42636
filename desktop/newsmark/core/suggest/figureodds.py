"""Betting odds and tie-break scores written with a slash: each of their numbers is a figure, as the gold sets read
a score ("6-1") or odds with a hyphen ("2-1 favourite").

``7/4`` after ``favourite … at`` is odds of seven to four: two figures, 7 and 4, with unit ``odds``; the number
pattern reads a slash between numbers as a fraction or a date and leaves it out. A tie-break in brackets after a set's
score (``7-6 (7/5)``) is two points scores. Odds with a hyphen (``2-1 favourite``), which the number pattern reads as
a score, take the unit ``odds`` where the sentence speaks of betting.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.suggestion import Suggestion

NAME = "figures"

# Matched at each slash (found by a plain scan): the numbers either side of it.
_SLASHED = re.compile(r"(?<![\w/.,])(\d{1,3})/(\d{1,3})(?![\w/]|[.,]\d)")
_HYPHENED = re.compile(r"\d{1,3}-\d{1,3}")  # two figures either side of a hyphen, whole
_TIE_BREAK = re.compile(r"\d{1,2}-\d{1,2}[ \t]+\((\d{1,2})/(\d{1,2})\)")
# Words of betting near the odds: "odds of 1/4", "favourite at 7/4", "the bookmaker", "punters".
_BETTING = re.compile(r"\b(?:odds|favourites?|bookmakers?|bookies|betting|bets?|punters|outsiders?|William[ \t]+Hill|"
                      r"Ladbrokes|Coral|Paddy[ \t]+Power)\b")
_REACH = 120  # how far from the odds a word of betting is looked for, within the paragraph


def _betting_near(text: str, start: int, end: int) -> bool:
    """Whether a word of betting stands within ``_REACH`` of ``start``–``end`` in its paragraph."""
    first = max(start - _REACH, text.rfind("\n", 0, start) + 1)
    last = text.find("\n", end)
    return _BETTING.search(text, first, min(end + _REACH, last if last != -1 else len(text))) is not None


def odds_figures(text: str) -> list[Suggestion]:
    """The numbers of slashed odds and tie-breaks in ``text`` as figures, in text order."""
    found = []
    slash = text.find("/")
    while slash != -1:
        m = _SLASHED.match(text, max(0, slash - 3)) or _SLASHED.match(text, max(0, slash - 2)) or _SLASHED.match(text, slash - 1)
        if m and m.end(1) == slash:
            tie = _TIE_BREAK.search(text, max(0, m.start() - 12), m.end() + 1)
            if tie and tie.start(1) == m.start(1):  # "7-6 (7/5)": a tie-break's points
                found += [Suggestion("figure", tie.start(k), tie.end(k), {"value": int(tie.group(k)), "unit": ""}, 0.7, NAME)
                          for k in (1, 2)]
            elif _betting_near(text, m.start(), m.end()):
                found += [Suggestion("figure", m.start(k), m.end(k), {"value": int(m.group(k)), "unit": "odds"}, 0.7, NAME)
                          for k in (1, 2)]
        slash = text.find("/", slash + 1)
    return found


def with_odds_units(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """``found`` with the unit ``odds`` on both numbers of hyphened odds near words of betting ("2-1 favourite")."""
    out = list(found)
    for k in range(len(found) - 1):
        first, second = found[k], found[k + 1]
        if (second.start == first.end + 1 and text[first.end] == "-" and _HYPHENED.fullmatch(text, first.start, second.end)
                and _betting_near(text, first.start, second.end)):
            for j in (k, k + 1):
                out[j] = out[j]._replace(attributes={**out[j].attributes, "unit": "odds"})
    return out
