"""A nationality standing for the person last told about: '"…," said the American', 'the Briton added'.

Sports and foreign news calls a person it has named by their nationality ("the American", "the Swiss", "the
Spaniard"). That is no unnamed source: like "he said", it means the player or politician the story was telling
about.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.gazetteer import builtin_gazetteer, name_key

# Nouns of nationality the gazetteer's demonyms (adjectives: "American", "Swiss") leave out.
_NOUNS = frozenset("Briton Scot Spaniard Frenchman Frenchwoman Englishman Englishwoman Welshman Welshwoman Irishman "
                   "Irishwoman Dutchman Dutchwoman Swede Dane Finn Pole Turk Argentine Kiwi Aussie Scotsman Scotswoman".split())


def nationality(word: str) -> bool:
    """Whether ``word`` names a nationality ("American", "Briton", "Swiss")."""
    return word in _NOUNS or getattr(builtin_gazetteer().get(name_key(word)), "kind", "") == "demonym"


def nationality_anaphor(text: str, who: str, at: int, after: int) -> bool:
    """True when the attribution of the quote at ``at`` (closing at ``after``) names its speaker "the" + a nationality,
    perhaps described ("the 27-year-old Austrian")."""
    if " " in who or not who[:1].isupper():
        return False
    if not nationality(who):
        return False
    # "the American", "the 27-year-old Austrian", "the young Briton": described, still the one told about
    the = re.compile(r"(?<![\w'’-])[Tt]he[ \t]+(?:(?:\d+-year-old|[a-z][\w-]*)[ \t]+){0,2}" + re.escape(who) + r"(?![\w'’-])")
    return bool(the.search(text, after, after + 60) or the.search(text, max(0, at - 200), at))
