"""A sentence opening with a body's name, a lower-case role and then a person ("Acme spokeswoman Ana Ruiz said …").

News introduces a source by what they do for whom before the name ("Oxfam communications officer Ana Ruiz posted …",
"Vikings coach Tom Lee told …"). The capitalised body first makes the opening read as the body's, so the pronoun in
the next sentence ("she said") lost the person the sentence was about; the person is the name after the role.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.speakers import is_organisation, is_role, person_name

# Body words (capitalised, an acronym, a possessive), one to three lower-case words ending with the role, the
# name (two to three capitalised words), an optional aside, then the lower-case verb.
_TITLED = name_pattern(r"^\s*(?:[A-Z][\w&.'’-]*[ \t]+){1,4}(?P<role>(?:[a-z][\w-]*[ \t]+){0,2}(?P<head>[a-z][\w-]*))[ \t]+"
                       r"(?P<who>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2})(?:,[^,.;\n\"“”]{1,80},)?[ \t]+(?=[a-z])")
# Nouns of a person by what they do that are not offices ("the midwife Ana Ruiz", "nurse", "analyst").
_DOER = re.compile(r"[a-z]{3,}(?:ist|ian|man|woman|person|wife)")
# Words a sentence opens with that are no body's name: "Her heartbreak over Ana Ruiz's death …".
_NO_BODY = frozenset("The A An Her His Their Its Our My Your This That These Those In On At For From With After Before "
                     "When While If As But And So Yet Then Now Later Earlier Last Next".split())


def titled_subject(sentence: str) -> str:
    """The person a sentence opens with after a body and a role ("MSF press officer Ana Ruiz reported …" →
    "Ana Ruiz"), or ``""``."""
    m = _TITLED.match(sentence)
    if not m or sentence.split(None, 1)[0] in _NO_BODY or not (is_role(m.group("head")) or _DOER.fullmatch(m.group("head"))):
        return ""
    name = person_name(m.group("who"))
    return name if len(name.split()) >= 2 and not is_organisation(name) else ""
