"""Universities called by their town: "Oxford and Cambridge universities", a list of universities with one named in
full ("Cambridge, Imperial College London, Cardiff and Exeter"), "Arizona is a party college"."""

from __future__ import annotations

import re

from newsmark.core.suggest.placenamesakes import TOWN_BEFORE, named_alone
from newsmark.core.suggest.placetokens import Match, Tokens

# Plural nouns after a list of towns that make each of them a school ("Leeds and York universities").
SCHOOLS_AFTER = frozenset("universities colleges".split())
# Capitalised words naming a school in full: one in a list makes the list's bare towns schools too.
SCHOOL_WORDS = frozenset("University College Institute Polytechnic".split())
# Words before a bare mention that keep it the town ("students in Leeds", "moved to Leeds"): a facility's, and more.
_TOWN_BEFORE = TOWN_BEFORE | frozenset("to from at across".split())
# "X is a (notorious party) college": the name is the school's.
_IS_A_SCHOOL = re.compile(r" (?:is|was) (?:a|an|the) (?:[\w-]+ ){0,3}(?:college|university|school)\b")
_LIST_GAPS = (" ", ", ")


def _list_extent(tokens: Tokens, i: int, j: int) -> tuple[int, int, int]:
    """The words a list of capitalised names around words i..j-1 covers, and how many items it has."""
    words, n, items = tokens.words, len(tokens.words), 1
    a = i
    while a > 0 and i - a < 12 and tokens.gap(a) in _LIST_GAPS and (tokens.capitalised(a - 1) or words[a - 1] in ("and", "or")):
        if tokens.gap(a) == ", " or words[a - 1] in ("and", "or"):
            items += 1
        a -= 1
    b = j
    while b < n and b - j < 12 and tokens.gap(b) in _LIST_GAPS and (tokens.capitalised(b) or words[b] in ("and", "or")):
        if tokens.gap(b) == ", " or words[b] in ("and", "or"):
            items += 1
        b += 1
    return a, b, items


def school_names(tokens: Tokens, matches: list[Match]) -> tuple[set[str], set[int]]:
    """The town names the text uses for a university (in a list of universities, or before "universities"), and the
    first words of those mentions."""
    words, text, n = tokens.words, tokens.text, len(tokens.words)
    lists: list[tuple[int, int]] = []  # word ranges of lists of schools
    for m in matches:
        if m.entry.kind != "city" or (lists and lists[-1][0] <= m.i < lists[-1][1]):
            continue
        j = m.j
        if j < n and words[j] in SCHOOLS_AFTER and tokens.gap(j) == " ":
            if m.i >= 2 and words[m.i - 1] in ("and", "or") and tokens.capitalised(m.i - 2):
                lists.append((_list_extent(tokens, m.i, m.i)[0], j))  # "Leeds and York universities" (not "York
            continue  # universities": the town's)
        if not ((j < n and (tokens.gap(j) == ", " or words[j] in ("and", "or"))) or (m.i > 0 and tokens.gap(m.i) == ", ")):
            continue  # no list round it: most matches stop here
        a, b, items = _list_extent(tokens, m.i, j)
        if items >= 3 and ("and" in words[a:b] or "or" in words[a:b]) and (
                not SCHOOL_WORDS.isdisjoint(words[a:b]) or _after_schools(words, a)):
            lists.append((a, b))
    if not lists:
        return set(), set()
    listed = [m for m in matches if m.entry.kind == "city" and any(a <= m.i < b for a, b in lists)]
    return {text[m.start:m.end] for m in listed}, {m.i for m in listed}


def _after_schools(words: list[str], a: int) -> bool:
    """True when a list at word a follows "universities, including" or "colleges such as"."""
    return a >= 2 and words[a - 1] in ("including", "like", "as") and (
        words[a - 2].lower() in SCHOOLS_AFTER or (a >= 3 and words[a - 2] == "such" and words[a - 3].lower() in SCHOOLS_AFTER))


def a_school(tokens: Tokens, m: Match) -> bool:
    """True when a sentence calls the name a school ("Arizona is a party college")."""
    return m.entry.kind in ("city", "region") and _IS_A_SCHOOL.match(tokens.text, m.end) is not None and (
        tokens.sentence_initial(m.i))


def the_school(tokens: Tokens, m: Match, schools: tuple[set[str], set[int]]) -> bool:
    """True when a mention of a town the text uses for a university is the university: listed among universities, or
    a later mention with no locative word before it."""
    names, listed = schools
    return m.i in listed or named_alone(tokens, m, names, _TOWN_BEFORE)
