"""The figure suggester's vocabulary: number words, scales, currencies, and the values amounts spell."""

from __future__ import annotations

import re
from decimal import Decimal

SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
          "bn": 10**9, "mn": 10**6, "m": 10**6, "k": 10**3, "tn": 10**12,
          "crore": 10**7, "lakh": 10**5}
CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₴": "UAH", "₹": "INR",
                  "TT$": "TTD", "J$": "JMD", "EC$": "XCD", "BDS$": "BBD", "BBD$": "BBD", "BD$": "BBD", "A$": "AUD", "AU$": "AUD", "C$": "CAD",
                  "CA$": "CAD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL", "GY$": "GYD", "G$": "GYD", "B$": "BSD",
                  "BZ$": "BZD", "N$": "NAD", "NT$": "TWD", "KSh": "KES", "Ksh": "KES", "R": "ZAR", "₦": "NGN", "₩": "KRW", "₪": "ILS", "₺": "TRY", "₱": "PHP", "Rs": "INR", "Rs.": "INR",
                  # Ringgit, rupiah, renminbi, Tanzanian and Ugandan shillings, written before the amount ("RM6.2 million").
                  "RM": "MYR", "RMB": "CNY", "Rp": "IDR", "TSh": "TZS", "Tsh": "TZS", "USh": "UGX", "Ush": "UGX"}
SIGN_CODES = {sign.upper(): code for sign, code in CURRENCY_SIGNS.items()}
CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
                  "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH",
                  "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR", "naira": "NGN",
                  "rand": "ZAR", "shekels": "ILS", "shekel": "ILS", "francs": "CHF", "lira": "TRY", "pesos": "MXN",
                  "dirhams": "AED", "dirham": "AED", "riyals": "SAR", "riyal": "SAR", "shillings": "KES", "baht": "THB",
                  "ringgit": "MYR", "rupiah": "IDR", "zlotys": "PLN", "zloty": "PLN", "kronor": "SEK", "kroner": "NOK",
                  "krona": "SEK", "forints": "HUF", "forint": "HUF", "reais": "BRL", "cedis": "GHS", "kwacha": "ZMW",
                  "birr": "ETB", "taka": "BDT", "dinars": "KWD", "lei": "RON"}
# The currency of a country named before a shared word ("Swiss francs", "Pakistani rupees", "Egyptian pounds").
COUNTRY_CURRENCIES = {("swiss", "francs"): "CHF", ("cfa", "francs"): "XOF", ("mexican", "pesos"): "MXN",
                      ("philippine", "pesos"): "PHP", ("argentine", "pesos"): "ARS", ("chilean", "pesos"): "CLP",
                      ("colombian", "pesos"): "COP", ("pakistani", "rupees"): "PKR", ("indian", "rupees"): "INR",
                      ("nepali", "rupees"): "NPR", ("egyptian", "pounds"): "EGP", ("lebanese", "pounds"): "LBP",
                      ("kenyan", "shillings"): "KES", ("ugandan", "shillings"): "UGX", ("tanzanian", "shillings"): "TZS",
                      ("south", "won"): "KRW", ("swedish", "kronor"): "SEK", ("norwegian", "kroner"): "NOK",
                      ("danish", "kroner"): "DKK", ("iraqi", "dinars"): "IQD", ("jordanian", "dinars"): "JOD",
                      ("saudi", "riyals"): "SAR", ("qatari", "riyals"): "QAR", ("turkish", "lira"): "TRY"}
# ISO codes written before or after an amount ("USD 5 million", "500 TTD"): the common ones in English news.
CURRENCY_CODES = set("USD EUR GBP JPY CNY INR TTD JMD XCD BBD BSD GYD BZD CAD AUD NZD HKD SGD CHF ZAR NGN KES GHS "
                     "RUB UAH BRL MXN PHP PKR SEK NOK DKK PLN CZK HUF AED SAR QAR EGP TWD KRW THB IDR MYR VND TZS UGX "
                     "ETB XOF XAF ILS TRY ARS CLP COP PEN LKR BDT NPR".split())
# The dollar of a country named before it ("Jamaican dollars", "TT dollars", "Eastern Caribbean dollars").
DOLLAR_COUNTRIES = {"us": "USD", "american": "USD", "jamaican": "JMD", "jamaica": "JMD", "tt": "TTD", "trinidad": "TTD",
                    "tobago": "TTD", "caribbean": "XCD", "ec": "XCD", "barbados": "BBD", "barbadian": "BBD", "bds": "BBD",
                    "bahamian": "BSD", "guyana": "GYD", "guyanese": "GYD", "belize": "BZD", "canadian": "CAD",
                    "australian": "AUD", "zealand": "NZD", "kong": "HKD", "singapore": "SGD", "taiwan": "TWD"}

