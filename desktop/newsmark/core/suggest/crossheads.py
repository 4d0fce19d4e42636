"""A crosshead that quotes a source ("‘A welcome surprise’: Acme Bank") is spoken by the source its section quotes.

News splits a roundup into sections, each under a line of its own holding a few quoted words (and, after a colon,
the firm or body the section is about). The words are the section's source's: the quote or sentence of the section
that holds them says whose they are; failing that, the section's first attributed quote does. Which source came
before the line says nothing, though it is the nearest. A quote repeated inside an attributed one nearby (a pull
quote) takes that quote's speaker.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from newsmark.core.suggest.suggestion import Suggestion

# A line holding only a short quote, then perhaps a colon and a label of a few words; blank lines around it.
_CROSSHEAD = re.compile(r"[\"“‘'](?P<words>[^\n\"“”‘’]{3,90})[\"”’'][ \t]*(?::[ \t]*[^\n.!?:]{1,60})?[ \t]*")
_WORD = re.compile(r"[^\W_]+")
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_REACH = 4000  # a section's length at most: a roundup's sections are a few paragraphs
_ENOUGH = 0.7  # the share of the crosshead's words a sentence must hold to be its source


def _crosshead(text: str, s: Suggestion) -> bool:
    """Whether quote ``s`` is a crosshead: a short line of its own between blank lines, the next line no quote."""
    line_start = text.rfind("\n", 0, s.start) + 1
    line_end = text.find("\n", s.end)
    line_end = len(text) if line_end == -1 else line_end
    if line_start < 2 or text[line_start - 2:line_start] != "\n\n" or not text.startswith("\n\n", line_end):
        return False
    m = _CROSSHEAD.fullmatch(text, line_start, line_end)
    words = m.group("words").strip() if m else ""
    if not words or len(words.split()) > 12 or words[-1] in ".,…" or words.startswith(("…", "...")):
        return False  # "“I’m done.”" alone is a short paragraph of speech, "“… to end it”" an excerpt: no heading
    return not text[line_end + 2:line_end + 3] in "\"“‘'"  # the quote runs on in the next paragraph: speech


def _words(text: str) -> set[str]:
    """The lower-case words of ``text``."""
    return {w.lower() for w in _WORD.findall(text)}


def _holds(words: set[str], candidate: str) -> bool:
    """Whether ``candidate`` holds most of a crosshead's ``words``."""
    return len(words & _words(candidate)) >= _ENOUGH * len(words)


def crosshead_speakers(text: str, found: list[Suggestion], mentions: list[tuple[int, str]],
                       name: Callable[[str, int], str]) -> list[Suggestion]:
    """``found`` with each crosshead quote given its section's source: the section's quote holding its words, else
    the source of ``mentions`` a section sentence holding them names (written by ``name(who, at)``), else the
    section's first source: its first named source or attributed quote, whichever comes first."""
    for i, s in enumerate(found):
        if not _crosshead(text, s):
            continue
        words = _words(text[s.start:s.end])
        end = min(len(text), s.end + _REACH)
        later = list(itertools.takewhile(lambda jo: jo[1].start < end, enumerate(found[i + 1:i + 200], i + 1)))
        heads = [j for j, o in later if _crosshead(text, o)]
        if heads:  # the next crosshead ends the section
            end = found[heads[0]].start
            later = [(j, o) for j, o in later if j < heads[0]]
        speaker = next((o.attributes.get("speaker") for _, o in later if _holds(words, text[o.start:o.end])), "")
        if not speaker:
            speaker = _sentence_source(text, words, s.end, end, mentions, name)
        if not speaker:  # the section's first source: a name before a reporting verb, or an attributed quote
            quoted = next(((o.start, o.attributes.get("speaker")) for _, o in later if o.confidence >= 0.95), (end, ""))
            named = next(((at, who) for at, who in mentions if s.end < at < quoted[0]), None)
            speaker = name(named[1], named[0]) if named else quoted[1]
        if speaker:
            found[i] = s._replace(attributes={**s.attributes, "speaker": speaker}, confidence=0.8)
    return found


def _sentence_source(text: str, words: set[str], start: int, end: int, mentions: list[tuple[int, str]],
                     name: Callable[[str, int], str]) -> str:
    """The source named in the first sentence between ``start`` and ``end`` that holds the ``words``, or ``""``."""
    for m in _SENTENCE.finditer(text, start, end):
        if _holds(words, m.group()):
            return next((name(who, at) for at, who in mentions if m.start() <= at < m.end()), "")
    return ""


_FOLD = re.compile(r"[^\w]+")


def repeated_speakers(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A quote the article repeats inside an attributed one nearby (a crosshead, a pull quote) takes its speaker."""
    folded: dict[int, str] = {}

    def fold(k: int) -> str:
        """Quote ``k``'s words, lower-case, single-spaced (computed once)."""
        if k not in folded:
            folded[k] = " " + _FOLD.sub(" ", text[found[k].start:found[k].end]).lower().strip() + " "
        return folded[k]

    for i, s in enumerate(found):
        if s.confidence >= 0.95 or s.end - s.start < 8:
            continue
        probe = text[s.start:s.start + 8].lower()  # a plain look first: most neighbours share no words at all
        for j in range(max(0, i - 3), min(len(found), i + 4)):
            other = found[j]
            if (j != i and other.confidence >= 0.95 and probe in text[other.start:other.end].lower()
                    and fold(i).strip() in fold(j)):
                found[i] = s._replace(attributes={**s.attributes, "speaker": other.attributes["speaker"]}, confidence=0.9)
                break
    return found
