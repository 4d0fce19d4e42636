"""The source of a quote named elsewhere in its sentence: a reporting verb's subject before or after it, an office, a
participle's clause ("X told NBC the toll "…"", "…, he declined, saying "…"")."""

from __future__ import annotations

import re

from newsmark.core.suggest.headclauses import body_of_place, office_opening
from newsmark.core.suggest.mentions import ACCORDING_SOURCE
from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.roleholders import role_holder
from newsmark.core.suggest.sentencesubject import sentence_subject
from newsmark.core.suggest.kinship import kin_word_before
from newsmark.core.suggest.sourcephrase import speaker_like, speaker_phrase
from newsmark.core.suggest.sourcewords import (ADVERB as _ADVERB, ASIDE as _ASIDE, LABEL as _LABEL, NAME as _NAME, SAYS as _SAYS,
                                               WORKS_OF)
from newsmark.core.suggest.speakers import after_role_of, is_full_name, is_organisation, is_role, person_name

APPOSITION = name_pattern(r"^(?:(?:[A-Z][a-z]{0,2}\.|[A-Z][\w'’-]*|the)\s+){1,5}[A-Z][\w'’-]*$")

# An aside between spaced dashes: "…," Ana Ruiz - then adviser to the mayor - told reporters.
DASHED = r"[ \t]+[-–—][ \t]+(?:(?![ \t][-–—][ \t])[^\"“”«»\n]){1,160}?[ \t]+[-–—]"

# A body or aide named by whose it is: "Russia's foreign ministry said it saw the move as "…"".
_POSSESSED_BODY = (r"(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s+(?:[a-z][\w-]*\s+){0,2}(?:ministry|office|government|embassy|"
                   r"spokes(?:man|woman|person)|lawyers?|attorneys?|campaign|army|military|cabinet|agency|department|"
                   r"administration|team|board|council|foundation|presidency|regulator)")

# The source of a reporting verb anywhere in the quote's sentence ("X told NBC the toll …"); sentence_subject() reads only its opening.
_REPORTING_SUBJECT = name_pattern(rf"(?<![\w'’-])(?P<who>{_POSSESSED_BODY}|{_NAME}|[Hh]e|[Ss]he){_LABEL}(?:{_ASIDE}|{DASHED}),?{_ADVERB}\s+(?:{_SAYS})\b")

# "…" fragment, says Ana Ruiz, …: the verb and its source after words that continue the quote's sentence.
_INVERTED_TAIL = name_pattern(rf"^[^,\"“”«»]{{0,80}},\s+(?:said|says|adds|added|writes|wrote|tells|told)\s+(?P<who>{_NAME})(?=\s*[,.;:!?]|\s*$)")

# A person, then the body they are from, then the verb: '"…," David Noone from Intervoice said'.
_PERSON_FROM = name_pattern(rf"(?<![\w'’-])(?P<who>{_NAME})[ \t]+(?:from|of|at)[ \t]+(?:the[ \t]+)?\Z")


def _person_from(text: str, at: int) -> str:
    """The person named right before "from"/"of"/"at" and the body whose name starts at ``at``, or ``""``."""
    person = _PERSON_FROM.search(text, max(0, at - 60), at)
    who = person.group("who") if person else ""
    if not who or any(is_role(w) for w in who.split()):
        return ""  # "Chief Financial Officer of Super Value Debra Symonette", "Lord Nicholls of Birkenhead": a title's "of"
    return speaker_phrase(who) if is_full_name(person_name(who)) and not is_organisation(who) else ""

# A reporting verb after a subordinator is no attribution of the quote before ("…," she said, after he suggested …).
_SUBORDINATE = name_pattern(r"\b(?:after|before|when|because|if|as|since|while|until|though|although|once|unless|whether|"
                            r"and|but|yet|whereas)\s+$")  # "…" and Lee says: a clause of its own
_PARTICIPLE_END = name_pattern(r"(?:,|\s+by)\s+(?:saying|adding|writing|telling\s+\w+)(?:\s+(?:that\s+)?[^,;:\"“”«»\n]{1,100}?)?\s*[:,]?\s*$")
# ("…, saying Britain would hold a poll "…"": what the participle reports runs into the quote; "X addressed the crowd and
# concluded by saying "…"": the clause's subject too)
_CLAUSE_SUBJECT = name_pattern(rf"^\s*(?:(?:and|but|then)\s+)?(?P<who>{_NAME}|[Hh]e|[Ss]he|[Tt]hey)\s+(?:also\s+)?[a-z]+(?:ed|s)\b")
_SENTENCE_END = name_pattern(r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bSt)(?<!\b[A-Z])[.!?]\s")
_OBJECT_OF = name_pattern(r"[A-Z][a-z]+[ \t]+for[ \t]+\Z")  # "Department for International Development": a body split at its "for"
POSSESSIVE_DETERMINERS = frozenset("His Her Their Its Our My Your".split())

