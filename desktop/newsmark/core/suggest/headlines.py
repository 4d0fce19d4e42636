"""Where an article's headline ends: its first line, when that line reads as a headline and not as a sentence.

Capitals in a headline say nothing about who its words are ("Ana Ruiz Wins Her Seat"), so name and subject scans
start after it.
"""

from __future__ import annotations

import re

_STOP_INSIDE = re.compile(r"[a-z][.!?][\"”’)]*\s")


# The words title case may leave in lower case ("Senate Votes to Keep the Ban in Place").
_SMALL_WORDS = frozenset("a an the and or but nor of to in on at for by as vs per via up with from into onto over "
                         "than upon about after near amid".split())


def _title_case(line: str) -> bool:
    """Every word capitalised but the small ones, four of them of four letters at least ("Ana Ruiz Wins Her Seat")."""
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    if any(w[0].islower() and w not in _SMALL_WORDS for w in words):
        return False
    return sum(len(w) >= 4 for w in words) >= 4


def headline_end(text: str) -> int:
    """Where the article's first line ends when it is a headline, else 0.

    A headline has no sentence stop in or after it, or, written in title case, a full stop at its end only
    (some sites and exports end every title with one: "Ana Ruiz Gives Emotional Tribute To Her Mother.").
    """
    end = text.find("\n")
    line = text[:end].rstrip().rstrip("\"”’)]") if end != -1 else ""
    if not line or len(line) >= 200 or _STOP_INSIDE.search(line):
        return 0
    return end if line[-1] not in ".!?:;," or (line[-1] == "." and _title_case(line)) else 0
