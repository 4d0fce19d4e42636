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
  follows, as in ``gave Ukraine 500 tanks``), and a bare ``one``/``a`` (too often an article or pronoun);
  also year ranges (``2021-2025``), phone numbers, street numbers (``12 Frederick Street``) and numbered
  stages, levels and bills (``Stage 3``, ``level 4``, ``Senate Bill 10``, ``No. 5``).
- Vague counts are figures with their lower bound (``hundreds`` → 100, ``hundreds of thousands`` → 100000,
  ``a dozen`` → 12), as are ``half`` (0.5) and ``twice`` (2, unit ``times``).
- ``unit``: the counted noun, past adjectives (``15 government senators`` → ``senators``); the noun of a
  compound (``a ten-minute break`` → ``minutes``); ``years`` for an age (``Nadia Ali, 27,``; ``aged 27``); the
  noun after a second number or a partitive (``19 and 21 years``, ``three of the 40 lorries``); a noun counted
  before the noun it qualifies, in the plural (``a 40 bed clinic`` → ``beds``).
"""

from __future__ import annotations

import bisect
import re

from newsmark.core.suggest.suggestion import Suggestion

NAME = "figures"

_SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
           "bn": 10**9, "mn": 10**6, "m": 10**6, "k": 10**3, "tn": 10**12}
_CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₴": "UAH", "₹": "INR",
                   "TT$": "TTD", "J$": "JMD", "EC$": "XCD", "BDS$": "BBD", "BD$": "BBD", "A$": "AUD", "AU$": "AUD", "C$": "CAD",
                   "CA$": "CAD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL", "GY$": "GYD", "B$": "BSD", "₦": "NGN",
                   "₩": "KRW", "₪": "ILS", "₺": "TRY", "Rs": "INR", "Rs.": "INR"}
_SIGN_CODES = {sign.upper(): code for sign, code in _CURRENCY_SIGNS.items()}
_CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
                   "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH",
                   "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "naira": "NGN",
                   "rand": "ZAR", "shekels": "ILS", "francs": "CHF", "lira": "TRY", "pesos": "MXN"}
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
# Letter prefixes are matched case-sensitively ("TT$", "Rs"): fewer alternatives tried at each letter of the text.
_SIGN = r"(?:(?-i:(?:US|TT|EC|BDS|BD|AU|CA|NZ|HK|GY|[JACSRB]))?\$|€|£|¥|₽|₴|₹|₦|₩|₪|₺|(?-i:Rs)\.?\s?)"
_PERCENT = r"(?:\s?%|\s+per\s?cent\b|\s+percentage\s+points?\b)"
_FIGURE = re.compile(
    # The look-ahead lists every first letter a figure can have (digit, sign, number word): most positions fail at once.
    r"(?=[\d.$€£¥₽₴₹₦₩₪₺zotfsenhmbuacgjr])"
    rf"(?<![\w.,/:$€£¥₽₴₹₦₩₪₺-])(?P<sign>{_SIGN})?(?P<low>(?(sign)(?:{_AMOUNT})|(?:{_PLAIN_AMOUNT})))"
    rf"(?:\s*(?:–|—|-|to)\s*(?:{_SIGN})?(?P<high>(?(sign)(?:{_AMOUNT})|(?:{_PLAIN_AMOUNT}))))?"
    rf"(?P<percent>{_PERCENT})?(?![\w,.]\w|\w|:\d|/\d)",  # not "9/11", "6/10": a date
    re.IGNORECASE,
)
_NUMBER_PART = re.compile(rf"^(?P<digits>{_DIGITS})(?P<scale>{_SCALE})?$|^(?P<words>{_WORDS})$", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"^\s*(?:{_MONTHS})\b", re.IGNORECASE)
_TIME_AFTER = re.compile(r"^\s*(?:[ap]\.?m\b\.?|o'clock|GMT|UTC|BST|CET)", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"(?:^|[^.!?\s]\s+|[\w,;]\s+|[“\"‘(])(?P<word>[A-Z][a-z]+)\s+$")
_NEXT_WORDS = re.compile(r"\s+([A-Za-z][\w'’-]*)")
# Capitalised words that may stand before a figure in running text (sentence openers and the like).
_CAPITALISED_OK = set("About Around Some Nearly Almost Over Up Only Roughly Approximately Just At More Fewer Less "
                      "The In On By Of For With From To And But Or Since After Before Until Than Another Until".split())


_COMPOUND = re.compile(r"-([a-z]{3,})\b")
_SKIPPED_MODIFIERS = {"more", "new", "other", "additional", "extra", "fewer", "further", "small", "large", "big"}
_IRREGULAR_PLURALS = {"people": "person", "children": "child", "men": "man", "women": "woman", "police": "police"}
_IDENTIFIER_WORDS = set("Resolution Article Section Chapter Clause Paragraph Amendment Protocol Flight Room Route Highway "
                        "Gate Terminal Platform Unit Block Building Camp Level Phase Stage Mark Model Version Apollo Bill Proposition Prop "
                        "Measure Question District Ward Precinct Line Channel Exit Lot Apartment Suite Floor Pier Zone Category "
                        "Grade Tier Interstate Episode Season Game Week Number Item Figure Table Exhibit Count Page Title Schedule".split())
# The same words in lower case number a thing too ("a stage 3 alert", "category 4 hurricane", "route 66").
_LOWER_IDENTIFIERS = {w.lower() for w in _IDENTIFIER_WORDS} - {"count", "number", "week", "game", "season", "figure", "line", "unit"}
_LOWER_IDENTIFIER_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_LOWER_IDENTIFIERS)) + r"|no\.|#)\s*$", re.IGNORECASE)
# A phone number (868-625-1234, (868) 625 1234, 625-1234) and a street number (12 Frederick Street).
_ZIP_BEFORE = re.compile(r"\b[A-Z]{2}\s$")
_DIGIT_RUN = re.compile(r"\d[-.\s)]{1,2}\d")
_PHONE = re.compile(r"(?:\(?\d{3}\)?[\s.-])?\d{3}[\s.-]\d{4}\b")
_VANITY_AFTER = re.compile(r"-[A-Z]{3,}(?![\w-])")
_VANITY_BEFORE = re.compile(r"\d-[A-Z]{3,}\s*\($")
_STREET = re.compile(r"(?:\s+[A-Z][\w'’-]*\.?){1,3}\s+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|"
                     r"Highway|Place|Way|Terrace|Court)(?!\w)")


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
    """The counted noun after a figure: its first plural word past modifiers ("15 government senators" → senators).

    Capitalised modifiers are skipped ("North Korean troops"), an acronym's plural counts ("20 UAVs"); without a
    plural, the first word ("1 person").
    """
    compound = _COMPOUND.match(text, end)
    if compound and compound.group(1) not in ("point", "and"):  # "a ten-minute break": minutes; not "six-point-six"
        return _plural(compound.group(1).lower())
    pos, words, named = end, [], False
    for _ in range(5):
        m = _NEXT_WORDS.match(text, pos)
        if m is None:
            break
        if "\n" in text[pos:m.start(1)]:
            break  # the next line (a headline's last word is no unit of the lead's first)
        word, pos = m.group(1), m.end()
        if re.fullmatch(r"[A-Z]{2,}s", word):
            return word
        if word[0].isupper():
            named = bool(words)  # "two female Acme Bank employees": a plural after the name is still the noun
            continue
        lower = word.lower()
        if named:
            return word if _is_plural(lower) else words[0]
        if lower in _SKIPPED_MODIFIERS and not words:
            continue  # "20 more years", "25.9 new cases"
        if lower in _NOT_UNITS or lower in _SCALES or lower in _SMALL or lower.endswith("ly"):
            break
        words.append(word)
        if _is_plural(lower):
            return word
        if len(words) == 1 and text[pos:pos + 1] in ",.;:)" :
            break
    if len(words) >= 2 and not _ONE_BEFORE.search(text, max(0, end - 5), end) and _NOUN_ENDING.search(words[0]):
        return _plural(words[0].lower())  # "a 50 bed hospital": the beds are counted, named before the noun they qualify
    return words[0] if words else ""


# Endings of words that are no noun (adjectives, participles): "a 20 percent rise", "40 armed men" stay as they are.
_NOUN_ENDING = re.compile(r"^(?!.{3,}ed$)(?!.*(?:ing|al|ous|ive|ful|less|able|ible|ic|ish|ent|ant|ary|ern|ese|an)$)[a-z]+$")
_ONE_BEFORE = re.compile(r"(?:(?<![\d.,])1|\b[Oo]ne)$")


def _is_plural(word: str) -> bool:
    """An English plural by its ending (``cases``, ``people``, ``megawatts``), not ``gas`` or ``status``."""
    return word in _IRREGULAR_PLURALS or (word.endswith("s") and not word.endswith(("ss", "us", "is", "ous", "gas")) and len(word) > 3)


def _plural(word: str) -> str:
    """The plural of a compound's noun (``minute`` → ``minutes``, ``day`` → ``days``)."""
    if word in _IRREGULAR_PLURALS.values() or word.endswith("s"):
        return word
    return word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s"


