"""Turning a raw selection into a span's range: whole words, no surrounding white space."""

from __future__ import annotations

import unicodedata
from bisect import bisect_right

_ZWJ = "\u200d"
# Word characters only between two word characters: "Ukraine's", "multi-storey".
_INNER = frozenset("'\u2019-\u2010\u2011")
# Separators inside a figure such as "8,000" or "3.5", where both neighbours are digits.
_DIGIT_INNER = frozenset(",.")
# Scripts written without spaces between words (Chinese, Japanese, Thai, Lao,
# Myanmar, Khmer): finding their words needs a dictionary, and treating a whole
# clause as one "word" would make every selection swallow it, so their edges stay put.
_UNSPACED = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x2E80, 0x2FDF),  # CJK and Kangxi radicals
    (0x3000, 0x9FFF),  # CJK punctuation, kana, Bopomofo, CJK ideographs (Hangul syllables lie above)
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFF9F),  # half-width katakana
    (0x20000, 0x3FFFF),  # CJK ideograph extensions
)
_UNSPACED_STARTS = [lo for lo, _hi in _UNSPACED]


def _is_attached(ch: str) -> bool:
    """Whether ``ch`` belongs to the character before it: a combining mark, ZWJ, selector, skin tone or tag."""
    return (
        unicodedata.category(ch)[0] == "M"  # includes the variation selectors
        or ch == _ZWJ
        or "\U0001f3fb" <= ch <= "\U0001f3ff"  # emoji skin tones
        or "\U000e0020" <= ch <= "\U000e007f"  # tag characters of subdivision flags such as England's
    )


def _is_word(ch: str) -> bool:
    """Whether ``ch`` is a word character wherever it stands."""
    return ch == "_" or unicodedata.category(ch)[0] in "LNM" or _is_attached(ch)


def _is_unspaced(ch: str) -> bool:
    """Whether ``ch`` belongs to a script written without spaces between words."""
    code = ord(ch)
    k = bisect_right(_UNSPACED_STARTS, code) - 1
    return k >= 0 and code <= _UNSPACED[k][1]


def _word_at(text: str, i: int) -> bool:
    """Whether text[i] is part of a word (an apostrophe, hyphen or digit separator only inside one)."""
    ch = text[i]
    if _is_word(ch):
        return True
    if not 0 < i < len(text) - 1:
        return False
    if ch in _INNER:
        return _is_word(text[i - 1]) and _is_word(text[i + 1])
    return ch in _DIGIT_INNER and text[i - 1].isdecimal() and text[i + 1].isdecimal()


def _cuts_word(text: str, i: int) -> bool:
    """Whether an edge at offset ``i`` falls between two characters of one word."""
    return (
        0 < i < len(text)
        and _word_at(text, i - 1)
        and _word_at(text, i)
        and not (_is_unspaced(text[i - 1]) or _is_unspaced(text[i]))
    )


def _is_regional_indicator(ch: str) -> bool:
    """Whether ``ch`` is one of the letters that flags such as 🇺🇦 are made of."""
    return "\U0001f1e6" <= ch <= "\U0001f1ff"


def _splits_cluster(text: str, i: int) -> bool:
    """Whether an edge at offset ``i`` cuts a mark, ZWJ sequence or flag off the characters before it."""
    if not 0 < i < len(text):
        return False
    if _is_attached(text[i]) or text[i - 1] == _ZWJ:
        return True
    if not (_is_regional_indicator(text[i]) and _is_regional_indicator(text[i - 1])):
        return False
    # Regional indicators pair up from the start of their run, so an odd count before i splits a flag.
    j = i - 1
    while j > 0 and _is_regional_indicator(text[j - 1]):
        j -= 1
    return (i - j) % 2 == 1


def is_word_start(text: str, i: int) -> bool:
    """Whether a word begins at offset ``i``."""
    return i < len(text) and _word_at(text, i) and not _cuts_word(text, i)


def is_word_end(text: str, i: int) -> bool:
    """Whether a word ends at offset ``i``."""
    return i > 0 and _word_at(text, i - 1) and not _cuts_word(text, i)


def splits_cluster(text: str, i: int) -> bool:
    """Whether an edge at offset ``i`` would cut a character sequence (an accent, an emoji, a flag) in two."""
    return _splits_cluster(text, i)


