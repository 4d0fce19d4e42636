"""The body an organisation's noun stands for ("the bank said" → the bank the story described as one).

News names a body once with the noun it is ("investment banking giant Acme Sachs", "Acme Sachs, the investment
bank,", "the lender Acme Capital") and then writes "the bank said". The body's name is the speaker, the last one
the text described with that noun before the quote; no name is guessed when it described none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.sourcewords import CALENDAR

_NOT_NAMES = CALENDAR | {"The", "A", "An", "May", "Today", "Yesterday", "In", "On", "At"}  # "the bank Monday said"

# Nouns for a kind of body that news writes "the … said" with; each found by its stem ("bank" in "banking").
_BODY_NOUNS = frozenset("bank lender insurer firm company carmaker automaker airline retailer broker brokerage "
                        "agency regulator charity network broadcaster publisher startup manufacturer".split())
_NAME = r"(?P<name>(?:[A-Z][\w'’&.-]*[ \t]+(?:(?:of|for|and|&)[ \t]+)?){0,4}[A-Z][\w'’&-]*)"
_REACH = 4000


@lru_cache(maxsize=64)
def _described(noun: str) -> re.Pattern:
    """The noun (or its stem's word) just before a name ("banking giant Acme Sachs", "the lender Acme Capital"),
    or after it in apposition ("Acme Sachs, the investment bank,")."""
    stem = re.escape(noun[:-1] if noun.endswith("y") else noun)  # "agency" → "agenc": "agencies"
    return name_pattern(r"(?<![\w-])" + stem + r"[a-z]*(?:[ \t]+(?:giant|group|house|firm|titan|major|behemoth))?[ \t]+"
                        + _NAME + r"(?![\w'’&-])"
                        r"|(?<![\w'’&.-])" + _NAME.replace("name", "apposed") + r",[ \t]+(?:the|an?)[ \t]+"
                        r"(?:[\w-]+[ \t]+){0,3}" + stem + r"[a-z]*[,.]")


def described_body(text: str, phrase: str, at: int) -> str:
    """The name of the body "the <noun>" (``phrase``) stands for at ``at``: the last one the text described with that
    noun before, or ``""``."""
    words = phrase.split()
    if len(words) != 2 or words[0].lower() != "the" or words[1] not in _BODY_NOUNS:
        return ""
    found = ""
    for m in _described(words[1]).finditer(text, max(0, at - _REACH), at):
        name = m.group("name") or m.group("apposed")
        if name and name.split()[0] not in _NOT_NAMES:
            found = name
    return found
