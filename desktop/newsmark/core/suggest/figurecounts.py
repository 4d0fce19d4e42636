"""More counting words: ``once``, ``a quarter century``, ``a half-dozen``, ``father-of-three``,
``multimillion-dollar`` (1000000, USD), and where a ``one`` counts by its sentence.

``once`` is 1 (unit ``times``) where it counts how often (``stepped on it once``, ``only once``, ``once a week``), not
where it means "formerly" or "as soon as" (``was once a mill``, ``once the storm passed``, ``once again``, ``at once``).
``a quarter century`` is 0.25 (a quarter of a measure); ``a half-dozen`` is 6 (span with ``a``, as ``a dozen``).
``one`` counts before ``each`` (``one person each from …``), after ``about`` or ``into`` (``combined into one building``),
and where the sentence counts the same noun with another number (``three years for … and one year for …``).
"""

from __future__ import annotations

import re

from newsmark.core.suggest.figurenumbers import SMALL, TENS
from newsmark.core.suggest.figureunits import plural, unit_after
from newsmark.core.suggest.suggestion import Suggestion

NAME = "figures"

# The word first, then the look-behind: a pattern opening with a literal is found by a fast scan.
_ONCE = re.compile(r"once(?<![\w-]once)(?![\w-])")
_ONCE_LIMITED = re.compile(r"\b(?:only|just|more\s+than|at\s+least|at\s+most|exactly|than|not\s+even|even|never\s+more\s+than)\s+$",
                           re.IGNORECASE)
_ONCE_RATE = re.compile(r"\s+(?:a|per|every|each)\s+(?:day|week|fortnight|month|year|decade|season|term|night|hour|minute)\b")
# "was once a mill", "had once lived", "at once", "all at once": "formerly" and "immediately", no count.
_ONCE_FORMERLY = re.compile(r"\b(?:at|is|was|were|are|am|be|been|being|had|has|have|would|could|might|may|must|will|'d|’d|"
                            r"he|she|it|they|we|i|you|who|which|that|the|a|an|and|or|but|if|when|for)\s+$", re.IGNORECASE)
# After the verb it counts: the end of a clause or a preposition ("left the game once with an injury").
_ONCE_AFTER = re.compile(r"(?:\s*[,.;:!?)—–]|\s+(?:with|during|before|after|in|on|at|and|but|while|when|this|last|since|"
                         r"so\s+far|to|from|then|or|twice)\b)(?!\s+a\s+while)")
_ONCE_IDIOM_AFTER = re.compile(r"\s+(?:again|more|upon|and\s+for\s+all|in\s+a\s+while|removed)\b")
_QUARTER = re.compile(r"(?<![\w-])(?P<num>[Aa]n?|[Oo]ne|[Tt]hree)[\s-](?P<den>quarters?)(?=[\s-](?P<measure>century|centuries|"
                      r"hour|hours|mile|miles|inch|inches|point|points|pound|pounds|acre|acres|gallon|gallons|cup|cups)\b)")
# "a father-of-three": the children counted inside the compound.
_PARENT_OF = re.compile(rf"\b(?:father|mother|parent|dad|mum|mom|grandfather|grandmother)s?-of-(?P<n>\d{{1,2}}|{'|'.join(list(SMALL)[2:])})\b",
                        re.IGNORECASE)
# "a multimillion-dollar deal": a vague amount of money, its lower bound.
_MULTI = re.compile(r"[Mm]ulti(?<![\w-][Mm]ulti)-?(?P<scale>million|billion|trillion)(?=-(?P<money>dollar|pound|euro)\b)")
_MULTI_VALUES = {"million": 10**6, "billion": 10**9, "trillion": 10**12}
_MULTI_MONEY = {"dollar": "USD", "pound": "GBP", "euro": "EUR"}
_HALF_DOZEN = re.compile(r"(?<![\w-])(?:[Aa]\s+)?[Hh]alf[\s-]dozen(?![\w-])")
# "one person each from …": one of several counted alike.
_CONTRAST_AFTER = re.compile(r"[^.;!?\n]{0,80}?\b(?:another|the\s+other)\b")
_EACH_AFTER = re.compile(r"\s+each\b")
_NUMBER_BEFORE = re.compile(rf"(?<![\w.,-])(?:\d[\d,]*|{'|'.join(sorted([*SMALL, *TENS], key=len, reverse=True))})"
                            r"[\s-]+(?P<noun>[a-z]+)\b(?:[\s-]+(?P<second>[a-z]+)\b)?", re.IGNORECASE)


def counting_words(text: str) -> list[Suggestion]:
    """``once``, ``a quarter century`` and ``a half-dozen`` where they count, in text order."""
    out = []
    if "once" in text:
        for m in _ONCE.finditer(text):
            if _once_counts(text, m.start(), m.end()):
                out.append(Suggestion("figure", m.start(), m.end(), {"value": 1, "unit": "times"}, 0.6, NAME))
    if "quarter" in text:
        for m in _QUARTER.finditer(text):
            value = 0.25 if m.group("num").lower() in ("a", "an", "one") else 0.75
            out.append(Suggestion("figure", m.start(), m.end(), {"value": value, "unit": plural(m.group("measure"))}, 0.7, NAME))
    if "dozen" in text:
        for m in _HALF_DOZEN.finditer(text):
            out.append(Suggestion("figure", m.start(), m.end(), {"value": 6, "unit": unit_after(text, m.end())}, 0.7, NAME))
    if "ulti" in text:
        for m in _MULTI.finditer(text):
            out.append(Suggestion("figure", m.start(), m.end(), {"value": _MULTI_VALUES[m.group("scale")],
                                                                 "unit": _MULTI_MONEY[m.group("money")]}, 0.6, NAME))
    if "-of-" in text:
        for m in _PARENT_OF.finditer(text):
            n = m.group("n").lower()
            value = int(n) if n.isdigit() else SMALL[n]
            out.append(Suggestion("figure", m.start("n"), m.end("n"), {"value": value, "unit": "children"}, 0.8, NAME))
    return sorted(out, key=lambda s: s.start)


def _once_counts(text: str, start: int, end: int) -> bool:
    """True when ``once`` counts how often something happened, not "formerly" or "as soon as"."""
    if _ONCE_IDIOM_AFTER.match(text, end):
        return False
    before = text[max(0, start - 24):start]
    if _ONCE_LIMITED.search(before) or _ONCE_RATE.match(text, end):
        return True  # "only once", "more than once", "once a week"
    if not before.strip() or before.rstrip()[-1:] in ".!?;:,(“\"—–" or _ONCE_FORMERLY.search(before):
        return False  # "Once the rain stopped", "he was once a teacher", "all at once"
    return _ONCE_AFTER.match(text, end) is not None


def one_counts(text: str, start: int, end: int, noun: str) -> bool:
    """True when a ``one`` before ``noun`` counts by its sentence: ``one person each``, ``three years … and one year``."""
    if _EACH_AFTER.match(text, end + 1 + len(noun)):
        return True
    if _CONTRAST_AFTER.match(text, end):
        return False  # "one inventor can take over another's patent": one against another, no count
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - 160) + 1
    nouns = {noun.lower(), plural(noun.lower())}
    return any(m.group("noun").lower() in nouns or (m.group("second") or "").lower() in nouns  # "two large halls"
               for m in _NUMBER_BEFORE.finditer(text, sentence_start, start))