def _check_range(text: str, start: int, end: int) -> None:
    """Raise ValueError unless ``0 <= start <= end <= len(text)``."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"range {start}..{end} is not within 0..{len(text)}")


def trim_whitespace(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading and trailing white space (with any marks attached to it) from a range."""
    _check_range(text, start, end)
    while start < end and text[start].isspace():
        start += 1
        while start < end and _is_attached(text[start]):
            start += 1
    while end > start:
        base = end  # where the last character's cluster begins
        while base > start and _is_attached(text[base - 1]):
            base -= 1
        if base == start or not text[base - 1].isspace():
            break
        end = base - 1
    return start, end


# Punctuation that carries meaning at a span's edge ("10%", "#tag", "@user", 5′): never trimmed.
_KEEP_AT_EDGE = frozenset("%‰‱#&@*/\\′″‴§¶†‡")
_STRAIGHT_QUOTES = frozenset("\"'")


def _trimmable(text: str, i: int, start: int, end: int) -> bool:
    """Whether text[i] is punctuation that the edge of the selection [start, end) drops, as it drops white space.

    Only the selected neighbours count: "8," cut from "8,000" ends in a comma, not a digit separator.
    """
    ch = text[i]
    lo = max(start, i - 1)
    near = text[lo:min(end, i + 2)]
    if unicodedata.category(ch)[0] != "P" or ch in _KEEP_AT_EDGE or _word_at(near, i - lo):
        return False
    return not (ch == "-" and i + 1 < end and text[i + 1].isdecimal())  # a minus sign: "-5"


def _opens(ch: str) -> bool:
    return unicodedata.category(ch) in ("Ps", "Pi") or ch in _STRAIGHT_QUOTES or ch in "„‚"


def _closes(ch: str) -> bool:
    return unicodedata.category(ch) in ("Pe", "Pf", "Pi") or ch in _STRAIGHT_QUOTES


def _abbreviation_dot(text: str, start: int, end: int) -> bool:
    """Whether the range ends with the full stop of an abbreviation such as "U.S." or "a.m."."""
    return end - start >= 4 and text[end - 1] == "." and text[end - 2].isalpha() and text[end - 3] == "."


def trim_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop white space and punctuation from both ends of a range, as a new selection should.

    A quotation mark or bracket whose partner is inside the range is kept ("“We stay.”",
    "said “8,000 troops”"), and so are the full stop of an abbreviation and signs such
    as % and # that mean something.
    """
    while True:
        start, end = trim_whitespace(text, start, end)
        if end - start < 2:
            return start, end
        first, last = text[start], text[end - 1]
        if _trimmable(text, start, start, end) and not (_opens(first) and any(map(_closes, text[start + 1:end]))):
            start += 1
            while start < end and _is_attached(text[start]):
                start += 1
        elif (
            _trimmable(text, end - 1, start, end)
            and not (_closes(last) and any(map(_opens, text[start:end - 1])))
            and not _abbreviation_dot(text, start, end)
        ):
            end -= 1
        else:
            return start, end


def has_content(text: str) -> bool:
    """Whether a span's text holds a letter, a digit or a pictograph (an emoji), not only punctuation."""
    return any(unicodedata.category(ch) in ("Lu", "Ll", "Lt", "Lm", "Lo", "Nd", "Nl", "No", "So") for ch in text)


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a non-empty range so neither edge cuts a word, a mark off its base, a ZWJ sequence or a flag."""
    _check_range(text, start, end)
    if start == end:
        return start, end  # a bare cursor selects nothing, wherever it stands
    while _cuts_word(text, start) or _splits_cluster(text, start):
        start -= 1
    while _cuts_word(text, end) or _splits_cluster(text, end):
        end += 1
    return start, end


def clean_selection(text: str, start: int, end: int, *, snap: bool = True) -> tuple[int, int] | None:
    """The range to tag for a new selection (either edge first), or None if it holds no letter, digit or emoji.

    White space and punctuation at the edges are dropped (see ``trim_edges``).

    With ``snap`` off the edges still never split a character sequence, since a
    span that starts with a lone accent or half an emoji is never what was meant.
    """
    if start > end:
        start, end = end, start
    _check_range(text, start, end)
    if start == end:
        return None
    if snap:
        start, end = snap_to_words(text, start, end)
    else:
        while _splits_cluster(text, start):
            start -= 1
        while _splits_cluster(text, end):
            end += 1
    start, end = trim_edges(text, start, end)
    return (start, end) if start < end and has_content(text[start:end]) else None
