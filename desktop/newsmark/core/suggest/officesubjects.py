"""Who a pronoun or an unattributed quote means when no person's name opens the sentence before: an office or a body
that does ("The Tory leader countered that …. He declared: “…”"; "The committee reached …. It warned that … “…”"), and
not a person the quote itself speaks about ("“I've had a word with Olof …,” he told": not Olof).
"""

from __future__ import annotations

import re

from newsmark.core.suggest.sentencesubject import previous_sentence
from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.pronouns import sentence_starts
from newsmark.core.suggest.speakers import is_full_name, is_organisation, is_role, is_title

# A sentence opening with an office and its verb: "The Tory leader countered that …", "The home secretary insisted …".
_OFFICE_SUBJECT = name_pattern(r"^\s*(?P<who>[Tt]he[ \t]+(?:[A-Z][\w'’-]*[ \t]+)?(?:[a-z][\w-]*[ \t]+)?(?P<role>[a-z][\w-]*))"
                               r"[ \t]+(?:also[ \t]+|then[ \t]+)?(?:[a-z]{2,}ed|said|says|told|insisted|argued|added)\b")


def previous_office(text: str, at: int) -> tuple[int, str]:
    """(offset, phrase) of the office or body the sentence before offset ``at`` opens with ("the Tory leader", "the
    committee"), or (-1, "")."""
    start, sentence = previous_sentence(text, at)
    m = _OFFICE_SUBJECT.match(sentence) if start != -1 else None
    return (start, "t" + m.group("who")[1:]) if m else (-1, "")  # "the committee", as a phrase mid-sentence


_IT_OPENS = re.compile(r"\s*(?:But\s+|And\s+)?It\s+(?:also\s+|later\s+)?[a-z]{2,}(?:ed|s)\b")


def it_body(text: str, at: int, people) -> str:
    """The body a quote's sentence means by the "It" it opens with ("It warned that …"), when the sentence before opens
    with that body ("The committee reached its conclusions …"), named as the text first names it; else ``""``."""
    own, _ = sentence_starts(text, at)
    if not _IT_OPENS.match(text, own, at):
        return ""
    office = previous_office(text, at)
    named = (people.resolve(office[1], at) or "") if office[1] else ""
    return named if named[:1].isupper() and not is_full_name(named) and not is_role(named.split()[-1]) else ""


def named_inside(content: str, name: str) -> bool:
    """Whether a quote's words name the person ``name`` by given name or surname: someone spoken about, not the speaker."""
    words = [w for w in name.split() if w[:1].isupper() and not is_title(w) and len(w) > 2]
    if len(words) < 2:
        return False
    return any(re.search(r"(?<![\w'’-])" + re.escape(w) + r"(?![\w'’-])", content) for w in (words[0], words[-1]))


# A person named by an epithet, not by name: "The former Scotland international added …", "The 23-year-old is …".
_EPITHET = re.compile(r"\s*The\s+(?:former\s+)?(?:[a-z]+\s+|[A-Z][\w-]*\s+){0,3}?(?:international|[\w-]+-year-old|veteran|youngster)"
                      r"\s+(?:has\s+|had\s+|is\s+|was\s+)?[a-z]+\b")
_NAMED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)*")
_TOLD_SO_FAR = 10_000  # code points before the quote in which to count how often a person is named: a story, bounded


def epithet_person(text: str, at: int, people) -> tuple[int, str]:
    """(offset, full name) of whom the sentence before ``at`` means when it opens with an epithet ("Club director Terry
    Brady held talks with Strachan. The former Scotland international added …"): of the people the sentence before it
    names, the one the text names most often (the first of equals), its subject or not; else (-1, "")."""
    start, sentence = previous_sentence(text, at)
    if start == -1 or not _EPITHET.match(sentence):
        return (-1, "")
    before, told = previous_sentence(text, start + 1)
    if before == -1:
        return (-1, "")
    named: dict[str, int] = {}
    for m in _NAMED.finditer(told):
        full = people.resolve(m.group(), before + m.start()) or ""
        if is_full_name(full) and not is_organisation(full):
            named.setdefault(full, text.count(full.split()[-1], max(0, at - _TOLD_SO_FAR), at))
    return (start, max(named, key=named.get)) if named else (-1, "")
