"""What a definite description ("the group", "the company", "the expert") refers back to in the article.

News names a body or describes a source once ("The group, Tenants United, formed …", "Acme Holdings", "one
legal expert said") and then says "the group said", "the company said", "the expert warned". The speaker is the
body's name, or the fuller description that introduced the source.
"""

from __future__ import annotations

import re
from functools import lru_cache

from newsmark.core.suggest.bodynouns import described_body
from newsmark.core.suggest.namecaps import name_pattern

# Last words of a body's name that a generic noun stands for ("the company" → "Acme Holdings").
_KINDS = {
    "group": "Group|Coalition|Alliance|Association|Network|Campaign|Movement|Collective|Union|Federation",
    "company": "Inc\\.?|Corp\\.?|Corporation|Company|Co\\.|Ltd\\.?|Holdings|Group|plc|PLC|LLC|Industries|Enterprises",
    "firm": "Inc\\.?|Corp\\.?|Corporation|Company|Co\\.|Ltd\\.?|Holdings|Group|plc|PLC|LLC|Partners|Associates|Capital",
    "agency": "Agency|Administration|Service|Bureau|Authority|Commission|Center|Centre",
    "organisation": "Organisation|Organization|Foundation|Institute|Association|Trust",
    "organization": "Organisation|Organization|Foundation|Institute|Association|Trust",
    "charity": "Foundation|Trust|Fund|Charity|Society",
    "union": "Union|Federation|Association",
    "network": "Network|Broadcasting|Media|News",
}
_NAME = r"(?:[A-Z][\w'’&.-]*[ \t]+(?:(?:of|for|and|the|&)[ \t]+)*){1,5}"
_REACH = 6000
# Words that say which or how many, not what kind ("another expert", "one former official"): not kept in the description.
_NOT_MODIFIERS = frozenset("other another such same new former certain few many several some".split())


@lru_cache(maxsize=64)
def _apposition(head: str) -> re.Pattern:
    """"The group, Tenants United, …" / "a group, Tenants United,": the noun then the name it is given."""
    return name_pattern(r"\b[Tt]he[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}" + head + r",[ \t]+((?:[A-Z][\w'’&.-]*[ \t]*){1,6}),")


@lru_cache(maxsize=64)
def _named_kind(head: str) -> re.Pattern:
    """A capitalised name ending with a word of the noun's kind ("Tenants United Coalition")."""
    return name_pattern(r"(?<![\w'’.-])" + _NAME + r"(?:" + _KINDS[head] + r")(?![\w'’-])")


