"""Figures spelt in words the number pattern leaves out: vague counts, multipliers, fractions and a ``one`` that counts.

``hundreds of thousands`` → 100000, ``a dozen`` → 12, ``scores of`` → 20 (vague counts take their lower bound);
``twice`` and ``thrice`` (also in compounds: ``twice-divorced``) and ``tenfold`` are multipliers (unit ``times``);
``half``, ``two-thirds`` and ``a quarter of`` are proportions (0.5, 0.667, 0.25); ``one in five`` and ``eight out of
ten`` are two figures (1 and 5, 8 and 10), both counting the noun after them;
``half a million`` is 500000; ``one`` is a figure only where it counts (``only one``, ``against one opponent``,
``from one day a week to five``, ``one-year``), never as an article or pronoun (``one of them``, ``one day``).
"""

from __future__ import annotations

import bisect
import re

from newsmark.core.suggest.figurecounts import counting_words, one_counts
from newsmark.core.suggest.figurefilters import numbers_a_thing
from newsmark.core.suggest.figurenumbers import CURRENCY_WORDS, SMALL
from newsmark.core.suggest.figurestarts import number_starts
from newsmark.core.suggest.figureratios import ratio_figures
from newsmark.core.suggest.figureunits import MEASURE_NOUNS, unit_after
from newsmark.core.suggest.figureodds import odds_figures
from newsmark.core.suggest.figureraces import race_figures
from newsmark.core.suggest.figureshapes import shaped_figures
from newsmark.core.suggest.suggestion import Suggestion

NAME = "figures"

# Case-sensitive alternatives and a first-letter look-ahead keep the scan fast: most positions fail at once.
_VAGUE = re.compile(r"(?=[TtHhMmBbDdAaOoSs])(?<![\w-])(?:(?P<plural>[Tt]ens|[Hh]undreds|[Tt]housands|[Mm]illions|[Bb]illions|[Tt]rillions)"
                    r"(?:\s+of\s+(?P<of>thousands|millions|billions))?|(?P<dozen>(?:[Aa]n?\s+|[Oo]ne\s+)?[Dd]ozens?)|"
                    r"(?P<halfa>[Hh]alf\s+an?\s+(?P<whole>dozen|hundred|thousand|million|billion|trillion))|(?P<half_alone>[Hh]alf)|"
                    r"(?P<scores>[Ss]cores)(?=\s+of\s))(?![\w-])|(?P<twice>[Tt]wice|[Tt]hrice)(?!\w)|(?P<half>[Hh]alf)(?=-[a-z])")
_REPEATED = re.compile(r"\s+(?:upon|and|after|on)\s+([a-z]+s)\b")
_HALF_WHOLES = {"dozen": 12, "hundred": 100, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_VAGUE_STEMS = ("ens ", "undreds", "housands", "illions", "ozen", "alf", "wice", "hrice", "cores of")
_VAGUE_VALUES = {"tens": 10, "hundreds": 100, "thousands": 1000, "millions": 10**6, "billions": 10**9, "trillions": 10**12}
# "one and a half", "a half": part of another figure; "the second half" is the proportion (half of a whole).
_PERIOD_HALF = re.compile(r"\b(?:and\s+a|an?)\s+$", re.IGNORECASE)
# "the first half of 2004", "the second half of the year": a stretch of time, named as when.
_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|latter|last|next|previous|final)\s+$", re.IGNORECASE)
_HALF_OF_TIME = re.compile(r"\s+of\s+(?:(?:19|20)\d\d\b|(?:the|this|last|next)\s+(?:year|decade|century|season|month)\b|"
                           r"(?:next|last|this)\s+year\b)", re.IGNORECASE)
# "a year and a half", "an hour and a half": a measure named once, then its half.
_MEASURE_AND_A = re.compile(r"(?<![\w'’-])an?\s+(year|hour|month|week|day|decade|century|minute|mile)\s+and\s+a\s+\Z",
                            re.IGNORECASE)
# "the half-penny tax", "a half-hour show": half of a measure, in a compound (not "half-brother", "half-hearted").
_HALF_MEASURE = re.compile(r"-(penny|pence|cent|hour|day|week|month|year|century|decade|mile|metre|meter|kilometre|"
                           r"litre|liter|pound|kilo|dollar|point|percent|inch|acre|marathon|term|season)s?(?![\w-])",
                           re.IGNORECASE)
