"""More people a pronoun attribution ("she said") may mean: the subject of a leading clause, a person just introduced.

News writes "When Ana Ruiz took office, she said "…"" (the leading clause's subject speaks) and introduces a
new speaker in the sentence before a pronoun-attributed quote ("Among those who fled was 25-year-old Ana
Ruiz, a nurse. "…," she said."). The asker in "When X asked …, he said" is the interviewer, not the speaker.
"""

from __future__ import annotations

import bisect
import re

from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.pertext import per_text
from newsmark.core.suggest.sourcewords import SAYS
from newsmark.core.suggest.speakers import PARTICLES, is_organisation, is_role, person_name

_NAME = r"[A-Z][\w'’-]*+(?:\s+(?:[A-Z][\w'’-]*+|" + PARTICLES + r"\b)){0,4}+"
_LEADING = name_pattern(rf"(?:When|After|Before|As|Once|While|Since|Although|Though|Because|Until|If)\s+(?P<who>{_NAME})"
                        r"(?:['’]s)?\s+(?!asked\b|questioned\b|pressed\b|interviewed\b|told\b)(?=[a-z])")
# A new person brought in: "… was 25-year-old Ana Ruiz, …", "… is Ana Ruiz, a nurse", "…, Ana Ruiz, who …",
# "the brainchild of IBM researcher Ana Ruiz who developed …".
_INTRODUCED = name_pattern(rf"(?:\b(?:is|was|are|were|including|among\s+them)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){{0,3}}?"
                           rf"(?P<who>{_NAME})(?=[,.;])|(?<=\s)(?P<described>{_NAME})(?=,\s+(?:who|a|an|the|\d+)\b|[ \t]+who[ \t])|"
                           # a passive's agent: "The report was welcomed by shadow pensions secretary David Willetts."
                           rf"\b(?:was|were|been)\s+[a-z]+ed\s+by\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w-]*\s+)?(?:[a-z][\w-]*\s+){{0,4}}"
                           rf"(?P<agent>{_NAME})(?=[,.;]))")
# A person brought in with their role: "One dissenting opinion came from Brian Gammage, vice-president of research at …".
_ROLED = name_pattern(rf"(?<=\s)(?P<who>{_NAME}),\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w'’.&-]*['’]s\s+)?"
                      r"(?P<role>[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,2})")
_PLACED = name_pattern(r"\b(?:at|in|on|from|to|for|by|of|into|near)\s+$")
_ASKED = name_pattern(rf"\b(?:asked|questioned|pressed)\s+(?P<who>{_NAME})\s*[,:]?\s*$")
_STOP = name_pattern(r"[.!?][”\"’)]?\s+(?=[A-Z“\"‘])")


def _person(name: str) -> str:
    """The name when it reads as a person's full name, else ``""``."""
    name = person_name(name)
    words = name.split()
    ok = (len(words) >= 2 and all(w[:1].isupper() for w in words) and not is_organisation(name)
          and not is_role(words[-1]))
    return name if ok else ""


def leading_subject(text: str, start: int, at: int) -> tuple[int, str]:
    """(offset, name) of the subject of a clause opening the sentence from ``start`` ("When Ana Ruiz won, …")."""
    m = _LEADING.match(text, start, at)
    name = person_name(m.group("who")) if m else ""
    return (m.start("who"), name) if name and not is_organisation(name) else (-1, "")


def introduced(text: str, start: int, at: int) -> tuple[int, str]:
    """(offset, full name) of the last person introduced for the first time in ``text[start:at]``, or (-1, "")."""
    found = (-1, "")
    for m in _INTRODUCED.finditer(text, start, at):
        key = "who" if m.group("who") else "described" if m.group("described") else "agent"
        if key != "agent" and _PLACED.search(text, max(0, m.start(key) - 6), m.start(key)):
            continue  # "was more pronounced at Acme Express": a place or a business, not a person brought in
        name = _person(m.group(key))
        if name and text.find(name.split()[-1]) >= start:  # new here: the surname was not used before
            found = (m.start(key), name)
    for m in _ROLED.finditer(text, start, at):
        name = _person(m.group("who"))
        if (name and m.start() > found[0] and any(is_role(w) for w in m.group("role").split())
                and text.find(name.split()[-1]) >= start):
            found = (m.start("who"), name)
    return found


@per_text
def _stops(text: str) -> tuple[list[int], list[int]]:
    """(starts, ends) of every sentence stop (``_STOP``) in the text, in text order, worked out once per text.

    A stop holds no other stop's first character, so the stops a scan of ``text[a:b]`` finds are exactly these
    that start at ``a`` or later and end before ``b`` (the capital after a stop must lie inside the window too).
    """
    starts, ends = [], []
    for m in _STOP.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


