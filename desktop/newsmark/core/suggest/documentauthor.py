"""The body a document speaks for: "the report said" after "a 2014 report from the World Bank" is the World Bank's.

News introduces a report, study or letter once with its author ("a report from the World Bank", "the Vatican's
final report", "a new Moody's study") and then quotes it as "the report said". The convention gives a document's
words to the body named as its author; a document whose author the story never names speaks as itself ("report").
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.sourcewords import CALENDAR

# The documents a story quotes by their noun.
DOCUMENTS = frozenset("report study survey analysis review assessment audit inquiry investigation memo filing".split())
# Writings that "say" what their author wrote ("the statement said", "the report warned").
_DOCUMENT = re.compile(r"statement|release|report|letter|post|tweet|memo|document|booklet|study|notice|filing|complaint|"
                       r"indictment|affidavit|ruling|judgment|judgement|email|e-mail|message|note")


def is_writing(word: str) -> bool:
    """Whether ``word`` names a writing that "says" things ("statement", "report"), not a person."""
    return _DOCUMENT.fullmatch(word.lower()) is not None


# How far back a document's introduction is looked for: its author is named where it first comes up, nearby.
_REACH = 3000
_WORD = r"(?:[A-Z]\.(?:[A-Z]\.)+|[A-Z][\w'’&-]*)"  # "U.S." whole; no other full stop, which may end a sentence
_NAME = r"(?P<author>" + _WORD + r"(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?|for[ \t]+)?" + _WORD + r"){0,6})"
_JOINT = re.compile(r",?[ \t]+and[ \t]+(?:the[ \t]+)?[A-Z]")
_OPENERS = frozenset("The A An In On At But And As When While After Before If Then So Yet".split())


@lru_cache(maxsize=64)
def _introductions(noun: str) -> re.Pattern:
    """A document called ``noun`` introduced with its author: "report from/by/of X", "X's report", "a X report"."""
    return name_pattern(
        r"(?<![\w'’-])" + noun + r"[ \t]+(?:(?:published|released|commissioned|issued|prepared)[ \t]+)?(?:from|by|of)[ \t]+"
        r"(?:the[ \t]+)?" + _NAME + r"(?![\w'’-])"
        r"|(?<![\w'’.-])" + _NAME.replace("author", "owner") + r"(?:['’]s|(?<=s)['’])[ \t]+(?:[a-z\d-]+[ \t]+){0,2}" + noun + r"\b"
        r"|\b(?:[Aa]n?|[Tt]he|[Ii]ts)[ \t]+(?:(?:\d{4}|new|recent|latest|final|annual|draft)[ \t]+)?"
        + _NAME.replace("author", "adjective") + r"[ \t]+" + noun + r"\b"
        # "An IMF mission made the comments in a report": the body (its mission, team) that wrote it
        r"|(?<![\w'’.-])" + _NAME.replace("author", "maker") + r"(?:[ \t]+(?:mission|team|delegation|panel))?[ \t]+"
        r"(?:published|issued|released|made|set[ \t]+out|gave|says|said|warns|warned)\b[^.!?\n\"“”]{0,60}?[ \t]"
        r"(?:a|an|its|their)[ \t]+"  # "Oxfam says in a report, Paying the Price"
        r"(?:(?:new|recent|latest|final|annual|draft)[ \t]+)?" + noun + r"\b")


def document_author(text: str, noun: str, at: int) -> str:
    """The body the document ``noun`` ("report") quoted at ``at`` was introduced with in the text before, or ``""``."""
    if noun not in DOCUMENTS:
        return ""
    author = ""
    for m in _introductions(noun).finditer(text, max(0, at - _REACH), at):
        author = m.group("author") or m.group("owner") or m.group("adjective") or m.group("maker")
        if _JOINT.match(text, m.end("author") if m.group("author") else m.end()):
            author = ""  # "a study by Acme and the Ruiz Center": two authors, so the document speaks as itself
    words = author.split()
    if words and (words[0] in CALENDAR or words[0] == "May"):
        return ""  # "Tuesday's report": when it came out, not who wrote it
    while words and words[0] in _OPENERS:
        words = words[1:]
    return " ".join(words)
