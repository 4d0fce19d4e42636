"""The letters a name is written with: capitals and small letters beyond ASCII ("Öcalan", "Ángel Gurría", "Łukasz").

Python's ``re`` has no ``\\p{Lu}``; a name pattern written ``[A-Z]`` misses every name that opens with an accented
or non-Latin capital. ``unicode_names`` widens a pattern's ``A-Z`` and ``a-z`` ranges to the capitals and small
letters of the Latin, Greek and Cyrillic blocks, so every speaker pattern reads names with one shared definition.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Latin-1 Supplement to Cyrillic, and Latin Extended Additional (Vietnamese "Đặng", "Nguyễn").
_BLOCKS = (range(0xC0, 0x530), range(0x1E00, 0x1F00))


def _ranges(test) -> str:
    """The code points of the blocks that pass ``test``, as a character class's ranges."""
    points = [c for block in _BLOCKS for c in block if test(chr(c))]
    runs: list[list[int]] = []
    for c in points:
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in runs)


# Title-case digraphs ("ǅ") open a name as a capital does.
UPPER = "A-Z" + _ranges(lambda ch: ch.isupper() or ch.istitle())
LOWER = "a-z" + _ranges(lambda ch: ch.islower() and ch.isalpha())
# A range already widened is left alone, so widening twice changes nothing.
_UPPER_RANGE = re.compile("A-Z(?!" + re.escape(UPPER[3]) + ")")
_LOWER_RANGE = re.compile("a-z(?!" + re.escape(LOWER[3]) + ")")


@lru_cache(maxsize=1024)
def unicode_names(pattern: str) -> str:
    """``pattern`` with every ``A-Z`` and ``a-z`` range (inside a character class) widened to all capitals and
    small letters: ``[A-Z][a-z]+`` reads "Öcalan" and "Gurría" as it reads "Ruiz"."""
    return _LOWER_RANGE.sub(LOWER, _UPPER_RANGE.sub(UPPER, pattern))


def name_pattern(pattern: str, flags: int = 0) -> re.Pattern:
    """``pattern`` compiled with its letter ranges widened (``unicode_names``)."""
    return re.compile(unicode_names(pattern), flags)