def _stop_ends(text: str, a: int, b: int) -> tuple[list[int], int, int]:
    """The stop ends, and the range ``[i, j)`` of those a scan of ``_STOP`` over ``text[a:b]`` would find."""
    starts, ends = _stops(text)
    return ends, bisect.bisect_left(starts, a), bisect.bisect_left(ends, b)


def sentence_starts(text: str, at: int) -> tuple[int, int]:
    """Where the sentence holding offset ``at`` and the one before it start, within its paragraph."""
    para = max(text.rfind("\n", 0, at) + 1, at - 600)
    ends, i, j = _stop_ends(text, para, at)
    return ends[j - 1] if j > i else para, ends[j - 2] if j - i >= 2 else para


def addressee(text: str, at: int) -> str:
    """Who a question quoted at ``at`` was put to ("a reporter asked Ana Ruiz, "…?"" → "Ana Ruiz"), or ``""``."""
    m = _ASKED.search(text, max(0, at - 120), at)
    return person_name(m.group("who")) if m else ""


# A clause joined on to the sentence before, opening with its own subject and a verb of being or mind, or of answering
# someone: "… this year but captain Fabien Pelous sees hope", "… Barcelona and Owen is confident …", "… but Tennis
# Australia's Geoff Pollard rejected his comments". A description may stand before the name.
_JOINED_SUBJECT = name_pattern(rf"(?:,[ \t]*|[ \t])(?:but|and|while|whereas)[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}?"
                               rf"(?P<who>{_NAME})[ \t]+(?:is|was|remains|sees|saw|believes|feels|thinks|hopes|admits|"
                               r"insists|knows|accepts|expects|rejected|rejects|dismissed|dismisses|disputed|disputes|"
                               r"countered|counters|defended|defends)\b")


def joined_subject(text: str, at: int) -> tuple[int, str]:
    """(offset, name) of the person opening the last clause joined on (``but``, ``and``) to the sentence before the one
    holding the quote at ``at`` — whom a "he said" after it means — or (-1, "")."""
    para = text.rfind("\n", 0, at) + 1
    ends, i, j = _stop_ends(text, max(para, at - 600), at + 1)  # a stop right before the mark too
    if j <= i:
        return (-1, "")
    found = (-1, "")
    for m in _JOINED_SUBJECT.finditer(text, ends[j - 2] if j - i >= 2 else para, ends[j - 1]):
        name = person_name(m.group("who"))
        words = name.split()
        if (words and "I" not in words and not is_organisation(name) and not is_role(words[-1])
                and (len(words) >= 2 or re.search(r"[A-Z][\w'’-]+[ \t]+" + re.escape(name) + r"\b", text, 0))):
            found = (m.start("who"), name)  # a person: named in full, or by the surname of a full name
    return found


# The sentence before ends with its source, the verb first, an apposition after it or not: "… in favour of the
# householder, said Mr Clarke.", "…, observed Jack Boorman, adviser to IMF's managing director, Rodrigo Rato."
_SAID_LAST = name_pattern(rf",[ \t]+(?!(?:told|tells|asked|asks|urged|urges)\b)(?:{SAYS})[ \t]+(?P<who>{_NAME})"
                          r"(?:,[ \t]+(?:an?|the)?[ \t]*[a-z][^.,\"“”]{0,60}(?:,[ \t]+[A-Z][^.,\"“”]{0,30})?)?\.[\"”’]?\s*\Z")
# ("…, observes Ms Alexander."; not "…, he told Agence France Presse.": whom one told or asked is no source)


def source_closing_before(text: str, at: int) -> tuple[int, str]:
    """(offset, name) of the source closing the sentence right before the one holding the quote at ``at``, written
    after its verb ("…, said Mr Clarke. He said: “…”", "…, observes Ms Alexander. “…,” she says"), or (-1, "")."""
    para = text.rfind("\n", 0, at) + 1
    ends, i, j = _stop_ends(text, max(para, at - 600), at + 1)  # a stop right before the mark too
    if j <= i:
        return (-1, "")
    start, end = ends[j - 2] if j - i >= 2 else para, ends[j - 1]
    m = _SAID_LAST.search(text, max(start, end - 160), end)
    name = person_name(m.group("who")) if m else ""
    return (m.start("who"), name) if name and not is_organisation(name) else (-1, "")
