"""Figure suggester: numbers, number words, ranges, percentages and amounts of money, with value and unit.

Conventions (what an accepted suggestion will look like):
- The span is the number expression only: sign word (``minus``, ``negative``), currency sign or code, digits or
  number words, scale word (``million``, ``bn``, ``-billion``) and percent sign or word (``%``, ``per cent``, ``pc``,
  ``pct``). The counted noun that follows is NOT in the span; it fills ``unit`` (``8,000 troops`` → span ``8,000``,
  unit ``troops``), and neither is a unit glued to the number (``10km`` → span ``10``, unit ``km``). Money fills unit
  with an ISO code (``$5bn`` → value 5000000000, unit ``USD``; ``5 million Jamaican dollars`` → span ``5 million``,
  unit ``JMD``: currency words after the amount stay outside the span, a sign or code glued before it inside);
  percentages fill ``%``. ``pounds of`` a thing that is not money, or ``weighing … pounds``, are weight (unit ``pounds``).
- Approximators (``around``, ``some``, ``more than``, ``up to`` ...) are NOT part of the span and do
  not change ``value``: ``around 8,000 troops`` → span ``8,000``, value 8000.
- A range (``10,000–12,000``, ``10,000 to 12,000``, ``between 100 and 200``) is one span; ``value`` is its lower
  bound. The two numbers of a change (``rose from 20 to 30``) are two figures, and so are those of a score, tally,
  record or height (``figurepairs``: ``106-103``, ``a 5-10 record``, ``0-for-9``, ``7-foot-3``); ``10 or 12`` is a range.
- Not figures: years standing alone (a bare 1800–2099), dates (a number next to a month name), times
  (``10:30``, ``5 p.m.``), ordinals (``3rd``, ``first``), identifiers (``F-16``, ``COVID-19``, and bare
  digits after a capitalised word such as ``Resolution 2231`` or ``Article 5`` — unless a counted noun in the plural
  follows, as in ``gave Ukraine 500 tanks``; number words naming a unit or an event: ``Region Two``, ``World War
  Two``), and a bare ``one``/``a`` (too often an article or pronoun); also year ranges (``2021-2025``,
  ``2019-20``), phone numbers and ``911 calls``, street numbers (``12 Frederick Street``), numbered stages, levels
  and bills (``Stage 3``, ``level 4``, ``Senate Bill 10``, ``No. 5``), list markers (``1.`` at a line's start) and
  calibres (``a .38 revolver``, ``a 9mm pistol``).
- Figures spelt in words beyond plain numbers (``figurewords``): vague counts with their lower bound, multipliers,
  proportions (``two-thirds``, ``one in five``), ``half a million`` and a ``one`` that counts.
- ``unit`` (``figureunits``): the counted noun, past adjectives (``15 government senators`` → ``senators``); the
  noun of a compound (``a ten-minute break`` → ``minutes``); ``years`` for an age (``Nadia Ali, 27,``; ``aged 27``;
  ``Ali (27)``); the noun after a second number or a partitive (``19 and 21 years``, ``three of the 40 lorries``);
  a noun counted before the noun it qualifies, in the plural (``a 40 bed clinic`` → ``beds``).
"""

from __future__ import annotations

import bisect
import re

from newsmark.core.gcpause import collector_paused
from newsmark.core.suggest.figurechanges import is_change, percent_ranges
from newsmark.core.suggest.figurecollocations import without_named_numbers
from newsmark.core.suggest.figureodds import with_odds_units
from newsmark.core.suggest.figurefilters import is_excluded
from newsmark.core.suggest.figuremodels import is_model_number, model_numbers, unit_past_model
from newsmark.core.suggest.figurepairs import SECOND_NUMBER, inches_of_height, pair_kind
from newsmark.core.suggest.figurenumbers import (
    CURRENCY_CODES, CURRENCY_WORDS, DIGITS, SCALE, SCALES, SIGN_CODES, WORD_NUMBER, WORDS, amount_value, scaled, words_end,
)
from newsmark.core.suggest.figureunits import (
    NEXT_WORDS, is_age, is_plural, money_after, unit_after, unit_from_context, unit_further_on,
)
from newsmark.core.suggest.figurestarts import number_char_starts, number_word_starts
from newsmark.core.suggest.figurewords import with_word_figures
from newsmark.core.suggest.suggestion import Suggestion

NAME = "figures"

