"""Who a stretch of news is about: the people its sentences open with, for pronouns and unattributed quotes.

A pronoun attribution ("he said") or a quote with no attribution belongs, in news writing, to the person
the text was last telling about: the latest sentence that opens with that person ("Okafor now denies …",
"Okafor’s office said …", "Later, Dr Okafor, who …, argued …"), even when another person was quoted earlier.
Only people the article treats as people count: the sources of its reporting verbs and the full names
that open a sentence. When nothing names anyone nearby, the person named most often so far is the topic.
"""

from __future__ import annotations

import bisect
import re

from newsmark.core.suggest.givennames import given_gender
from newsmark.core.suggest.narration import object_pronoun
from newsmark.core.suggest.sharedsurnames import SharedSurnames
from newsmark.core.suggest.headlines import headline_end
from newsmark.core.suggest.kinship import OWNED_RELATIVE
from newsmark.core.suggest.speakers import SCAN_NAME, after_title_stop, is_organisation, is_role, person_name
from newsmark.core.suggest.titledsubject import role_then_name

# A sentence opener before the subject: "On Monday, …", "Later, …", "But …". Its runs are possessive (``++``, ``*+``,
# ``{…}+``) where giving characters back could never let the comma after them match: no backtracking at each sentence.
_INTRO = (r"(?:(?:In|At|On|For|From|After|Before|Later|Earlier|Meanwhile|Then|Still|However|Instead|Now|Today|Yesterday|"
          r"Since|During|Speaking|Asked|Last\s+\w+|This\s+\w+)\b[^,.\n\"“”]{0,40}+,\s*|(?:But|And|Yet|So|Then|Now|Later|Still)\s+"
          r"|[A-Z][a-z]++(?:[ \t]++[a-z][\w'’-]*+){1,7}+,[ \t]*"  # any short lower-case lead: "As it turned out, Ruiz …"
          # a leading clause of contrast with its own subject, its commas and all: "While Lee, 36, waits for a bus, Ana
          # Ruiz hands over …" ("While waiting, Ruiz …" is no other subject's)
          # (not one of time: "When Ana Ruiz arrived, Lee had …" goes on about her)
          r"|(?:While|Although|Though|Whereas)[ \t]+(?=[A-Z])[^.!?\n\"“”]{0,100}?,[ \t]*(?=[A-Z])"
          r")?")
# Where a sentence starts (a capital after a stop or at a line's start), then the subject there: the name
# (possessive or not), an optional aside, then a lower-case word.
_BOUNDARY = re.compile(r"[.!?\n][”\"’)]?[ \t]*(?=[A-Z])")  # a character class first: the engine scans fast
# A common noun right after the capitalised words makes them its modifier, no person: "The Orange Expressionist
# exhibition last year displayed …".
_MODIFIED = (r"(?!(?:exhibition|festival|show|series|programme|program|project|awards?|prize|report|study|survey|"
             r"album|single|film|movie|book|novel|event|season|tour|system|network|service|website|scheme|plan|deal|"
             r"index|conference|summit|contest|competition|ceremony|concert|chart|gallery|museum)\b)")
_SUBJECT = re.compile(_INTRO + rf"(?P<who>{SCAN_NAME})(?P<possessive>['’]s)?(?:,[^\"“”«»\n]{{0,160}}?,)?\s+(?=[a-z]){_MODIFIED}")
# A description the name is in apposition to, then its verb: "The first woman elected, Ana Ruiz, spoke …" (no clause
# in it: "The nurse said she rang her sister, Maria Lopez," is the nurse's sentence).
_DESCRIBED = re.compile(r"(?:The|A|An)[ \t]+(?:[A-Z][\w'’-]*[ \t]+){0,4}[a-z](?:(?!(?<=[ \t])(?:he|she|they|it|we|I|her|his|their|its|is|was|has|had|"
                        r"said|says|told)[ \t])[^,.!?\n\"“”]){0,60},[ \t]*(?P<who>[A-Z][a-z]+(?:[ \t]+[A-Z][\w'’-]*){1,2}),"
                        r"(?P<possessive>)[ \t]+(?=[a-z])")
_OPENERS = frozenset("The A An It This That These Those There Here What When Where Why How Who His Her Their Its Our My "
                     "We They He She I You If As".split())

