"""A sentence opening with a body's name, a lower-case role and then a person ("Acme spokeswoman Ana Ruiz said …").

News introduces a source by what they do for whom before the name ("Oxfam communications officer Ana Ruiz posted …",
"Vikings coach Tom Lee told …"). The capitalised body first makes the opening read as the body's, so the pronoun in
the next sentence ("she said") lost the person the sentence was about; the person is the name after the role.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.speakers import NAME_PARTICLES, SPORT_PEOPLE, is_organisation, is_role, person_name

# A person's name: two or three capitalised words, particles between them ("Nick Van den Brul").
_PERSON = r"[A-Z][\w'’-]+(?:[ \t]+(?:" + NAME_PARTICLES + r"[ \t]+)?[A-Z][\w'’-]+){1,2}"
# Body words (capitalised, an acronym, a possessive), one to three lower-case words ending with the role, the
# name (two to three capitalised words), an optional aside (in commas or dashes), then the lower-case verb.
_TITLED = name_pattern(r"^\s*(?:[A-Z][\w&.'’-]*[ \t]+){1,4}(?P<role>(?:[a-z][\w-]*[ \t]+){0,2}(?P<head>[a-z][\w-]*))[ \t]+"
                       r"(?P<who>" + _PERSON + r")(?:,[^,.;\n\"“”]{1,80},|[ \t]+[-–—][^.;\n\"“”–—]{1,80}?[ \t][-–—])?[ \t]+(?=[a-z])")
# A role of some field opening the sentence, then the person: "Director of rugby Warren Gatland revealed …".
_ROLE_OF_FIRST = name_pattern(r"^\s*(?P<head>[A-Z][a-z]+)[ \t]+of[ \t]+[a-z][\w-]*[ \t]+(?P<who>" + _PERSON + r")[ \t]+(?=[a-z])")
# Nouns of a person by what they do that are not offices ("the midwife Ana Ruiz", "nurse", "analyst"), sport's too
# ("Olympic champion Kelly Holmes", "British triple jumper Ana Ruiz", "Celtic midfielder Tom Lee").
_DOER = re.compile(r"[a-z]{3,}(?:ist|ian|man|woman|person|wife)|" + "|".join(sorted(SPORT_PEOPLE)) + r"|athlete|boss|star|"
                   r"veteran|international|driver|holder|winner|owner|singer|actor|actress|writer|author|lawyer|banker|"
                   r"trader|teacher|farmer|pilot|candidate|campaigner|protester|expert|entrepreneur|tycoon|billionaire|"
                   r"counterpart|rival|successor|predecessor")  # "Wenger's Bayern counterpart Felix Magath"
# A ranking as the role: "World number one Lindsay Davenport has …", "British number two Tim Henman".
_RANKED = re.compile(r"number[ \t]+(?:one|two|three|four|five|\d{1,3})")


def is_doer(word: str) -> bool:
    """Whether a lower-case noun names a person by what they do ("boss", "striker", "guitarist")."""
    return bool(_DOER.fullmatch(word))


# A verb or an adverb before the role: the sentence's subject acts on the person named after it.
_ACTING = re.compile(r"[a-z]+(?:ed|ly)|also|then|has|had|was|is|will|would|and|to|who|beat|beats|named|signed|praised")
# Words a sentence opens with that are no body's name: "Her heartbreak over Ana Ruiz's death …".
_NO_BODY = frozenset("The A An Her His Their Its Our My Your This That These Those In On At For From With After Before "
                     "When While If As But And So Yet Then Now Later Earlier Last Next".split())
_CONJUNCTIONS = frozenset("But And Yet".split())
# Of those, the ones that may open a role before its person ("Her coach Tom Lee told …").
_DETERMINERS = frozenset("The A An Her His Their Its Our".split())


def titled_subject(sentence: str) -> str:
    """The person a sentence opens with after a body and a role ("MSF press officer Ana Ruiz reported …" →
    "Ana Ruiz"), or ``""``."""
    m = _ROLE_OF_FIRST.match(sentence)
    if m and is_role(m.group("head").lower()):
        name = person_name(m.group("who"))  # "Director of rugby Warren Gatland revealed …"
        return name if len(name.split()) >= 2 and not is_organisation(name) else ""
    m = _TITLED.match(sentence)
    if not m or not (is_role(m.group("head")) or is_doer(m.group("head")) or _RANKED.fullmatch(m.group("role"))):
        return ""
    if any(_ACTING.fullmatch(w) for w in m.group("role").split()[:-1]):
        return ""  # "McClaren also praised winger Stewart Downing": a verb and its object, not a role
    first, *rest = sentence.split(None, 2)
    if first in _CONJUNCTIONS and rest and rest[0][:1].isupper():
        first = rest[0]  # "But Wenger's Bayern counterpart Felix Magath was …": the conjunction opens no body
    if first in _NO_BODY and first not in _DETERMINERS:
        return ""  # "In Leeds, coach …" is no body; "Her coach Tom Lee", "The champion Ana Ruiz" name the person
    name = person_name(m.group("who"))
    return name if len(name.split()) >= 2 and not is_organisation(name) else ""


# After a sentence's capitalised opening, a role (one word, or one qualifier and the role) and the person's name:
# "Double Olympic champion Kelly Holmes was …", "British triple jumper Ana Ruiz has …".
_ROLE_THEN_NAME = name_pattern(r"(?:[ \t]+and[ \t]+(?:[A-Z][\w&'’-]*[ \t]+){0,2}[A-Z][\w&'’-]*)?"  # "Ireland and Munster lock …"
                               r"[ \t]+(?:(?P<qualifier>[a-z][\w-]*)[ \t]+)?(?P<head>[a-z][\w-]*)"
                               r"(?:[ \t]+of[ \t]+(?!(?:the|a|an)\b)[a-z][\w-]*)?[ \t]+"  # "Sale Sharks director of rugby Ana Ruiz"
                               r"(?P<who>" + _PERSON + r")(?=[ \t,]+[a-z(]|,)")
# Words that qualify a role before it (not a verb with the role as its object: "Lee beat champion Ana Ruiz").
_QUALIFIERS = frozenset("triple long high world olympic national international team club head chief senior junior vice "
                        "interim caretaker new veteran fellow former assistant deputy shadow general".split())


def role_then_name(text: str, at: int) -> re.Match | None:
    """The match (group ``who``) of a role and a person right after a sentence's capitalised opening ending at ``at``."""
    m = _ROLE_THEN_NAME.match(text, at)
    if not m or (m.group("qualifier") and m.group("qualifier") not in _QUALIFIERS):
        return None
    if not (is_role(m.group("head")) or is_doer(m.group("head"))) or is_organisation(m.group("who")):
        return None
    return m if len(person_name(m.group("who")).split()) >= 2 else None
