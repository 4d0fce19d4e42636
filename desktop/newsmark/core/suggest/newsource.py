"""Whether the role a quote is attributed to introduces a new, unnamed source ("…," an Iowa Republican said).

An indefinite article before a role ("a New Hampshire Republican", "an aide", "another official", "one
senior adviser") brings in someone the story does not name: the role is the speaker, not a person named
earlier whom "the senator said" would mean.
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
