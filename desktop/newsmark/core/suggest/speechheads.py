"""A heading that names whose speech, statement or transcript follows gives its owner the quotes printed under it.

News prints a speech or a statement in full under a line of its own ("Ana Ruiz's speech in full", "Full text of
the Governor's address", "Statement from Acme Corp"), each paragraph opening with a quotation mark and no verb
of saying. The words are the owner's, not those of the last source named before the heading. The section runs to
the next heading (a short line of its own with no sentence stop) or the end of the text.
"""

from __future__ import annotations

import bisect
import re

from newsmark.core.suggest.namecaps import name_pattern

_NOUN = r"(?:speech|statement|address|remarks|transcript|letter|testimony|eulogy|sermon|lecture|message|text)"
# The heading's words, perhaps with a trailing colon: no sentence stop, no quotation mark opening it.
_LINE = re.compile(r"[^\s\"“‘'«][^\n]{2,98}[^\s.!?;,\"”’'»][ \t]*")
# The noun phrase ends the line, or only "in full" or "(full text)" follow: "Ruiz's statement angers union" is a headline.
_TAIL = r"(?:\s+(?:in\s+full|\(?full\s+text\)?))?\s*$"
_OWNED = name_pattern(r"(?:^|(?<=\s))(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)['’]s?\s+"
                      r"(?:(?:[A-Za-z]+|\d{4})\s+){0,7}?(?i:" + _NOUN + r")" + _TAIL)
_FROM = name_pattern(r"\b(?i:" + _NOUN + r")\s+(?:of|from|by)\s+(?:the\s+)?(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)" + _TAIL)
_OPENERS = frozenset("the read full watch see here our his her their".split())


def _owner(line: str) -> str:
    """The owner a heading line names ("The King's Speech 2024 full transcript" → "King"), or ``""``."""
    if len(line.split()) > 12:
        return ""
    m = _OWNED.search(line) or _FROM.search(line)
    if not m:
        return ""
    words = m.group("owner").split()
    while words and words[0].lower() in _OPENERS:
        words = words[1:]  # "Read the Governor's statement": not "Read the Governor"
    return " ".join(words)


class SpeechHeads:
    """The sections of one text that a speech heading opens, found in one pass over its short lines."""

    def __init__(self, text: str) -> None:
        """Every heading-like line of ``text``: a speech heading's owner, or ``""`` for another heading."""
        self._starts: list[int] = []
        self._owners: list[str] = []
        at = text.find("\n\n", text.find("\n") + 1 if "\n" in text else len(text))  # not the headline
        while at != -1:  # one plain find per paragraph: a long text is walked at memory speed
            start = at + 2
            end = text.find("\n", start)
            end = len(text) if end == -1 else end
            if end - start <= 110 and (end == len(text) or text.startswith("\n\n", end)) and _LINE.fullmatch(text, start, end):
                self._starts.append(end)
                self._owners.append(_owner(text[start:end].strip().rstrip(":").strip()))
            at = text.find("\n\n", end)
        if not any(self._owners):
            self._starts, self._owners = [], []

    def owner(self, at: int) -> str:
        """The owner of the speech whose section holds offset ``at``, or ``""``."""
        i = bisect.bisect_right(self._starts, at) - 1
        return self._owners[i] if i >= 0 else ""
