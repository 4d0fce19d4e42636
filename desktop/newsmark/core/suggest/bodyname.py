"""The organisation a plain description stands for when the story named it with that word ("the doctors" →
"Doctors for Camp Care"; "the production company" → "Lakeview Productions").

News names a group once in full and then calls it by what it is. When the description's head word, as a
capital, sits in a name of two words or more the story gave before, the description means that body.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.headlines import headline_end
from newsmark.core.suggest.speakers import is_role

_REACH = 4000  # the full name is given near where the story starts telling about the body
_WRITING = re.compile(r"reports?|statements?|letters?|stud(?:y|ies)|surveys?|polls?|memos?|documents?|filings?|bills?|laws?")
_GENERIC = frozenset("company firm group organisation organization house label studio network".split())
_NOT_NOUNS = frozenset("two three four five both others latter former same first second last".split())
_LINK = r"(?:\s+(?:for|of|and|&|on)\s+|\s+)"


def named_body(text: str, phrase: str, at: int) -> str:
    """The capitalised name holding ``phrase``'s head word before ``at`` ("the doctors" → "Doctors for X"), or ``""``."""
    words = phrase.split()
    if not 2 <= len(words) <= 3 or words[0].lower() != "the" or not all(w.isalpha() and w.islower() for w in words[1:]):
        return ""
    if _WRITING.fullmatch(words[-1]) or words[-1] in _NOT_NOUNS:
        return ""  # "the report": a title names a writing, not who wrote it
    head = words[-1]
    tried = [head, words[-2]] if len(words) == 3 and head in _GENERIC else [head]  # "the production company"
    if is_role(_singular(head)):
        return ""  # "the committee chairmen": people by their office, for the roles rule
    start = max(headline_end(text), at - _REACH)  # a headline's capitals are no name
    for word in tried:
        name = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’.-]*\s+){0,3}" + re.escape(_singular(word).capitalize()) + r"s?(?![\w'’-])"
                          r"(?:" + _LINK + r"[A-Z][\w'’.-]*){0,4}")
        runs = [m.group() for m in name.finditer(text, start, at)
                if len(m.group().split()) >= 2 and not any(is_role(w) for w in m.group().split())]
        if runs:
            return runs[-1]
    return ""


def _singular(word: str) -> str:
    """"doctors" → "doctor"; "news", "campus", "business" stay."""
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is", "ws")) else word
