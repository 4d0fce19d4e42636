"""The named sources of reporting verbs in a text ("Ana Ruiz said", "according to Tom Lee"), in text order.

A pronoun or an unattributed quote goes to the person the text last told about; these mentions are the named sources
it chooses among (``last_before``). A name after a preposition is where or whose, not who ("prosecutors in Los Angeles
say"); a body's unnamed voice, a role's holder and a name in apposition speak instead of the words before them.
"""

from __future__ import annotations

import bisect
import re

from newsmark.core.suggest.coordinated import inverted_mentions
from newsmark.core.suggest.gazetteer import builtin_gazetteer, name_key
from newsmark.core.suggest.givennames import given_gender
from newsmark.core.suggest.ledby import Leaders
from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.roleholders import role_holder
from newsmark.core.suggest.sourcephrase import speaker_like, speaker_phrase
from newsmark.core.suggest.sourcewords import ADVERB as _ADVERB, ASIDE as _ASIDE, NAME as _NAME, SAYS as _SAYS, TITLED_SURNAME, WORKS_OF
from newsmark.core.suggest.speakers import (PRONOUNS, SCAN_NAME, after_role_of, is_full_name, is_organisation, is_role,
                                            last_name_words, person_name)

# The whole-text scan uses plain words (faster); person_name() drops words before a full stop inside one.
# "Ruiz continued to hurt his cause" is no saying: "continued" reports speech only without an infinitive after it.
_MENTION = name_pattern(rf"(?P<who>{SCAN_NAME}){_ASIDE},?{_ADVERB}\s+(?:{_SAYS})\b(?!(?<=continued|continues)[ \t]+to\b)")
# "according to Ana Ruiz": the word before its look-behind (the \b it stands for), so a literal opening is found by a
# fast scan.
ACCORDING_SOURCE = name_pattern(rf"according(?<!\waccording)\s+to\s+(?P<who>{_NAME})")


# A name right after a preposition is where or whose, not who: "prosecutors in Los Angeles say", "the mayor of Leeds said".
# "a spokeswoman for the Service Employees International Union said": the spokeswoman, named by the body.
_SPOKEN_FOR = name_pattern(r"(?<![\w'’-])(?:[Aa]n?|[Oo]ne)[ \t]+(?P<role>[a-z]+)[ \t]+(?:for|of|at)[ \t]+(?:the[ \t]+)?\Z")
_LOCATIVE = name_pattern(r"(?<![\w'’-])(?:in|at|from|near|across|outside|inside|throughout|around|of)[ \t]+\Z")


def named_mentions(text: str) -> list[tuple[int, str]]:
    """(offset, name) of every capitalised name that is the source of a reporting verb, in text order."""
    mentions = []
    # Two scans, not one alternation: "according to" has a literal prefix the engine jumps to.
    found = sorted([*_mention_matches(text), *ACCORDING_SOURCE.finditer(text)], key=lambda m: m.start())
    for m in found:
        who = speaker_phrase(m.group("who"))
        if (m.re is _MENTION and "," in text[m.end("who"):m.end()] and _INVERTING.search(text, m.start(), m.end())
                and (named := _NAMED_AFTER.match(text, m.end()))):
            who = speaker_phrase(named.group("who"))  # "Currently, a DVD project takes three months, says Mr Dean."
        if WORKS_OF.search(text, max(0, m.start("who") - 80), m.start("who")):
            continue  # "The star of Rain Man and Tootsie said": a title, not a source
        located = _LOCATIVE.search(text, max(0, m.start() - 12), m.start())
        spoken_for = _SPOKEN_FOR.search(text, max(0, m.start("who") - 60), m.start("who")) if is_organisation(who) else None
        if spoken_for and is_role(spoken_for.group("role")):
            who = spoken_for.group("role") + text[spoken_for.end("role"):m.start("who")] + who  # the body's unnamed voice
        elif is_organisation(who) and (holder := role_holder(text, m.start("who"))):
            who = holder  # "Lisa Power, head of policy at the Terrence Higgins Trust said": she speaks, not the trust
        elif who.count(" ") >= 2 and after_role_of(text, m.start("who")):
            who, located = last_name_words(who), None  # "Mayor of Leeds Ana Ruiz said": the place belongs to the title
        if located and (person := _PERSON_OF.search(text, max(0, m.start() - 60), located.start())):
            titled = _TITLED.search(person.group("who"))
            if titled or given_gender(person_name(person.group("who"))):  # "Mr Hirsch from Retail Banking Research said"
                who, located = titled.group() if titled else speaker_phrase(person.group("who")), None
        apposed = _apposed_name(text, m) if located or _JOINED_BEFORE.search(text, max(0, m.start() - 8), m.start()) else ""
        if apposed:  # "his neighbour in Ohio and New York, Ana Ruiz, said": the name in apposition speaks
            who, located = apposed, None
        name = person_name(who)
        if (who.lower() not in PRONOUNS and speaker_like(who) and name and not is_role(name.split()[-1])
                and name.lower() not in PRONOUNS  # "Archie.\n\nShe added": the pronoun after a sentence's end
                and not located and not (m.re is _MENTION and _POSSESSIVE_END.search(m.group("who")))):  # "China's alleged crimes"
            mentions.append((m.start(), who))  # not "the Conservative MP said": a role is no name to resolve to
    mentions += inverted_mentions(text)  # "…, said Ana Ruiz, director of …": reported words, no quote
    mentions.sort()
    led = Leaders(text).mentions()  # "lawmakers, led by chairman Ana Ruiz, requested": she speaks for them
    return sorted(mentions + led) if led else mentions


