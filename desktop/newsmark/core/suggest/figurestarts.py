"""Where numbers may start in a text, worked out once per text (``pertext``) for the figure suggester's scans.

The figure pattern, case-blind, costs most where it is tried at every word; these lists say where a number may
start, so a scan tries its pattern only there (every offset a number can start at is in them, and a few more).
"""

from __future__ import annotations

import re

from newsmark.core.suggest.asciilower import ascii_lowered
from newsmark.core.suggest.figurenumbers import WORD_NUMBER
from newsmark.core.suggest.pertext import per_text

# A character class first: ``re`` skips to the few characters wanted in C.
_NUMBER_CHAR = re.compile(r"[\d.$€£¥₽₴₹₦₩₪₺₱−-](?<!\w.)")
_WORD_ALTERNATION = rb"(?:minus|negative|" + WORD_NUMBER.encode() + rb")"
# The character before the word first (no word character: the \b before a letter), so ``re`` skips to the few offsets
# after a space or a mark in C; a leading \b gets no such fast path and is tried at every offset. The text's opening
# has no character before it: it is matched on its own.
_NUMBER_WORD = re.compile(rb"\W" + _WORD_ALTERNATION)
_NUMBER_WORD_FIRST = re.compile(_WORD_ALTERNATION)


@per_text
def number_char_starts(text: str) -> list[int]:
    """Every offset of a digit, currency sign, point or minus sign not after a letter or digit, in text order."""
    return [m.start() for m in _NUMBER_CHAR.finditer(text)]


@per_text
def number_word_starts(text: str) -> list[int]:
    """Every offset where a number word, "minus" or "negative" (any case) starts after a word boundary, in text order.

    Scanned as ASCII bytes in lower case (``asciilower``: any other character becomes "?", no word character; the
    few places it stood for a letter before a number word are a boundary here, one more offset).
    """
    lowered = ascii_lowered(text)
    opening = [0] if _NUMBER_WORD_FIRST.match(lowered) else []
    return opening + [m.start() + 1 for m in _NUMBER_WORD.finditer(lowered)]


@per_text
def number_starts(text: str) -> list[int]:
    """Every offset where a number in digits or words may start (not after a letter or digit), in text order."""
    return sorted(number_char_starts(text) + number_word_starts(text))
