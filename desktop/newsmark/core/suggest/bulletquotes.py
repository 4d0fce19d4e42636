"""A quotation that runs over a bulleted list: each bullet opens the mark, or goes on without one, and the last closes it.

A memo or a statement quoted as a list (``• "First point.`` / ``• "Second point.`` / ``• Third point."``) is one
quotation spread over paragraphs, the news convention for a quote that runs on, with a bullet before the mark.
Each item is a span of its own, without the bullet; the run counts only when a later item of the same list closes
the mark, so a list of the writer's own points after one stray mark stays out.
"""

from __future__ import annotations

import re

_BULLET = re.compile(r"[ \t]*([•▪‣◦●■*])[ \t]*")
_MOST_ITEMS = 30  # items one quoted list runs over, at most


def _bullet_at(text: str, line_start: int) -> str:
    """The bullet character a line opens with, or ""."""
    m = _BULLET.match(text, line_start)
    return m.group(1) if m else ""


def bullet_run(text: str, open_at: int, brk: int, close: str) -> list[tuple[int, int, int] | None] | None:
    """(start, end, after) of each later item an unclosed quote opened after a bullet at ``open_at`` runs over.

    ``brk`` is the blank line ending the quote's own item. An item that opens a mark of its own is None (a quotation
    in its own right, which runs on by itself); the run ends at the item whose text holds the closing mark. None
    when the quote does not open a bulleted item or no later item of the same list closes it.
    """
    line_start = text.rfind("\n", 0, open_at) + 1
    bullet = _bullet_at(text, line_start)
    if not bullet or _BULLET.match(text, line_start).end() != open_at:
        return None
    items, at = [], brk
    for _ in range(_MOST_ITEMS):
        start = at + len(text[at:at + 8]) - len(text[at:at + 8].lstrip("\n"))
        m = _BULLET.match(text, start)
        if not m or m.group(1) != bullet:
            return None
        stop = text.find("\n\n", m.end())
        stop = len(text) if stop == -1 else stop
        if text[m.end():m.end() + 1] in "“\"‘«":
            items.append(None)  # an item that reopens the mark: a quotation of its own
            k = text.find(close, m.end() + 1, stop)
        else:
            k = text.find(close, m.end(), stop)
            items.append((m.end(), stop if k == -1 else k, stop if k == -1 else k + 1))
        if k != -1:
            return items
        at = stop
    return None