PRONOUN_GENDER = {"he": "m", "his": "m", "him": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
_PRONOUN_WORD = re.compile(r"\b(?:[Hh]e|[Hh]is|him|himself|[Ss]he|[Hh]er|hers|herself)\b")
# No leading \b: the engine then skips ahead to the letters a title starts with (ten times faster on long texts).
_TITLED = re.compile(r"(?:Mrs?|Ms|Miss|Sir|Lord|Dame|Lady)\.?\s+(?:[A-Z][\w'’-]*\s+){0,2}(?P<surname>[A-Z][\w'’-]*)")
_SENTENCE_STOP = re.compile(r"[.!?]\s|\n")


def _genders(text: str, subjects: list[tuple[re.Match, str]], quoted: list[tuple[int, int]], key) -> dict:
    """Each person's gender ("m", "f") by ``key`` (a surname, or a person of a shared one), where the text shows it:
    a title, else a given name of one gender ("Hugh"), else the pronouns of their sentences."""
    votes: dict = {}
    for m, name in subjects:
        if not key(name) or sum(votes.get(key(name), ())) >= 5:
            continue  # enough evidence: a long text costs no more than a short one per person
        stop = _SENTENCE_STOP.search(text, m.end(), m.end() + 300)
        end = stop.start() if stop else m.end() + 300
        p = _PRONOUN_WORD.search(text, m.end(), end)
        while p and object_pronoun(text, p):  # "Ruiz found him": the object of her own clause is someone else
            p = _PRONOUN_WORD.search(text, p.end(), end)
        if p and not inside(quoted, p.start()):  # the first pronoun after the subject is most likely its own
            votes.setdefault(key(name), [0, 0])[PRONOUN_GENDER[p.group().lower()] == "f"] += 1
    gender = {surname: "m" if m > f else "f" for surname, (m, f) in votes.items() if m != f}
    for _, name in subjects:
        if key(name) and (given := given_gender(name)):
            gender[key(name)] = given  # "Hugh Richards": a man, whatever the pronouns after him say
    for m in _TITLED.finditer(text):
        if m.start() == 0 or not text[m.start() - 1].isalnum():
            male = text.startswith(("Mr.", "Mr ", "Sir", "Lord"), m.start())
            gender[m.group("surname")] = "m" if male else "f"  # a title is surer than pronouns
    return gender


# "Ruiz's son, filmmaker Tom Ruiz (…), also recalls": the person in apposition to a possessed noun is the subject.
_APPOSED = re.compile(r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}[a-z][\w-]*,[ \t]+(?:[a-z][\w-]*[ \t]+){0,3}"
                      r"(?P<who>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’.-]*){1,3})(?=[ \t]*[,(])")


def _apposed(text: str, m: re.Match) -> tuple[re.Match, str]:
    """A sentence subject and its name; a possessed noun's apposition ("X's son, Y,") gives Y instead of X, as does a
    role between the opening and a name ("Acme boss Y")."""
    if m.group("possessive") or m.group("who").endswith(("'s", "’s")):
        at = m.end("possessive") if m.group("possessive") else m.end("who")
        apposed = _APPOSED.match(text, at) or OWNED_RELATIVE.match(text, at)  # "X's ex-wife Brigitte Nielsen": hers
        if apposed and len(person_name(apposed.group("who")).split()) >= 2:
            return apposed, person_name(apposed.group("who"))
    elif titled := role_then_name(text, m.end("who")):
        return titled, person_name(titled.group("who"))  # "Double Olympic champion Ana Ruiz won": Ana Ruiz
    return m, person_name(m.group("who"))


