"""What looks like a figure but is not: years, dates, times, identifiers, phone and street numbers, list markers."""

from __future__ import annotations

import re

from newsmark.core.suggest.figurenames import CHART_SIZES, is_name_or_label
from newsmark.core.suggest.figureunits import is_plural, unit_after

_MONTHS = ("jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|"
           "september|october|november|december")
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"^\s*(?:{_MONTHS})\b", re.IGNORECASE)
# The first day of two joined before their month: "on 20 and 21 August", "the weekend of 9-10 July".
_DAY_PAIR_AFTER = re.compile(rf"\s*(?:and|or|to|-|–)\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b", re.IGNORECASE)
_TIME_AFTER = re.compile(r"^\s*(?:[ap]\.?m\b\.?|o'clock|GMT|UTC|BST|CET|EST|EDT|AST|hrs\b|hours\s+(?:GMT|local))", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"(?:^|[^.!?\s]\s+|[\w,;]\s+|[“\"‘(])(?P<word>[A-Z][a-z]+|[a-z]+[A-Z][A-Za-z]*|[A-Z]{2,}|[A-Z]&[A-Z])\s+$")
# Capitalised words that may stand before a figure in running text (sentence openers and the like).
_CAPITALISED_OK = set("About Around Some Nearly Almost Over Up Only Roughly Approximately Just At More Fewer Less "
                      "The In On By Of For With From To And But Or Since After Before Until Than Another Between "
                      "Under Below Above Of Only Exactly Another All "
                      "Top Pop".split())  # a chart's places count: "the Top 40", "the Pop 100" (as the gold sets read)
IDENTIFIER_WORDS = set("Resolution Article Section Chapter Clause Paragraph Amendment Protocol Flight Room Route Highway "
                       "Gate Terminal Platform Unit Block Building Camp Level Phase Stage Mark Model Version Apollo Bill Proposition Prop "
                       "Measure Question District Ward Precinct Line Channel Exit Lot Apartment Suite Floor Pier Zone Category "
                       "Grade Tier Interstate Episode Season Game Week Number Item Figure Table Exhibit Count Page Title Schedule "
                       "Region Division Sector Box Formula Act Rule Order Lane Bay Door Form Part Volume Issue Year "
                       "Round".split())
# The same words in lower case number a thing too ("a stage 3 alert", "category 4 hurricane", "route 66").
_LOWER_IDENTIFIERS = {w.lower() for w in IDENTIFIER_WORDS} - {
    "count", "number", "week", "game", "season", "figure", "line", "unit", "region", "division", "sector", "box", "act",
    "rule", "order", "lane", "bay", "door", "form", "part", "volume", "issue", "formula", "year"}
_LOWER_IDENTIFIER_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(_LOWER_IDENTIFIERS)) + r"|box|ext\.?|no\.|apt\.?|#|seeded)\s*$",
                                      re.IGNORECASE)
# A ranked list's item run into one line: "1 Roger Federer (Switzerland)  2 Andy Roddick (US)": the rank, no count.
_LIST_ITEM = re.compile(r"[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){1,2}[ \t]+\(")
_LIST_ITEM_BEFORE = re.compile(r"(?:^|\n|[ \t]{2}|[.):][ \t]+)\Z")
_APPOSED_IDENTIFIER = re.compile(r"\b(?:" + "|".join(sorted(_LOWER_IDENTIFIERS)) + r"),\s*$", re.IGNORECASE)
_NUMBER_SIGN_BEFORE = re.compile(r"\b(?-i:No)\.?\s*$")
# A number word naming a unit, an event or a rank: "Region Two", "World War Two", "Phase Three", "world number one".
_WORD_IDENTIFIER_BEFORE = re.compile(r"\b(?:" + "|".join(sorted({w.lower() for w in IDENTIFIER_WORDS} | {"war", "force", "seeded"}))
                                     + r")\s+$", re.IGNORECASE)
