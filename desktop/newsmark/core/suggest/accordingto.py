"""The source a sentence opens with "According to …" for the quotes later in that sentence.

"According to his aunt, Jane Starner, “…”", "According to Ana Ruiz, shortly before the vote, the mayor
“was already packing”", "According to the man, the treatment “worked within days”": the words are the
source's, even when the sentence goes on to tell about someone else. A named apposition wins over the
description before it ("his aunt, Jane Starner" → Jane Starner); a writing's author over the writing
("a survey by Ana Ruiz" → Ana Ruiz).
"""

from __future__ import annotations

import re

from newsmark.core.suggest.pronouns import sentence_starts

# "According to" (after a short lead: "But", "Yet", "In 2019,") then the source up to its comma.
_ACCORDING = re.compile(r"(?:(?:But|And|Yet|So|Still|Now)\s+|[A-Z][^,.;:\n\"“”]{0,40},\s*)?[Aa]ccording\s+to\s+"
                        r"(?P<source>[^,.;:\n\"“”]{2,80}?)(?:,\s*(?P<apposed>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}))?,")
_BY = re.compile(r"\bby\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3})")
_LEADING = re.compile(r"^(?:the|his|her|its|their|our|an?)\s+", re.IGNORECASE)


def according_source(text: str, at: int) -> str:
    """The source "According to …" names at the head of the sentence a quote at ``at`` sits in, or ``""``."""
    own, _ = sentence_starts(text, at)
    m = _ACCORDING.match(text, own, at)
    if not m:
        return ""
    if m.group("apposed"):
        return m.group("apposed")
    source = m.group("source").strip()
    by = _BY.search(source)
    if by:
        return by.group("name")
    return _LEADING.sub("", source)