def inside(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether offset ``at`` falls inside one of the sorted, disjoint ``spans``."""
    i = bisect.bisect_right(spans, (at, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= at < spans[i][1]


class Salience:
    """The people an article's sentences are about, by offset, to resolve who "he" and unattributed quotes mean."""

    def __init__(self, text: str, mentions: list[tuple[int, str]], quoted: list[tuple[int, int]]) -> None:
        """Index the people of ``text``: the named sources in ``mentions`` and the full names opening a sentence."""
        by_surname: dict[str, str] = {}  # the longest name seen for each surname; the caller resolves it
        for _, who in mentions:
            name = person_name(who)
            if (name and not is_organisation(name) and not is_role(name.split()[-1])
                    and len(name) > len(by_surname.get(name.split()[-1], ""))):
                by_surname[name.split()[-1]] = name
        skip = headline_end(text)  # a headline's capitals say nothing about who its words are
        boundaries = [b for b in [0, *(b.end() for b in _BOUNDARY.finditer(text, skip))]
                      if b >= skip and not after_title_stop(text, b)]  # "against Sen. Harry Reid": no new sentence
        starts = [_apposed(text, m) for m in (_DESCRIBED.match(text, b) or _SUBJECT.match(text, b) for b in boundaries)
                  if m and not inside(quoted, m.start("who"))]
        for m, name in starts:
            words = name.split()
            if (len(words) >= 2 and words[0] not in _OPENERS and not is_organisation(name)
                    and all(w[:1].isupper() for w in words) and not is_role(words[-1])
                    and len(name) > len(by_surname.get(words[-1], ""))):
                by_surname[words[-1]] = name
        # Two people of one surname ("Ana Ruiz", "Tom Ruiz"): each keeps their own name and gender, and a bare
        # "Ruiz" stays bare for the caller to resolve by the nearest full mention.
        self._shared = SharedSurnames({*map(person_name, {who for _, who in mentions}), *(name for _, name in starts)})
        subjects = [(m, name if self._shared.shared(name.split()[-1]) else by_surname[name.split()[-1]])
                    for m, name in starts if name and name.split()[-1] in by_surname]
        self._subjects = [(m.start("who"), full) for m, full in subjects]
        self._gender = _genders(text, subjects, quoted, self._key)
        self._text, self._quoted, self._by_surname = text, quoted, by_surname
        self._named: dict[str, list[int]] | None = None  # each person's offsets outside quotes, found when first asked

    def _key(self, name: str):
        """Whose gender ``name`` shows: its surname, or for a shared surname written in full its person."""
        surname = name.split()[-1]
        return self._shared.person(name) if self._shared.shared(surname) and " " in name else surname

    def agrees(self, name: str, pronoun: str) -> bool:
        """False only when ``name``'s person is known to be of the other gender than ``pronoun`` ("he", "she")."""
        known = self._gender.get(self._key(name), "") if name else ""
        wanted = PRONOUN_GENDER.get(pronoun.lower(), "")
        return not known or not wanted or known == wanted

    def known(self, name: str, pronoun: str) -> bool:
        """Whether the text shows ``name``'s person to be of ``pronoun``'s gender (a person, then, not a place)."""
        wanted = PRONOUN_GENDER.get(pronoun.lower(), "")
        return bool(name and wanted) and self._gender.get(self._key(name), "") == wanted

    def last_subject(self, at: int, pronoun: str = "") -> tuple[int, str]:
        """(offset, name) of the last sentence subject before offset ``at`` that ``pronoun`` may mean, or (-1, "")."""
        i = bisect.bisect_left(self._subjects, (at, "")) - 1
        for j in range(i, max(-1, i - 8), -1):
            if self.agrees(self._subjects[j][1], pronoun):
                return self._subjects[j]
        return self._subjects[i] if i >= 0 else (-1, "")

    def between(self, start: int, end: int) -> bool:
        """Whether a sentence between offsets ``start`` and ``end`` opens with a person."""
        i = bisect.bisect_left(self._subjects, (start, ""))
        return i < len(self._subjects) and self._subjects[i][0] < end

    def topic(self, at: int) -> str:
        """The person named most often before offset ``at`` (the latest of equals), or ``""``."""
        if self._named is None:
            self._named = self._find_named()
        counts = {name: bisect.bisect_left(offsets, at) for name, offsets in self._named.items()}
        best = max(counts, key=lambda name: (counts[name], self._named[name][counts[name] - 1] if counts[name] else -1),
                   default="")
        return best if best and counts[best] else ""

    def _find_named(self) -> dict[str, list[int]]:
        """Each person's offsets outside quotes, in text order."""
        named: dict[str, list[int]] = {}
        if self._by_surname:
            pattern = re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, sorted(self._by_surname, key=len, reverse=True)))
                                 + r")(?![\w])")
            for m in pattern.finditer(self._text):
                if not inside(self._quoted, m.start()):
                    named.setdefault(self._by_surname[m.group()], []).append(m.start())
        return named
