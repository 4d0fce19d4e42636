"""A number after a name keeps one sense per article: ``S&P 500 companies`` where the article also writes ``the S&P 500``.

``gave Ukraine 31 tanks`` counts tanks; ``Most S&P 500 companies`` does not count companies, and the article shows
it: elsewhere ``S&P 500`` stands alone (``the S&P 500 fell``), a name. So a name-and-number pair read as a name once
is a name at every occurrence in that article (``Windows 11 devices``, ``FTSE 100 firms``, ``iPhone 15 models``).
A number after a count and a name (``40 million Windows 11 devices``) names as well: a count never follows a count.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.figurefilters import match_minute, title_case_line
from newsmark.core.suggest.figuremodels import OPENING_WORDS
from newsmark.core.suggest.figurenames import CHART_SIZES
from newsmark.core.suggest.figurenumbers import CURRENCY_CODES
from newsmark.core.suggest.figureunits import is_plural
from newsmark.core.suggest.suggestion import Suggestion

# A name before the number: a capitalised word, an acronym with "&" ("S&P"), or a word in camel case ("iPhone").
_NAME = r"(?P<name>[A-Z][\w&]*|[a-z]+[A-Z][\w&]*)[ \t]\Z"
_NAME_BEFORE = re.compile(rf"(?<![\w&'’.-]){_NAME}")
_COUNT_NAME_BEFORE = re.compile(rf"(?<![\w.,-])\d[\d,.]*(?:[ \t]+(?:thousand|million|billion|trillion))?[ \t]+{_NAME}")
# Nor do quantifiers and words of rank ("Most 500 firms", "Top 10 picks"), nor currency codes ("USD 500": money).
_NOT_NAMES = (OPENING_WORDS | CURRENCY_CODES
              | set("Most Many All Every Each Both Another Other Few Top Pop Last Next First Roughly".split()))
_WORD_AFTER = re.compile(r"\s+([A-Za-z][a-z]*)\b")
_MAX_PAIRS = 40  # distinct pairs checked per article: each costs one scan of the text


def _name_before(text: str, start: int) -> str | None:
    """The name standing right before ``start``, or None (a sentence's first word, a function word)."""
    m = _NAME_BEFORE.search(text, max(0, start - 24), start)
    if m is None or m.group("name") in _NOT_NAMES:
        return None
    if text[max(0, m.start() - 2):m.start()].endswith((". ", "! ", "? ", "\n")):
        return None  # a sentence's first word may be any word in capitals
    return m.group("name")


def _counted(text: str, end: int) -> bool:
    """True when a plural noun follows the number (``500 companies``)."""
    m = _WORD_AFTER.match(text, end, end + 30)
    return m is not None and is_plural(m.group(1).lower())


def without_named_numbers(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """``found`` without the numbers that a name before them names, as the article shows elsewhere."""
    suspects: dict[tuple[str, str], list[int]] = {}
    dropped: set[int] = set()
    for i, s in enumerate(found):
        digits = text[s.start:s.end]
        if not (digits.isdigit() and len(digits) <= 4) or not text[s.start - 1:s.start].isspace():
            continue
        if match_minute(text, s.start, s.end):
            continue  # a match's fact box: "Goals: Bowyer 35, Dyer 69.": the minute of a goal or a change, no name
        count_name = _COUNT_NAME_BEFORE.search(text, max(0, s.start - 40), s.start)
        if count_name and count_name.group("name") not in _NOT_NAMES:
            dropped.add(i)  # "40 million Windows 11 devices"
            continue
        name = _name_before(text, s.start)
        if name is not None and len(suspects) < _MAX_PAIRS and (name, digits) not in CHART_SIZES \
                and not title_case_line(text, s.start):
            suspects.setdefault((name, digits), []).append(i)
    for (name, digits), indices in suspects.items():
        if _named_elsewhere(text, name, digits):
            dropped.update(indices)
    return [s for i, s in enumerate(found) if i not in dropped] if dropped else found


def _named_elsewhere(text: str, name: str, digits: str) -> bool:
    """True when ``name digits`` stands somewhere in ``text`` with no counted noun after it (``the S&P 500 fell``)."""
    pair = f"{name} {digits}"
    at = text.find(pair)
    while at != -1:
        end = at + len(pair)
        after = text[end:end + 1]
        whole = (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "&")) and not (
            after.isalnum() or after in ",." and text[end + 1:end + 2].isdigit())
        if whole and after not in ("%", "-") and not _counted(text, end) and not title_case_line(text, at):
            return True
        at = text.find(pair, end)
    return False