_AMOUNT = rf"(?:{DIGITS})(?:{SCALE})?|{WORDS}"
# "m" and "k" mean millions and thousands only after a currency sign ("£40m"); "5 m" alone is as likely metres.
_PLAIN_AMOUNT = rf"(?:{DIGITS})(?:[\s-]?(?:bn|mn|tn)\b|(?:\s*|-)(?:thousand|million|billion|trillion|crore|lakh)\b)?|{WORDS}"
# ISO codes written before an amount ("USD 5 million"); their first letters are among the look-ahead's below.
# Codes that are also common acronyms ("COP 27", "SAR") count only after an amount.
_CODES_BEFORE = {c for c in CURRENCY_CODES if c[0].lower() in "zotfsenhmbuacgjrk"} - {"COP", "SAR", "TRY"}
# Letter prefixes are matched case-sensitively ("TT$", "Rs", "USD "): fewer alternatives tried at each letter of the text.
# "R50 million" (rand) and "KSh 2,000" (Kenyan shillings) are written before the digits.
_SIGN = (r"(?:(?-i:(?:US|TT|EC|BDS|Bds|BBD|BD|AU|CA|NZ|HK|GY|BZ|NT|[JACSRBGN]))?\$|€|£|¥|₽|₴|₹|₦|₩|₪|₺|₱|(?-i:Rs)\.?\s?|(?-i:RMB|RM|Rp|TSh|Tsh|USh|Ush)\s?|"
         r"(?-i:K[Ss]h\s?|R(?=\d))|"
         rf"(?-i:(?:{'|'.join(sorted(_CODES_BEFORE))})\s?))")
_PERCENT = r"(?:\s?%|[\s-]per[\s-]?cent\b|\s+percentage\s+points?\b|(?-i:\s?pc|\s?pct)\b)"
# Units written against the number ("10km", "5kg", "35C", "42in", "512kbps"): the number is the figure, the letters its
# unit.
_GLUED = (r"(?-i:km/h|kWh|MWh|GWh|[KkMmGg]bps|GHz|MHz|kHz|fps|GB|TB|MB|KB|Mb|mb|Gb|gb|km|kg|mg|mm|ml|mph|kph|lbs|lb|oz|ft|cm|"
           r"ins|in|MW|GW|kW|ha|mi|secs|sec|°[CF]|°|C|F|m|p)")
# The look-aheads before ``neg`` and ``sign`` name the first characters each can have: at the many positions where
# neither can start, one character test replaces trying every alternative (case-blind ones get no fast path in ``re``).
_BODY = (
    rf"(?:(?=[mn−-])(?P<neg>(?:minus|negative)\s+|[−-](?=\d)))?"
    rf"(?:(?=[$€£¥₽₴₹₦₩₪₺₱]|(?-i:[A-Z]))(?P<sign>{_SIGN}))?"
    rf"(?P<low>(?(sign)(?:{_AMOUNT})|(?:{_PLAIN_AMOUNT})))"
    rf"(?:(?:-to-|\s*(?:–|—|-|to)\s*|\s+and\s+(?=[\d$€£]|(?:{WORD_NUMBER})\b)|\s+or\s+(?=\d|(?:{WORD_NUMBER})\b))(?:{_SIGN})?"
    rf"(?P<high>(?(sign)(?:{_AMOUNT})|(?:{_PLAIN_AMOUNT}))))?"
    rf"(?P<percent>{_PERCENT})?(?P<glued>{_GLUED}(?![\w°]))?(?![\w,.]\w|\w|:\d|/\d)"  # not "9/11", "6/10": a date
)
_FIGURE = re.compile(
    # The look-ahead lists every first letter a figure can have (digit, sign, number word): most positions fail at once.
    rf"(?=[\d.$€£¥₽₴₹₦₩₪₺₱zotfsenhmbuacgjrk−-])(?<![\w.,/:$€£¥₽₴₹₦₩₪₺₱-]){_BODY}", re.IGNORECASE)
# Where a figure may start: every place ``_FIGURE`` can match is among these (and a few where it cannot), found by scans
# that open with a character class (``re`` then skips in C to the few characters they want) instead of trying the
# whole pattern at every word: a digit, sign or dash where the look-behind allows it; a capital that may open a
# currency sign or code ("US$", "Rs", "Rp", "KSh", "Bds$", "USD"): before a capital, a digit, "$", "d", "s", "p";
# a number word, "minus" or "negative" (``figurestarts``).
_REFUSED_MARKS = ".,/:$€£¥₽₴₹₦₩₪₺₱-"  # what the look-behind refuses besides letters and digits
_SIGN_START = re.compile(rf"[A-Z](?<![\w{_REFUSED_MARKS}].)(?=[A-Z$\ddsp])")
# The second number of a tally ("5-1", "0-for-9"), read where the first one ends.
_FIGURE_AT = re.compile(_BODY, re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+(?:\S+\s+)?$", re.IGNORECASE)
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b(?:\s+(million|billion|thousand|trillion)\b)?", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+\Z", re.IGNORECASE)
_SCALE_END = re.compile(r"(thousand|million|billion|trillion|bn|mn|tn)\Z", re.IGNORECASE)
_SHORT_SCALE_END = re.compile(r"\d(m|k)\Z")
_MONEY_SIGNS = frozenset("$£€¥₹")
_A_SCALE = re.compile(r"hundred|thousand|million|billion|trillion", re.IGNORECASE)
_A_BEFORE = re.compile(r"(?<![\w'’-])[Aa] \Z")
_RACES = {"hurdles", "relay", "freestyle", "butterfly", "backstroke", "breaststroke", "medley", "sprint", "final", "finals",
          "race", "races", "dash", "heats", "record", "title", "champion", "gold", "silver", "bronze", "steeplechase"}
