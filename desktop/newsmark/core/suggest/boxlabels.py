"""The person a box's label line names, for the quote paragraphs under it: "Eyewitness - Ana Ruiz", "Survivor: Tom Lee".

Broadcasters' and papers' web pages set a witness's account apart as a box: a heading line that gives the kind of
voice and the person's full name, then their words in paragraphs no verb attributes. The heading is one short line
with no sentence in it; the first paragraph under it is that person's, and the paragraphs after it follow as the
continuation of an attributed quote does.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.speakers import is_full_name, is_role, person_name

# The kinds of voice a box is headed by, then a dash or colon, then a name of two to four capitalised words.
_LABEL = re.compile(r"(?:Eye-?witness|Witness|Survivor|Resident|Reader|Voter|Passenger|Victim|Patient|Parent|Worker|"
                    r"Student|Case\s+study|In\s+(?:his|her|their)\s+(?:own\s+)?words|Your\s+stories|Testimony|Voices?)"
                    r"\s*(?:[-–—:|]\s*)"
                    r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|da|del|al|bin)){1,3})"
                    r"(?:,\s*[^,\n\"“”«»]{1,40}){0,3}", re.IGNORECASE)
_LONGEST = 90  # a heading is short; a longer line is prose


def box_speaker(text: str, at: int) -> str:
    """The full name on the label line right above a quote paragraph opening at ``at``, or ``""``."""
    head = text.rfind("\n", 0, at)
    if head < 1 or text[head + 1:at].strip():
        return ""  # the quote does not open its paragraph
    above_end = head
    while above_end > 0 and text[above_end - 1].isspace():  # back over the blank line
        above_end -= 1
    line = text[text.rfind("\n", 0, above_end) + 1:above_end].strip()
    m = _LABEL.fullmatch(line) if line and len(line) <= _LONGEST else None
    if not m or not m.group("name")[:1].isupper():
        return ""
    name = person_name(m.group("name"))
    return name if is_full_name(name) and not is_role(name.split()[0]) and name == m.group("name") else ""
