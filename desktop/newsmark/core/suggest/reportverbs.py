"""Reporting verbs of news English in all their forms, and the word tests the claim cues share.

A reporting verb introduces what a source says, thinks or found: ``said``, ``told``, ``argued``,
``denies``, ``countered``, ``learnt``, ``understands``, ``related``. Each verb is listed once by its
base form and inflected here (``state`` → ``stated``, ``states``, ``stating``); irregular ones give
their forms. Strong verbs (an assertion the source stands behind or disputes) score higher than
neutral ones.
"""

from __future__ import annotations

import re
from itertools import islice

# base, or "base past 3rd-person participle" where the forms are irregular
_STRONG_BASES = (
    "claim allege insist argue assert maintain contend estimate conclude believe predict deny counter project "
    "forecast calculate reckon suspect speculate".split())
_MEDIUM_BASES = (
    "state add announce report note confirm declare explain stress emphasise emphasize reiterate indicate reveal "
    "disclose testify tweet assure inform remind hint agree recall complain repeat suggest acknowledge "
    "mention observe remark caution relate recount respond reply answer promise pledge vow boast concede confess "
    "warn show charge fear expect assess determine discover establish hear learn continue write tell say think "
    "find understand know feel advise opine clarify divulge affirm concur highlight point worry").split()
_IRREGULAR = {
    "say": ("said", "says", "saying"), "tell": ("told", "tells", "telling"), "write": ("wrote", "writes", "writing"),
    "think": ("thought", "thinks", "thinking"), "find": ("found", "finds", "finding"),
    "understand": ("understood", "understands", "understanding"), "know": ("knew", "knows", "knowing"),
    "feel": ("felt", "feels", "feeling"), "hear": ("heard", "hears", "hearing"),
    "learn": ("learnt learned", "learns", "learning"), "signal": ("signalled signaled", "signals", "signalling"),
    "admit": ("admitted", "admits", "admitting"), "concur": ("concurred", "concurs", "concurring"), "show": ("showed shown", "shows", "showing"),
}
_VOWELS = "aeiou"


def _forms(base: str) -> tuple[list[str], str, str]:
    """The past forms, the third-person form and the participle of a regular or listed verb."""
    if base in _IRREGULAR:
        past, third, ing = _IRREGULAR[base]
        return past.split(), third, ing
    if base.endswith("ee"):
        return [base + "d"], base + "s", base + "ing"
    if base.endswith("e"):
        return [base + "d"], base + "s", base[:-1] + "ing"
    if base.endswith("y") and base[-2] not in _VOWELS:
        return [base[:-1] + "ied"], base[:-1] + "ies", base + "ing"
    if base.endswith(("s", "sh", "ch", "x", "z")):
        return [base + "ed"], base + "es", base + "ing"
    return [base + "ed"], base + "s", base + "ing"


def _table(bases: list[str]) -> dict[str, str]:
    """Every form of ``bases`` → its kind: ``past``, ``present`` or ``participle``."""
    table: dict[str, str] = {}
    for base in bases:
        past, third, ing = _forms(base)
        table[base] = "present"
        table[third] = "present"
        for form in past:
            table[form] = "past"
        table[ing] = "participle"
    return table


# forms far more often nouns than verbs in news: "misogynistic remarks to him that", "mixed signals that"
_NOUNS_FIRST = frozenset("remark remarks answer answers pledge pledges promise promises vow vows project projects counter "
                         "counters charge charges reply replies tweet tweets signal signals post posts point points highlights".split())
STRONG = {w: k for w, k in _table(_STRONG_BASES).items() if w not in _NOUNS_FIRST}
MEDIUM = {w: k for w, k in _table(_MEDIUM_BASES + ["admit", "signal"]).items() if w not in _NOUNS_FIRST}
FORMS = {**MEDIUM, **STRONG, "posted": "past"}


