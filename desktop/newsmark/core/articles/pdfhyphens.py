"""Joining a PDF's printed lines: hyphenated line ends become one word unless the document says it is a compound."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

SOFT_HYPHEN = "\u00ad"
_WORD = re.compile(r"[^\W\d_]+(?:[-‐'’][^\W\d_]+)*")
_LAST_WORD = re.compile(r"([^\W\d_]+(?:[-‐][^\W\d_]+)*)[-‐]$")
_FIRST_WORD = re.compile(r"^([^\W\d_]+)")
# First parts that make English compounds, never a syllable a typesetter would break after.
_COMPOUND_FIRST = frozenset({"self", "well", "half", "cross", "all"})
# Second parts that make English compounds ("Kyiv-based", "two-year", "left-wing", "president-elect").
_COMPOUND_SECOND = frozenset({"based", "backed", "owned", "year", "term", "wing", "elect"})


class Vocabulary:
    """How often each word (lower case, hyphenated compounds whole) occurs in the document."""

    def __init__(self, lines: Iterable[str]):
        self.counts = Counter(word.lower().replace("‐", "-") for line in lines for word in _WORD.findall(line))

    def __getitem__(self, word: str) -> int:
        return self.counts[word.lower()]


def join_lines(text: str, line: str, vocabulary: Vocabulary, *, guess: bool = True) -> str:
    """``line`` appended to the paragraph ``text``: after a space, or closing a word split at the line end.

    ``guess=False`` drops a line-end hyphen only when the document's own words say so (for text
    wrapped by software, which never splits a word, rather than set by a typesetter).
    """
    if text.endswith(SOFT_HYPHEN):  # a break the typesetter chose; never part of the word
        return text[:-1] + line
    if not text.endswith(("-", "‐", "—", "–", "/")) or len(text) < 2 or text[-2].isspace():
        return f"{text} {line}"
    left, right = _LAST_WORD.search(text), _FIRST_WORD.match(line)
    if left and right and not keeps_hyphen(left.group(1), right.group(1), vocabulary, guess=guess):
        return text[:-1] + line
    return text + line  # "said—and", "and/or", "COVID-19", "well-known": no space was printed


def keeps_hyphen(left: str, right: str, vocabulary: Vocabulary, *, guess: bool = True) -> bool:
    """Whether ``left-`` at a line end and ``right`` on the next make a hyphenated compound, not one split word.

    The document's own use decides (the joined word or the compound elsewhere in it, the more
    frequent wins); then (when ``guess``) a capital or a known compound part keeps the hyphen; else it is dropped.
    """
    joined, compound = vocabulary[left + right], vocabulary[f"{left}-{right}"]
    if joined or compound:
        return compound > joined
    if not guess:
        return True
    if right[:1].isupper() and not left.isupper():
        return True  # "anti-\nAmerican", "Franco-\nGerman"
    last_part = left.rsplit("-", 1)[-1].lower()
    return "-" in left or last_part in _COMPOUND_FIRST or right.lower() in _COMPOUND_SECOND
