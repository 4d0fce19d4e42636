"""A small Unicode-aware tokenizer and sentence splitter that keep each token's code point offsets.

Used by the CoNLL export, which must write one token per line with no whitespace inside it.
Characters are first grouped into clusters: a base character with the marks, joiners and
modifiers that belong to it (combining marks, ZWJ emoji sequences, skin tones, variation
selectors, flag pairs), so no token ever starts with a mark or splits an emoji. A word is a run
of letter/digit clusters, with inner apostrophes and hyphens (``don't``, ``Rostov-on-Don``) and
inner decimal points or thousands commas between digits (``8,000``, ``3.5``); every other
cluster that is not whitespace or a control character is a token of its own.
"""

from __future__ import annotations

import unicodedata
from typing import NamedTuple

_MARKS = {"Mn", "Mc", "Me", "Cf"}  # combining marks and format characters (ZWJ, ZWNJ, soft hyphen, ...)
_ZWJ = "\u200d"
_WORD_JOINERS = "'’-‐"  # inside a word: apostrophes and hyphens
_NUMBER_JOINERS = ".,"  # inside a number: decimal points and thousands separators
_ENDS = ".!?…"  # a sentence ends after one of these, before whitespace
_CLOSERS = "\"'”’»)]}"  # ... perhaps with closing quotes or brackets between
# The characters str.splitlines() breaks at, besides \r: each one ends a sentence.
_LINE_BREAKS = "\n\v\f\x1c\x1d\x1e\x85\u2028\u2029"


class Token(NamedTuple):
    """A token's place in its text: ``text[start:end]``, code points, end-exclusive."""

    start: int
    end: int


def _is_gap(ch: str) -> bool:
    """Whitespace and control characters: never inside a token."""
    return ch.isspace() or unicodedata.category(ch) == "Cc"


def trim_gaps(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the whitespace and control characters at its edges (empty: ``start == end``)."""
    while start < end and _is_gap(text[start]):
        start += 1
    while end > start and _is_gap(text[end - 1]):
        end -= 1
    return start, end


def _is_extender(ch: str) -> bool:
    """Characters that belong to the cluster before them."""
    return unicodedata.category(ch) in _MARKS or "\U0001f3fb" <= ch <= "\U0001f3ff"  # skin tones


def _is_regional(ch: str) -> bool:
    return "\U0001f1e6" <= ch <= "\U0001f1ff"


def clusters(text: str) -> list[tuple[int, int]]:
    """The text's non-gap clusters as (start, end): a base character and what attaches to it."""
    found, i, n = [], 0, len(text)
    while i < n:
        ch = text[i]
        if _is_gap(ch):
            i += 1
            continue
        start, i = i, i + 1
        if _is_regional(ch) and i < n and _is_regional(text[i]):
            i += 1  # a flag is a pair of regional indicators
        while i < n and _is_extender(text[i]) and not _is_gap(text[i]):
            i += 1
            if text[i - 1] == _ZWJ and i < n and not _is_gap(text[i]):
                i += 1  # a ZWJ joins the next character into the same emoji
        found.append((start, i))
    return found


def _is_word(text: str, cluster: tuple[int, int]) -> bool:
    ch = text[cluster[0]]
    return ch.isalnum() or ch == "_"


def tokenize(text: str, cuts: frozenset[int] | set[int] = frozenset()) -> list[Token]:
    """The tokens of ``text`` in order; each is non-empty, holds no whitespace and is ``text[start:end]``.

    ``cuts`` are code point positions where a token must end even inside a word (the edges of
    the spans being exported: ``Russia`` in ``Russia's``, ``Kyiv`` in ``Kyiv-based``). A cut is
    made only between clusters, never inside an emoji or before a combining mark. An apostrophe
    left at the front of a cut-off rest stays with the letters after it (``'s``), as CoNLL-2003 has it.
    """
    parts = clusters(text)
    tokens: list[Token] = []
    i, n = 0, len(parts)
    while i < n:
        start, end = parts[i]
        if _is_word(text, parts[i]) or _is_clitic(text, parts, i, tokens, cuts):
            if not _is_word(text, parts[i]):  # the apostrophe of a clitic: take the word after it
                end, i = parts[i + 1][1], i + 1
            while i + 1 < n and parts[i + 1][0] == end and end not in cuts:
                nxt = parts[i + 1]
                if _is_word(text, nxt):
                    end, i = nxt[1], i + 1
                elif (
                    i + 2 < n and nxt[1] == parts[i + 2][0] and nxt[1] not in cuts
                    and _is_word(text, parts[i + 2]) and _joins(text, end - 1, nxt, parts[i + 2])
                ):
                    end, i = parts[i + 2][1], i + 2
                else:
                    break
        tokens.append(Token(start, end))
        i += 1
    return tokens


def _is_clitic(text: str, parts: list[tuple[int, int]], i: int, tokens: list[Token], cuts) -> bool:
    """Whether cluster ``i`` is an apostrophe that a cut just separated from its word, with letters after it."""
    start, end = parts[i]
    return (
        # The token before must be a word cut off (``Russia|'s``), not punctuation (``:'0`` stays three tokens).
        start in cuts and bool(tokens) and tokens[-1].end == start and _is_word(text, parts[i - 1])
        and end - start == 1 and text[start] in "'’"
        and i + 1 < len(parts) and parts[i + 1][0] == end and end not in cuts and _is_word(text, parts[i + 1])
    )


def _joins(text: str, before: int, joiner: tuple[int, int], after: tuple[int, int]) -> bool:
    """Whether a one-character cluster between two word clusters keeps them one word."""
    if joiner[1] - joiner[0] != 1:
        return False
    ch = text[joiner[0]]
    if ch in _WORD_JOINERS:
        return True
    return ch in _NUMBER_JOINERS and text[before].isdigit() and text[after[0]].isdigit()


def sentences(text: str, tokens: list[Token], keep: set[int] = frozenset()) -> list[list[Token]]:
    """Tokens grouped into sentences, which end at line breaks and after . ! ? … before whitespace.

    ``keep`` holds token indexes that must stay in the same sentence as the token before them
    (the inside of a span), so no break is made there.
    """
    groups: list[list[Token]] = []
    current: list[Token] = []
    for i, token in enumerate(tokens):
        if current and i not in keep and _breaks(text, current, token):
            groups.append(current)
            current = []
        current.append(token)
    if current:
        groups.append(current)
    return groups


def _breaks(text: str, current: list[Token], token: Token) -> bool:
    """Whether a sentence ends between the last token of ``current`` and ``token``."""
    last = current[-1]
    gap = text[last.end:token.start]
    if not gap:
        return False
    if any(ch in _LINE_BREAKS for ch in gap):
        return True
    for previous in reversed(current):
        word = text[previous.start:previous.end]
        if word in _ENDS:
            return True
        if word not in _CLOSERS:
            return False
    return False
