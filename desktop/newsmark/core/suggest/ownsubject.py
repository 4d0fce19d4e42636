"""The subject of the sentence that frames a quote no verb of saying attributes.

News frames a partial quote with a sentence about its speaker ("Ruiz thanked him for “…”", "Ruiz went after
Harper, calling him “…”") and opens a quote paragraph after a sentence about the one who speaks next
("Ruiz praised Harper's record.\n\n“…”"). The person the sentence opens with is the speaker; the names after
its verb (whom they thanked, praised or attacked) are not.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.pronouns import sentence_starts
from newsmark.core.suggest.sourcewords import SUBORDINATORS as _SUBORDINATORS
from newsmark.core.suggest.speakerindex import SpeakerIndex
from newsmark.core.suggest.speakers import OPENERS, PRONOUNS, SCAN_NAME, is_full_name, is_organisation, is_role, person_name
from newsmark.core.suggest.titledsubject import titled_subject

# A short opening before the subject ("On Monday, ", "At a rally in Akron, Ohio, ", "Campaigning in Ohio, ", "But ").
_INTRO = (r"(?:(?:(?:In|At|On|From|After|Before|Later|Earlier|Meanwhile|Then|Still|However|Instead|Now|Today|Yesterday|"
          r"Since|During|Last\s+\w+|This\s+\w+)\b[^,.\n\"“”]{0,40},\s*|[A-Z][a-z]+ing\b[^,.\n\"“”]{0,60},\s*)"
          r"(?:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?,\s*)?|(?:But|And|Yet|So|Then|Now|Later|Still)\s+)?")
# The subject: a name (not possessive), an optional aside in commas, then a lower-case word that is no link.
_WHEN = r"(?:[ \t]+on[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"  # "Acme on Sunday confirmed"
_SUBJECT_HEAD = _INTRO + rf"(?P<who>{SCAN_NAME})(?![\w'’-])(?:,(?P<aside>[^\n]{{0,160}}?),[”’\"]?)?{_WHEN}[ \t]+"
_SUBJECT = re.compile(_SUBJECT_HEAD + r"(?!(?:and|or|of|in|on|at|for|to|with|from|by|the|a|an|who|which|that|is|was|were|are)\b)"
                      r"(?=[a-z])")
# For a pronoun's referent a linking verb is a verb too: "Ljubicic was at a loss …. "…," he said" means Ljubicic.
_LINKED_SUBJECT = re.compile(_SUBJECT_HEAD + r"(?!(?:and|or|of|in|on|at|for|to|with|from|by|the|a|an|who|which|that)\b)"
                             r"(?=[a-z])")


_OWNED_BODY = re.compile(r"[A-Z][\w-]*['’]s(?:[ \t]+[A-Z][\w-]*){1,3}")  # "Russia’s Defense Ministry"
_SAID = re.compile(r"\b(?:said|says|told|added|wrote)\b")
_JOINED = re.compile(r"[,;]\s+(?:and|but)\s+(?=[A-Z])")
_DETERMINERS = frozenset("my our your his her their its this that these those".split())
# A title or an initial whose full stop a sentence scan takes for a sentence's end.
_ABBREVIATED = re.compile(r"(?<![\w.])(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Prof|Rev|Hon|[A-Z])\.\s+\Z")
# A sentence telling that its subject would not speak ("Ruiz declined to comment"): the next quote is someone else's.
_SILENT = re.compile(r"\b(?:declined|refused)\s+to\s+(?:comment|be\s+interviewed|speak|answer|respond)|"
                     r"\b(?:did\s+not|didn['’]t)\s+(?:respond|return|reply|answer)|could\s+not\s+be\s+reached|not\s+immediately\s+available")


def _subject(text: str, start: int, end: int, people: SpeakerIndex, pattern: re.Pattern = _SUBJECT) -> tuple[int, str]:
    """(offset, full name) of the person or body opening the sentence ``text[start:end]``, or (-1, "").

    A capitalised word opening a sentence is often no name ("Shortly", "Audiences", "One"): the subject counts
    only when the article names that person in full (the name ends with the word) or it is a body's name.
    """
    if _ABBREVIATED.search(text, max(0, start - 8), start):
        return -1, ""  # "… that Mr. Ruiz had": a title's stop, not a sentence's, came before
    titled = titled_subject(text[start:end])
    if titled:  # "Acme press officer Ana Ruiz reported …": the person, not the body the sentence opens with
        return start, people.resolve(titled, start) or titled
    m = pattern.match(text, start, end)
    if not m or m.group("who").isupper() or _SILENT.search(text, m.end(), end):  # an aside may say so of the past
        return -1, ""  # a headline in capitals says nothing about who speaks
    if m.group("aside") and _SAID.search(m.group("aside")):
        return -1, ""  # "Ruiz, an aide said, “is …”": the aside attributes the quote, Ruiz is its topic
    run = m.group("who")
    if run.split()[0] in _SUBORDINATORS:  # "When Ruiz asked about it, Harper revealed": the main clause's subject
        comma = text.find(", ", m.end("who"), end)
        m = pattern.match(text, comma + 2, end) if comma != -1 else None
        if not m:
            return -1, ""
        run = m.group("who")
    body = run.split()[0] == "The" and len(run.split()) >= 3 and is_organisation(run)  # "The Acme Foundation describes"
    if (run.split()[0].lower() in OPENERS and not body) or run.endswith(("'s", "’s", "s'", "s’")):
        return -1, ""  # "Ruiz's lawyer, …": the lawyer, not Ruiz
    if _OWNED_BODY.fullmatch(run) and is_organisation(run) and run.split()[0] not in OPENERS:
        return m.start("who"), run  # "Russia’s Defense Ministry on Sunday confirmed …": the ministry, as named
    name = person_name(run)
    words = name.split()
    if not words or words[0].lower() in PRONOUNS | _DETERMINERS or is_role(words[-1]):  # "My Struggle": a title
        return -1, ""
    if len(words) >= 2 and is_organisation(name):
        return m.start("who"), name
    full = people.resolve(name, m.start("who")) or ""
    return (m.start("who"), full) if is_full_name(full) and full.split()[-1] == words[-1] else (-1, "")


def framing_subject(text: str, at: int, people: SpeakerIndex) -> tuple[int, str]:
    """(offset, full name) of the subject of the sentence a quote opening at ``at`` sits in, when it does not open it."""
    own, _ = sentence_starts(text, at)
    if not text[own:at].strip() or len(text[own:at].split()) < 3:
        return -1, ""
    return _subject(text, own, at, people)


def lead_in_subject(text: str, at: int, people: SpeakerIndex, linked: bool = False) -> tuple[int, str]:
    """(offset, full name) of the subject of the sentence right before a quote that opens its sentence, or (-1, "").

    The sentence is the one before in the paragraph, or, when the quote opens its paragraph, the last sentence
    of the paragraph before (a one-paragraph lead-in about the next speaker).
    """
    own, before = sentence_starts(text, at + 1)  # a stop right before the mark too: "… set. “…,” he said"
    if text[own:at].strip():
        return -1, ""
    if before == own:
        if text[max(0, own - 2):own] != "\n\n":
            return -1, ""
        before = sentence_starts(text, own - 2)[0]
    joined = [j.end() for j in _JOINED.finditer(text, before, at)]  # "X made claims, and Y responded:": Y leads in
    return _subject(text, joined[-1] if joined else before, at, people, _LINKED_SUBJECT if linked else _SUBJECT)
