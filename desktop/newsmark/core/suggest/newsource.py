"""Whether the role a quote is attributed to introduces a new, unnamed source ("…," an Iowa Republican said).

An indefinite article before a role ("a New Hampshire Republican", "an aide", "another official", "one
senior adviser") brings in someone the story does not name: the role is the speaker, not a person named
earlier whom "the senator said" would mean. Reported words ending the narration before a quote with such a source
("…, the spokesman said.") hand it the quote that follows.
"""

from __future__ import annotations

import re

_INDEFINITE = re.compile(r"(?:^|[\s(—–-])(?:a|an|another|one)\s+\Z", re.IGNORECASE)
_REACH = 160  # an attribution sits right next to its quote


def introduces_unnamed(text: str, at: int, after: int, role: str) -> bool:
    """True when ``role``, the attribution of the quote between ``at`` and ``after``, follows "a"/"an"/"another"/"one"."""
    if not role:
        return False
    k = text.find(role, after, after + _REACH)
    if k == -1:
        k = text.rfind(role, max(0, at - _REACH), at)
    return k != -1 and bool(_INDEFINITE.search(text, max(0, k - 12), k))


# The paragraph before a quote ends with reported words and their unnamed source: "…, the spokesman said."
_REPORTED_LAST = re.compile(r",[ \t]+(?P<who>(?:the|a|an)[ \t]+[a-z][\w'’ -]{2,60}?)[ \t]+(?:said|says|added|explained)\.\s*\Z")


def reported_last(text: str, previous_end: int, at: int) -> str:
    """The unnamed source of the reported words ending the narration between the last quote and this one, or ``""``:
    the quote that follows goes on with that source's words, not the last quote's speaker's."""
    between = text[previous_end:at]
    if not between.strip() or between.count("\n\n") > 2 or '"' in between or "“" in between:
        return ""
    m = _REPORTED_LAST.search(between)
    return m.group("who") if m else ""
