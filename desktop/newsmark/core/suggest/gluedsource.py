"""A person's surname run into the outlet or body before it: "Speaking to the Daily Mail Lacerda claimed: …".

Copy that drops a comma ("told the Daily Mail Lacerda said", "to the Acme Group Ruiz added") leaves one capitalised
run after "the" that an attribution reads as a single name. No person's name follows a lower-case "the", so such a
run names a thing; when its last word is the surname of someone the article names in full elsewhere (with a given
name that is not in the run), that surname is the speaker and the words before it are the outlet or body.
"""

from __future__ import annotations

import re
from itertools import islice

from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.speakers import is_organisation, is_role

# How far before the quote the run may stand (the attribution's sentence).
_WINDOW = 400
_WORD_CHAR = re.compile(r"[\w'’-]")
_GIVEN_BEFORE = name_pattern(r"(?<![\w'’.-])([A-Z][a-z][\w'’-]*)[ \t]+\Z")
# A capitalised word that opens a sentence, never a given name ("Meanwhile Lacerda").
_NOT_GIVEN = frozenset("The A An But And In On At As When While After Before If Then So Yet Meanwhile However".split())


def glued_surname(text: str, who: str, at: int, after: int) -> str:
    """The surname ending ``who`` when ``who`` follows a lower-case "the" near the quote at ``at`` and the
    article names that surname's bearer in full elsewhere, else ``""``."""
    words = who.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or is_organisation(who) or any(is_role(w) for w in words):
        return ""
    surname = words[-1]
    if not re.fullmatch(r"[A-Z][a-z][\w'’-]*", surname):
        return ""
    lo, hi = max(0, at - _WINDOW), min(len(text), after + _WINDOW)
    k = text.find("the " + who, lo, hi)  # a plain find: this runs for every named attribution
    while k != -1 and not _words_at(text, k, 4 + len(who)):
        k = text.find("the " + who, k + 1, hi)
    if k == -1:
        return ""  # no "the" before the run: it may well be a person's full name
    if any(k < 4 or text[k - 4:k] != "the " for k in _spots(text, who)):
        return ""  # the run stands elsewhere with no "the" before it: a person's name ("the Ana Ruiz campaign")
    # The surname first, the word before it after: the engine jumps to the surname's letters on a long text.
    full = re.compile(re.escape(surname) + r"(?![\w'’-])")
    for m in islice(full.finditer(text), 50):
        before = _GIVEN_BEFORE.search(text, max(0, m.start() - 30), m.start())
        given = before.group(1) if before else ""
        if given and given not in words and given not in _NOT_GIVEN and not is_role(given):
            return surname  # "Marina Lacerda" named elsewhere: "Daily Mail Lacerda" is Lacerda
    return ""


def _words_at(text: str, k: int, length: int) -> bool:
    """Whether the ``length`` characters at ``k`` stand as words of their own (no word character touches either end)."""
    return not ((k and _WORD_CHAR.match(text, k - 1)) or _WORD_CHAR.match(text, k + length))


def _spots(text: str, who: str) -> list[int]:
    """The first offsets where ``who`` stands as words of its own (a plain find: fast on a long text)."""
    spots, k = [], text.find(who)
    while k != -1 and len(spots) < 50:
        if _words_at(text, k, len(who)):
            spots.append(k)
        k = text.find(who, k + 1)
    return spots
