"""Speakers in narrative stretches of features: who a reported scene's words belong to.

A long feature tells scenes and cites where it learned of them: "Lee kept a gun in his office, according to a
magazine — and he demanded loyalty. "…," he told staff." The source named after a clause's ``according to``
vouches for the telling; it is not a person the story follows, so a later "he" or "she" does not mean it.
A source introduced with a description ("…, according to Ana Ruiz, a tax lawyer") is a person, and stays.
"""

from __future__ import annotations

import re

# A description after a name introduces a person: ", an attorney at …", ", who …", ", the director of …".
_DESCRIBED = re.compile(r"\s*,\s+(?:an?|the|who|whose|one|[a-z][\w-]*\s+of)\b")


def story_people(text: str, mentions: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """``mentions`` without the sources a clause cites after its facts (``…, according to a magazine``)."""
    kept = []
    for at, who in mentions:
        # A mention found by its "according to" starts at that word; lower case, it follows a clause it vouches for.
        if text.startswith("according", at):
            named = text.find(who, at, at + 40 + len(who))
            if named == -1 or not _DESCRIBED.match(text, named + len(who)):
                continue
        kept.append((at, who))
    return kept