# A vulgar fraction glued to a whole number: "18½", "2¼".
VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125}
DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+|[½¼¾⅓⅔⅛])?|\.\d+"
_NUMBER_WORDS = sorted([*SMALL, *TENS, "hundred", "thousand", "million", "billion", "trillion"], key=len, reverse=True)


def by_first_letter(words: list[str]) -> str:
    """An alternation of ``words`` grouped by first letter, each group keeping the words' order ("seventeen|seven").

    The same matches as ``"|".join(words)``: no two groups can match at one place. A case-blind alternation gets no
    fast path in ``re`` (each word is tried in turn at every word of the text); grouped, a word is tried only against
    the few number words sharing its first letter.
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


WORD_NUMBER = _WORD_NUMBER = by_first_letter(_NUMBER_WORDS)
# "six-point-six": number words with a decimal point spelt out.
# "and" joins number words only after a hundred or a scale ("two hundred and fifty"); "one and four" are two numbers.
# Every number word opens with one of these letters: the look-ahead turns most words away before the
# alternation above is tried word by word (a case-blind alternation gets no fast path in ``re``).
_FIRST_LETTERS = "".join(sorted({w[0] for w in _NUMBER_WORDS}))
WORDS = rf"(?=[{_FIRST_LETTERS}])(?:{_WORD_NUMBER})(?:(?:[\s-]+|(?:(?<=hundred)|(?<=thousand)|(?<=illion))\s+and\s+)(?:{_WORD_NUMBER}))*(?:[\s-]point(?:[\s-](?:{'|'.join(list(SMALL)[:10])}))+)?"
# "$77million": the scale word may be glued to the digits, as a tabloid writes it.
SCALE = r"(?:[\s-]?(?:bn|mn|tn|m|k)\b|(?:\s*|-)(?:thousand|million|billion|trillion|crore|lakh)\b)"
_NUMBER_PART = re.compile(rf"^(?P<digits>{DIGITS})(?P<scale>{SCALE})?$|^(?P<words>{WORDS})$", re.IGNORECASE)


def words_value(words: str) -> int | float | None:
    """The value of English number words (``two hundred and fifty thousand``, ``six-point-six``), or None."""
    whole, *decimals = re.split(r"[\s-]point[\s-]", words.lower(), maxsplit=1)
    total, current = 0, 0
    for word in re.split(r"[\s-]+", whole):
        if word == "and":
            continue
        if word in SMALL:
            current += SMALL[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
    if not decimals:
        return total + current
    digits = [SMALL.get(w) for w in re.split(r"[\s-]+", decimals[0])]
    if any(d is None or d > 9 for d in digits):
        return None
    return float(f"{total + current}.{''.join(map(str, digits))}")


_WORD_TOKEN = re.compile(r"[a-z]+", re.IGNORECASE)
# What may follow each kind of number word inside one number: "twenty four", "two hundred three", "five million".
_MAY_FOLLOW = {"unit": {"hundred", "scale"}, "small": {"hundred", "scale"}, "tens": {"unit", "hundred", "scale"},
               "hundred": {"small", "unit", "tens", "scale", "and"}, "scale": {"small", "unit", "tens", "and", "scale"},
               "and": {"small", "unit", "tens"}}


def _word_kind(word: str) -> str:
    """The kind of a number word: ``unit`` (one to nine), ``small`` (ten to nineteen, zero), ``tens``, ``hundred``, ``scale``."""
    if word in SMALL:
        return "unit" if 1 <= SMALL[word] <= 9 else "small"
    return "tens" if word in TENS else word if word in ("hundred", "and") else "scale"


def words_end(words: str) -> int:
    """Where the first number spelt by ``words`` ends: ``three four`` is two numbers (an edit's leftover), so 5."""
    previous = None
    for m in _WORD_TOKEN.finditer(words):
        word = m.group().lower()
        if word == "point":
            return len(words)  # "six-point-six": the decimals are read whole
        kind = _word_kind(word)
        if previous is not None and kind not in _MAY_FOLLOW[previous]:
            return len(words[:m.start()].rstrip(" -\t\n"))
        previous = kind
    return len(words)


def amount_value(amount: str) -> float | int | None:
    """The number an amount spells (``1.2 million`` → 1200000), or None if it does not parse."""
    m = _NUMBER_PART.match(amount.strip())
    if m is None:
        return None
    if m.group("words"):
        return words_value(m.group("words"))
    digits = m.group("digits").replace(",", "")
    number = round(float(digits[:-1]) + VULGAR[digits[-1]], 3) if digits[-1] in VULGAR else float(digits)
    scale = (m.group("scale") or "").strip(" -\t\n").lower()
    return scaled(number, SCALES.get(scale, 1))


def scaled(number: float, scale: int) -> float | int:
    """``number`` times ``scale`` as the decimal it is written as: 16.1 million is 16100000, not the binary float
    16100000.000000002; an int when whole."""
    exact = Decimal(repr(number)) * scale
    return int(exact) if exact == exact.to_integral_value() else float(exact)
