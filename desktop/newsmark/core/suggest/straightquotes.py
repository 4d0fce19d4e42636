"""Quotations between straight single marks (``'…'``): where one opens and where it closes, apostrophes aside.

British and tabloid pages, headlines and crossheads set quotations in straight single marks
(``Grace 'insisting he finishes his term'``, a crosshead ``'Pointless and counterproductive'``). The same
character is the apostrophe, so a mark opens a quotation only before a word and after no letter (not ``don't``,
``O'Neill``), and not as an elision (``'90s``, ``'em``, ``rock 'n' roll``); it closes after a word and before no
letter (not ``don't``), within the paragraph. A plural possessive (``the players' union``) closes nothing
when a later mark in the paragraph can.
"""

from __future__ import annotations

import re

# An elision or a year a straight mark writes, not an opening: "'Cause", "'em", "'til", "'n'", "'90s".
_ELISION = re.compile(r"'(?:cause|cos|coz|em|til|tis|twas|n|bout|round|nuff|kay|ello|ere|ave|\d\d(?:s|\b))(?![\w])",
                      re.IGNORECASE)
_LONGEST = 3000  # characters a straight-quoted passage runs, at most: it closes within its paragraph


def _closes(text: str, k: int) -> bool:
    """Whether the straight mark at ``k`` can close a quotation: after a word or stop, before no letter."""
    return bool(text[k - 1:k].strip()) and not text[k + 1:k + 2].isalnum()


def _possessive(text: str, k: int) -> bool:
    """Whether the mark at ``k`` reads as a plural possessive: ``players' union`` (a lower-case noun follows)."""
    return text[k - 1:k] == "s" and text[k + 1:k + 2] == " " and text[k + 2:k + 3].islower()


def straight_close(text: str, at: int) -> tuple[int, int] | None:
    """(content end, index after the closing mark) of a quotation opened by the straight single mark at ``at``,
    or None where the mark is an apostrophe or nothing closes it in its paragraph."""
    if at and (text[at - 1].isalnum() or text[at - 1] in "'’"):
        return None
    if not text[at + 1:at + 2].isalnum() or _ELISION.match(text, at):
        return None
    stop = text.find("\n\n", at, at + _LONGEST)
    stop = min(len(text), at + _LONGEST) if stop == -1 else stop
    k = text.find("'", at + 1, stop)
    possessive = -1  # the first plural possessive met: closes when no later mark does
    while k != -1:
        if _closes(text, k):
            if not _possessive(text, k):
                return k, k + 1
            possessive = k if possessive == -1 else possessive
        k = text.find("'", k + 1, stop)
    return (possessive, possessive + 1) if possessive != -1 else None


# Two apostrophes typed for each double mark (``''We gave him a chance,'' said the coach``), as some converted pages
# have them: a pair opens before a word and after no letter.
_DOUBLED_OPEN = re.compile(r"(?<![\w'])''(?=[\w‘\"(])")


def doubled_marks(text: str) -> str:
    """``text`` with each quotation set in doubled apostrophes marked by a straight double mark instead, offsets kept:
    the opening pair becomes ``␣"``, the closing pair (after a word) ``"␣``. A pair after a space that opens words
    reopens the mark for the next paragraph's words run into the line (``…received. ''It's …``): it opens the next
    quotation, and the one before ends unclosed at its sentence's end."""
    if "''" not in text:
        return text
    chars, i = None, 0
    while (m := _DOUBLED_OPEN.search(text, i)) is not None:
        at = m.start()
        brk = text.find("\n\n", at)
        limit = brk if brk != -1 else min(len(text), at + _LONGEST)
        k = text.find("''", at + 2, limit)
        while k != -1 and text[k - 1].isspace() and not _DOUBLED_OPEN.match(text, k):
            k = text.find("''", k + 2, limit)  # a stray pair after a space, opening nothing
        chars = chars if chars is not None else list(text)
        chars[at:at + 2] = ' "'
        if k != -1 and not text[k - 1].isspace():
            chars[k:k + 2] = '" '
            i = k + 2
        else:
            i = k if k != -1 else at + 2  # reopened (or never closed): the next pair opens the next quotation
    return "".join(chars) if chars is not None else text
