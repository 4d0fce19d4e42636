"""The person a card's credit line names, for the quote paragraph under it.

Vox pops, readers' stories and museum or gift features set each voice apart as a card: an optional title line,
a credit line naming the person with where they are from or what they do ("Ana Ruiz, 34, nurse, Leeds";
"Donated by Ana Ruiz, Dayton, Ohio"), then their words in a quote paragraph no verb attributes. The credit
line is one short line with no sentence in it, so no other rule reads it as telling about anyone.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.speakers import is_full_name, is_role, person_name

# "[Donated|Submitted|Told|Sent|Shared] by|from " then a name of two to four capitalised words, then ", …" parts.
_CREDIT = re.compile(r"(?:(?:Donated|Submitted|Told|Sent|Shared|Lent|Loaned|Given|Written)\s+(?:by|to)\s+|From\s+)?"
                     r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|da|del|al|bin)){1,3})"
                     r"(?:,\s*[^,\n\"“”«»]{1,40}){1,4}")
# A lower-case word ending the line with a stop, or a stop after a word of three letters inside it.
_SENTENCE_END = re.compile(r"(?:^|\s)[a-z][\w'’-]*[.!?]$|[a-z]{3,}[.!?]\s")
_LONGEST = 120  # a credit line is short; a longer line is prose


def card_speaker(text: str, at: int) -> str:
    """The full name on the credit line right above a quote paragraph opening at ``at``, or ``""``."""
    head = text.rfind("\n", 0, at)
    if text[head + 1:at].strip() or head < 1:
        return ""  # the quote does not open its paragraph
    above_end = head
    while above_end > 0 and text[above_end - 1].isspace():  # back over the blank line (no copy of the text before)
        above_end -= 1
    above = text.rfind("\n", 0, above_end) + 1
    line = text[above:above_end].strip()
    if not line or len(line) > _LONGEST or _SENTENCE_END.search(line):
        return ""  # a sentence ends in it: prose, not a credit line ("Va." and "Calif." are no sentence's end)
    m = _CREDIT.fullmatch(line)
    if not m:
        return ""
    name = person_name(m.group("name"))
    return name if is_full_name(name) and not is_role(name.split()[0]) and name == m.group("name") else ""
