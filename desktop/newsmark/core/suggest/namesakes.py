"""Words that read as given names, and ordinary words a body's name opens with, judged on one article's text.

Two people of one surname ("Blake Snyder", his widow "Elizabeth Snyder") are told apart by their given names; a
word opening a sentence ("Unlike Snyder, …") or a title ("Judge Snyder") is none. A body's short form that is an
ordinary word ("United said") names nothing by itself and stands for the longer name the article gave.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsmark.core.suggest.gazetteer import builtin_gazetteer, name_key
from newsmark.core.suggest.namecaps import name_pattern

# A nationality's adjective, capitalised ("Mexican", "British", "Chinese", "Iraqi", "French"): no name of a person.
DEMONYM = r"[A-Z][a-z]+(?:an|ish|ese|i|ch)"
_REALMS = frozenset("country region continent".split())  # "Britain Liu Xiaming": no given name


def common_word(word: str, text: str) -> bool:
    """Whether a capitalised word is an ordinary one ("American", "United", "Southern"), naming nothing by itself."""
    return bool(re.fullmatch(DEMONYM + r"|[A-Z][a-z]+ed|(?:North|South|East|West)(?:ern)?", word)
                or _written_lower(word.lower(), text))


_GIVEN_SHAPE = name_pattern(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")  # "Émile", "Jean-Luc"


def looks_given(word: str, text: str, is_title: Callable[[str], bool]) -> bool:
    """Whether ``word`` reads as a given name in ``text``: capitalised, no title, never lower-case, named mid-sentence."""
    return bool(
        _GIVEN_SHAPE.fullmatch(word) and not is_title(word)
        and not _written_lower(word.lower(), text) and _mid_sentence(word, text)
        and getattr(builtin_gazetteer().get(name_key(word)), "kind", "") not in _REALMS)


# The word first, its look-behind after: the engine then jumps through the text to the word's letters.
def _written_lower(lower: str, text: str) -> bool:
    """Whether the lower-case word stands on its own somewhere in ``text``."""
    return text.find(lower) != -1 and bool(re.search(re.escape(lower) + r"(?<![\w'’-]" + re.escape(lower) + r")(?![\w'’-])", text))


_BEFORE_MID = re.compile(r"[a-z,;:][\"”’)]?[ \t]+\Z")  # what ends just before a name inside a sentence


def _mid_sentence(word: str, text: str) -> bool:
    """Whether ``word`` stands somewhere after a lower-case letter or a comma, not only where a sentence opens."""
    for m in re.finditer(re.escape(word) + r"(?![\w'’-])", text):
        if _BEFORE_MID.search(text, max(0, m.start() - 20), m.start()):
            return True
    return False