@lru_cache(maxsize=64)
def _introduced(head: str) -> re.Pattern:
    """"one legal expert", "a senior diplomat": the indefinite phrase that introduced the source."""
    return name_pattern(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+((?:[a-z][\w-]*[ \t]+){1,2})" + head + r"\b")


@lru_cache(maxsize=64)
def _kind_word(head: str) -> re.Pattern:
    """A word of the noun's kind alone, found fast (a literal scan), before the name is looked for."""
    return name_pattern(r"(?<![\w'’.-])(?:" + _KINDS[head] + r")(?![\w'’-])")


def _last_named(head: str, text: str, lo: int, at: int) -> re.Match | None:
    """The last name of the noun's kind in text[lo:at]: its kind word first, then the capitalised words before it."""
    for word in reversed(list(_kind_word(head).finditer(text, lo, at))[-8:]):
        m = _named_kind(head).search(text, max(lo, word.start() - 120), word.end())
        while m and m.end() < word.end():
            m = _named_kind(head).search(text, m.end(), word.end())
        if m:
            return m
    return None


def _last(pattern: re.Pattern, text: str, lo: int, at: int) -> re.Match | None:
    """The last match of ``pattern`` in text[lo:at]."""
    found = None
    for found in pattern.finditer(text, lo, at):  # noqa: B007 - the last one is wanted
        pass
    return found


# A sentence's opening word and "of"/"for" before a body's name ("Shares of Acme Holdings").
_OPENING_OF = name_pattern(r"^(?!The\b)[A-Z][a-z]+[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?")


def antecedent(text: str, phrase: str, at: int) -> str:
    """The body's name or fuller description a definite ``phrase`` ("the group") refers to before ``at``, or ``""``."""
    words = phrase.split()
    if len(words) != 2 or words[0].lower() != "the" or not words[1].isalpha() or not words[1].islower():
        return ""
    head, lo = words[1], max(0, at - _REACH)
    if text.find(head, lo, at) == -1 and head not in _KINDS:
        return ""
    m = _last(_apposition(head), text, lo, at)
    if m:
        return m.group(1).strip()
    if head in _KINDS:
        m = _last_named(head, text, lo, at)
        name = m.group().strip() if m else ""
        opening = m and (m.start() == 0 or text[max(0, m.start() - 2):m.start()].strip() in {"", ".", "!", "?"})
        if opening:  # "Shares of Acme Holdings fell": the sentence's first word is no part of the name
            name = _OPENING_OF.sub("", name)
        name = re.sub(r"^(?:The|A|An|In|On|At|But|And)[ \t]+", "", name)
        owned = re.split(r"['’]s[ \t]+", name)[-1]
        name = owned if len(owned.split()) >= 2 else name  # "the Weather Service’s Storm Center": the center
        if len(name.split()) >= 2:
            return name
    m = _last(_introduced(head), text, lo, at)
    if m:
        modifiers = [w for w in m.group(1).split() if w not in _NOT_MODIFIERS]
        if modifiers and not any(w in {"of", "the", "and", "or", "to", "in"} for w in modifiers):
            return " ".join(modifiers + [head])
    return described_body(text, phrase, at)  # "banking giant Acme Sachs … the bank said"


def unnamed_before(text: str, head: str, at: int) -> str:
    """The description an unnamed source was introduced with before ``at`` ("an economist", "one senior
    economist" → "economist", "senior economist"), or ``""`` when the text introduced none."""
    m = _last(_introduced_bare(head), text, max(0, at - _REACH), at)
    if not m:
        return ""
    modifiers = [w for w in (m.group(1) or "").split() if w not in _NOT_MODIFIERS]
    return " ".join(modifiers + [head])


@lru_cache(maxsize=64)
def _introduced_bare(head: str) -> re.Pattern:
    """"an economist", "one senior economist", not followed by a name ("an economist, Ana Ruiz," is named)."""
    return name_pattern(r"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+((?:[a-z][\w-]*[ \t]+){0,2})" + head
                        + r"\b(?![ \t]+[A-Z]|,[ \t]+[A-Z][a-z]+[ \t]+[A-Z])")


_DATE_WORD = name_pattern(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|January|February|March|"
                          r"April|May|June|July|August|September|October|November|December)\b")
_ISSUED = r"(?:issued|released|put[ \t]+out|published|sent|wrote|posted|shared|signed|filed|emailed|tweeted)"
_ISSUER = r"((?:[A-Z][\w'’&.-]*[ \t]+(?:(?:of|for|and|the|&)[ \t]+)*){0,5}[A-Z][\w'’&.-]*)"


@lru_cache(maxsize=64)
def _authored(head: str) -> re.Pattern:
    """"Acme Holdings issued a statement", "a statement from Acme Holdings", "Acme Holdings' statement"."""
    thing = r"(?:[a-z][\w-]*[ \t]+){0,2}" + head + r"\b"
    return name_pattern(_ISSUER + r"[ \t]+(?:(?:also|later|then|has|had|have|jointly)[ \t]+)?" + _ISSUED
                        + r"[ \t]+(?:a|an|the|its|their|his|her)[ \t]+" + thing
                        + r"|\b(?:[Aa]n?|[Tt]he)[ \t]+" + thing + r"[ \t]+(?:from|by|issued[ \t]+by|released[ \t]+by|signed[ \t]+by)[ \t]+"
                        + r"(?:the[ \t]+)?" + _ISSUER.replace("(", "(?P<by>", 1)
                        + r"|" + _ISSUER.replace("(", "(?P<own>", 1) + r"['’]s?[ \t]+" + thing)


# A preposition or a lower-case noun before a capitalised issuer makes it part of a longer subject.
_GOVERNED = name_pattern(r"(?<![\w'’-])(?:on|of|for|in|at|from|with|by|about|against|to)[ \t]+\Z")


def author(text: str, head: str, at: int) -> str:
    """Who issued the writing ``head`` ("the statement said") last said to issue one before ``at``, or ``""``."""
    m = _last(_authored(head), text, max(0, at - _REACH), at)
    if not m or (m.group(1) and _GOVERNED.search(text, max(0, m.start() - 12), m.start())):
        return ""  # "the committee on China sent a letter": the committee's, not China's
    name = re.sub(r"^(?:The|A|An)[ \t]+", "", m.group(1) or m.group("by") or m.group("own") or "")
    return "" if _DATE_WORD.match(name) else name  # "Tuesday's report": a day, not its author