def trie_pattern(words: list[str]) -> str:
    """A regex alternation of ``words`` nested by shared prefixes, so matching one costs its length, not the list's."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not optional else "(?:" + "|".join(branches) + ")"
        return body + ("?" if optional else "") if optional and len(branches) == 1 else (
            "(?:" + "|".join(branches) + ")?" if optional else body)

    return build(trie)


ALTERNATION = trie_pattern(list(FORMS))
# forms that are also nouns taking a "that" clause: "the claim that", "reports that" (a weaker cue)
NOUN_CUES = frozenset("claim claims report reports estimate estimates forecast forecasts fear fears".split())
PARTICIPLES = frozenset(w for w, kind in FORMS.items() if kind == "participle")
FINITE = frozenset(w for w, kind in FORMS.items() if kind != "participle")
# verbs whose first object is the person told, not the clause: "told reporters [the bridge was hit]"
OBJECT_VERBS = frozenset("tell told tells telling assure assured assures assuring inform informed informs informing "
                         "remind reminded reminds reminding warn warned warns warning".split())

# A particle that makes a reporting verb of the verb before it: "made clear that", "fired back that".
PHRASAL = {"clear": frozenset("make makes made making".split()),
           "back": frozenset("fire fires fired firing shoot shoots shot shooting hit hits hitting snap snaps snapped".split())}
# Verbs before "to" that leave the reported clause unsaid: "failed to mention that", "omitted to tell them that".
UNSAID_BEFORE_TO = re.compile(r"\b(?:fail|omit|refus|declin|forg[eo]t|neglect)\w*[ \t\n]+to[ \t\n]+$", re.I)
AUXILIARIES = frozenset(
    "is was were are be been being am would will could can should might may must had has have did does do isn't "
    "wasn't weren't aren't won't wouldn't couldn't can't cannot don't doesn't didn't hasn't haven't hadn't shall "
    "'s 're".split())
SUBJECT_PRONOUNS = frozenset("he she it they we i you there this these those one".split())
OBJECT_PRONOUNS = frozenset("me him her us them you".split())
DETERMINERS = frozenset("the a an its his her their our my your some no every each all many most few several both "
                        "this these those any another such".split())
NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve dozens hundreds thousands "
                         "millions more nearly almost about around over up only at between roughly approximately fewer less".split())
# irregular past forms of common verbs: evidence of a finite clause as strong as "-ed"
IRREGULAR_PAST = frozenset(
    "had was were did made took went came gave got knew saw told thought left lost won fell rose began ran led held "
    "kept paid sent spent built brought bought caught fought taught felt met sat stood understood became broke chose "
    "drove ate flew forgot grew hid rode shook spoke stole threw woke wore wrote found said hit hurt shut struck "
    "sought sold fled drew dug fed hung laid lent meant overcame slid sank stuck swore swept tore withdrew heard died "
    "used owed lied tied sped bled".split())
_PREPOSITIONS = frozenset("the a an of in for with by to on at from his her their its our this that these those "
                          "into onto".split())
_WORD = re.compile(r"[\w'’$€£%.-]+")


def words_of(text: str) -> list[str]:
    """The words of ``text``, lower-cased, without the punctuation around them."""
    return [w.strip(".,;:").lower().replace("’", "'") for w in _WORD.findall(text)]


def first_words(text: str, start: int, end: int, count: int) -> list[str]:
    """``words_of(text[start:end])[:count]``, without reading the words past ``count``."""
    return [m.group().strip(".,;:").lower().replace("’", "'") for m in islice(_WORD.finditer(text, start, end), count)]


def first_finite(words: list[str], limit: int = 15, lenient: bool = False) -> int:
    """Index of the first word that shows a finite verb (an auxiliary, a past tense, ``it says``), or -1.

    ``lenient`` also takes a present tense after a short subject (``the law gives``), for verbs such as
    ``say`` that seldom take a noun-phrase object.
    """
    for i, w in enumerate(words[:limit]):
        before = words[i - 1] if i else ""
        if w in AUXILIARIES or w in IRREGULAR_PAST:
            return i
        if len(w) > 4 and w.endswith("ed") and before not in _PREPOSITIONS:
            return i  # "prices rose", "troops crossed" — but not "the reported cases"
        if i and w.endswith("s") and not w.endswith("ss") and before in SUBJECT_PRONOUNS and before != "there":
            return i  # "it conducts", "this appears"
        if "'" in w and w.split("'")[1] in ("s", "re", "ll", "d", "ve") and w.split("'")[0] in SUBJECT_PRONOUNS:
            return i  # "it's a win", "they'll stay"
        if lenient and i in (1, 2) and w.endswith("s") and not w.endswith(("ss", "'s")) and words[0] in DETERMINERS:
            return i  # "the law gives", "his team plays"
    return -1


def has_finite_verb(words: list[str], limit: int = 15, lenient: bool = False) -> bool:
    """Whether the first ``limit`` words look like a clause."""
    return first_finite(words, limit, lenient) >= 0
