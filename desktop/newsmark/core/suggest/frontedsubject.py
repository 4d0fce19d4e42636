"""The person a feature brings in at the head of a sentence, for a pronoun-attributed quote that follows.

Features introduce each speaker in a sentence of their own before quoting them with "he said"/"she said", and
often open that sentence with a scene or time ("Over coffee near campus, 21-year-old Ana Ruiz rolled her eyes.")
or name a person by a given name only, with a description that stands for the surname ("Daniel, a senior who
asked that his last name be withheld, said …"; "Another student, Lena, said …"). The plain subject readers miss
these openings, so the pronoun went to whoever was quoted before.
"""

from __future__ import annotations

from newsmark.core.suggest.gazetteer import builtin_gazetteer, name_key
from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.pronouns import sentence_starts
from newsmark.core.suggest.speakers import is_organisation, is_role, person_name

_VERB = r"(?:said|says|told|tells|added|wrote|argued|recalled|explained|insisted)"
_FULL_NAME = r"[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3}"
# "Over coffee near campus, " / "At the University of Leeds, ": where or when, then the subject.
_FRONTED = (r"(?:(?:At|In|On|Over|After|Before|During|Inside|Outside|From|Across|Behind|Near|Since|Later|Earlier)"
            r"[ \t][^,\n“”\"]{2,80},[ \t]+)")
_AGE = r"(?:(?:a|an|the)[ \t]+)?(?:\d{1,3}-year-old[ \t]+)?"
_SCENE_SUBJECT = name_pattern(_FRONTED + _AGE + r"(?P<who>" + _FULL_NAME + r")(?:,[^,\n]{3,120},)?[ \t]+(?:[a-z]+ly[ \t]+)?"
                              r"(?:[a-z]{2,}(?:ed|s)|said|told|wrote)\b")
_AGED_SUBJECT = name_pattern(r"\d{1,3}-year-old[ \t]+(?P<who>" + _FULL_NAME + r")[ \t]+(?:[a-z]+ly[ \t]+)?(?:[a-z]{2,}(?:ed|s)|said|told|wrote)\b")
# "Daniel, a senior who …, said": one given name made a person by its description.
_DESCRIBED_GIVEN = name_pattern(r"(?P<who>[A-Z][a-z]{2,})(?:,[ \t]+(?:a|an)[ \t]+[^\n]{3,160}?,[”\"’]?)[ \t]+(?:[a-z]+ly[ \t]+)?"
                                + _VERB + r"\b")
# "Another student, Lena, said": a description, then the given name in commas.
_GIVEN_AFTER = name_pattern(r"(?:Another|One|A|An)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?P<role>[a-z][\w-]+),[ \t]+(?P<who>[A-Z][a-z]{2,}),"
                            r"[ \t]+(?:[a-z]+ly[ \t]+)?" + _VERB + r"\b")


def fronted_subject(text: str, start: int, end: int) -> tuple[int, str]:
    """(offset, name) of the person the sentence ``text[start:end]`` brings in as its subject, or (-1, "")."""
    for pattern in (_SCENE_SUBJECT, _AGED_SUBJECT):
        m = pattern.match(text, start, end)
        if m:
            name = person_name(m.group("who"))
            if len(name.split()) >= 2 and not is_organisation(name) and not is_role(name.split()[-1]):
                return m.start("who"), name
    m = _GIVEN_AFTER.match(text, start, end)  # "Another student, Brittany, said": a person, though a place's name too
    if not m:
        m = _DESCRIBED_GIVEN.match(text, start, end)
        if m and builtin_gazetteer().get(name_key(m.group("who"))) is not None:
            return -1, ""  # "Paris, a city of parks, said": the description may be a place's
    if m and not is_organisation(m.group("who")) and not is_role(m.group("who")):
        return m.start("who"), m.group("who")
    return -1, ""


def introduced_before(text: str, at: int) -> tuple[int, str]:
    """(offset, name) of the person the sentence before the quote at ``at`` brings in (across a paragraph break)."""
    own, before = sentence_starts(text, at)
    if before == own:
        if text[max(0, own - 2):own] != "\n\n":
            return -1, ""
        before = sentence_starts(text, own - 2)[0]  # the quote opens its paragraph: the last sentence before it
        opening = text.rfind("\n", 0, own - 2) + 1
        if opening < before:  # or the paragraph before opened by bringing the person in
            found = fronted_subject(text, before, own)
            return found if found[1] else fronted_subject(text, opening, before)
    return fronted_subject(text, before, own)