def _age(text: str, start: int, end: int) -> bool:
    """True for an age: ``Nadia Ali, 27,`` (a name, then the number between commas) or ``aged 27`` / ``age 27``."""
    if re.search(r"\b(?:aged?|age of)\s+$", text[max(0, start - 12):start], re.IGNORECASE):
        return True
    # "Ana Ruiz, 52, said" and at a sentence's end "said Ruiz, 52."
    return bool(re.search(r"[A-Z][\w'’-]+,\s$", text[max(0, start - 30):start]) and re.match(r"(?:,|\.(?!\d))", text[end:end + 2]))


# A figure whose noun comes after another number or a partitive: "22 and 24 years old", "four of the 12 boxes".
_PAIRED = re.compile(r"\s+(?:and|or)\s+\d[\d,.]*(?=\s)")
_PARTITIVE = re.compile(r"\s+of\s+(?:the|these|those|its|their|our|his|her)(?:\s+\d[\d,.]*)?(?=\s)")


def _unit_further_on(text: str, end: int) -> str:
    """The counted noun a figure shares with the number after it, or takes from the group it is part of."""
    m = _PAIRED.match(text, end) or _PARTITIVE.match(text, end)
    return _unit_after(text, m.end()) if m else ""


def _is_excluded(text: str, m: re.Match) -> bool:
    """True when a number is a year, date, time, ordinal or identifier rather than a figure."""
    start, end, low = m.start(), m.end(), m.group("low")
    bare = not (m.group("sign") or m.group("percent") or m.group("high"))
    plain_digits = low.isdigit()
    if bare and plain_digits and len(low) == 4 and 1800 <= int(low) <= 2099:
        return True
    if bare and low.lower() in ("one", "zero"):
        return True
    high = m.group("high") or ""
    if plain_digits and high.isdigit() and len(low) == len(high) == 4 and 1800 <= int(low) <= 2099 and 1800 <= int(high) <= 2099:
        return True  # a span of years: "the 2021-2025 plan"
    if plain_digits and _LOWER_IDENTIFIER_BEFORE.search(text, max(0, start - 16), start):
        return True  # "Stage 3", "a level 4 alert", "No. 5"
    # Digits run on past a separator (a cheap test first: few figures are phone numbers).
    if (plain_digits and not m.group("sign") and _DIGIT_RUN.search(text, max(0, start - 3), end + 3)
            and any(p.start() <= start < p.end() for p in _PHONE.finditer(text, max(0, start - 6), end + 10))):
        return True
    if plain_digits and (_VANITY_AFTER.match(text, end) or _VANITY_BEFORE.search(text, max(0, start - 24), start)):
        return True  # "call 555-HELP (4357)": a phone number spelt in letters, and its digits
    if plain_digits and (_STREET.match(text, end) or _ZIP_BEFORE.search(text, max(0, start - 4), start) and len(low) == 5):
        return True  # "12 Frederick Street", "Chicago, IL 60601"
    before, after = text[max(0, start - 12):start], text[end:end + 12]
    if plain_digits and (_MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after)):
        return True
    if plain_digits and _TIME_AFTER.match(after):
        return True
    if start and text[start - 1] == "-" and start > 1 and text[start - 2].isalpha():
        return True  # F-16, COVID-19, Su-34
    name = _NAME_BEFORE.search(text, max(0, start - 40), start) if plain_digits and bare else None
    # A percentage or a range is no identifier, nor is a number on the line after a name (a fact box's "13% of …").
    if name is None or name.group("word") in _CAPITALISED_OK or "\n" in text[name.end("word"):start]:
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
            unit = _SIGN_CODES[sign.strip().upper()]
        else:
            nxt = _NEXT_WORDS.match(text, end)
            code = _CURRENCY_WORDS.get(nxt.group(1).lower()) if nxt else None
            if code:
                unit, end = code, nxt.end()
            else:
                unit = "years" if _age(text, m.start(), end) else _unit_after(text, end) or _unit_further_on(text, end)
        is_words = m.group("low")[0].isalpha()
        confidence = 0.99 if not is_words else (0.9 if value >= 10 or unit else 0.6)
        found.append(Suggestion("figure", m.start(), end, {"value": value, "unit": unit}, confidence, NAME))
    return _with_vague_counts(text, found)


