"""Code point offsets (the core's) to and from UTF-16 positions (Qt's), for one text."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class Utf16Map:
    """Converts positions in one text; built in O(n), each conversion O(log n)."""

    def __init__(self, text: str):
        self.code_point_length = len(text)
        # Code point index of each astral character: each takes two UTF-16 units.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # UTF-16 position of each astral character's high surrogate.
        self._astral16 = [cp + i for i, cp in enumerate(self._astral)]
        self.utf16_length = self.code_point_length + len(self._astral)

    def to_utf16(self, cp: int) -> int:
        """The UTF-16 position of a code point offset."""
        if not 0 <= cp <= self.code_point_length:
            raise ValueError(f"code point offset {cp} outside 0..{self.code_point_length}")
        return cp + bisect_left(self._astral, cp) if self._astral else cp

    def to_code_point(self, u16: int, *, round_up: bool = False) -> int:
        """The code point offset of a UTF-16 position; inside a surrogate pair, round down (or up)."""
        if not 0 <= u16 <= self.utf16_length:
            raise ValueError(f"UTF-16 position {u16} outside 0..{self.utf16_length}")
        if not self._astral:
            return u16
        before = bisect_right(self._astral16, u16 - 1)  # astral characters starting before u16
        if before and self._astral16[before - 1] == u16 - 1:  # u16 falls between a pair's halves
            return self._astral[before - 1] + (1 if round_up else 0)
        return u16 - before