# A name right after the verb that ends its sentence: the source of an inverted attribution, the words before the
# verb the reported clause ("Currently, an entire DVD project can take up to three months, says Mr Dean.").
_INVERTING = re.compile(r"\b(?:said|says|added|adds|wrote|writes|argued|argues|insisted|insists|explained|explains)\Z")
_NAMED_AFTER = name_pattern(rf"[ \t]+(?P<who>{_NAME})(?=[ \t]*[.;](?:\s|$))")  # "Mr Dean" too


# A possessive owns the word after it: "Ruiz's claimed win", "Ms Blears' comments", "Her comments" are no verb.
_POSSESSIVE_END = name_pattern(r"['’]s$|(?<=s)['’]$|(?<![\w'’-])(?:Her|His|Their|Its|Our|My|Your)$")  # "A-levels. Her"
# A person right before the preposition a body's name follows: "But Mr Hirsch from Retail Banking Research said".
_PERSON_OF = name_pattern(rf"(?<![\w'’-])(?P<who>{_NAME})[ \t]+\Z")
_TITLED = name_pattern(rf"(?<![\w'’-]){TITLED_SURNAME}\Z")
_JOINED_BEFORE = name_pattern(r"(?<![\w'’-])(?:and|or)[ \t]+\Z")
_APPOSED_NAME = name_pattern(rf",[ \t]*(?P<who>{_NAME}),")


def _apposed_name(text: str, m: re.Match) -> str:
    """The full name in apposition right after a mention's words ("…in New York, Ana Ruiz, said"), or ``""``."""
    apposed = _APPOSED_NAME.match(text, m.end("who"), m.end())
    who = speaker_phrase(apposed.group("who")) if apposed else ""
    place = builtin_gazetteer().get(name_key(who)) if who else None  # "in Christchurch, New Zealand, said"
    return who if who and is_full_name(person_name(who)) and not is_organisation(who) and place is None else ""


def _mention_matches(text: str) -> list[re.Match]:
    """Every match of a name before a reporting verb; after a sentence opener, the name that follows it.

    "Yesterday, Dr Ann Lee, a chemist, said": the opener takes the name slot and the name the aside, so
    the scan starts again just after the opener.
    """
    found, pos = [], 0
    while (m := _MENTION.search(text, pos)) is not None:
        found.append(m)
        pos = m.end("who") if not speaker_like(speaker_phrase(m.group("who"))) else m.end()
    return found


def last_before(mentions: list[tuple[int, str]], at: int) -> tuple[int, str]:
    """The last mention before offset ``at``, or (-1, "")."""
    i = bisect.bisect_left(mentions, (at, "")) - 1
    return mentions[i] if i >= 0 else (-1, "")
