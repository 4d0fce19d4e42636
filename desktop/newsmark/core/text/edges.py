"""Moving one edge of a span by a word: the rules behind Shift+Alt+arrow."""

from __future__ import annotations

from newsmark.core.text.selection import snap_to_words, trim_whitespace


def _word_end_after(text: str, pos: int) -> int:
    """The end of the first word that ends after ``pos``."""
    i = pos
    while i < len(text) and not text[i].isalnum():
        i += 1
    if i >= len(text):
        return pos  # no word after: the edge stays
    return snap_to_words(text, i, i + 1)[1]


def _word_start_before(text: str, pos: int) -> int:
    """The start of the last word that starts before ``pos``."""
    i = pos
    while i > 0 and not text[i - 1].isalnum():
        i -= 1
    if i <= 0:
        return pos  # no word before: the edge stays
    return snap_to_words(text, i - 1, i)[0]


def move_edge(text: str, start: int, end: int, *, edge: str, grow: bool) -> tuple[int, int] | None:
    """The span's new range after moving its ``"start"`` or ``"end"`` edge a word out (grow) or in.

    None when the move is impossible: at the text's edge, or shrinking would leave nothing.
    """
    if edge == "end":
        new_end = _word_end_after(text, end) if grow else _word_start_before(text, end)
        new_start = start
    elif edge == "start":
        new_start = _word_start_before(text, start) if grow else _word_end_after(text, start)
        new_end = end
    else:
        raise ValueError(f"edge must be 'start' or 'end', not {edge!r}")
    # Shrinking past the other edge leaves nothing; the span keeps its range.
    if new_start >= new_end:
        return None
    new_start, new_end = trim_whitespace(text, new_start, new_end)
    if new_start >= new_end or (new_start, new_end) == (start, end):
        return None
    return new_start, new_end
