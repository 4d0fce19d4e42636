"""The body an organisation's noun stands for ("the bank said" → the bank the story described as one).

News names a body once with the noun it is ("investment banking giant Acme Sachs", "Acme Sachs, the investment
bank,", "the lender Acme Capital") and then writes "the bank said". The body's name is the speaker, the last one
the text described with that noun before the quote; no name is guessed when it described none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.notpersons import not_a_person
from newsmark.core.suggest.pertext import per_text
from newsmark.core.suggest.speakers import OPENERS as _LOWER_OPENERS
from newsmark.core.suggest.sourcewords import CALENDAR

_OPENERS = frozenset(w.capitalize() for w in _LOWER_OPENERS) | frozenset(
    "Officials Police Analysts Experts Critics There Here It This That These Those They He She We I You Its".split())
_NOT_NAMES = CALENDAR | {"The", "A", "An", "May", "Today", "Yesterday", "In", "On", "At"}  # "the bank Monday said"

# Nouns for a kind of body that news writes "the … said" with; each found by its stem ("bank" in "banking").
_BODY_NOUNS = frozenset("bank lender insurer firm company carmaker automaker airline retailer broker brokerage "
                        "agency regulator charity network broadcaster publisher startup manufacturer".split())
_NAME = r"(?P<name>(?:[A-Z][\w'’&.-]*[ \t]+(?:(?:of|for|and|&)[ \t]+)?){0,4}[A-Z][\w'’&-]*)"
_REACH = 4000


@lru_cache(maxsize=64)
def _described(noun: str) -> re.Pattern:
    """The noun (or its stem's word) just before a name ("banking giant Acme Sachs", "the lender Acme Capital"),
    or after it in apposition ("Acme Sachs, the investment bank,")."""
    stem = re.escape(noun[:-1] if noun.endswith("y") else noun)  # "agency" → "agenc": "agencies"
    return name_pattern(r"(?<![\w-])" + stem + r"[a-z]*(?:[ \t]+(?:giant|group|house|firm|titan|major|behemoth))?[ \t]+"
                        + _NAME + r"(?![\w'’&-])"
                        r"|(?<![\w'’&.-])" + _NAME.replace("name", "apposed") + r",[ \t]+(?:the|an?)[ \t]+"
                        r"(?:[\w-]+[ \t]+){0,3}" + stem + r"[a-z]*[,.]")


def described_body(text: str, phrase: str, at: int) -> str:
    """The name of the body "the <noun>" (``phrase``) stands for at ``at``: the last one the text described with that
    noun before, or ``""``."""
    words = phrase.split()
    if len(words) != 2 or words[0].lower() != "the" or words[1] not in _BODY_NOUNS:
        return ""
    lo = max(0, at - _REACH)
    described: dict[str, tuple[int, int]] = {}  # name → (how often the text names it before the quote, where described)
    for noun in _KIN.get(words[1], (words[1],)):  # "insurance firm Acme … the company said": one kind, two words
        for m in _described(noun).finditer(text, lo, at):
            name = m.group("name") or m.group("apposed")
            if name and name.split()[0] not in _NOT_NAMES:
                described[name] = (_times_named(text, name, lo, at) if words[1] in _KIN else 0, m.start())
    if described:  # the last described; of businesses, the one named most ("Oil giant Shell" in passing is not the story's)
        return max(described, key=described.get)
    return _subject_body(text, at) if words[1] in _FIRMS else ""


def _times_named(text: str, name: str, lo: int, at: int) -> int:
    """How often text[lo:at] names the body ``name`` by its first word."""
    return sum(1 for _ in re.finditer(r"(?<![\w'’-])" + re.escape(name.split()[0]) + r"(?![\w-])", text[lo:at]))


# A business is described as either ("insurance firm Acme", "consumer goods giant Acme") and then called the other.
_KIN = {"company": ("company", "firm", "giant"), "firm": ("firm", "company", "giant")}
# Nouns a story uses for the business it is about ("Acme wouldn't confirm it. But the company said …").
_FIRMS = frozenset("company firm startup".split())
# A sentence that opens with one capitalised word, its subject, then a lower-case verb ("Acme wouldn’t confirm").
_ONE_WORD_SUBJECT = name_pattern(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:But\s+|And\s+|Still,\s+)?(?P<name>[A-Z][\w-]+)"
                                 r"(?:\s+(?:on|last|this)\s+[A-Z][a-z]+)?\s+(?=[a-z])")
_SENTENCE_REACH = 600


def _subject_body(text: str, at: int) -> str:
    """The one-word body the sentence before ``at`` (or the one holding it) opens with, when the text never gives that
    word a given name before it (a company, not a person called by a surname), or ``""``."""
    subjects = [m.group("name") for m in _ONE_WORD_SUBJECT.finditer(text, max(0, at - _SENTENCE_REACH), at)]
    subjects = [w for w in subjects if w not in _NOT_NAMES and w not in _OPENERS]  # "But the company …": no subject
    word = subjects[-1] if subjects else ""
    return word if word and _names_a_body(text, word) else ""


@per_text  # one look over the text per word, however many quotes ask
def _names_a_body(text: str, word: str) -> bool:
    """Whether capitalised ``word`` names a body in ``text``: never written lower-case, capitalised inside sentences
    too ("Commuters were …" is no name), and no person's surname ("Matt Salazar … Salazar wouldn't")."""
    if (re.search(r"(?<![\w'’-])" + re.escape(word.lower()) + r"(?![\w'’-])", text)
            or not re.search(r"[a-z,][ \t]+" + re.escape(word) + r"(?![\w-])", text)):
        return False
    return not any(not not_a_person((named.group(1), word)) and named.group(1) not in _OPENERS
                   for named in re.finditer(r"([A-Z][a-z]+)[ \t]+" + re.escape(word) + r"\b", text))
