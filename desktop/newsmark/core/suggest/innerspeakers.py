"""Who speaks a quotation someone else reports inside their own quote, when the inner clause says "he", "she" or "my husband".

A speaker telling a story speaks of herself as "I": inside her quote, "He said, ‘…’" is always someone else —
the man she was just speaking of, named earlier in her quote ("I asked Gary about the smell. He said ‘…’") or, when
her quote names nobody, in the story's words before it ("Luchs said he approached Holmes … "And he said, ‘…’"").
The words are that person's (by the full name the article gives), or those of the role the story describes him by
("So the minister called Ana Ruiz. "He said, ‘…’"" → ``minister``). "My husband was like, ‘…’" and "It was my
boss who said ‘…’" give the words to the relative or colleague named so (``husband``, ``boss``), never the teller.
"""

from __future__ import annotations

import re
from newsmark.core.suggest.namecaps import name_pattern
from newsmark.core.suggest.gazetteer import builtin_gazetteer, name_key
from newsmark.core.suggest.namesakes import common_word
from newsmark.core.suggest.nounsubject import NOT_HEADS
from newsmark.core.suggest.pertext import per_text
from newsmark.core.suggest.speakerindex import SpeakerIndex
from newsmark.core.suggest.speakers import PARTICLES, SCAN_NAME, is_full_name, is_role, is_title, person_name

# "He said", "she asked", "And he’d go", "He would say": a third person's verb of speech just before the inner mark.
_HE_SAID = re.compile(r"(?:^|[\s—–(])(?:[Aa]nd\s+|[Tt]hen\s+|[Ss]o\s+|[Bb]ut\s+)?(?:[Hh]e|[Ss]he)(?:['’]d|\s+(?:would|just|then|"
                      r"also|finally|always|once|simply))?\s+(?:said|says|asked|asks|told\s+(?:me|us)|tells\s+(?:me|us)|"
                      r"replied|answered|goes|went|go|say|ask|yelled|shouted|whispered|wrote|added|responded)"
                      r"(?:\s+to\s+(?:me|us))?\s*[,:]?\s*$")
# "my husband was like", "It was my husband who said", "our coach told us": the teller's relative, friend or colleague.
# "He would say:", "they would always tell us,", "she’d ask": what another person used to say.
_HABIT = re.compile(r"(?:^|[\s,;—–(])(?:[Hh]e|[Ss]he|[Tt]hey)(?:['’]d|\s+would)\s+(?:(?:often|always|usually|sometimes|just|"
                    r"then|also)\s+)?(?:say|tell\s+(?:me|us|them|him|her)|ask|yell|shout|scream)\s*[,:]?\s*$")
_IF = re.compile(r"\b(?:[Ii]f|[Uu]nless|[Ww]hether|[Pp]erhaps|[Mm]aybe|[Pp]robably|[Ll]ikely)\b")
_ADVERBS = r"(?:just|then|also|finally|always|once|even|simply|often|never|still|later|suddenly|who)"
_MY_SOMEONE = re.compile(r"\b(?:[Mm]y|[Oo]ur)\s+(?P<who>(?:(?!own\b|whole\b|first\b)[a-z-]+\s+)?(?!" + _ADVERBS + r"\b)[a-z-]{3,})"
                         r"\s+(?:who\s+)?(?:" + _ADVERBS + r"\s+)?(?:said|says|asked|asks|"
                         r"told\s+(?:me|us)|tells\s+(?:me|us)|was\s+like|is\s+like|goes|went|replied|answered|yelled|"
                         r"shouted|whispered|texted|wrote)(?:\s+to\s+(?:me|us))?\s*[,:]?\s*$")
