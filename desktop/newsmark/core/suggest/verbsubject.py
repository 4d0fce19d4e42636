"""The subject pronoun of the reporting verb itself, when a lower-case run before it was read as the source.

"He set in train an overhaul of the curriculum which he said would address "…"", "calling the department out
for what he said was a "…"", "working out for the part … that we said, "…"": the phrase before the pronoun
is an object or an aside, and the pronoun standing right before the verb is who speaks.
"""

from __future__ import annotations

import re

_VERB = r"(?:said|says|told|tells|wrote|writes|added|adds|insisted|argued|replied|asked|warned|explained|called)"
# The pronoun right before the verb (an adverb may stand between), with no sentence end after it.
_SUBJECT = re.compile(r"(?<![\w'’-])(?P<who>he|she|they|we|I)[ \t]+(?:[a-z]+ly[ \t]+)?" + _VERB + r"(?![\w'’-])[^.!?\n]*\Z")


def pronoun_subject(text: str, start: int, at: int) -> str:
    """The subject pronoun of the last reporting verb between ``start`` and the quote at ``at``, or ``""``."""
    m = _SUBJECT.search(text, start, at)
    return m.group("who") if m else ""
