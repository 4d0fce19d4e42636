"""A quote a "with"-clause gives to a person speaking ("…, with finance minister Hans Eichel saying it showed that
policy was "on the right track"").

News often closes a sentence about one side with another's words, in a "with" clause whose verb is a reporting
participle: "Paris was more subdued, with finance minister Herve Gaymard telling parliament: "…"". The quote is the
person's, not the sentence subject's ("Paris") nor the last source named.
"""

from __future__ import annotations

from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.speakerindex import SpeakerIndex
from newsmark.core.suggest.speakers import SCAN_NAME, is_organisation, is_role, person_name

_SAYING = (r"(?:saying|telling|adding|arguing|warning|insisting|claiming|noting|declaring|stating|writing|urging|"
           r"predicting|admitting|conceding|promising|vowing|suggesting|complaining|describing|calling|branding|"
           r"accusing|pointing[ \t]+out|explaining|asking|replying|responding|commenting|remarking|recalling)")
# "with", up to four words of role or description, the name, its participle, then no full stop before the quote.
_WITH = name_pattern(r"(?<![\w'’-])[Ww]ith[ \t]+(?:(?:[a-z][\w'’-]*|[A-Z][\w'’.-]*)[ \t]+){0,4}?(?P<who>" + SCAN_NAME
                     + r")(?:,[^,.!?\n\"“”]{1,60},)?[ \t]+" + _SAYING + r"\b[^.!?\n\"“”]{0,160}\Z")


def with_saying(text: str, at: int, people: SpeakerIndex) -> str:
    """The person a "with … saying" clause right before the quote at ``at`` names as speaking, or ``""``."""
    m = _WITH.search(text, max(0, at - 300), at)
    if not m:
        return ""
    name = person_name(m.group("who"))
    words = name.split()
    if not words or is_role(words[-1]):
        return ""
    full = people.resolve(name, m.start("who")) or ""
    return full or name if len(words) >= 2 or is_organisation(name) else full  # a lone word: only a known person