# A phone number (868-625-1234, (868) 625 1234, 625-1234) and a street number (12 Frederick Street).
_ZIP_BEFORE = re.compile(r"\b[A-Z]{2}\s\Z")
_DIGIT_RUN = re.compile(r"\d[-.\s)]{1,2}\d")
_PHONE = re.compile(r"(?:\+?1[\s.-])?(?:\(?\d{3}\)?[\s.-])?\d{3}[\s.-]\d{4}\b")
# An era after a year ("500 BC", "300 AD", "1200 B.C.E."), or "AD" before it.
_ERA_AFTER = re.compile(r"\s?(?:B\.?C\.?(?:E\.?)?|A\.?D\.?|C\.?E\.?)(?!\w)")
_ERA_BEFORE = re.compile(r"(?<![\w.])A\.?D\.?\s\Z")
_VANITY_AFTER = re.compile(r"-[A-Z]{3,}(?![\w-])")
_VANITY_BEFORE = re.compile(r"\d-[A-Z]{3,}\s*\($")
_STREET = re.compile(r"(?:\s+[A-Z][\w'’-]*\.?){1,3}\s+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|"
                     r"Highway|Place|Way|Terrace|Court)(?!\w)")
_EMERGENCY_AFTER = re.compile(r"\s+(?:calls?|callers?|dispatch\w*|operators?|emergency|system|centers?|centres?|lines?|services?)\b",
                              re.IGNORECASE)
