"""What a figure counts: the noun after it, an age, a unit glued to it, and whether ``pounds`` are money or weight."""

from __future__ import annotations

import re

from newsmark.core.suggest.figurenumbers import (
    COUNTRY_CURRENCIES, CURRENCY_CODES, CURRENCY_WORDS, DOLLAR_COUNTRIES, SCALES, SMALL,
)

# Words after a number that never name what is counted (verbs, prepositions, conjunctions, determiners).
_NOT_UNITS = set(
    "a an the of to in on at by for from with and or but nor as than that which who whom whose this these those is are was "
    "were be been being has have had will would can could may might must shall should do does did not no so if when while "
    "where per into onto over under after before since until about around across against along among between during "
    "within without says said say more less fewer further further up down out off it its they them their he she his her "
    "we our you your i me my more most each every".split())
NEXT_WORDS = re.compile(r"\s+([A-Za-z][\w'’-]*)")
_COMPOUND = re.compile(r"-([a-z]{3,})\b")
_COMPOUND_ADJECTIVES = {"strong", "odd", "plus", "long", "wide", "high", "deep", "tall", "thick", "fold", "old", "something"}
_POINT_DECIMAL = re.compile(r"[\s-](?:zero|one|two|three|four|five|six|seven|eight|nine)\b", re.IGNORECASE)
_SKIPPED_MODIFIERS = {"more", "new", "other", "additional", "extra", "fewer", "further", "small", "large", "big"}
_IRREGULAR_PLURALS = {"people": "person", "children": "child", "men": "man", "women": "woman", "police": "police", "feet": "foot"}
_PLURALS = {"foot": "feet", "man": "men", "woman": "women", "child": "children", "person": "people"}
# Nouns of time and measure that start a hyphenated word after a number ("its 26 year-history" → years).
_MEASURES = set("second minute hour day week month year decade century mile metre meter kilometre kilometer foot inch "
                "pound kilo kilogram ton tonne acre storey story point game seat member bed room".split())
MEASURE_NOUNS = frozenset(_MEASURES)  # what "for one …" measures out ("for one day", not "for one event")


def unit_after(text: str, end: int) -> str:
    """The counted noun after a figure: its first plural word past modifiers ("15 government senators" → senators).

    Capitalised modifiers are skipped ("North Korean troops"), an acronym's plural counts ("20 UAVs"); without a
    plural, the first word ("1 person").
    """
    compound = _COMPOUND.match(text, end)
    if compound and (compound.group(1) in _COMPOUND_ADJECTIVES or compound.group(1) in ("for", "way")):
        return ""  # "a 500-strong crowd", "a 40-odd group"
    if compound and compound.group(1) != "and" and not (compound.group(1) == "point" and _POINT_DECIMAL.match(text, compound.end())):
        return plural(compound.group(1).lower())  # "a ten-minute break": minutes; "a 12-point plan": points; not "six-point-six"
    pos, words, named = end, [], False
    for _ in range(5):
        m = NEXT_WORDS.match(text, pos)
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
        head = lower.split("-", 1)[0]
        if not words and "-" in lower and head in _MEASURES:
            return plural(head)  # "the 26 year-history", "a 10 mile-long queue"
        if named:
            return word if is_plural(lower) else words[0]
        if lower in _SKIPPED_MODIFIERS and not words:
            continue  # "20 more years", "25.9 new cases"
        if lower in _NOT_UNITS or lower in SCALES or lower in SMALL or lower.endswith("ly"):
            break
        words.append(word)
        if is_plural(lower):
            return word
        if len(words) == 1 and text[pos:pos + 1] in ",.;:)":
            break
    if len(words) >= 2 and not _ONE_BEFORE.search(text, max(0, end - 5), end) and _NOUN_ENDING.search(words[0]):
        return plural(words[0].lower())  # "a 50 bed hospital": the beds are counted, named before the noun they qualify
    return words[0] if words else ""


# Endings of words that are no noun (adjectives, participles): "a 20 percent rise", "40 armed men" stay as they are.
_NOUN_ENDING = re.compile(r"^(?!.{3,}ed$)(?!.*(?:ing|al|ous|ive|ful|less|able|ible|ic|ish|ent|ant|ary|ern|ese|an)$)[a-z]+$")
_ONE_BEFORE = re.compile(r"(?:(?<![\d.,])1|\b[Oo]ne)$")


def is_plural(word: str) -> bool:
    """An English plural by its ending (``cases``, ``people``, ``megawatts``), not ``gas`` or ``status``."""
    return word in _IRREGULAR_PLURALS or (word.endswith("s") and not word.endswith(("ss", "us", "is", "ous", "gas")) and len(word) > 3)


def plural(word: str) -> str:
    """The plural of a compound's noun (``minute`` → ``minutes``, ``day`` → ``days``)."""
    if word in _PLURALS:
        return _PLURALS[word]  # "a 7-foot player": feet
    if word in _IRREGULAR_PLURALS.values() or word.endswith("s"):
        return word
    return word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s"


def is_age(text: str, start: int, end: int) -> bool:
    """True for an age: ``Nadia Ali, 27,`` (a name, then the number between commas), ``aged 27``, ``Ali (27)``."""
    if re.search(r"\b(?:aged?|age of)\s+(?:between\s+)?$", text[max(0, start - 20):start], re.IGNORECASE):
        return True
    if text[start:end].isdigit() and re.search(r"[A-Z][\w'’-]+\s\($", text[max(0, start - 30):start]) and text[end:end + 1] == ")":
        return True  # "Marlon Brown (27)", as Caribbean and British papers write ages
    # "Ana Ruiz, 52, said", at a sentence's end "said Ruiz, 52.", and after a role "the driver, 19, was"
    if re.search(r"[A-Z][\w'’-]+,\s\Z", text[max(0, start - 30):start]) and re.match(r"(?:,|\.(?!\d))", text[end:end + 2]):
        return True
    return (text[start:end].isdigit() and int(text[start:end]) <= 110 and re.search(r"\b(?i:the|a|an|our|his|her|their)(?:\s+[a-z]+){1,3},\s\Z",
            text[max(0, start - 30):start]) is not None and text[end:end + 1] == ",")


