"""Whether the people of one surname in a story are a family: its bare surname then means the principal.

Two strangers sharing a surname ("Chuck Jones" the critic, "Leslie Jones" the actor) are told apart by who was
named last. A family is written differently: the story's principal keeps the bare surname ("Jones says") and
the relatives are named by kinship ("his son Stephen Jones", "Jerry Jones, … Stephen’s father", "the Joneses")
and then by given name ("Jerry said"). So when the namesakes are kin, the bare surname goes to the one the
story names first, not to the relative introduced last — unless that relative was named in full in the
paragraph just before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsmark.core.suggest.namecaps import name_pattern

_KIN = (r"(?:ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|girlfriend|boyfriend|fianc[eé]e?|sons?|daughters?|father|mother|brothers?|sisters?|wife|husband|widow|widower|cousin|uncle|aunt|nephew|"
        r"niece|grandson|granddaughter|grandfather|grandmother|dad|mom|mum|stepson|stepdaughter|stepfather|"
        r"stepmother|twin|parents|siblings|children)")
# "his son Stephen Jones", "father Jerry Jones", "her brother, Dale Ford": a kinship word, then the given names.
_KIN_BEFORE = name_pattern(rf"\b{_KIN},?[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){{1,3}}\Z")
# A sentence opening with a relative named after the kinship word, then its verb: "Mr Eavis' daughter Emily said …",
# "His son, Phil, told …", "Ailes's brother Robert told …". The relative is the subject, not the one whose relative.
_RELATIVE_OPENING = name_pattern(rf"^\s*(?:(?:In|At|On|When|After|Later|Earlier|Meanwhile|But|And)\b[^,\n]{{0,60}},\s*)?"
                                 rf"(?:(?:[A-Z][\w'’.-]*[ \t]+){{0,3}}[A-Z][\w'’.-]*['’]s?|[Hh]is|[Hh]er|[Tt]heir)[ \t]+{_KIN}"
                                 r",?[ \t]+(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2}),?[ \t]+(?=[a-z])")
# A relative named right after whose relative they are: "Sylvester Stallone's ex-wife Brigitte Nielsen nominated".
OWNED_RELATIVE = name_pattern(rf"[ \t]+{_KIN},?[ \t]+(?P<who>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){{0,2}}),?[ \t]+(?=[a-z])")
_KIN_JUST_BEFORE = re.compile(rf"(?<![\w-]){_KIN},?[ \t]+\Z")  # "… daughter Emily said": the word before the name


def kin_word_before(text: str, at: int) -> bool:
    """Whether a kinship word stands right before the name at ``at`` ("Mr Eavis' daughter Emily", "his son, Phil")."""
    return _KIN_JUST_BEFORE.search(text, max(0, at - 24), at) is not None


def relative_opening(sentence: str) -> str:
    """The name of a relative a sentence opens with, named after the kinship word ("Mr Eavis' daughter Emily said"
    → "Emily"), or ``""``."""
    m = _RELATIVE_OPENING.match(sentence)
    return m.group("name") if m else ""


# "Jerry Jones, the club's owner (and Stephen’s father)": whose relative, in the apposition after the name.
_KIN_AFTER = name_pattern(rf"[ \t]*,[^\n.;]{{0,80}}?['’]s[ \t]+{_KIN}\b")


@lru_cache(maxsize=64)
def _family_name(surname: str) -> re.Pattern:
    """The family named as one: "the Joneses", "the Murdochs", "the Jones family"."""
    word = re.escape(surname)
    return re.compile(rf"\b[Tt]he[ \t]+{word}(?:es|s)\b|\b{word}[ \t]+family\b")


def kin(text: str, surname: str, named: list[tuple[int, str]]) -> bool:
    """Whether the people named in full with ``surname`` (``named``: offset of the surname, full name) are one
    family: the story names the family, or names one of them by kinship."""
    return (any(_KIN_BEFORE.search(text, max(0, at - 60), at) or _KIN_AFTER.match(text, at + len(surname))
                for at, _ in named)
            or _family_name(surname).search(text) is not None)


def near_after(text: str, named_at: int, at: int) -> bool:
    """Whether offset ``at`` is in the paragraph of ``named_at`` or the next: a relative just named in full may be
    meant by the bare surname there ("Later Clara Marsh spoke.\n\n"…," Marsh said")."""
    first = text.find("\n\n", named_at, at)
    return first == -1 or text.find("\n\n", first + 2, at) == -1
