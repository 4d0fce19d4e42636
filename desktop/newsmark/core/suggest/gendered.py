"""A "she said" never goes to a man the story names: the nearest person before it whose given name does not say otherwise.

When every clue the speaker finders weigh is empty, a pronoun's quote falls to the person the article names most
("the topic"); in a story naming many people in passing ("Hollywood stars Leonardo diCaprio, Pierce Brosnan and Richard
Gere …. Staunton is one of the favourites. "…," she told reporters") that may be a man for "she". The person the text
named last before the quote who may be a woman is then the better guess.
"""

from __future__ import annotations

from newsmark.core.suggest.gazetteer import builtin_gazetteer, name_key
from newsmark.core.suggest.givennames import given_gender
from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.salience import PRONOUN_GENDER
from newsmark.core.suggest.speakerindex import SpeakerIndex
from newsmark.core.suggest.speakers import is_full_name, is_organisation, person_name

_REACH = 1500  # how far back a person is looked for
_NAME = name_pattern(r"(?<![\w'’-])[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]+){0,2}")


def contradicts(name: str, pronoun: str) -> bool:
    """Whether ``name``'s given name is of the other gender than ``pronoun`` ("Richard Gere" for "she")."""
    wanted, known = PRONOUN_GENDER.get(pronoun.lower(), ""), given_gender(name)
    return bool(wanted and known) and wanted != known


def agreeing_before(text: str, at: int, pronoun: str, people: SpeakerIndex) -> str:
    """The full name of the person the text names last before ``at`` whose given name does not contradict
    ``pronoun``, or ``""``."""
    start = max(0, at - _REACH)
    for m in reversed(list(_NAME.finditer(text, start, at))):
        name = people.resolve(person_name(m.group()), m.start()) or ""
        if (is_full_name(name) and not is_organisation(name) and not contradicts(name, pronoun)
                and (given_gender(name) or builtin_gazetteer().get(name_key(name.split()[0])) is None)):  # "Bangkok Film
            # Market": no one; "Clive Owen" is, though a town is called Clive
            return name
    return ""
