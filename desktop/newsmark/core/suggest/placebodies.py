"""A place that ends the name of a body: ``the Acme Foundation of Oregon``, ``the University of California at Irvine``.

English names a body after its home with ``of`` (``the Alzheimer's Foundation of America``, ``the Boys and Girls Club
of Albany``) and a campus with ``at`` (``California State University at Long Beach``). The place there is part of the
name, not a location. ``of`` after an office (``the Prime Minister of India``, ``the Duke of York`` is a peer's own
rule), a direction (``the South of France``), a word of a state (``the Republic of Korea``, ``the Kyiv Oblast of
Ukraine``) keeps the place, and so does a person's name (``Ana Ruiz of Peru``): only a name with a body's word in it
(``Club``, ``Foundation``) counts.
"""

from __future__ import annotations

from newsmark.core.suggest.placetokens import Match, Tokens
from newsmark.core.suggest.placewords import DIRECTIONS, FEATURE_AFTER, FEATURE_BEFORE, ORG_AFTER, ORG_OF, PEERAGE, TITLES

# Words of a state's or a territory's own name: "the Republic of Korea", "the Federated States of Micronesia".
_STATE_WORDS = frozenset("Republic Kingdom States State Emirate Emirates Commonwealth Federation Principality Duchy "
                         "Sultanate Territory Territories Province Provinces Islands Island Isle Isles Union Confederation "
                         "Democratic People Peoples City Town County Parish District Region Oblast Capital".split())
# Words of an office or a title: "the Chief Executive of", "the First Lady of", "the Supreme Leader of".
_OFFICE_WORDS = frozenset("Executive Lady Leader Minister Secretary Officer Director Chair Chairman Chairwoman "
                          "Head Emir Sultan Shah Tsar Czar Archbishop Bishop Cardinal Patriarch Mufti Rabbi Imam "
                          "Consul General Attorney Solicitor Governor Mayor Bishops Sheriff Marshal Chancellor Justice Judge Commander "
                          "Inspector Auditor Ombudsman Comptroller Treasurer Clerk Champion Champions Citizen Citizens".split())
# Words of a body's own name besides those of ``placewords`` ("the Children's Fund of …", "Rotary Club of …").
_BODY_WORDS = frozenset("Fund Club Trust Initiative Project Program Programme Partnership Federation Guild Chamber "
                        "Lodge Legion Firm Bancorp Cooperative Co-op Charity Charities Ministries Network".split())
# Words that join the parts of one body's name: "Boys and Girls Club", "Food & Drug".
_JOINS = frozenset(["and", "&"])
_CAMPUS_WORDS = frozenset("University College Institute Polytechnic".split())
# A word of the name before ``of`` that makes what follows a place: an office, a state's word, a direction, a landform.
_KEEPS_PLACE = TITLES | PEERAGE | DIRECTIONS | _STATE_WORDS | _OFFICE_WORDS | FEATURE_AFTER | FEATURE_BEFORE
# A word that makes the name a body's: "Foundation of America", "Rotary Club of Albany".
_BODY_NAME_WORDS = ORG_AFTER | ORG_OF | _BODY_WORDS


def _name_before(tokens: Tokens, k: int) -> list[int]:
    """The capitalised words of the name ending at word k (joined by spaces, ``and``, a possessive)."""
    words, run = tokens.words, []
    while k >= 0:
        word = words[k]
        if word in ("The", "A", "An"):
            break  # "The Acme Club of …" opening a sentence: the article is no part of the name
        if tokens.capitalised(k):
            run.append(k)
        elif not (word in _JOINS and run) and not (word == "s" and k > 0 and tokens.gap(k) in ("'", "’")):
            break
        gap = tokens.gap(k) if k > 0 else ""
        if gap not in (" ", " & ", "'", "’") or tokens.sentence_initial(k):
            break
        k -= 1
    return run


def of_a_body(tokens: Tokens, m: Match) -> bool:
    """True when the place ends a body's name after ``of`` (or a campus's after ``at``)."""
    i, words = m.i, tokens.words
    if i < 2 or words[i - 1] not in ("of", "at"):
        return False  # asked first: the cheapest test, and most places pass it
    link = words[i - 1]
    if tokens.gap(i) != " " or tokens.gap(i - 1) != " " or not tokens.capitalised(i - 2) or tokens.headline(i):
        return False
    if link == "at":  # "California State University at Long Beach", "the University of Texas at Austin"
        k = i - 2
        while k >= max(0, i - 8) and (tokens.capitalised(k) or words[k] in ("of", "the")):
            if words[k] in _CAMPUS_WORDS:
                return True
            k -= 1
        return False
    run = _name_before(tokens, i - 2)
    if any(words[k] in _KEEPS_PLACE for k in run):
        return False
    # A body's own word in the name ("Foundation of America"); a person's name ("Ana Ruiz of Peru") keeps the place.
    return any(words[k] in _BODY_NAME_WORDS for k in run)
