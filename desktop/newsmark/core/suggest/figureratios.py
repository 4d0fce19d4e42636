"""Ratios written without ``of``: ``double``/``triple`` the size (multipliers) and ``by a third``, ``a quarter larger``.

``double the size``, ``nearly double what it was`` and ``more than triple the average`` compare two amounts, so the
word is a multiplier (unit ``times``); the verb (``prices will double``, ``to triple that figure``, ``more than doubled``)
is left alone. A fraction that is the size of a change (``cut by a third``, ``reduce it by almost a quarter,``) or of a
comparison (``a third larger than``) is a proportion even with no ``of`` after it; ``a 10th of`` writes its denominator
in digits.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.suggestion import Suggestion

NAME = "figures"

_MULTIPLES = {"double": 2, "triple": 3}
# The adjective compares with a noun phrase after it; words that make it a verb come before it.
_MULTIPLE = re.compile(r"(?<![\w-])(?P<word>[Dd]ouble|[Tt]riple)(?=\s+(?:the|what|that\s+of|those\s+of)\b)")
_VERB_BEFORE = re.compile(r"\b(?:to|will|would|could|can|may|might|must|should|shall|did|does|do|not|n[o’']t|and|or)\s+"
                          r"(?:(?:nearly|almost|roughly|about|more\s+than|at\s+least)\s+)?\Z", re.IGNORECASE)
# The fractions news sizes changes by (each is one plain scan of a long text: rarer ones are left out).
_DENOMINATORS = {"third": 3, "quarter": 4, "fifth": 5, "tenth": 10, "10th": 10}
_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4}
_NUMERATOR = re.compile(r"(?<![\w-])(?:[Aa]n?|[Oo]ne|two|three|four)\s+\Z")
_FRACTION = re.compile(r"(?P<num>[Aa]n?|[Oo]ne|two|three|four)\s+"
                       r"(?P<den>third|quarter|fifth|tenth|10th)s?(?![\w-])")
# "by a third", "by almost a quarter,": the size of a change, ended by punctuation or a word that starts a new phrase.
_BY_BEFORE = re.compile(r"\bby\s+(?:(?:almost|nearly|about|roughly|some|around|more\s+than|less\s+than|over|just|only)\s+)?\Z")
_CHANGE_END = re.compile(r"\s*[,.;:)—–]|\s+(?:and|or|by|in|to|from|as|since|over|after|before|when|while|if|this|last|next|"
                         r"compared|because|than|on)\b")
# "a third larger than", "a quarter more": a comparison's size.
_COMPARATIVE = re.compile(r"\s+(?:larger|smaller|bigger|higher|lower|more|less|fewer|greater|cheaper|faster|slower|longer|"
                          r"shorter|heavier|lighter|wider|older|younger)\b")
# "a 10th of": the denominator in digits (the spelt ones are found by ``figurewords``).
_OF = re.compile(r"\s+of\s")


def ratio_figures(text: str, lower: str) -> list[Suggestion]:
    """Multipliers before a compared noun phrase and fractions sizing a change or comparison, in text order."""
    out = []
    for word in _MULTIPLES:  # one plain scan each
        at = lower.find(word)
        while at != -1:
            m = _MULTIPLE.match(text, at)
            if m and not _VERB_BEFORE.search(text, max(0, at - 30), at):
                value = _MULTIPLES[m.group("word").lower()]
                out.append(Suggestion("figure", m.start(), m.end(), {"value": value, "unit": "times"}, 0.7, NAME))
            at = lower.find(word, at + len(word))
    for stem in _DENOMINATORS:
        at = lower.find(stem)
        while at != -1:
            # the numerator first: most "third"s follow "the" and are turned away by one short search
            num = _NUMERATOR.search(text, max(0, at - 7), at)
            m = _FRACTION.match(text, num.start()) if num else None
            if m and m.start("den") == at and (
                    _OF.match(text, m.end()) if stem == "10th"
                    else _COMPARATIVE.match(text, m.end())
                    or _CHANGE_END.match(text, m.end()) and _BY_BEFORE.search(text, max(0, m.start() - 25), m.start())):
                value = round(_NUMERATORS[m.group("num").lower()] / _DENOMINATORS[stem], 3)
                out.append(Suggestion("figure", m.start(), m.end(), {"value": value, "unit": ""}, 0.7, NAME))
            at = lower.find(stem, at + len(stem))
    return sorted(out, key=lambda s: s.start)
