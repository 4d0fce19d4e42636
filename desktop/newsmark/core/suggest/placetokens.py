"""The words of a text as the location rules see them, and a gazetteer hit before the rules."""

from __future__ import annotations

import re
from itertools import accumulate

TOKEN = re.compile(r"\w+")
_SPLIT = re.compile(r"(\w+)")
# What may stand between two words of one name.
GAPS = frozenset([" ", "-", "–", " - ", " – ", "'", "’", ".", ". ", "\n", "\u00a0", "  "])
SENTENCE_END = ".!?:;\n•"
# A line ending in capitals' initials ("… Relations With U.S.", "… in D.C.") may be a headline: its stop is the name's.
_INITIALS_END = re.compile(r"(?:\b[A-Z]\.){2,}\Z")
OPENING = " \t\"“‘«(['’”»-–—*"


class Tokens:
    """The words of a text with their offsets, and what the rules ask about them."""

    def __init__(self, text: str):
        self.text = text
        # Plain strings and ints, not a list of match objects: one split gives the gaps and the words in turn
        # (gap, word, gap, …, gap), and their running lengths every word's start and end (a quarter faster on 5 MB).
        pieces = _SPLIT.split(text)
        offsets = list(accumulate(map(len, pieces), initial=0))
        self.words = pieces[1::2]
        self.starts = offsets[1:-1:2]
        self.ends = offsets[2::2]
        self._titlecase: dict[int, bool] = {}

    def gap(self, i: int) -> str:
        """The text between word i-1 and word i."""
        return self.text[self.ends[i - 1]:self.starts[i]]

    def joined(self, i: int) -> bool:
        """True when word i follows word i-1 within one name (a space, a hyphen, an apostrophe)."""
        return i > 0 and self.text[self.ends[i - 1]:self.starts[i]] in GAPS

    def capitalised(self, i: int) -> bool:
        """True when word i exists and starts with a capital letter."""
        return 0 <= i < len(self.words) and self.words[i][0].isupper()

    def sentence_initial(self, i: int) -> bool:
        """True when word i opens the text, a sentence, a line or a quotation."""
        pos = self.starts[i]
        while pos > 0 and self.text[pos - 1] in OPENING:
            pos -= 1
        return pos == 0 or self.text[pos - 1] in SENTENCE_END

    def headline(self, i: int) -> bool:
        """True when word i stands on a title-case line (a headline), where capitals say nothing about names."""
        line_start = self.text.rfind("\n", 0, self.starts[i]) + 1
        if line_start not in self._titlecase:
            line_end = self.text.find("\n", line_start)
            line = self.text[line_start:None if line_end < 0 else line_end]
            # A line ending as a sentence ends (most paragraphs) is no headline: no need to count its words.
            # (A question or an exclamation may be one: "Is An Oxygen Bar In Delhi Selling Air?")
            ending = line.rstrip().rstrip("\"”’'")
            sentence = ending.endswith(".") and not _INITIALS_END.search(ending, len(ending) - 8)
            if sentence or line.count(", ") >= 3:  # a list of names ("Ana Ruiz, Tom Lee, …") is no headline either
                self._titlecase[line_start] = False
            else:
                long_words = [w for w in TOKEN.findall(line) if len(w) >= 4 and w.isalpha()]
                capital = sum(1 for w in long_words if w[0].isupper())
                self._titlecase[line_start] = len(long_words) >= 3 and capital >= 0.7 * len(long_words)
        return self._titlecase[line_start]


class Match:
    """A gazetteer hit before the rules: words i..j-1, the offsets it covers and the sense it means."""

    __slots__ = ("i", "j", "start", "end", "entry", "team", "feature")

    def __init__(self, i, j, start, end, entry, team=False, feature=False):
        self.i, self.j, self.start, self.end, self.entry, self.team, self.feature = i, j, start, end, entry, team, feature



def caps_line(tokens: Tokens, i: int) -> bool:
    """True when word i stands on a line with no lower-case letter (a headline in capitals)."""
    text = tokens.text
    start, end = text.rfind("\n", 0, tokens.starts[i]) + 1, text.find("\n", tokens.starts[i])
    line = text[start:None if end < 0 else end]
    return not any(c.islower() for c in line)

