"""A body's name with "and" inside ("Department of Health and Human Services"): one name, not two.

A scan for capitalised runs stops at the small word "and", so "the Bureau of Fisheries and Aquatic Resources said"
reads as "Aquatic Resources", and "the bureau" as "Bureau of Fisheries". When the run before "and" is a body's
name with "of"/"for" ("Bureau of Fisheries") and the capitalised words after it name nothing else in the story,
the two are the one body's name.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.partitives import singular
from newsmark.core.suggest.speakers import OPENERS, is_organisation

_CAPS = r"[A-Z][\w'’.-]*"
# The head of a body's name, then "of"/"for" and up to three capitalised words: "Philippine Bureau of Fisheries".
_BODY = r"((?:" + _CAPS + r"[ \t]+)+)(?:of|for|on)[ \t]+(?:the[ \t]+)?(?:" + _CAPS + r"[ \t]+){0,2}" + _CAPS
_BEFORE = name_pattern(r"(?<![\w'’.-])" + _BODY + r"[ \t]+and[ \t]+\Z")
_AFTER = name_pattern(r"[ \t]+and[ \t]+(" + _CAPS + r"(?:[ \t]+" + _CAPS + r"){0,2})(?![\w'’-]|[ \t]+[A-Z])")
_WINDOW = 400


def _body_head(head: str) -> bool:
    """Whether the words before a name's "of" end as a body's do ("Philippine Bureau", "Centers")."""
    last = head.split()[-1]
    return is_organisation(last) or is_organisation(singular(last))


def _alone(text: str, piece: str) -> bool:
    """Whether ``text`` also writes ``piece`` other than after "and ": a name of its own ("… and Ana Ruiz" after "Ana Ruiz, 41")."""
    return any(text[max(0, m.start() - 4):m.start()] != "and "
               for m in name_pattern(r"(?<![\w'’-])" + re.escape(piece) + r"(?![\w'’-])").finditer(text))


def _without_openers(words: list[str]) -> list[str]:
    """``words`` without the sentence openers and article they start with ("The Bureau of …")."""
    while words and words[0].lower() in OPENERS:
        words = words[1:]
    return words


def body_with_and(text: str, who: str, at: int) -> str:
    """The body's whole name ``who`` (near offset ``at``) is one half of, joined by "and", or ``""``."""
    if not who[:1].isupper() or not all(w[:1].isupper() or w in {"of", "for", "on", "the"} for w in who.split()):
        return ""
    lo, hi = max(0, at - _WINDOW), at + _WINDOW
    if text.find("and " + who, lo, hi) != -1:  # "… Fisheries and Aquatic Resources": who is the part after "and"
        for m in name_pattern(r"(?<![\w'’-])and[ \t]+" + re.escape(who) + r"(?![\w'’-])").finditer(text, lo, hi):
            body = _BEFORE.search(text, max(0, m.start() - 100), m.start() + 4)
            if body and _body_head(body.group(1)) and not _alone(text[lo:hi], who):
                return " ".join(_without_openers(body.group().split()) + who.split())
    if " of " in who or " for " in who:  # "Bureau of Fisheries" and what follows it
        for m in name_pattern(r"(?<![\w'’-])" + re.escape(who)).finditer(text, lo, hi):
            tail = _AFTER.match(text, m.end())
            words = who.split()
            head = words[:next(k for k, w in enumerate(words) if w in {"of", "for", "on"})] if len(words) > 2 else []
            if tail and head and _body_head(" ".join(head)) and not _alone(text[lo:hi], tail.group(1)):
                return who + " and " + tail.group(1)
    return ""
