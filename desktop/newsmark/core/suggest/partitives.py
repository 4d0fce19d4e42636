"""A source written as one of a group ("one of the protesters"), and the name a described source is given in apposition.

News introduces a speaker by the group they belong to, often naming them right after it ("One of the protesters,
Ana Ruiz, 42, said: …"): the name is the speaker. Left unnamed ("“…,” one of the managers present said"), the
source is one member of the group, written as the convention writes an unnamed source: "manager".
"""

from __future__ import annotations

import re

from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.speakers import is_organisation, person_name

# "one of the", "another of his", "one of two": a single member of a group the words after it name.
_ONE_OF = name_pattern(r"^(?:one|another|each)\s+of\s+(?:(?:the|those|these|its|his|her|their|our|my|your)\s+)?"
                       r"(?:(?:two|three|four|five|six|several|many|\d+)\s+)?(?P<group>[a-z].*)$")
# What ends the group's noun phrase: a preposition, a relative pronoun, a participle's clause ("who spoke", "for X").
_GROUP_END = name_pattern(r"\s+(?:who|which|that|whom|whose|for|of|at|in|on|from|with|to|by|about|near|present|"
                          r"there|here|involved|interviewed|speaking|quoted)\b.*$")
_IRREGULAR = {"people": "person", "men": "man", "women": "woman", "children": "child", "police": "police",
              "staff": "staff", "crew": "crew", "media": "media", "news": "news"}
# A person's name given in apposition after a described source, then a comma, an age or the verb.
_NAME_AFTER = r",[ \t]+(?P<name>[A-Z][\w'’.-]*(?:[ \t]+(?:[A-Z][\w'’.-]*|de|da|van|von|bin|al-[\w'’-]+)){1,3})(?=,|[ \t]+(?:said|says|told|tells|added|wrote|writes|explained|recalled|warned)\b)"
_REACH = 400


def singular(noun: str) -> str:
    """The singular of a plural English noun as news writes it ("protesters" → "protester", "parties" → "party")."""
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if len(noun) > 4 and noun.endswith("ies"):
        return noun[:-3] + "y"
    if noun.endswith("yses"):
        return noun[:-2] + "is"  # "analyses"
    if noun.endswith(("sses", "ches", "shes", "xes", "zes")):
        return noun[:-2]  # "witnesses", "coaches"
    if noun.endswith("s") and not noun.endswith(("ss", "us", "is")):
        return noun[:-1]
    return noun


def one_of(who: str) -> str:
    """A lower-case "one of the Xs …" source as one X ("one of the project managers present" → "project manager"),
    ``""`` when ``who`` is no such phrase."""
    m = _ONE_OF.match(who)
    if not m:
        return ""
    words = _GROUP_END.sub("", m.group("group").split(",")[0]).split()  # "advisers, who spoke …": the group
    if not words:
        return ""
    return " ".join(words[:-1] + [singular(words[-1])])  # the phrase's head is its last noun


def apposed_name(text: str, who: str, at: int, after: int) -> str:
    """The person's name a lower-case source phrase near the quote at ``at``–``after`` is given in apposition ("one
    of the protesters, Ana Ruiz, 42, said"; "a spokesperson, Ana Ruiz, told"), or ``""``."""
    if not (who[:1].islower() or who in {"One", "Another"}) or ", " not in text[max(0, at - _REACH):after + _REACH]:
        return ""
    pattern = name_pattern(r"(?<![\w'’-])(?i:" + re.escape(who) + r")" + _NAME_AFTER)
    for m in pattern.finditer(text, max(0, at - _REACH), after + _REACH):
        name = person_name(m.group("name"))
        if len(name.split()) >= 2 and not is_organisation(name) and not name.endswith(("'s", "’s")):
            return name
    return ""


# A person's full name, a comma, then the body they speak for without an article ("Colin Asplin, Blackpool Hotel
# Association said: …"): the sloppy apposition of quick copy.
_NAME_BEFORE = name_pattern(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}),[ \t]+\Z")


def person_before_body(text: str, who: str, at: int, after: int) -> str:
    """The full name written right before an organisation's name that ``attribution`` read as the source, or ``""``."""
    if not who[:1].isupper() or not is_organisation(who):
        return ""
    for k in (m.start() for m in re.finditer(re.escape(who), text[max(0, at - _REACH):after + _REACH])):
        k += max(0, at - _REACH)
        m = _NAME_BEFORE.search(text, max(0, k - 60), k)
        name = person_name(m.group("name")) if m else ""
        if len(name.split()) >= 2 and not is_organisation(name):
            return name
    return ""
