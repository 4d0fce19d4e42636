"""The person a relative clause has speaking right before a quote: "…, Ruiz, who told reporters she “…”".

A reporting verb in a "who" clause attributes the quote that clause runs into to the clause's antecedent,
though the sentence's own subject is someone else ("He met Ruiz, who told him she “had always wanted to"
" direct”"). Only a verb of saying counts, and only when no other quotation mark comes between it and the quote.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.pronouns import sentence_starts
from newsmark.core.suggest.speakers import SCAN_NAME, person_name

_WHO_SAID = re.compile(rf"(?P<who>{SCAN_NAME}),\s+who\s+(?:[a-z]+ly\s+)?(?:had\s+|has\s+|once\s+|later\s+)?"
                       r"(?:told|tells|said|says|wrote|writes|insisted|insists|argued|argues|added|adds|explained|"
                       r"explains|warned|warns|recalled|recalls|declared|declares)\b[^“”\"«»\n]{0,100}\Z")

_PLACE_BEFORE = re.compile(r",\s*(?:from|in|of|at|near|outside)\s+\Z")  # ", 24, from Leeds, who"; not "an endorsement from Ruiz, who"


def relative_speaker(text: str, at: int) -> str:
    """The name a "who told/said" clause ending at the quote at ``at`` hangs on, or ``""``."""
    own, _ = sentence_starts(text, at)
    if at - own < 12:
        return ""
    m = _WHO_SAID.search(text, max(own, at - 220), at)
    if not m or _PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return ""  # "Ana Ruiz, 24, from Leeds, who told us": the person, not the place
    return person_name(m.group("who"))