_OF_NOUN = re.compile(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?([a-z][\w'’-]*)")

_MONEY_UNIT = re.compile(r"[A-Z]{3}")
_NUMBER_WORD = "|".join(w for w in SMALL if w != "zero")
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
                 "ninth": 9, "tenth": 10}
# "two-thirds" anywhere; "a third of", "one quarter of", "three fifths of" only before "of" ("a third term" is an ordinal).
_FRACTION = re.compile(
    rf"(?<![\w-])(?:(?P<num>{_NUMBER_WORD}|an?)-(?P<den>thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)"
    rf"|(?P<num2>{_NUMBER_WORD}|an?)\s+(?P<den2>thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)(?=\s+of\s))(?![\w-])",
    re.IGNORECASE)
_FRACTION_STEMS = ("third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
# "one in five", "three in 10", "two out of every three": two figures counting one noun (not "3 in 10 minutes").
_ONE_IN = re.compile(rf"(?<![\w.,-])(?P<num>\d{{1,2}}|{_NUMBER_WORD})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<den>\d{{1,3}}|{_NUMBER_WORD})"
                     r"(?![\w.,-])(?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|games?|matches|starts|attempts))",
                     re.IGNORECASE)
# "tenfold", "a 10-fold rise", "two-fold".
_FOLD = re.compile(rf"(?<![\w-])(?P<n>\d+|{_NUMBER_WORD}|twenty|thirty|forty|fifty|hundred)-?fold(?![\w-])", re.IGNORECASE)
# Where "one" counts: after a word that limits or compares a number, before "or two"/"to five", in a compound.
_ONE_COUNTS_BEFORE = re.compile(r"\b(?:only|just|against|than|at\s+least|at\s+most|exactly|merely|barely|roughly|from|by|about|into|"
                                r"nearly|almost)\s+$", re.IGNORECASE)
_ONE = re.compile(r"(?<![\w-])[Oo]ne(?=(?P<compound>-(?:second|minute|hour|day|week|month|year|decade|mile|kilometre|point|"
                  r"game|match|member|seat|vote|goal|run|storey|bedroom|room)s?\b)|\s+(?P<noun>[A-Za-z][A-Za-z'’-]+)\b)")
# "for one day", "with one passenger on board": a preposition of extent or company before a counted noun.
_CONTRAST_AFTER = re.compile(r"[^.;!?\n]{0,80}?\b(?:another|the\s+other)\b")
_ONE_FOR_WITH = re.compile(r"\b(?:for|with)\s+$", re.IGNORECASE)
_DESCRIBED_AFTER = re.compile(r"\s+[a-z]+ing\b")
# After "one" these make it a pronoun ("one of them", "one who"); the narrative ones ("one day") count only after "only".
_PRONOUN_ONE = set("of another other another's who that which".split())
_NOT_COUNTED = set("thing way time day point more less".split())
# "for one thing", "with one voice", "with one hand tied": idioms, no count
_IDIOMS_AFTER_FOR_WITH = set("thing way voice hand eye accord mind another".split())


def _vague_matches(text: str):
    """The vague counts' matches, found from their letters by ``str.find`` (far faster than a scan of every position)."""
    for stem in _VAGUE_STEMS:
        at = text.find(stem)
        while at != -1:
            m = _VAGUE.search(text, max(0, at - 5), at + len(stem) + 40)
            if m:
                yield m
            at = text.find(stem, at + len(stem))


def _vague(text: str) -> list[Suggestion]:
    """Vague counts and multipliers: ``hundreds of thousands``, ``a dozen``, ``half a million``, ``twice``."""
    out = []
    for m in _vague_matches(text):
        if m.group("half"):
            compound = _HALF_MEASURE.match(text, m.end())
            if compound is None:
                continue
            value, unit = 0.5, compound.group(1).lower()
        elif m.group("half_alone"):
            measure = _MEASURE_AND_A.search(text, max(0, m.start() - 30), m.start())
            if measure:  # "a year and a half": the half is a figure of that measure (the "a" is no count)
                value, unit = 0.5, measure.group(1).lower() + "s"
            elif _PERIOD_HALF.search(text, max(0, m.start() - 12), m.start()):
                continue  # "one and a half", "a half": not the proportion
            elif _ORDINAL_BEFORE.search(text, max(0, m.start() - 12), m.start()) and (
                    _HALF_OF_TIME.match(text, m.end()) or not text.startswith(" of", m.end())):
                continue  # "the second half of 2004", "in the first half, we pressured them": when, no amount
            else:
                value, unit = 0.5, ""
        elif m.group("halfa"):
            value, unit = _HALF_WHOLES[m.group("whole").lower()] // 2, ""
        elif m.group("twice"):
            value, unit = (2 if m.group("twice").lower() == "twice" else 3), "times"
        elif m.group("dozen"):
            value, unit = 12, ""
        elif m.group("scores"):
            value, unit = 20, ""
        else:
            value = _VAGUE_VALUES[m.group("plural").lower()] * _VAGUE_VALUES.get((m.group("of") or "").lower(), 1)
            unit = ""
            again = _REPEATED.match(text, m.end())  # "thousands upon thousands": one vague count
            if again and again.group(1).lower() == m.group(0).lower():
                m_end = again.end()
                out.append(Suggestion("figure", m.start(), m_end, {"value": value, "unit": _noun_of(text, m_end)}, 0.7, NAME))
                continue
        if not unit:
            unit = _noun_of(text, m.end())
        out.append(Suggestion("figure", m.start(), m.end(), {"value": value, "unit": unit}, 0.7, NAME))
    return out


def _noun_of(text: str, end: int) -> str:
    """The noun a vague count or proportion is of (``millions of viewers`` → viewers), else the noun after it."""
    noun = _OF_NOUN.match(text, end)
    if noun is None:
        return unit_after(text, end)
    if noun.group(1).endswith(("'s", "’s")):
        return unit_after(text, noun.end(1))  # "one in four of the country's pupils"
    return CURRENCY_WORDS.get(noun.group(1).lower()) or unit_after(text, noun.start(1) - 1)


def _number(word: str) -> int:
    """``a``/``an``/a number word/digits as an int."""
    word = word.lower()
    return 1 if word in ("a", "an") else int(word) if word.isdigit() else SMALL[word]


def _stem_matches(text: str, lower: str, pattern: re.Pattern, stems: tuple[str, ...], before: int = 14,
                  starts: list[int] | None = None):
    """Matches of ``pattern`` near each place one of ``stems`` occurs in ``lower`` (the text in lower case).

    ``starts``: the offsets where a match may start, in text order; a window holding none is not searched.
    """
    seen = set()
    for stem in stems:
        at = lower.find(stem)
        while at != -1:
            a, b = max(0, at - before), at + len(stem) + 12
            if starts is None or (i := bisect.bisect_left(starts, a)) < len(starts) and starts[i] < b:
                m = pattern.search(text, a, b)
                if m and m.start() not in seen:
                    seen.add(m.start())
                    yield m
            at = lower.find(stem, at + len(stem))


def _proportions(text: str, lower: str) -> list[Suggestion]:
    """Fractions (``two-thirds``, ``a quarter of``) and ``tenfold``, one figure each; ``one in five``, two figures."""
    out = []
    for m in _stem_matches(text, lower, _FRACTION, _FRACTION_STEMS):
        num, den = (m.group("num"), m.group("den")) if m.group("num") else (m.group("num2"), m.group("den2"))
        value = round(_number(num) / _DENOMINATORS[den.lower().rstrip("s")], 3)
        out.append(Suggestion("figure", m.start(), m.end(), {"value": value, "unit": _noun_of(text, m.end())}, 0.8, NAME))
    # "one in five" opens on a number: most of the text's many " in " have none near them
    for m in _stem_matches(text, lower, _ONE_IN, (" in ", " out of "), before=12, starts=number_starts(text)):
        num, den = _number(m.group("num")), _number(m.group("den"))
        if not 0 < num < den:
            continue
        unit = _noun_of(text, m.end())  # both numbers count it: "eight out of ten companies"
        if not numbers_a_thing(text, m.start("num")):  # "a Level 3 out of 5 risk": the 3 names a level, the 5 counts
            out.append(Suggestion("figure", m.start("num"), m.end("num"), {"value": num, "unit": unit}, 0.8, NAME))
        out.append(Suggestion("figure", m.start("den"), m.end("den"), {"value": den, "unit": unit}, 0.8, NAME))
    for m in _stem_matches(text, lower, _FOLD, ("fold",), before=8):
        n = m.group("n").lower()
        value = 100 if n == "hundred" else _number(n) if n in SMALL or n.isdigit() else {"twenty": 20, "thirty": 30,
                                                                                         "forty": 40, "fifty": 50}[n]
        out.append(Suggestion("figure", m.start(), m.end(), {"value": value, "unit": "times"}, 0.8, NAME))
    return out


def _counting_ones(text: str, lower: str) -> list[Suggestion]:
    """``one`` where it counts: ``only one``, ``against one opponent``, ``one-year``, ``one or two``, ``from one … to five``."""
    out = []
    for m in _stem_matches(text, lower, _ONE, ("one",), before=1):
        if m.group("compound"):
            unit = unit_after(text, m.end())
        else:
            noun = m.group("noun").lower()
            # "from one day a week to five": the other number of the change shows that this one counts too.
            change = re.search(r"\bfrom\s+$", text[max(0, m.start() - 6):m.start()]) and re.search(
                rf"\bto\s+(?:{_NUMBER_WORD}|\d+)\b", text[m.end():m.end() + 60])
            if noun in _PRONOUN_ONE:
                continue
            before = _ONE_COUNTS_BEFORE.search(text, max(0, m.start() - 16), m.start())
            limited = before is not None and before.group(0).strip().lower() != "from" and not (
                before.group(0).strip().lower() in ("about", "into") and noun in _NOT_COUNTED)  # "about one thing"
            pair = re.match(r"\s+(?:or|to)\s+(?:any\s+|maybe\s+|perhaps\s+)?(?:two|three|2|3)\b", text[m.end():m.end() + 26])
            lower_noun = m.group("noun")[0].islower()
            # "only one US city" counts whatever follows; "with one occupant" only before a common noun
            prep = _ONE_FOR_WITH.search(text, max(0, m.start() - 6), m.start())
            extent = (lower_noun and noun not in _IDIOMS_AFTER_FOR_WITH and prep is not None
                      and not _CONTRAST_AFTER.match(text, m.end())  # "for one office … another office": no count
                      # "for one day" measures; "for one event", "with one passage relating …" name a certain one
                      and (noun in MEASURE_NOUNS if prep.group(0).lower().startswith("for")
                           else not _DESCRIBED_AFTER.match(text, m.end("noun"))))
            if not (change and lower_noun or limited or extent or pair and noun not in _NOT_COUNTED
                    or lower_noun and noun not in _NOT_COUNTED and one_counts(text, m.start(), m.end(), noun)):
                continue
            unit = "" if pair else unit_after(text, m.end())
        out.append(Suggestion("figure", m.start(), m.start() + 3, {"value": 1, "unit": unit}, 0.6, NAME))
    return out


def with_word_figures(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """``found`` with the figures spelt in words added, each replacing the numbers it spans (``half a million``)."""
    lower = text.lower()
    extra = _disjoint(_proportions(text, lower) + _vague(text) + _counting_ones(text, lower) + counting_words(text)
                      + shaped_figures(text) + ratio_figures(text, lower) + race_figures(text) + odds_figures(text))
    if not extra:
        return found
    starts = [s.start for s in found]  # in text order, never overlapping
    kept, replaced = [], set()
    for s in extra:
        first = bisect.bisect_left(starts, s.start)
        if first and found[first - 1].end > s.start:
            continue  # a figure starting before reaches into this one
        inside = range(first, bisect.bisect_left(starts, s.end))
        last = found[inside[-1]] if inside else None
        if last and len(inside) == 1 and last.start == s.start and last.end > s.end:
            continue  # "one to two billion": a range of the number pattern already holds the word and reads it whole
        if last and (last.end > s.end or last.end == s.end and _MONEY_UNIT.fullmatch(last.attributes["unit"] or "")):
            # "half a billion dollars": the words' value over the figure's span and money
            s = s._replace(end=last.end, attributes={**s.attributes, "unit": last.attributes["unit"] or s.attributes["unit"]})
        kept.append(s)  # "half a million" over "million", "two-thirds" over "two", or a place where no figure is
        replaced.update(inside)
    return sorted([f for i, f in enumerate(found) if i not in replaced] + kept, key=lambda s: s.start)


def _disjoint(items: list[Suggestion]) -> list[Suggestion]:
    """The longest of overlapping suggestions, first come first kept, in text order."""
    out, last_end = [], -1
    for s in sorted(items, key=lambda s: (s.start, -s.end)):
        if s.start >= last_end:
            out.append(s)
            last_end = s.end
    return out
