"""Moving one edge of a span exactly, by a character or a word: the rules behind Shift+Alt+arrow.

Explicit moves never snap: a start edge moved by a word lands on a word's start, an end
edge on a word's end, and a character move goes one character (never splitting an emoji,
a flag or a letter from its accent), so "Moscow's" can be trimmed to "Moscow".
"""

from __future__ import annotations

from newsmark.core.text.selection import is_word_end, is_word_start, splits_cluster, trim_whitespace

UNITS = ("character", "word")


def _character(text: str, pos: int, step: int) -> int | None:
    """The offset one character before (-1) or after (+1) ``pos``; None past the text's edge."""
    pos += step
    if not 0 <= pos <= len(text):
        return None
    while splits_cluster(text, pos):
        pos += step
    return pos


def _word(text: str, pos: int, step: int, stop) -> int | None:
    """The nearest offset before (-1) or after (+1) ``pos`` where ``stop(text, offset)`` holds."""
    pos += step
    while 0 <= pos <= len(text):
        if stop(text, pos):
            return pos
        pos += step
    return None


def move_edge(
    text: str, start: int, end: int, *, edge: str, grow: bool, by: str = "word"
) -> tuple[int, int] | None:
    """The span's new range after moving its ``"start"`` or ``"end"`` edge out (grow) or in by one unit.

    None when the move is impossible: at the text's edge, or shrinking would leave nothing.
    """
    if edge not in ("start", "end"):
        raise ValueError(f"edge must be 'start' or 'end', not {edge!r}")
    if by not in UNITS:
        raise ValueError(f"by must be one of {UNITS}, not {by!r}")
    step = -1 if (edge == "start") == grow else +1  # growing the start or shrinking the end goes left
    pos = start if edge == "start" else end
    if by == "character":
        moved = _character(text, pos, step)
    else:
        moved = _word(text, pos, step, is_word_start if edge == "start" else is_word_end)
    if moved is None:
        return None
    new_start, new_end = (moved, end) if edge == "start" else (start, moved)
    return (new_start, new_end) if new_start < new_end else None


def dropped_range(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The range after an edge was dragged to ``start`` or ``end``: exact, but never splitting a character
    sequence nor ending in white space; None if the edges crossed or nothing visible is left."""
    if not 0 <= start < end <= len(text):
        return None
    while splits_cluster(text, start):
        start -= 1
    while splits_cluster(text, end):
        end += 1
    start, end = trim_whitespace(text, start, end)
    return (start, end) if start < end else None
