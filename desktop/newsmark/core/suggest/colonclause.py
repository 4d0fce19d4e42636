"""Who a sentence ending in a colon hands its quote to: the name ending it, its subject, or a last clause's subject.

A colon after a clause with a subject of its own hands the quote to that clause's subject, not the sentence's:
"The crowd cheered just after Ruiz declared: "…"", "Lee was there when doctors told the family: "…"": the words
after the colon are what the last clause's subject said. Its subject is a name the article gives in full (or the
surname of one named in full before) or a group of people ("doctors", "officials").
"""

from __future__ import annotations

import re

from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.sourcephrase import speaker_like, speaker_phrase
from newsmark.core.suggest.sourcewords import ADVERB, ASIDE, GROUP, IRREGULAR, NAME
from newsmark.core.suggest.speakers import is_full_name, is_role, person_name

# A colon hands the sentence's words to the quote: its subject speaks ("Ruiz leaned in and boomed: "…""), or the
# name that ends it ("… doesn't surprise pollster Ana Ruiz: "…"", a transcript's "Ruiz: "…"").
_COLON_NAME = name_pattern(rf"(?:^|(?<=\s))(?P<who>{NAME})\s*:\s*$")
_COLON_SUBJECT = name_pattern(
    rf"^\s*\(?(?:(?:In|At|On|From|After|Later|Earlier|Meanwhile|During|Then|Here|There|Now|Finally|Again)\b[^,]{{0,60}},\s*)?"
    rf"(?:{NAME},?\s+(?:says|said|recalls|recalled|remembers|remembered),\s+)?"  # "…, Ruiz says, Lee told her:" is Lee's
    rf"(?P<who>{NAME}|(?:The|the)\s+(?:[A-Z][\w'’-]*\s+){{0,3}}[a-z][\w-]*)(?:\s+\([\w.-]{{2,12}}\))?"
    rf"{ASIDE}{ADVERB}\s+(?!(?:is|was|has|does)\b)(?:[a-z]{{2,}}(?:ed|s)|{IRREGULAR})\b[^\"“”«»\n]*:\s*$")

# An absolute clause hands the quote to its own subject: "…, with Ana Ruiz reportedly yelling: "…"".
_WITH_DOING = name_pattern(rf"\b[Ww]ith\s+(?P<who>{NAME}){ADVERB}\s+[a-z]{{2,}}ing\s*:\s*$")


# A name right after these is spoken to or about, never the speaker: "He told Ms Sturgeon:", "on Sunday with Adam Boulton:",
# "Mandic continued in the Sydney Morning Herald:" (an article between).
_OBJECT_BEFORE = re.compile(r"(?<![\w'’-])(?:asked|asks|asking|urged|warned|thanked|with|to|by|for|at|of|"
                            r"from|on|in|about|against)(?:[ \t]+(?:the|a|an))?\Z")  # "continued in the Sydney Morning Herald:"


_TOLD_IN = re.compile(r"(?<![\w'’-])(?:told|tells|telling|spoke[ \t]+to|speaking[ \t]+to|talking[ \t]+to)(?![\w'’-])|['’]s?\Z")


def colon_source(text: str, sentence: str, at: int) -> str:
    """Who a sentence ending in a colon hands its quote to: the name that ends it, else its subject, or ``""``."""
    m = _COLON_NAME.search(sentence)
    if m and speaker_like(m.group("who")):
        before = sentence[:m.start()].rstrip()
        label = not before and len(m.group("who").split()) <= 2  # a transcript's "Ruiz:", not a headline's "Ruiz Visits Ohio:"
        # "He told Ms Sturgeon:", "… Sunday with Adam Boulton:", "Mr Blair told BBC Radio 4's Westminster Hour:", "Guti told
        # private Spanish radio station Cadena Ser:": spoken to, no speaker
        addressed = _OBJECT_BEFORE.search(before) or _TOLD_IN.search(before)
        if label or (before[-1:].islower() or before.endswith(("-", "–", "—"))) and is_full_name(person_name(m.group("who"))) \
                and not addressed:
            return speaker_phrase(m.group("who"))
    m = _WITH_DOING.search(sentence)
    doer = _person(text, m.group("who"), at) if m and speaker_like(m.group("who")) else ""
    if doer:
        return doer  # "…, with Ana Ruiz reportedly yelling: "…"": the one doing it
    m = _COLON_SUBJECT.match(sentence)
    if not m or not speaker_like(m.group("who")) or re.search(r"['’]s?(?:\s|$)", m.group("who")):
        return ""  # "Ruiz's team sent a message:": the team's, not Ruiz's
    who = m.group("who")
    if who.split()[0] in {"The", "the"} and who[-1:].islower():
        return who[:1].lower() + who[1:] if is_role(who.split()[-1]) else ""  # "The Vermont senator emailed:"
    return _person(text, who, at)  # not "Video shows the rescue:", "Here are the highlights:": no person


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
    return _person(text, who, at)  # not "as Monday ended:": a capitalised word, no person


def _person(text: str, who: str, at: int) -> str:
    """``who`` as a speaker phrase when it names a person in full, or the surname of one named in full before ``at``."""
    name = person_name(speaker_phrase(who))
    return speaker_phrase(who) if is_full_name(name) or (" " not in name and _named_in_full(text, name, at)) else ""


def _named_in_full(text: str, word: str, at: int) -> bool:
    """Whether the text before ``at`` names someone in full whose last name is ``word`` ("Ana Ruiz" … "Ruiz boomed:")."""
    return bool(word) and name_pattern(r"\b[A-Z][a-z]+[ \t]+" + re.escape(word) + r"\b").search(text[max(0, at - 3000):at]) is not None