# Case-sensitive alternatives and a first-letter look-ahead keep the scan fast: most positions fail at once.
_VAGUE = re.compile(r"(?=[TtHhMmBbDdAaOo])(?<![\w-])(?:(?P<plural>[Tt]ens|[Hh]undreds|[Tt]housands|[Mm]illions|[Bb]illions|[Tt]rillions)(?:\s+of\s+"
                    r"(?P<of>thousands|millions|billions))?|(?P<dozen>(?:[Aa]n?\s+|[Oo]ne\s+)?[Dd]ozens?)|(?P<half>[Hh]alf)|"
                    r"(?P<twice>[Tt]wice))(?![\w-])")
_VAGUE_STEMS = ("ens ", "undreds", "housands", "illions", "ozen", "alf", "wice")
_VAGUE_VALUES = {"tens": 10, "hundreds": 100, "thousands": 1000, "millions": 10**6, "billions": 10**9, "trillions": 10**12}
_PERIOD_HALF = re.compile(r"\b(?:first|second|other|and\s+a|an?)\s+$", re.IGNORECASE)
_OF_NOUN = re.compile(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?([a-z][\w'’-]*)")


def _vague_matches(text: str):
    """The vague counts' matches, found from their letters by ``str.find`` (far faster than a scan of every position)."""
    for stem in _VAGUE_STEMS:
        at = text.find(stem)
        while at != -1:
            m = _VAGUE.search(text, max(0, at - 5), at + len(stem) + 40)
            if m:
                yield m
            at = text.find(stem, at + len(stem))


def _with_vague_counts(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """``found`` plus vague counts (``hundreds of thousands``, ``a dozen``, ``half``, ``twice``) where no figure is."""
    starts = [s.start for s in found]  # in text order, never overlapping
    extra, last_end = [], -1
    for m in sorted(_vague_matches(text), key=lambda m: (m.start(), -m.end())):
        i = bisect.bisect_left(starts, m.end()) - 1  # the last figure starting before this match ends
        if m.start() < last_end or (i >= 0 and found[i].end > m.start()):
            continue
        last_end = m.end()
        if m.group("half"):
            if _PERIOD_HALF.search(text, max(0, m.start() - 12), m.start()):
                continue  # "the first half of the year", "one and a half", "a half": not the proportion
            value, unit = 0.5, ""
        elif m.group("twice"):
            value, unit = 2, "times"
        elif m.group("dozen"):
            value, unit = 12, ""
        else:
            value = _VAGUE_VALUES[m.group("plural").lower()] * _VAGUE_VALUES.get((m.group("of") or "").lower(), 1)
            unit = ""
        if not unit:
            noun = _OF_NOUN.match(text, m.end())
            word = noun.group(1).lower() if noun else ""
            unit = _CURRENCY_WORDS.get(word) or _unit_after(text, noun.start(1) - 1) if noun else _unit_after(text, m.end())
        extra.append(Suggestion("figure", m.start(), m.end(), {"value": value, "unit": unit}, 0.7, NAME))
    return sorted(found + extra, key=lambda s: s.start) if extra else found