_CAPITAL_AFTER = re.compile(r"-[A-Z](?![a-z]{2,}\s+(?:and|or|to)\b)")
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_CLOCK_AFTER = re.compile(r"\s*(?:hours|hrs|h|GMT|BST|CET|local\s+time)\b", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(r"\b(?:at|until|till|from|by|before|after|around|about|since|to)\s+$", re.IGNORECASE)
_BLOCK_OF = re.compile(r"\s+block\s+of\b", re.IGNORECASE)
_MADE_OF_BEFORE = re.compile(r"\d-(?:for|of|to|foot|feet)-$", re.IGNORECASE)
_TALLY_ON = re.compile(r"(?:[-–—]|-(?:for|of|to)-)\d")
_ZERO_LEVEL_BEFORE = re.compile(r"\b(?:near|to|at|below|above|from|than|around|nearly|almost|under|over)\s+$", re.IGNORECASE)
_COVID_BEFORE = re.compile(r"\bcovid\s+$", re.IGNORECASE)
_LIST_MARKER = re.compile(r"[.)]\s+\S")
_CALIBRE_AFTER = re.compile(r"[\s-]*(?:calib(?:re|er)|revolver|pistol|special|magnum|handgun|rifle)\b", re.IGNORECASE)
_WEAPON_AFTER = re.compile(r"\s+(?:pistol|handgun|gun|firearm|weapon|rifle|rounds?|ammunition|bullets?|shells?|cartridges?)\b",
                           re.IGNORECASE)


# A capitalised number word inside a name: after a word on the same line, before another capitalised word.
_NAMED_NUMBER = re.compile(r"[A-Za-z][\w'’.]*[ \t]+\Z")
_CAPITAL_WORD_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
_CODE_AFTER_PLUS = re.compile(r"\s*(?:[A-Z]|\d)")


def _is_year(digits: str) -> bool:
    return len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2099


# An older year used as a modifier or after "in": "a 1761 work", "the 1688 revolution", "built in 1650".
_OLD_YEAR_BEFORE = re.compile(r"\b(?:a|an|the|his|her|their|its|in|since|until|circa|c\.)\s+$", re.IGNORECASE)
_OLD_YEAR_AFTER = re.compile(r"\s+(?:[A-Z]{2,3}\b|[a-z]+\b(?![\w-]))")
_COUNTED_SINGULAR = set("word mile metre meter foot yard page seat bed acre kilometre hour ton tonne piece strong member "
                        "point year day pound dollar euro person student".split())


def _old_year(text: str, start: int, end: int, digits: str) -> bool:
    """Whether four digits from 1000 to 1799 are a year (``a 1761 work``), not a count (``the 1500 residents``)."""
    if not (len(digits) == 4 and 1000 <= int(digits) < 1800 and _OLD_YEAR_BEFORE.search(text, max(0, start - 8), start)):
        return False
    nxt = _OLD_YEAR_AFTER.match(text, end)
    if nxt is None:
        return text[start - 3:start].lower() == "in " and not text[end:end + 1].isalnum()  # "built in 1650."
    word = nxt.group().strip()
    return word.isupper() or not (is_plural(word) or word in _COUNTED_SINGULAR)


def title_case_line(text: str, start: int) -> bool:
    """True when the number stands in a headline written in title case (``Agents Seize 475 Pounds Of Cocaine``)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    words = re.findall(r"[A-Za-z][\w'’]*", text[line_start:line_end if line_end != -1 else len(text)])
    long_words = [w for w in words if len(w) > 3]
    return len(words) >= 4 and len(long_words) >= 2 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


def numbers_a_thing(text: str, start: int) -> bool:
    """True when the digits at ``start`` follow a word that numbers a thing ("Level 3", "a stage 2 alert", "No. 5")."""
    return bool(_LOWER_IDENTIFIER_BEFORE.search(text, max(0, start - 16), start)
                or _NUMBER_SIGN_BEFORE.search(text, max(0, start - 4), start))


# A side or player, then a seed or rank in brackets ending a list's item: "New Zealand (1), Scotland (8), Tonga".
_SEEDS = re.compile(r"\b[Ss]eed(?:s|ed|ings?)?\b")
_RANK_ITEM = re.compile(r"[A-Z][\w'’.-]*[ \t]\((\d{1,2})\)(?=,|[ \t]*(?:\n|$)|\.[ \t]*\n)")


def _bracketed_rank(text: str, start: int, end: int) -> bool:
    """True when the number at ``start`` is one of two or more bracketed ranks after names in a list nearby, the list
    said to be of seeds ("(seeds in brackets)"); "Biden (11), Pete Buttigieg (6)" counts endorsements."""
    if not _SEEDS.search(text, max(0, start - 400), start):
        return False
    items = [m for m in _RANK_ITEM.finditer(text, max(0, start - 80), min(len(text), end + 80))]
    return len(items) >= 2 and any(m.start(1) == start for m in items)


# A fact box's minute after a player's name: in a list of two or more ("Archibald 19, Grady 29, Crawford 41") or after
# its label ("Goals: Giannakopoulos 41.").
_MINUTE_ITEM = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? (\d{1,3})(?=, |\.|\)|\s*$)", re.MULTILINE)
_MINUTE_LABEL = re.compile(r"(?:Goals?|Booked|Sent off|Dismissed|Scorers?):\s+[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)? \Z")


def match_minute(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` after a name is a minute in a match's fact box."""
    if end - start > 3 or int(text[start:end]) > 130 or text[end:end + 1] not in (",", ".", ")", "\n", ""):
        return False
    if _MINUTE_LABEL.search(text, max(0, start - 50), start):
        return True
    items = {m.start(1): m for m in _MINUTE_ITEM.finditer(text, max(0, start - 60), min(len(text), end + 60))}
    own = items.get(start)
    if own is None or len(items) < 2 or own.group(0).split()[-2].rstrip("s") in IDENTIFIER_WORDS:
        return False  # "Key Stages 1, 3 and 4": an identifier's numbers
    numbers = {int(m.group(1)) for m in items.values()}
    value = int(own.group(1))
    return value - 1 not in numbers and value + 1 not in numbers  # "Australia 4. Canada 5. Germany 6.": a ranked list


def is_excluded(text: str, m: re.Match) -> bool:
    """True when a number is a year, date, time, ordinal or identifier rather than a figure."""
    start, end, low = m.start("low"), m.end(), m.group("low")
    if m.group("glued"):
        end = m.start("glued")
    bare = not (m.group("sign") or m.group("percent") or m.group("high"))
    plain_digits = low.isdigit()
    if bare and _is_year(low):
        return True
    if bare and plain_digits and len(low) == 2 and text[start - 1:start] in ("'", "’") and (
            start < 2 or not text[start - 2].isalnum()):
        return True  # "in '94", "the ’90s": a year cut short
    if bare and low.lower() == "one" and not text.startswith(" and a half", end):
        return True
    worded = low[0].isalpha() and not (m.group("sign") or m.group("percent"))  # "games six or seven" labels too
    if (bare or worded) and is_name_or_label(text, start, end, low, lambda: title_case_line(text, start)):
        return True  # "the Big Ten", "“50 Smartest Companies”", "calling 911", "on days one and four"
    if bare and low[0].isupper() and low[1:].islower() and _NAMED_NUMBER.search(text, max(0, start - 20), start) \
            and _CAPITAL_WORD_AFTER.match(text, end) and not title_case_line(text, start):
        return True  # "The Four Paths Police", "the Three Rivers area": a number word inside a name
    if bare and plain_digits and text[start - 1:start] == "+" and _CODE_AFTER_PLUS.match(text, end):
        return True  # "+972 Magazine", "+44 20 7946 0000": a dialling code
    if bare and plain_digits and _old_year(text, start, end, low):
        return True
    if bare and plain_digits and (_ERA_AFTER.match(text, end) or _ERA_BEFORE.search(text, max(0, start - 6), start)):
        return True  # "500 BC", "AD 300": a year of an era
    if bare and low.lower() == "zero":
        if _ZERO_LEVEL_BEFORE.search(text, max(0, start - 12), start):
            return False  # "rates near zero", "cut to zero": a level
        nxt = re.match(r"\s+(?:new\s+)?([a-z]+)", text[end:end + 30])
        return not (nxt and is_plural(nxt.group(1)))  # "zero deaths" counts; "zero tolerance", "ground zero" do not
    high = m.group("high") or ""
    if plain_digits and _is_year(low) and high.isdigit() and (_is_year(high) or len(high) == 2):
        return True  # a span of years: "the 2021-2025 plan", "the 2019-20 season"
    if plain_digits and numbers_a_thing(text, start):
        return True  # "Stage 3", "a level 4 alert", "No. 5", "the world No 1"
    if plain_digits and bare and text[end:end + 1] == "," and _APPOSED_IDENTIFIER.search(text, max(0, start - 16), start):
        return True  # "the final stage, 3, began": the stage's number in apposition
    if plain_digits and text[start - 2:start] == "&#":
        return True  # "Blair&#191;s": a character written as an HTML entity
    if plain_digits and low[0] == "0" and len(low) > 1:
        return True  # "HCV 01234": a figure never starts with a nought
    if bare and text[start - 1:start] == "(" and (text[start - 2:start - 1].isdigit() or text[start - 2:start - 1] == ")"):
        return True  # "Section 4(1)(b)": a subsection
    if plain_digits and _CAPITAL_AFTER.match(text, end):
        return True  # "7-Eleven", "4-H", "3-D"
    if bare and plain_digits and len(low) <= 3 and _LIST_ITEM.match(text, end) and _LIST_ITEM_BEFORE.search(
            text, max(0, start - 3), start):
        return True  # "…eight  1 Roger Federer (Switzerland)  2 Andy …": a seed list's ranks
    if bare and plain_digits and len(low) <= 2 and text[start - 1:start] == "(" and _bracketed_rank(text, start, end):
        return True  # "New Zealand (1), Scotland (8), Tonga": a draw's seeds in brackets
    if plain_digits and len(low) == 4 and _CLOCK.match(low) and _CLOCK_AFTER.match(text, end) and _CLOCK_BEFORE.search(
            text, max(0, start - 8), start):
        return True  # "at 1600 hours": a time on the 24-hour clock
    if bare and low[0].isalpha() and (named := _WORD_IDENTIFIER_BEFORE.search(text, max(0, start - 16), start)):
        counted = re.match(r"\s+([a-z]+)", text[end:end + 30]) if named.group().lower().startswith("round") else None
        return not (counted and is_plural(counted.group(1)))  # "Region Two", "round four"; not "round two years later"
    if low.startswith(".") and _CALIBRE_AFTER.match(text, end):
        return True  # "a .38 revolver"
    if m.group("glued") == "mm" and _WEAPON_AFTER.match(text, m.end()):
        return True  # "a 9mm pistol": a calibre names the weapon
    if plain_digits and bare and _LIST_MARKER.match(text, end) and not text[text.rfind("\n", 0, start) + 1:start].strip():
        return True  # "1. The council will…": a numbered list's marker
    # Digits run on past a separator (a cheap test first: few figures are phone numbers).
    if (plain_digits and not m.group("sign") and _DIGIT_RUN.search(text, max(0, start - 3), end + 3)
            and any(p.start() <= start < p.end() for p in _PHONE.finditer(text, max(0, start - 6), end + 10))):
        return True
    if plain_digits and (_VANITY_AFTER.match(text, end) or _VANITY_BEFORE.search(text, max(0, start - 24), start)):
        return True  # "call 555-HELP (4357)": a phone number spelt in letters, and its digits
    if plain_digits and (_STREET.match(text, end) or _ZIP_BEFORE.search(text, max(0, start - 4), start) and len(low) == 5
                         or _BLOCK_OF.match(text, end)):
        return True  # "12 Frederick Street", "Chicago, IL 60601", "the 1200 block of Main Street"
    if low == "19" and _COVID_BEFORE.search(text, max(0, start - 7), start):
        return True  # "Covid 19", written without its hyphen
    before, after = text[max(0, start - 12):start], text[end:end + 12]
    if plain_digits and (_MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after)):
        return True
    if plain_digits and len(low) <= 2 and int(low) <= 31 and _DAY_PAIR_AFTER.match(text, end, end + 24):
        return True  # "on 20 and 21 August": a day, as the second is
    if plain_digits and _TIME_AFTER.match(after):
        return True
    if low in ("911", "999", "112") and _EMERGENCY_AFTER.match(text, end):
        return True  # "911 calls": the emergency number
    if start and text[start - 1] == "-" and start > 1 and text[start - 2].isalpha() and not _MADE_OF_BEFORE.search(
            text, max(0, start - 8), start):
        return True  # F-16, COVID-19, Su-34; not "0-for-9", "7-foot-3"
    numbered = plain_digits or re.fullmatch(r"\d+(?:\.\d+)+", low) is not None  # "Clause 12.3"
    tally = _TALLY_ON.match(text, end) is not None  # "beat the Suns 112-104": a score, no "Boeing 737"
    model = (plain_digits and high.isdigit() and text[m.end("low"):m.start("high")] == "-"
             and not (m.group("sign") or m.group("percent")))  # "a Boeing 737-800": a model's number
    name = _NAME_BEFORE.search(text, max(0, start - 40), start) if numbered and (bare or model) and not tally else None
    # A percentage or a range is no identifier, nor is a number on the line after a name (a fact box's "13% of …").
    if name is None or name.group("word") in _CAPITALISED_OK or "\n" in text[name.end("word"):start]:
        return False
    if (name.group("word"), low) in CHART_SIZES:
        return False  # "the Hot 100", "the Billboard 200": a chart's places, as "the Top 40" (not New York's "Hot 97")
    if name.group("word") in IDENTIFIER_WORDS:
        return True  # "Resolution 2231"
    if not plain_digits or (bare and match_minute(text, start, end)):
        return False  # (a match's fact box: "Goals: Bowyer 35, Dyer 69.": the minute of a goal or a change)
    # "gave Ukraine 500 tanks": a figure, told apart by its counted noun in the plural ("a Boeing 737 crashed" has none);
    # in a title-case headline every word is capitalised.
    unit = unit_after(text, end)
    counted = is_plural(unit.lower()) and unit in text[end:end + 80]  # as written, not "sold" made "solds"
    return not counted and not title_case_line(text, start)
