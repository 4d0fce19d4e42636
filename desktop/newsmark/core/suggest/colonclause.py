"""A colon after a clause with a subject of its own hands the quote to that clause's subject, not the sentence's.

"The crowd cheered just after Ruiz declared: "…"", "Lee was there when doctors told the family: "…"": the words
after the colon are what the last clause's subject said. Its subject is a name the article gives in full (or the
surname of one named in full before) or a group of people ("doctors", "officials").
"""

from __future__ import annotations

import re

from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.sourcephrase import speaker_like, speaker_phrase
from newsmark.core.suggest.sourcewords import ADVERB, GROUP, IRREGULAR, NAME
from newsmark.core.suggest.speakers import is_full_name, person_name

# A subordinator, the clause's subject, its past-tense verb, then no comma or stop up to the colon ending the sentence.
_CLAUSE = name_pattern(rf"\b(?:when|after|as|before|while|once|until|because)\s+(?P<who>{GROUP}|{NAME}){ADVERB}\s+"
                       rf"(?!(?:is|was|has|does)\b)(?:[a-z]{{2,}}ed|{IRREGULAR})\b[^\"“”«»\n,;]*:\s*$")


def colon_clause(text: str, sentence: str, at: int) -> str:
    """The subject of a subordinate clause that ends ``sentence`` (before offset ``at``) on a colon, or ``""``."""
    m = _CLAUSE.search(sentence) if ":" in sentence[-3:] else None
    if not m or not speaker_like(m.group("who")):
        return ""
    who = m.group("who")
    if who[:1].islower():
        return who  # "when doctors told them:": the group
    name = person_name(speaker_phrase(who))
    if is_full_name(name) or (" " not in name and _named_in_full(text, name, at)):
        return speaker_phrase(who)
    return ""  # "as Monday ended:": a capitalised word, no person


def _named_in_full(text: str, word: str, at: int) -> bool:
    """Whether the text before ``at`` names someone in full whose last name is ``word``."""
    return bool(word) and name_pattern(r"\b[A-Z][a-z]+[ \t]+" + re.escape(word) + r"\b").search(text[max(0, at - 3000):at]) is not None
