"""A name written another way than in full: a nickname in marks between given name and surname, a surname a letter
off the one the text gives in full, an office qualified into another one.

'Jimmy "the Whirlwind " White … Mr White said' is Jimmy White; 'Ms Chada said' after 'Monica Chadha, BBC Delhi
reporter' is Monica Chadha (a writer's slip); "the Foreign Secretary" is not the "Shadow foreign secretary" named before.
"""

from __future__ import annotations

import re
from itertools import islice

from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.speakers import is_organisation

_LOOK = 50  # a surname's occurrences looked at, as the speaker index looks at a name's
# A given name, a nickname in marks and the space before the surname: 'Jimmy "the Whirlwind " White'.
_NICKNAME_BEFORE = name_pattern(r"(?<![\w'’-])([A-Z][a-z][\w'’-]*)[ \t]+(?P<nick>[\"“‘'](?P<the>the[ \t]+)?[A-Z][\w.-]*"
                                r"(?P<more>(?:[ \t]+[A-Z][\w.-]*){0,2})[ \t]*[\"”’'])[ \t]+\Z")
_CAPITALISED = re.compile(r"[A-Z][a-z]{3,}")
# Words before a role that make it another office: "shadow foreign secretary" is not "the foreign secretary".
OTHER_OFFICE = frozenset("shadow deputy vice assistant former".split())


def nicknamed(text: str, surname: str) -> str:
    """The given name and ``surname`` of a person the text names with a nickname in marks between them, or ``""``.

    A nickname of one word is part of the name as written ("Ahmed 'Mido' Hossam", "Brian 'Head' Welch"); an
    epithet is not ('Jimmy "the Whirlwind " White' is Jimmy White)."""
    for m in islice(re.finditer(re.escape(surname) + r"(?![\w'’-])", text), _LOOK):  # the literal first: a fast scan
        nick = _NICKNAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if nick and not is_organisation(nick.group(1)):
            if nick.group("the") or nick.group("more"):
                return f"{nick.group(1)} {surname}"
            return f"{nick.group(1)} {nick.group('nick')} {surname}"
    return ""


def capitalised_words(text: str) -> frozenset[str]:
    """Each capitalised word of four letters or more that ``text`` writes, once: a few thousand at most."""
    return frozenset(_CAPITALISED.findall(text))


def _without_a_letter(longer: str, shorter: str) -> bool:
    """Whether ``shorter`` is ``longer`` without one letter after its first."""
    return any(longer[:i] + longer[i + 1:] == shorter for i in range(1, len(longer)))


def _swapped(word: str, other: str) -> bool:
    """Whether ``other`` is ``word`` with two neighbouring letters after its first swapped ("Montieth", "Monteith")."""
    differ = [i for i in range(1, len(word)) if word[i] != other[i]]
    return (len(differ) == 2 and differ[1] == differ[0] + 1
            and word[differ[0]] == other[differ[1]] and word[differ[1]] == other[differ[0]])


def letter_apart(surname: str, words: frozenset[str]) -> list[str]:
    """The ``words`` that are ``surname`` with one letter more or less after its first ("Chadha" for "Chada"), or two
    neighbouring letters swapped ("Monteith" for "Montieth")."""
    return [w for w in words if w[0] == surname[0] and (  # the first letter kept: "Chada" is no "Hada"
        _without_a_letter(w, surname) if len(w) == len(surname) + 1
        else _swapped(w, surname) if len(w) == len(surname)
        else len(w) == len(surname) - 1 and _without_a_letter(surname, w))]
