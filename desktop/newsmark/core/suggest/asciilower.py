"""The text as ASCII lower-case bytes, worked out once per text (``pertext``): where a word may stand, in any case.

One byte per character, at the character's offset: an ASCII letter in lower case, a non-ASCII letter that ``re``
matches case-blind to an ASCII one (``İ``, ``ı``, ``ſ``, the Kelvin sign) as that letter, any other character as
``?``. So a case-blind pattern that opens with a word of ASCII letters can match only where these bytes hold the
word in lower case, and ``bytes.find`` (in C, far faster than the pattern tried at every offset) says where.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsmark.core.suggest.pertext import per_text

# Every character other than the ASCII letters that ``re`` matches case-blind to an ASCII letter, and that letter.
CASE_BLIND = (("\u0130", "i"), ("\u0131", "i"), ("\u017f", "s"), ("\u212a", "k"))


@per_text
def ascii_lowered(text: str) -> bytes:
    """``text`` as ASCII lower-case bytes, one per character (see the module's docstring)."""
    for letter, ascii_letter in CASE_BLIND:
        text = text.replace(letter, ascii_letter)
    return text.encode("ascii", "replace").lower()


def word_matches(text: str, word: str, pattern: re.Pattern, start: int, end: int) -> Iterator[re.Match]:
    """``pattern.finditer(text, start, end)`` for a case-blind ``pattern`` that opens with ``word`` (ASCII letters):
    tried only where ``ascii_lowered`` holds the word, not at every offset."""
    if not (word.isascii() and word.isalpha()):
        yield from pattern.finditer(text, start, end)
        return
    lowered, key = ascii_lowered(text), word.lower().encode("ascii")
    at = lowered.find(key, start, end)
    while at != -1:
        m = pattern.match(text, at, end)
        if m is not None:
            yield m
        at = lowered.find(key, at + 1 if m is None else max(m.end(), at + 1), end)
