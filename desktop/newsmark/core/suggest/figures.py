"""Figure suggester: numbers, number words, ranges, percentages and amounts of money, with value and unit.

Conventions (what an accepted suggestion will look like):
- The span is the number expression only: currency sign, digits or number words, scale word
  (``million``, ``bn``) and percent sign or word. The counted noun that follows is NOT in the span;
  it fills ``unit`` (``8,000 troops`` → span ``8,000``, unit ``troops``). Money fills unit with an ISO
  code (``$5bn`` → value 5000000000, unit ``USD``); percentages fill ``%``.
- Approximators (``around``, ``some``, ``more than``, ``up to`` ...) are NOT part of the span and do
  not change ``value``: ``around 8,000 troops`` → span ``8,000``, value 8000.
- A range (``10,000–12,000``, ``10,000 to 12,000``) is one span; ``value`` is its lower bound.
- Not figures: years standing alone (a bare 1800–2099), dates (a number next to a month name), times
  (``10:30``, ``5 p.m.``), ordinals (``3rd``, ``first``), identifiers (``F-16``, ``COVID-19``, and bare
  digits after a capitalised word such as ``Resolution 2231`` or ``Article 5`` — unless a counted noun
  follows, as in ``gave Ukraine 500 tanks``), and a bare ``one``/``a`` (too often an article or pronoun). Vague amounts (``dozens``, ``hundreds of``) are not proposed.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.suggestion import Suggestion

NAME = "figures"

_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
           "bn": 10**9, "mn": 10**6, "m": 10**6, "k": 10**3, "tn": 10**12}
_CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₴": "UAH", "₹": "INR"}
_CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
                   "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH",
                   "yen": "JPY", "yuan": "CNY", "rupees": "INR"}
_MONTHS = ("jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|"
           "september|october|november|december")
# Words after a number that never name what is counted (verbs, prepositions, conjunctions, determiners).
_NOT_UNITS = set(
    "a an the of to in on at by for from with and or but nor as than that which who whom whose this these those is are was "
    "were be been being has have had will would can could may might must shall should do does did not no so if when while "
    "where per into onto over under after before since until about around across against along among between during "
    "within without says said say more less fewer further further up down out off it its they them their he she his her "
    "we our you your i me my more most each every".split())

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_WORD_NUMBER = "|".join(sorted([*_SMALL, *_TENS, "hundred", "thousand", "million", "billion", "trillion"], key=len, reverse=True))
_WORDS = rf"(?:{_WORD_NUMBER})(?:(?:[\s-]+|\s+and\s+)(?:{_WORD_NUMBER}))*"
_SCALE = r"(?:\s?(?:bn|mn|tn|m|k)\b|\s+(?:thousand|million|billion|trillion)\b)"
_AMOUNT = rf"(?:{_DIGITS})(?:{_SCALE})?|{_WORDS}"
# "m" and "k" mean millions and thousands only after a currency sign ("£40m"); "5 m" alone is as likely metres.
_PLAIN_AMOUNT = rf"(?:{_DIGITS})(?:\s?(?:bn|mn|tn)\b|\s+(?:thousand|million|billion|trillion)\b)?|{_WORDS}"
_SIGN = r"(?:US\$|\$|€|£|¥|₽|₴|₹)"
_PERCENT = r"(?:\s?%|\s+per\s?cent\b|\s+percentage\s+points?\b)"
_FIGURE = re.compile(
    rf"(?<![\w.,/:$€£¥₽₴₹-])(?P<sign>{_SIGN})?(?P<low>(?(sign)(?:{_AMOUNT})|(?:{_PLAIN_AMOUNT})))"
    rf"(?:\s*(?:–|—|-|to)\s*(?:{_SIGN})?(?P<high>(?(sign)(?:{_AMOUNT})|(?:{_PLAIN_AMOUNT}))))?"
    rf"(?P<percent>{_PERCENT})?(?![\w,.]\w|\w|:\d)",
    re.IGNORECASE,
)
_NUMBER_PART = re.compile(rf"^(?P<digits>{_DIGITS})(?P<scale>{_SCALE})?$|^(?P<words>{_WORDS})$", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"^\s*(?:{_MONTHS})\b", re.IGNORECASE)
_TIME_AFTER = re.compile(r"^\s*(?:[ap]\.?m\b\.?|o'clock|GMT|UTC|BST|CET)", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"(?:^|[^.!?\s]\s+|[\w,;]\s+)(?P<word>[A-Z][a-z]+)\s+$")
_NEXT_WORDS = re.compile(r"\s+([A-Za-z][\w'’-]*)")
# Capitalised words that may stand before a figure in running text (sentence openers and the like).
_CAPITALISED_OK = set("About Around Some Nearly Almost Over Up Only Roughly Approximately Just At More Fewer Less "
                      "The In On By Of For With From To And But Or Since After Before Until Than Another Until".split())


_IDENTIFIER_WORDS = set("Resolution Article Section Chapter Clause Paragraph Amendment Protocol Flight Room Route Highway "
                        "Gate Terminal Platform Unit Block Building Camp Level Phase Stage Mark Model Version Apollo".split())


def _words_value(words: str) -> int | None:
    """The value of English number words (``two hundred and fifty thousand``), or None if they do not parse."""
    total, current = 0, 0
    for word in re.split(r"[\s-]+", words.lower()):
        if word == "and":
            continue
        if word in _SMALL:
            current += _SMALL[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
        else:
            return None
    return total + current


def _amount_value(amount: str) -> float | int | None:
    """The number an amount spells (``1.2 million`` → 1200000), or None if it does not parse."""
    m = _NUMBER_PART.match(amount.strip())
    if m is None:
        return None
    if m.group("words"):
        return _words_value(m.group("words"))
    number = float(m.group("digits").replace(",", ""))
    scale = (m.group("scale") or "").strip().lower()
    number *= _SCALES.get(scale, 1)
    return int(number) if number.is_integer() else number


def _unit_after(text: str, end: int) -> str:
    """The counted noun after a figure: the first lowercase word, skipping capitalised modifiers (``North Korean``)."""
    pos = end
    for _ in range(4):
        m = _NEXT_WORDS.match(text, pos)
        if m is None:
            return ""
        word = m.group(1)
        if word[0].isupper():
            pos = m.end()
            continue
        lower = word.lower()
        return "" if lower in _NOT_UNITS or lower in _SCALES or lower in _SMALL else word
    return ""


def _is_excluded(text: str, m: re.Match) -> bool:
    """True when a number is a year, date, time, ordinal or identifier rather than a figure."""
    start, end, low = m.start(), m.end(), m.group("low")
    bare = not (m.group("sign") or m.group("percent") or m.group("high"))
    plain_digits = low.isdigit()
    if bare and plain_digits and len(low) == 4 and 1800 <= int(low) <= 2099:
        return True
    if bare and low.lower() in ("one", "zero"):
        return True
    before, after = text[max(0, start - 12):start], text[end:end + 12]
    if plain_digits and (_MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after)):
        return True
    if plain_digits and _TIME_AFTER.match(after):
        return True
    if start and text[start - 1] == "-" and start > 1 and text[start - 2].isalpha():
        return True  # F-16, COVID-19, Su-34
    name = _NAME_BEFORE.search(text, max(0, start - 40), start) if plain_digits and not m.group("sign") else None
    if name is None or name.group("word") in _CAPITALISED_OK:
        return False
    # "Resolution 2231": an identifier; "gave Ukraine 500 tanks": a figure, told apart by the counted noun.
    return name.group("word") in _IDENTIFIER_WORDS or not _unit_after(text, end)


def suggest_figures(text: str) -> list[Suggestion]:
    """Every figure in ``text`` with its value (a number) and unit, in text order, never overlapping."""
    found = []
    for m in _FIGURE.finditer(text):
        if _is_excluded(text, m):
            continue
        sign = m.group("sign")
        value = _amount_value(m.group("low"))
        if value is None:
            continue
        end = m.end()
        if m.group("percent"):
            unit = "percentage points" if "point" in m.group("percent").lower() else "%"
        elif sign:
            unit = _CURRENCY_SIGNS[sign.upper() if sign.startswith("us") else sign]
        else:
            nxt = _NEXT_WORDS.match(text, end)
            code = _CURRENCY_WORDS.get(nxt.group(1).lower()) if nxt else None
            if code:
                unit, end = code, nxt.end()
            else:
                unit = _unit_after(text, end)
        is_words = m.group("low")[0].isalpha()
        confidence = 0.99 if not is_words else (0.9 if value >= 10 or unit else 0.6)
        found.append(Suggestion("figure", m.start(), end, {"value": value, "unit": unit}, confidence, NAME))
    return found
