"""Figures the number pattern leaves out by their shape: an age by its decade (``in her 20s``), an age group (``the
over-65s``, ``under-18s``), a quake's magnitude written with a hyphen (``a magnitude-5.8 quake``).

``20s`` alone is a decade of years (``the 20s``, ``the 1920s``) and stays out; after a possessive (``her``, ``their``,
``his mid-``) it is a person's age, a figure valued at the decade's start with the unit ``years`` (spelt out too: ``his
mid-thirties``), and so are the
decades listed after it (``in their 30s, 40s and 50s``). After ``over`` or ``under`` two digits and an ``s`` are the age
that bounds a group (``the over-65s``, ``millions of under-18s``), the unit ``years``. ``magnitude-5.8``
is the figure ``5.8`` with the unit ``magnitude``; the hyphen otherwise keeps a number from opening a figure (``COVID-19``).
"""

from __future__ import annotations

import re

from newsmark.core.suggest.suggestion import Suggestion

NAME = "figures"

_DECADE = re.compile(r"\d0s(?![\w'’-])")
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w'’-])(?:[Hh]er|[Hh]is|[Tt]heir|[Mm]y|[Yy]our|[Oo]ur)\s+(?:(?:early|mid|late)[- ])?\Z")
_LISTED_DECADE = re.compile(r"(?:,\s*|,?\s+(?:and|or|to)\s+)(\d0s)(?![\w'’-])")  # "their 30s, 40s and 50s"
_AGE_GROUP = re.compile(r"(?<![\w'’-])(?:[Oo]ver|[Uu]nder)[- ](\d\d)s(?![\w'’-])")  # "the over-65s", "under-18s"
_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
                 "eighties": 80, "nineties": 90}
_MAGNITUDE = re.compile(r"(?<![\w-])[Mm]agnitude-(\d(?:\.\d+)?)(?![\w.]*\d)")


def shaped_figures(text: str) -> list[Suggestion]:
    """The ages by decade and hyphenated magnitudes in ``text``, in text order."""
    found = []
    at = text.find("0s")  # a plain search: a digit class makes the engine try every position of a long text
    while at != -1:
        start = at - 1
        m = _DECADE.match(text, start) if start >= 0 else None
        if m and not (start and text[start - 1].isdigit()):  # not "the 1920s": a decade of years
            if _POSSESSIVE_BEFORE.search(text, max(0, start - 16), start):
                found.append(Suggestion("figure", start, m.end(), {"value": int(text[start:m.end() - 1]), "unit": "years"},
                                        0.8, NAME))
                while listed := _LISTED_DECADE.match(text, found[-1].end):
                    a, b = listed.span(1)
                    found.append(Suggestion("figure", a, b, {"value": int(text[a:b - 1]), "unit": "years"}, 0.8, NAME))
                at = found[-1].end - 2  # the listed decades are read: the search goes on after them
        at = text.find("0s", at + 2)
    for word, value in _DECADE_WORDS.items():  # "his mid-thirties": the decade spelt out, after a possessive as above
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            if (not text[end:end + 1].isalnum() and not text[at - 1:at].isalnum()
                    and _POSSESSIVE_BEFORE.search(text, max(0, at - 16), at)):
                found.append(Suggestion("figure", at, end, {"value": value, "unit": "years"}, 0.8, NAME))
            at = text.find(word, end)
    for word in ("ver", "nder"):  # "over"/"Over", "under"/"Under": a plain search for what follows the capital
        at = text.find(word, 1)
        while at != -1:
            m = _AGE_GROUP.match(text, at - 1)
            if m:
                found.append(Suggestion("figure", m.start(1), m.end(), {"value": int(m.group(1)), "unit": "years"}, 0.8, NAME))
            at = text.find(word, at + len(word))
    at = text.find("agnitude-")
    while at > 0:
        m = _MAGNITUDE.match(text, at - 1)
        if m:
            value = float(m.group(1))
            found.append(Suggestion("figure", m.start(1), m.end(1),
                                    {"value": int(value) if value.is_integer() else value, "unit": "magnitude"}, 0.9, NAME))
        at = text.find("agnitude-", at + 9)
    return sorted(found, key=lambda s: s.start)
