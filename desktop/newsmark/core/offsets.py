"""Code point offsets (the core's) to and from UTF-16 positions (Qt's), for one text."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
CHUNK = 4096  # code points per chunk; each chunk's astral characters are found on first use


def _utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class Utf16Map:
    """Converts positions in one text; each conversion is O(log n).

    Astral characters (emoji, many CJK extensions) are one code point but two
    UTF-16 units. The map keeps, per chunk, how many of them come before it
    (counted in C by encoding), and lists their places in a chunk only when a
    position in it is first asked for, so opening a large article stays cheap.
    """

    def __init__(self, text: str):
        self._text = text
        self.code_point_length = len(text)
        self.utf16_length = _utf16_units(text)
        self._prefix: list[int] = []  # astral characters before chunk k
        self._starts16: list[int] = []  # UTF-16 position where chunk k begins
        self._chunks: dict[int, list[int]] = {}
        if self.utf16_length == self.code_point_length:
            return  # no astral characters: positions are the same in both
        before = 0
        for k, i in enumerate(range(0, len(text), CHUNK)):
            self._prefix.append(before)
            self._starts16.append(i + before)
            chunk = text[i:i + CHUNK]
            before += _utf16_units(chunk) - len(chunk)

    def _astral_in(self, k: int) -> list[int]:
        """Code point offsets of the astral characters in chunk k."""
        found = self._chunks.get(k)
        if found is None:
            base = k * CHUNK
            found = [m.start() for m in _ASTRAL.finditer(self._text, base, base + CHUNK)]
            self._chunks[k] = found
        return found

    def to_utf16(self, cp: int) -> int:
        """The UTF-16 position of a code point offset."""
        if not 0 <= cp <= self.code_point_length:
            raise ValueError(f"code point offset {cp} outside 0..{self.code_point_length}")
        if not self._prefix:
            return cp
        if cp == self.code_point_length:
            return self.utf16_length
        k = cp // CHUNK
        return cp + self._prefix[k] + bisect_left(self._astral_in(k), cp)

    def to_code_point(self, u16: int, *, round_up: bool = False) -> int:
        """The code point offset of a UTF-16 position; inside a surrogate pair, round down (or up)."""
        if not 0 <= u16 <= self.utf16_length:
            raise ValueError(f"UTF-16 position {u16} outside 0..{self.utf16_length}")
        if not self._prefix:
            return u16
        if u16 == self.utf16_length:
            return self.code_point_length
        k = bisect_right(self._starts16, u16) - 1
        astral = self._astral_in(k)
        prior = self._prefix[k]
        # The j-th astral character of the chunk starts at UTF-16 position cp + prior + j.
        lo, hi = 0, len(astral)
        while lo < hi:  # count astral characters that start before u16
            mid = (lo + hi) // 2
            if astral[mid] + prior + mid < u16:
                lo = mid + 1
            else:
                hi = mid
        if lo and astral[lo - 1] + prior + lo - 1 == u16 - 1:  # u16 falls between a pair's halves
            return astral[lo - 1] + (1 if round_up else 0)
        return u16 - prior - lo
