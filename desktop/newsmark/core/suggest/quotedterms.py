"""Quoted words that are no speech: a headline's quoted fragment, and a term a sentence talks about.

A headline or a live page's entry heading quotes a fragment of what someone said ("Premier calls the strike an
‘act of war’"); the story below quotes it in full, and headings carry no quote. A survey's trait in marks is a
term, the subject of a verb that rates it ("say that “committed to democracy” describes Ruiz better").
"""

from __future__ import annotations

import re

_LONGEST_HEADING = 16  # words
_STOP = re.compile(r"[.!?…]")
# The term's verb right after the closing mark: "“honest” describes Ruiz", "“strong leader” applies to Lee"
# (not "fit": a ruling's words may, "its “pattern of misconduct” fit the definition"; nor "described", a subject's
# verb after an aside: "Lee, who puts it at "seven figures," described …").
_RATED = re.compile(r"[ \t]+(?:better[ \t]+|best[ \t]+)?(?:describes?|applies[ \t]+to|apply[ \t]+to)\b")


def quoted_term(text: str, at: int, content_end: int, after: int) -> bool:
    """Whether the quotation opening at ``at`` (its words ending at ``content_end``, its mark at ``after``) is a
    headline's fragment or a rated term, not speech."""
    if _RATED.match(text, after) and "," not in text[content_end:after]:
        return True  # not "…,” describes one resident": a quote handed over with its comma
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", after)
    line_end = len(text) if line_end == -1 else line_end
    if text[after:line_end].strip() or _STOP.search(text, content_end - 1, content_end):
        return False  # words after the quote, or a quoted sentence: no headline's fragment
    if line_start and text[max(0, line_start - 2):line_start] != "\n\n":
        return False  # a wrapped line of a paragraph
    if text[line_end:line_end + 2].strip("\n") or text[line_end:line_end + 1] != "\n":
        return False  # the heading stands over a paragraph
    words = text[line_start:at].split()
    return 3 <= len(words) and len(text[line_start:line_end].split()) <= _LONGEST_HEADING and not _STOP.search(text, line_start, at)