# A figure whose noun comes after another number or a partitive: "22 and 24 years old", "four of the 12 boxes".
_PAIRED = re.compile(r"\s+(?:and|or)\s+\d[\d,.]*(?=\s)")
_PARTITIVE = re.compile(r"\s+of\s+(?:the|these|those|its|their|our|his|her)(?:\s+\d[\d,.]*)?(?=\s)")


def unit_further_on(text: str, end: int) -> str:
    """The counted noun a figure shares with the number after it, or takes from the group it is part of."""
    m = _PAIRED.match(text, end) or _PARTITIVE.match(text, end)
    return unit_after(text, m.end()) if m else ""


# "475 pounds (215.5 kilos) of cocaine", "weighing 300 pounds": weight, not sterling.
_OF_NOUN = re.compile(r"(?:\s*\([^()\n]{0,30}\))?\s+of\s+(?:the\s+|his\s+|her\s+|their\s+)?([A-Za-z][\w'’-]*)", re.IGNORECASE)
_KILOS_AFTER = re.compile(r"\s*\(\s*[\d.,]+\s*(?:kg|kilos?|kilograms?)\b", re.IGNORECASE)
_WEIGH_BEFORE = re.compile(r"\bweigh(?:s|ed|ing)?\b(?:\s+\w+){0,3}\s+$", re.IGNORECASE)
# Nouns that money is "of": "£5 million pounds of investment" stays money.
_MONEY_NOUNS = set("funding funds investment investments money spending aid revenue revenues income debt debts savings "
                   "damage damages cuts loans grants taxpayers taxpayer public profit profits losses sales assets "
                   "contracts support compensation fines tax taxes subsidies budget".split())


def pounds_are_weight(text: str, start: int, end: int) -> bool:
    """True when the ``pounds`` after the figure at ``start``–``end`` weigh something rather than cost it."""
    if _WEIGH_BEFORE.search(text, max(0, start - 40), start) or _KILOS_AFTER.match(text, end):
        return True
    m = _OF_NOUN.match(text, end)
    return bool(m and m.group(1).lower() not in _MONEY_NOUNS)


_DOLLARS_AFTER = re.compile(r"\s+((?:[A-Za-z]+\s+){0,3})(?:dollars?)\b", re.IGNORECASE)
_CODE_AFTER = re.compile(r"\s+([A-Z]{3})\b")
_BIG_AMOUNT = re.compile(r"\d,\d{3}|million|billion|trillion|bn\b", re.IGNORECASE)


def money_after(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The ISO code of a currency named after an amount, and where its words end (``5 million Jamaican dollars``)."""
    m = _DOLLARS_AFTER.match(text, end)
    if m:
        words = m.group(1).lower().split()
        if not words:
            return "USD", m.end()
        if all(w in DOLLAR_COUNTRIES or w in ("and", "new", "hong", "eastern") for w in words):
            return DOLLAR_COUNTRIES.get(words[-1], "USD"), m.end()
    m = NEXT_WORDS.match(text, end)
    if m and m.group(1)[:1].isupper():
        second = NEXT_WORDS.match(text, m.end())  # "40 million Swiss francs", "South Korean won"
        pair = (m.group(1).lower(), second.group(1).lower()) if second else None
        if pair in COUNTRY_CURRENCIES:
            return COUNTRY_CURRENCIES[pair], second.end()
    if m and m.group(1).lower() in CURRENCY_WORDS:
        word = m.group(1).lower()
        if word.startswith("pound") and pounds_are_weight(text, start, m.end()):
            return None
        return CURRENCY_WORDS[word], m.end()
    if m and m.group(1) == "won" and _BIG_AMOUNT.search(text, start, end):
        return "KRW", m.end()  # "1.2 trillion won"; after "3" it is more often a verb
    m = _CODE_AFTER.match(text, end)
    if m and m.group(1) in CURRENCY_CODES:
        return m.group(1), m.end()
    return None


# "shelling killed five", "at least 16 others": people; "7,844 have died": deaths.
_PEOPLE_VERB_BEFORE = re.compile(r"\b(?:kill(?:s|ed)?|injur(?:es|ed)|wound(?:s|ed)|hurt|shot|rescued|arrested|evacuated|"
                                 r"detained|displaced)\s+(?:(?:at\s+least|about|around|nearly|some|another|more\s+than)\s+)?$",
                                 re.IGNORECASE)
_DEATH_AFTER = re.compile(r"\s+(?:(?:have|has|had|could|may|might|would|will)\s+)?(?:died|die|perished)\b", re.IGNORECASE)


def unit_from_context(text: str, start: int, end: int, unit: str) -> str:
    """The unit news leaves implicit: people after a verb of harm (``killed five``, ``16 others``), deaths before ``died``."""
    if unit.lower() == "others":
        return "people"
    if unit:
        return unit
    if _DEATH_AFTER.match(text, end):
        return "deaths"
    if _PEOPLE_VERB_BEFORE.search(text, max(0, start - 40), start):
        return "people"
    return unit