_MILLIONS_OF = {"people", "residents", "viewers", "users", "customers", "voters", "visitors", "passengers", "children"}


def _starts(text: str) -> list[int]:
    """Where a figure may start, in text order: every offset ``_FIGURE`` matches at, and some it does not."""
    found = {p for p in number_char_starts(text) if p == 0 or text[p - 1] not in _REFUSED_MARKS}
    found.update(m.start() for m in _SIGN_START.finditer(text))
    found.update(number_word_starts(text))
    return sorted(found)


def _search(text: str, pos: int, starts: list[int]) -> re.Match | None:
    """``_FIGURE.search(text, pos)``: the first figure at or after ``pos``, tried only where one may start."""
    for i in range(bisect.bisect_left(starts, pos), len(starts)):
        if m := _FIGURE.match(text, starts[i]):
            return m
    return None


def _match(text: str):
    """The number pattern's matches; "X and Y" is one range only after "between" (else the next figure starts at Y).

    The caller may ``send`` a position to go on from (past the currency words a figure took).
    """
    pos = 0
    starts = _starts(text)
    while True:
        m = _search(text, pos, starts)
        if m is None:
            return
        if m.group("low")[0].isalpha() and (cut := words_end(m.group("low"))) < len(m.group("low")):
            # "three four times": two numbers side by side (an edit's leftover), not one
            start = m.start()
            m = _FIGURE.match(text, start, m.start("low") + cut)
            if m is None:
                pos = start + 1
                continue
        high_start = m.start("high") if m.group("high") else -1
        joint = text[m.end("low"):high_start].lower() if high_start != -1 else ""
        kind = pair_kind(text, m) if high_start != -1 else "range"
        if kind == "idiom":
            pos = m.end()
            continue
        second = _FIGURE_AT.match(text, high_start, m.end()) if kind == "tally" else None
        if (high_start != -1 and m.group("low")[0].isdigit() != m.group("high")[0].isdigit()  # "7-Eleven"
                and not _word_to_digits(m, joint)  # "six to 12 months" is one range
                or kind == "tally"
                or " and " in joint and not _BETWEEN.search(text, max(0, m.start() - 24), m.start())
                or " or " in joint and not _rising(m)  # "10 or 12" is one range, "3 or 2" two figures
                or high_start != -1 and m.group("low")[0].isalpha() and not (_rising(m) or _word_to_digits(m, joint))
                # "a crew of seven – two pilots": two figures
                or " to " in f" {joint} " and is_change(text, m)):
            m = _FIGURE.match(text, m.start(), m.end("low") + 1) or _FIGURE.match(text, m.start(), m.end("low"))
            if m is None:
                pos = high_start
                continue
        if second is None:
            follow = SECOND_NUMBER.match(text, m.end())
            second = _FIGURE_AT.match(text, follow.end()) if follow else None  # "0-for-9", "7-foot-3"
        resume = yield m
        if second is not None and resume is None:
            resume = yield second
        pos = resume if resume is not None else max(m.end(), m.start() + 1, second.end() if second else 0)


def _word_to_digits(m: re.Match, joint: str) -> bool:
    """True for a range spelt ``six to 12``: a number word, ``to``, then larger digits (one range, not two figures)."""
    low, high = m.group("low"), m.group("high")
    return (joint.strip() == "to" and low[0].isalpha() and high[0].isdigit()
            and (amount_value(high) or 0) > (amount_value(low) or 0)
            and not _FROM_BEFORE.search(m.string, max(0, m.start() - 6), m.start()))  # "from zero to 60 mph": two


def _shared_scale(m: re.Match, value: float) -> float:
    """The low end of a range whose scale word is written once, after the high end: ``one to two billion`` → 1000000000,
    ``$10-25m`` → 10000000 (after a currency sign "m" and "k" are scales, not metres)."""
    high = m.group("high")
    scale = _SCALE_END.search(high) if high else None
    if scale is None and high and m.group(0)[:1] in _MONEY_SIGNS:
        scale = _SHORT_SCALE_END.search(high)
    if scale is None or _SCALE_END.search(m.group("low")) or _SHORT_SCALE_END.search(m.group("low")):
        return value
    low = scaled(value, SCALES[scale.group(1).lower()])
    return low if low < (amount_value(high) or 0) else value  # "500,000 to 1 million": the low end is whole


