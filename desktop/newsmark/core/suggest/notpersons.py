"""Capitalised phrases that are no person's name: a region or country, an event, a place of a kind, a headline's clause.

A scan for names reads any run of capitals; news also capitalises regions ("the Middle East solution"), events
("at its annual Camp Acme event", "during the Leaders Debate"), camps, forts and lakes, and every word of a
title-case headline ("Minister Dodges Criticism During Debate"). ``not_a_person`` says which of these a
candidate name is, so no speaker is resolved to it and no sentence is taken to be about it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from newsmark.core.suggest.gazetteer import builtin_gazetteer, name_key
from newsmark.core.suggest.givennames import given_gender

# Kinds of place a name of two words or more means whole; cities are left out ("White House" is a city's alias).
_REALMS = frozenset("area continent region country".split())
# Last words of an event's name ("Leaders Debate", "Climate Summit", "Davis Cup"): no surname is one of them.
_EVENT_ENDS = frozenset("debate debates summit festival fest expo olympics paralympics games championship championships "
                        "tournament marathon awards gala cup act".split())  # not "convention": a party's is a body too;
# "act": a law ("the 1989 Children Act"), whose last word no "Save the Children" makes anyone's surname
# First words of a kind of place named after someone or something ("Camp David", "Fort Worth", "Lake Placid").
_PLACE_OPENERS = frozenset("camp fort lake mount mt mt. cape stade estadio stadio".split())
# Prepositions a title-case headline capitalises ("… Criticism During Debate"); no name holds one.
_HEADLINE_PREPOSITIONS = frozenset("During Amid Despite Against Following Into Toward Towards Ahead After Before".split())
# Words naming a street; a person's surname may be one ("Picabo Street"), never a word before the surname.
_STREET_WORDS = frozenset("street road avenue boulevard square highway".split())
# A day after a name is when, not who: "in eastern Oklahoma Friday morning".
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())


@lru_cache(maxsize=4096)
def not_a_person(words: tuple[str, ...]) -> bool:
    """Whether a candidate name's words (two or more, capitalised) name a region, an event, a place of a kind or a
    headline's clause rather than a person."""
    if len(words) < 2:
        return False
    if words[-1].lower() in _EVENT_ENDS or words[0].lower() in _PLACE_OPENERS:
        return True
    if headline_clause(words) or any(w.lower() in _STREET_WORDS for w in words[:-1]):
        return True  # "Solar Street Lighting", "Main Street Bakery": a street inside a name makes it no person's
    place = builtin_gazetteer().get(name_key(" ".join(words)))
    return place is not None and place.kind in _REALMS


def headline_clause(words: tuple[str, ...] | list[str]) -> bool:
    """Whether capitalised words hold a preposition after their first, as a title-case headline's do."""
    return any(w in _HEADLINE_PREPOSITIONS for w in words[1:])


def without_weekday(words: list[str]) -> list[str]:
    """A name's words without a weekday run on after them ("Oklahoma Friday" → "Oklahoma"; "X on Friday" stays a phrase);
    after a given name alone the day is a surname ("coach Mike Friday")."""
    if len(words) == 2 and given_gender(" ".join(words)):
        return words
    return words[:-1] if len(words) >= 2 and words[-1] in WEEKDAYS and words[-2][:1].isupper() else words


# Words that put a country or region where something happens or is acted on: "in Israel", "from Georgia", "against Chad".
_WHERE_BEFORE = re.compile(r"(?<![\w'’-])(?:in|from|into|across|throughout|inside|within|outside|against|on|by|between|towards?)[ \t]+\Z")


def place_alone(word: str, text: str) -> bool:
    """Whether one capitalised word is a country or region that ``text`` writes as a place ("in Israel"): alone as a
    subject ("Israel argued") it is that country, not a person it is the given name of ("Israel Katz")."""
    place = builtin_gazetteer().get(name_key(word)) if word[:1].isupper() and " " not in word else None
    if place is None or place.kind not in _REALMS:
        return False
    # The word first (a literal the engine jumps to), what stands before it after: fast on long texts.
    return any(_WHERE_BEFORE.search(text, max(0, m.start() - 12), m.start())
               for m in islice(re.finditer(re.escape(word) + r"(?![\w'’-])", text), 200))

