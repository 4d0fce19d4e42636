"""Turning a raw selection into a span's range: whole words, no surrounding white space."""

from __future__ import annotations

import unicodedata

_JOINERS = {"\u200d"}
_INNER = {"'", "\u2019", "-"}  # word characters only between two word characters
_DIGIT_INNER = {",", ".", "\u00a0", "\u202f"}  # 8,000 and 3.5 and 10 000: only between two digits


def _is_attached(ch: str) -> bool:
    """Characters that belong to the one before them: combining marks, ZWJ, selectors, skin tones."""
    return (
        unicodedata.category(ch).startswith("M")
        or ch in _JOINERS
        or "\ufe00" <= ch <= "\ufe0f"
        or "\U0001f3fb" <= ch <= "\U0001f3ff"
    )


def _is_word(ch: str) -> bool:
    return ch == "_" or unicodedata.category(ch)[0] in "LNM" or _is_attached(ch)


def _word_at(text: str, i: int) -> bool:
    """Whether text[i] is part of a word (an apostrophe or hyphen only inside one)."""
    ch = text[i]
    if _is_word(ch):
        return True
    if not 0 < i < len(text) - 1:
        return False
    if ch in _DIGIT_INNER:
        return text[i - 1].isdigit() and text[i + 1].isdigit()
    return ch in _INNER and _is_word(text[i - 1]) and _is_word(text[i + 1])


def trim_whitespace(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading and trailing white space from a range."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a range so that neither edge cuts a word or a character sequence apart."""
    if start < end:
        if start > 0 and _word_at(text, start) and _word_at(text, start - 1):
            while start > 0 and _word_at(text, start - 1):
                start -= 1
        if end < len(text) and _word_at(text, end - 1) and _word_at(text, end):
            while end < len(text) and _word_at(text, end):
                end += 1
    # Never split a base from its marks, or a ZWJ sequence.
    while 0 < start < len(text) and (_is_attached(text[start]) or text[start - 1] in _JOINERS):
        start -= 1
    while 0 < end < len(text) and (_is_attached(text[end]) or text[end - 1] in _JOINERS):
        end += 1
    return start, end


def clean_selection(text: str, start: int, end: int, *, snap: bool = True) -> tuple[int, int] | None:
    """The range to tag for a selection, or None if only white space is selected."""
    start, end = sorted((max(0, start), min(len(text), end)))
    if snap:
        start, end = snap_to_words(text, start, end)
    start, end = trim_whitespace(text, start, end)
    return (start, end) if start < end else None
