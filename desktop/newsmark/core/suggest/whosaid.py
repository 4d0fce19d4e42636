"""The person a relative clause has speaking right before a quote: "…, Ruiz, who told reporters she “…”".

A reporting verb in a "who" clause attributes the quote that clause runs into to the clause's antecedent,
though the sentence's own subject is someone else ("He met Ruiz, who told him she “had always wanted to"
" direct”"). Only a verb of saying counts, and only when no other quotation mark comes between it and the quote.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.pronouns import sentence_starts
from newsmark.core.suggest.speakers import SCAN_NAME, person_name

_WHO_VERB = (rf"(?P<who>{SCAN_NAME}),\s+(?:\d{{1,3}},\s+)?who\s+(?:[a-z]+ly\s+)?(?:had\s+|has\s+|once\s+|later\s+)?"
             r"(?:told|tells|said|says|wrote|writes|insisted|insists|argued|argues|added|adds|explained|"
             r"explains|warned|warns|recalled|recalls|declared|declares)\b")
_WHO_SAID = re.compile(_WHO_VERB + r"[^“”\"«»\n]{0,100}\Z")
# The same clause anywhere in a sentence that ends before the quote: "… for Staunton, 49, who told BBC News she had not
# thought …. "…," she said".
_WHO_TOLD = re.compile(_WHO_VERB + r"[^“”\"«»\n.!?]{0,200}[.!?]")

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


def relative_teller(text: str, at: int) -> tuple[int, str]:
    """(offset, name) of the person a "who told/said" clause hangs on in the sentence right before the quote at
    ``at`` ("It is a debut nomination for Staunton, 49, who told BBC News she had not thought …"), or (-1, "")."""
    _, before = sentence_starts(text, at)  # a quote opening its sentence: the one before and the one before that
    found = (-1, "")
    for m in _WHO_TOLD.finditer(text, before, at):
        if not _PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            found = (m.start("who"), person_name(m.group("who")))
    return found