# A name ending in a possessive owns the noun after it, never does its verb: "Lee's comments "…"" is no "Lee comments".
OWNER = name_pattern(r"[A-Z][\w-]*['’]s?$")


def in_sentence(head: str, tail: str) -> str:
    """The subject of a reporting verb elsewhere in the quote's sentence ("X told NBC the toll "looks like…"")."""
    for m in reversed(list(_REPORTING_SUBJECT.finditer(head))):
        if m.group("who") in POSSESSIVE_DETERMINERS or _OBJECT_OF.search(head, max(0, m.start("who") - 30), m.start("who")):
            continue  # "His comments come as …": a noun; "a spokeswoman for the Department for International Development
            # said": the name the preposition governs is no subject
        if WORKS_OF.search(head, max(0, m.start("who") - 80), m.start("who")):
            continue  # "The star of Rain Man and Tootsie said …": a title; the star is the person the story is about
        if kin_word_before(head, m.start("who")) and " " not in m.group("who") and m.group("who")[:1].isupper():
            return m.group("who")  # "Mr Eavis' daughter Emily said": the relative, by the one name the text gives
        if speaker_like(m.group("who")) and not OWNER.search(m.group("who")):
            person = _person_from(head, m.start("who"))
            if person:
                return person  # "David Noone from Intervoice said. "…"": his words go on
            body = body_of_place(head, m.start("who"), m.group("who"))
            if body:
                return speaker_phrase(body)  # "Lloyds of London told the FT …"
            return role_apposed(head, m) or speaker_phrase(m.group("who"))
    office = office_opening(head)
    if office:
        return speaker_phrase(office)  # "The home secretary said, by 2008, he wanted … to "…"": the office's holder
    tail = _SENTENCE_END.split(tail, maxsplit=1)[0]
    m = ACCORDING_SOURCE.search(tail) or _INVERTED_TAIL.search(tail) or next(
        (s for s in _REPORTING_SUBJECT.finditer(tail) if not _SUBORDINATE.search(tail, 0, s.start())), None)
    if m and speaker_like(m.group("who")):
        person = _person_from(tail, m.start("who"))
        if person:
            return person  # '"…," David Noone from Intervoice said': the person, then his firm
        holder = role_holder(tail, m.start("who")) if is_organisation(m.group("who")) else ""
        return holder or speaker_phrase(m.group("who"))  # '"…", Rabbi Ana Ruiz, founder of … the Acme Center said.'
    return _participle_subject(head) or sentence_subject(head)

_ASIDE_WORDS = name_pattern(r",[ \t]*([^,\"“”«»\n]{3,60}),")


def role_apposed(head: str, m: re.Match) -> str:
    """The person in apposition to a body a role is of ("the chairman of Acme UK, Sir Ana Ruiz, said": Ana Ruiz) or to a
    role ("the party's health spokeswoman, Ana Ruiz, said"), or ``""``."""
    aside = _ASIDE_WORDS.match(head, m.end("who"))
    if not aside or not (after_role_of(head, m.start("who")) or is_role(m.group("who").split()[-1])):
        return ""  # "… Party's health spokeswoman, Eleanor Scott, said": the role's own person too
    named = aside.group(1).strip()
    return speaker_phrase(named) if APPOSITION.match(named) and is_full_name(person_name(named)) and not is_organisation(named) else ""


def _participle_subject(head: str) -> str:
    """The subject of the clause a participle hangs on ("…, he declined, saying "…"" → "he"), or ``""``."""
    m = _PARTICIPLE_END.search(head) if "ing" in head else None
    if not m:
        return ""
    for part in reversed(head[:m.start()].split(",")):  # the main clause comes last: "When X asked …, he declined"
        subject = _CLAUSE_SUBJECT.match(part.lstrip(" \"“”"))  # "“…,” Ruiz weighed in, telling Lee, “…”"
        if subject and speaker_like(subject.group("who")):
            return speaker_phrase(subject.group("who"))
    return ""