# A role the story describes someone by, ending in an office word: "a new finance minister", "the coach said".
_ROLE_PHRASE = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?=(?P<role>(?:[a-z-]+\s+){0,3}[a-z-]+))")
_NAME = name_pattern(r"(?<![\w'’-])" + SCAN_NAME)
_NAME_BEFORE = name_pattern(r"(?:[A-Z][\w'’-]*|\b[A-Z]\.|\b" + PARTICLES + r")[ \t]+\Z")  # "Gary Heidnik": the surname inside the full name
_APPOSITION = name_pattern(r"[A-Z][\w'’.-]*,[ \t]*\Z")  # "Ana Ruiz, the economist": a name described
_GIVEN_SHAPE = name_pattern(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")  # "James", "Jean-Luc"
_REALMS = frozenset("country region continent".split())  # "Britain", "Africa": no given name
_ROMAN = re.compile(r"[IVX]+")
# People the teller meets unnamed: "there was a man sitting next to me", "a stranger came up".
_PERSON_NOUNS = frozenset("man woman guy girl boy lady gentleman stranger neighbour neighbor friend doctor nurse".split())
_REACH = 1500  # the story's words before the outer quote that may name him: about two paragraphs
_LOOKS = 6  # names tried per side, so a long quote costs a few lookups only
_NOT_PEOPLE = frozenset("I We He She They It You".split())
# Office words that only qualify another ("the state", "a former"): no person by themselves, nor is a form of address.
_QUALIFIERS = NOT_HEADS | {"honourable", "honorable"}


def reported_pronoun(head: str) -> bool:
    """Whether the words before an inner quotation end "he said" / "she asked": a third person speaks."""
    return bool(_HE_SAID.search(head))


def habitual(head: str) -> bool:
    """Whether the words before an inner quotation tell what someone else used to say ("He would say: ‘…’"), said often.

    "Would" after "he", "she" or "they" with no "if" in the clause is a habit in the past, not a guess.
    """
    return bool(_HABIT.search(head)) and not _IF.search(head)


def relative(head: str) -> str:
    """The noun in "my husband was like," / "It was my boss who said" before an inner quotation, else ``""``."""
    m = _MY_SOMEONE.search(head)
    return m.group("who") if m else ""


def third_person(text: str, start: int, open_at: int, own: str, people: SpeakerIndex) -> str:
    """The person "he"/"she" means in the quote opened at ``start``: the last other person named before ``open_at``.

    First in the quote's own words, then in the story before the quote; a role when neither names anyone.
    """
    lo = max(0, start - _REACH)
    for a, b in ((start, open_at), (lo, start)):
        who = _named(text, a, b, own, people)
        if who:
            return who
    return _role(text, lo, open_at, own)


def _named(text: str, a: int, b: int, own: str, people: SpeakerIndex) -> str:
    """The last person's full name between ``a`` and ``b`` other than the outer speaker ``own``."""
    own_words = set(own.split())
    tried = 0
    for m in reversed(list(_NAME.finditer(text, a, b))):
        if m.group().split()[0] in _NOT_PEOPLE and " " not in m.group():
            continue
        name = person_name(m.group())
        if not name or name in _NOT_PEOPLE:
            continue
        tried += 1
        if tried > _LOOKS:
            break
        full = people.resolve(name, m.start()) or name
        if (own_words & set(full.split()) or not is_full_name(full) or is_role(full.split()[-1])
                or _ROMAN.fullmatch(full.split()[-1])):  # "World War I": an event, no person
            continue  # the teller herself, a body or one word the article never completes
        if _given(text, full.split()[0]) and _surname_alone(text, full.split()[-1]):
            return full
    return ""


@per_text  # a look over the text for the word in lower case: once per text and word
def _given(text: str, word: str) -> bool:
    """Whether ``word`` may open a person's name: a capitalised word, no title, ordinary word, country or region."""
    return bool(_GIVEN_SHAPE.fullmatch(word)) and not is_title(word) and not common_word(word, text) and (
        getattr(builtin_gazetteer().get(name_key(word)), "kind", "") not in _REALMS)


@per_text  # one look over the text per surname, however many inner quotes try it
def _surname_alone(text: str, surname: str) -> bool:
    """Whether the article also calls someone by ``surname`` alone ("Holmes, who …"), as it does a person, not a team."""
    alone = re.compile(r"(?<![\w'’-])(?<!the )(?<!The )" + re.escape(surname.rstrip(".")) + r"(?![\w-])(?![ \t]+[A-Z])")
    return any(not _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()) for m in alone.finditer(text))


def _role(text: str, a: int, b: int, own: str) -> str:
    """The last office a person is described by between ``a`` and ``b`` ("the minister"), in its fullest wording."""
    phrases = []
    for m in _ROLE_PHRASE.finditer(text, a, b):
        if _APPOSITION.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Ana Ruiz, the economist": the teller described, no one else
        words = m.group("role").split()
        if words and words[0] in _PERSON_NOUNS:
            phrases.append(words[0])  # "a man sitting next to me"
            continue
        while words and not is_role(words[-1]):
            words = words[:-1]  # "the minister called": the office words only
        while words and not is_role(words[0]):
            words = words[1:]  # "a new finance minister"
        if (words and all(is_role(w) for w in words) and words[-1] not in _QUALIFIERS
                and words[-1] not in own.lower().split()):
            phrases.append(" ".join(words))
    if not phrases:
        return ""
    last = phrases[-1].split()[-1]
    return max((p for p in phrases if p.split()[-1] == last), key=len)
