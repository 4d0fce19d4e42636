"""The tokens of ``core.text.tokens`` found quickly: one regular expression where the text allows it, the tokenizer where not.

The tokenizer groups marks, joiners and emoji modifiers into clusters one character at a time; on text
without such characters every cluster is one character, and its rules (words of ``\\w`` characters with
inner apostrophes and hyphens, decimal points and thousands commas between digits, every other
character that is not a gap a token of its own) are exactly what ``_TOKEN`` says. A text that holds any
character for which this could differ goes to the tokenizer itself; a property test holds the two equal.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache

from newsmark.core.text.tokens import Token, tokenize

# re's \w is str.isalnum() or "_", its \s is str.isspace(): the tokenizer's word and gap tests.
_TOKEN = re.compile(r"\w+(?:(?:[-'’‐]|(?<=\d)[.,](?=\d))\w+)*|[^\s\x00-\x1f\x7f-\x9f]")


@lru_cache(maxsize=1)
def _special() -> re.Pattern:
    """Characters on which the expression and the tokenizer could differ (built once, on first use)."""
    ranges, start = [], None
    for code in range(sys.maxunicode + 2):
        ch = chr(code) if code <= sys.maxunicode else ""
        odd = bool(ch) and (
            unicodedata.category(ch) in {"Mn", "Mc", "Me", "Cf", "Cs"}
            or "\U0001f1e6" <= ch <= "\U0001f1ff" or "\U0001f3fb" <= ch <= "\U0001f3ff"
            or ch.isdigit() != ch.isdecimal()  # the tokenizer joins numbers on isdigit(), re's \d is isdecimal()
        )
        if odd and start is None:
            start = code
        elif not odd and start is not None:
            ranges.append(f"{_escape(start)}-{_escape(code - 1)}")
            start = None
    return re.compile(f"[{''.join(ranges)}]")


def _escape(code: int) -> str:
    return f"\\U{code:08x}"


def is_plain(text: str) -> bool:
    """Whether the fast expression tokenizes ``text`` exactly as the tokenizer does."""
    return _special().search(text) is None


def count_tokens(text: str) -> int:
    """How many tokens ``tokenize(text)`` would give."""
    if is_plain(text):
        return len(_TOKEN.findall(text))
    return len(tokenize(text))


def tokens_between(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text`` that overlap ``[start, end)``, as ``tokenize(text)`` has them."""
    # Tokens never hold a gap, and the tokenizer starts afresh after one: a stretch from gap to gap
    # tokenizes as it does inside the whole text.
    start, end = _gap_before(text, start), _gap_after(text, end)
    piece = text[start:end]
    if is_plain(piece):
        return [Token(m.start() + start, m.end() + start) for m in _TOKEN.finditer(piece)]
    return [Token(t.start + start, t.end + start) for t in tokenize(piece)]


def _is_gap(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch) == "Cc"


def _gap_before(text: str, position: int) -> int:
    while position > 0 and not _is_gap(text[position - 1]):
        position -= 1
    return position


def _gap_after(text: str, position: int) -> int:
    n = len(text)
    while position < n and not _is_gap(text[position]):
        position += 1
    return position
