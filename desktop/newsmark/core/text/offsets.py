"""Code point offsets (the core's) to and from UTF-16 positions (Qt's), for one text."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from operator import index

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
# Code points per chunk. Offsets inside a chunk fit in 16 bits, so a chunk's
# astral characters cost 4 bytes each instead of two Python ints.
CHUNK = 4096


def _utf16_units(text: str) -> int:
    """How many UTF-16 code units ``text`` takes (a lone surrogate counts as one, as in Qt)."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class Utf16Map:
    """Converts positions in one text between code points and UTF-16 units, each in O(log n).

    Astral characters (most emoji, rare CJK ideographs) are one code point but
    two UTF-16 units. Building counts them per chunk in C (by encoding); where
    they sit inside a chunk is found with one regex pass over that chunk the
    first time a position in it is asked for. Opening a 10 MB article therefore
    stays cheap, and memory grows only with the chunks actually visited.
    """

    __slots__ = ("_text", "code_point_length", "utf16_length", "_starts16", "_chunks")

    def __init__(self, text: str):
        self._text = text
        self.code_point_length = len(text)
        self.utf16_length = len(text)
        self._starts16: list[int] = []  # UTF-16 position where chunk k begins; empty when no astral
        self._chunks: dict[int, tuple[array, array]] = {}
        if _ASTRAL.search(text) is None:
            return  # no astral characters: both kinds of position are the same
        # Chunk by chunk, never the whole text at once: encoding a 10 MB article in one go took 20 MB more.
        astral_before = 0
        for begin in range(0, len(text), CHUNK):
            self._starts16.append(begin + astral_before)
            chunk = text[begin:begin + CHUNK]
            astral_before += _utf16_units(chunk) - len(chunk)
        self.utf16_length += astral_before

    def to_utf16(self, cp: int) -> int:
        """The UTF-16 position of code point offset ``cp`` (0..code_point_length)."""
        cp = index(cp)
        if not 0 <= cp <= self.code_point_length:
            raise ValueError(f"code point offset {cp} is outside 0..{self.code_point_length}")
        if not self._starts16:
            return cp
        if cp == self.code_point_length:
            return self.utf16_length
        k, rel = divmod(cp, CHUNK)
        return self._starts16[k] + rel + bisect_left(self._astral_in(k)[0], rel)

    def to_code_point(self, u16: int, *, round_up: bool = False) -> int:
        """The code point offset of UTF-16 position ``u16``; between a surrogate pair's halves, round down (or up)."""
        u16 = index(u16)
        if not 0 <= u16 <= self.utf16_length:
            raise ValueError(f"UTF-16 position {u16} is outside 0..{self.utf16_length}")
        if not self._starts16:
            return u16
        k = bisect_right(self._starts16, u16) - 1
        rel = u16 - self._starts16[k]
        cps, u16s = self._astral_in(k)
        before = bisect_left(u16s, rel)  # astral characters that start before u16
        if before and u16s[before - 1] == rel - 1:  # u16 points at the low half of a pair
            return k * CHUNK + cps[before - 1] + (1 if round_up else 0)
        return k * CHUNK + rel - before

    def _astral_in(self, k: int) -> tuple[array, array]:
        """Chunk k's astral characters: code point offsets, and UTF-16 offsets, both from the chunk's start."""
        found = self._chunks.get(k)
        if found is None:
            begin = k * CHUNK
            cps = array("H", [m.start() - begin for m in _ASTRAL.finditer(self._text, begin, begin + CHUNK)])
            # Each astral character before the j-th adds one unit to its UTF-16 offset.
            found = self._chunks[k] = (cps, array("H", [cp + j for j, cp in enumerate(cps)]))
        return found
