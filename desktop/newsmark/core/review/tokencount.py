"""The tokens of ``core.text.tokens`` found quickly: one regular expression where the text allows it, the tokenizer where not.

The tokenizer groups marks, joiners and emoji modifiers into clusters one character at a time; on text
without such characters every cluster is one character, and its rules (words of ``\\w`` characters with
inner apostrophes and hyphens, decimal points and thousands commas between digits, every other
character that is not a gap a token of its own) are exactly what ``_TOKEN`` says. Around a character
for which this could differ (an emoji sequence, a combining mark), the stretch from the gap before it to
the gap after it goes to the tokenizer itself; a property test holds the two ways equal.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache

from newsmark.core.text.tokens import Token, tokenize

# re's \w is str.isalnum() or "_", its \s is str.isspace(): the tokenizer's word and gap tests.
_GAPS = r"\s\x00-\x1f\x7f-\x9f"  # the tokenizer's gaps: whitespace and control characters (Cc)
_TOKEN = re.compile(rf"\w+(?:(?:[-'’‐]|(?<=\d)[.,](?=\d))\w+)*|[^{_GAPS}]")
_GAP = re.compile(f"[{_GAPS}]")
_UP_TO_LAST_GAP = re.compile(f".*[{_GAPS}]", re.DOTALL)


@lru_cache(maxsize=None)
def _is_odd(ch: str) -> bool:
    """Whether the expression and the tokenizer could differ on this character (asked once per character)."""
    return (
        unicodedata.category(ch) in {"Mn", "Mc", "Me", "Cf", "Cs"}
        or "\U0001f1e6" <= ch <= "\U0001f1ff" or "\U0001f3fb" <= ch <= "\U0001f3ff"
        or ch.isdigit() != ch.isdecimal()  # the tokenizer joins numbers on isdigit(), re's \d is isdecimal()
    )


def _places(text: str, ch: str):
    """Every position of one character (str.find: far quicker than an expression for a character or two)."""
    i = text.find(ch)
    while i >= 0:
        yield i
        i = text.find(ch, i + 1)


def _odd_in(text: str) -> frozenset[str]:
    # A text has a few hundred distinct characters at most: asking about each costs far less than a scan.
    return frozenset(filter(_is_odd, set(text)))


def is_plain(text: str) -> bool:
    """Whether the fast expression tokenizes ``text`` exactly as the tokenizer does."""
    return not _odd_in(text)


class DocumentTokens:
    """One text's tokens on demand: how many there are, and those under a range, each as ``tokenize(text)`` has them."""

    def __init__(self, text: str):
        self.text = text
        odd = _odd_in(text)
        # The stretches (gap to gap) around odd characters, which the tokenizer itself must cut.
        self._odd: list[tuple[int, int]] = []
        for position in sorted(i for ch in odd for i in _places(text, ch)):
            if self._odd and position < self._odd[-1][1]:
                continue  # inside the stretch just found
            self._odd.append((_gap_before(text, position), _gap_after(text, position)))
        self._odd_starts = [first for first, _ in self._odd]

    def count(self) -> int:
        """How many tokens the whole text has."""
        # The expression's matches never hold a gap, so they fall stretch by stretch: count them all at
        # once, then put the tokenizer's count in place of the expression's in each odd stretch.
        text = self.text
        return len(_TOKEN.findall(text)) + sum(_correction(text[first:last]) for first, last in self._odd)

    def window(self, start: int, end: int) -> tuple[int, int]:
        """``[start, end)`` widened to the gaps around it: the stretch whose tokens cover every code point in it."""
        return _gap_before(self.text, start), _gap_after(self.text, end)

    def within(self, start: int, end: int, starts: list[int], ends: list[int]) -> None:
        """Append the starts and ends of the tokens of a window (from ``window()``) to ``starts`` and ``ends``."""
        text = self.text
        for first, last, plain in self._stretches(start, end):
            if plain:
                for match in _TOKEN.finditer(text, first, last):
                    starts.append(match.start())
                    ends.append(match.end())
            else:
                for token_start, token_end in _tokenized(text[first:last]):
                    starts.append(token_start + first)
                    ends.append(token_end + first)

    def _stretches(self, start: int, end: int):
        """``[start, end)`` (from gap to gap) cut into (first, last, plain) stretches, each again from gap to gap."""
        # Tokens never hold a gap, and the tokenizer starts afresh after one: a stretch from gap to gap
        # tokenizes as it does inside the whole text.
        position = start
        i = bisect.bisect_left(self._odd_starts, start)
        while i < len(self._odd) and self._odd[i][0] < end:
            first, last = self._odd[i]
            if first > position:
                yield position, first, True
            yield first, last, False
            position = last
            i += 1
        if end > position:
            yield position, end, True


def count_tokens(text: str) -> int:
    """How many tokens ``tokenize(text)`` would give."""
    return DocumentTokens(text).count()


def tokens_between(text: str, start: int, end: int) -> list[Token]:
    """The tokens of ``text`` that overlap ``[start, end)`` (and their neighbours up to a gap), as ``tokenize`` has them."""
    tokens = DocumentTokens(text)
    starts: list[int] = []
    ends: list[int] = []
    tokens.within(*tokens.window(start, end), starts, ends)
    return [Token(s, e) for s, e in zip(starts, ends)]


@lru_cache(maxsize=4096)
def _tokenized(piece: str) -> tuple[tuple[int, int], ...]:
    """The tokenizer's tokens of a stretch: the same emoji and accented words come back again and again."""
    return tuple((t.start, t.end) for t in tokenize(piece))


@lru_cache(maxsize=4096)
def _correction(piece: str) -> int:
    """How many more tokens the tokenizer finds in a stretch than the expression does."""
    return len(_tokenized(piece)) - len(_TOKEN.findall(piece))


def _gap_before(text: str, position: int) -> int:
    """The start of the stretch without gaps that ends at ``position``."""
    low = position
    while low > 0:
        low = max(0, low - 64)
        found = _UP_TO_LAST_GAP.match(text, low, position)
        if found:
            return found.end()
    return 0


def _gap_after(text: str, position: int) -> int:
    """The first gap at or after ``position`` (or the end of the text)."""
    found = _GAP.search(text, position)
    return found.start() if found else len(text)
