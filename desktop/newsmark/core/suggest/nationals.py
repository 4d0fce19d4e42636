"""A nationality standing for the person last told about: '"…," said the American', 'the Briton added'.

Sports and foreign news calls a person it has named by their nationality ("the American", "the Swiss", "the
Spaniard"), or by their club and position ("said the Old Trafford boss", "the Gloucester fly-half"). That is no
unnamed source: like "he said", it means the player or politician the story was telling about.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.gazetteer import builtin_gazetteer, name_key

# Nouns of nationality the gazetteer's demonyms (adjectives: "American", "Swiss") leave out.
_NOUNS = frozenset("Briton Scot Spaniard Frenchman Frenchwoman Englishman Englishwoman Welshman Welshwoman Irishman "
                   "Irishwoman Dutchman Dutchwoman Swede Dane Finn Pole Turk Argentine Kiwi Aussie Scotsman Scotswoman".split())


_TWO_WORD_NOUNS = frozenset({"New Zealander", "Saudi Arabian", "Costa Rican", "Puerto Rican"})  # not among its demonyms


def nationality(word: str) -> bool:
    """Whether ``word`` names a nationality ("American", "Briton", "Swiss", "New Zealander")."""
    return (word in _NOUNS or word in _TWO_WORD_NOUNS
            or getattr(builtin_gazetteer().get(name_key(word)), "kind", "") == "demonym")


# A player's or manager's position after their club's or country's name: "the Old Trafford boss".
_POSITIONS = frozenset("boss manager coach fly-half scrum-half striker midfielder defender winger skipper captain keeper "
                       "goalkeeper full-back centre-back left-back right-back flanker hooker prop playmaker forward".split())


# A trade after a nationality: "the Uruguayan-born researcher", "the Brazilian player" (the one told about).
_TRADES = frozenset("researcher scientist designer artist author writer player star singer actor actress rapper "
                    "musician athlete director producer film-maker filmmaker composer comedian novelist".split())


def _national_trade(who: str) -> bool:
    """Whether ``who`` is a nationality (or "…-born") and a trade ("Uruguayan-born researcher")."""
    words = who.split(" ")
    if len(words) != 2 or words[1] not in _TRADES:
        return False
    return nationality(words[0][:-5] if words[0].endswith("-born") else words[0])


def _club_position(who: str) -> bool:
    """Whether ``who`` is a club's or country's name and a position ("Old Trafford boss", "Gloucester fly-half")."""
    *club, position = who.split(" ")
    return bool(club) and position in _POSITIONS and all(w[:1].isupper() for w in club)


def nationality_anaphor(text: str, who: str, at: int, after: int) -> bool:
    """True when the attribution of the quote at ``at`` (closing at ``after``) names its speaker "the" + a nationality,
    perhaps described ("the 27-year-old Austrian"), or "the" + a club and a position ("the Old Trafford boss")."""
    bare = who[4:] if who.startswith(("the ", "The ")) else who  # the attribution read with its article
    if not bare[:1].isupper() or not (_club_position(bare) or _national_trade(bare) or nationality(bare)
                                      if " " in bare else nationality(bare)):
        return False
    if bare is not who:
        return True
    # "the American", "the 27-year-old Austrian", "the young Briton": described, still the one told about
    the = re.compile(r"(?<![\w'’-])[Tt]he[ \t]+(?:(?:\d+-year-old|[a-z][\w-]*)[ \t]+){0,2}" + re.escape(who) + r"(?![\w'’-])")
    return bool(the.search(text, after, after + 60) or the.search(text, max(0, at - 200), at))