def _rising(m: re.Match) -> bool:
    """True when both numbers of a pair are digits, or both words, and the second is larger: one range (``10 or 12``,
    ``five or six``); ``3 or 2`` and ``seven – two`` are two figures."""
    low, high = m.group("low"), m.group("high")
    return low[0].isdigit() == high[0].isdigit() and (amount_value(high) or 0) > (amount_value(low) or 0)


def _glued_million(text: str, m: re.Match) -> bool:
    """True when a bare "m" after a number means million ("2.5m people", "300m euros"), not metres ("a 100m sprint")."""
    nxt = NEXT_WORDS.match(text, m.end())
    if nxt is None or "\n" in text[m.end():nxt.start(1)]:
        return False
    word = nxt.group(1).lower()
    if word in _RACES:
        return False  # "the 100m hurdles"
    return word in CURRENCY_WORDS or word in _MILLIONS_OF or word == "of" or (is_plural(word) and word not in ("metres", "meters"))


# Like the location suggester's: a long text makes many short-lived objects and no reference cycles to collect.
@collector_paused()
def suggest_figures(text: str) -> list[Suggestion]:
    """Every figure in ``text`` with its value (a number) and unit, in text order, never overlapping."""
    found: list[Suggestion] = []
    matches = _match(text)
    m = next(matches, None)
    taken = 0  # where the last figure's currency words end
    models = model_numbers(text)
    while m is not None:
        if m.start() < taken:
            try:  # inside the words the figure before took ("10 USD 20")
                m = matches.send(taken)
            except StopIteration:
                m = None  # no figure after them ("one and a half million people"): the pattern's matches have ended
            continue
        figure = _figure(text, m)
        if figure is not None and is_model_number(text, figure[0].start, figure[0].end, models):
            figure = None  # "the 777 program" where the article writes "777X": a model's name
        elif figure is not None and (unit := unit_past_model(text, figure[0].end, models)):
            figure = (figure[0]._replace(attributes={**figure[0].attributes, "unit": unit}), figure[1])
        if figure is not None:
            figure, taken = figure
            found.append(figure)
        m = next(matches, None)
    return with_odds_units(text, with_word_figures(text, percent_ranges(text, without_named_numbers(text, found))))


def _figure(text: str, m: re.Match) -> tuple[Suggestion, int] | None:
    """The figure a match of the number pattern makes, with its value and unit, and where the words it read end.

    Currency words after an amount fill the unit but stay outside the span (``5 million Jamaican dollars`` → span
    ``5 million``, unit ``JMD``), as a counted noun does. None when it is no figure.
    """
    if is_excluded(text, m):
        return None
    sign, glued = m.group("sign"), m.group("glued")
    value = amount_value(m.group("low"))
    if value is None:
        return None
    value = _shared_scale(m, value)
    start, end = m.start(), m.end()
    taken = end
    if _A_SCALE.fullmatch(m.group(0)) and _A_BEFORE.search(text, max(0, start - 3), start):
        start -= 2  # "a million": the article is the number one

    if glued == "m" and _glued_million(text, m):
        value, glued = scaled(value, 10**6), None  # "2.3m people": 2300000, not 2299999.9999999995
    elif glued:
        end = m.start("glued")
    half = _AND_A_HALF.match(text, end) if not m.group("high") and not glued else None
    if half:
        value = (value + 0.5) * SCALES.get((half.group(1) or "").lower(), 1)
        end = half.end()
    if m.group("neg"):
        value = -value
    if m.group("percent"):
        unit = "percentage points" if "point" in m.group("percent").lower() else "%"
    elif sign:
        unit = SIGN_CODES.get(sign.strip().upper()) or sign.strip()
    elif glued:
        unit = {"°": "degrees", "p": "pence", "C": "°C", "F": "°F", "secs": "seconds", "sec": "seconds"}.get(glued, glued)
    else:
        money = money_after(text, start, end)
        nxt = NEXT_WORDS.match(text, end)
        if money:
            unit, taken = money
        elif nxt and nxt.group(1).lower() in ("pound", "pounds"):
            unit = "pounds"  # weight: "475 Pounds Of Cocaine"
        else:
            unit = "years" if is_age(text, start, end) else unit_after(text, end) or unit_further_on(text, end)
            unit = "inches" if inches_of_height(text, start) else unit
            unit = unit_from_context(text, start, end, unit)
    is_words = m.group("low")[0].isalpha()
    confidence = 0.99 if not is_words else (0.9 if value >= 10 or unit else 0.6)
    return Suggestion("figure", start, end, {"value": value, "unit": unit}, confidence, NAME), max(taken, end)
