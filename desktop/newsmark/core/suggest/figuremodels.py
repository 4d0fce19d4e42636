"""Numbers that name a product or model (``Boeing 787``, ``a 737 Max``, ``the A350``), read one sense per article.

A model number shows itself somewhere in the article: letters glued to it (``A350``, ``777X``, ``737MAX``), a count
before it (``30 Boeing 787 jets``, ``400 737 Max jets``), an article before it and a capitalised name after it
(``a 737 Max``), a variant after it (``787-9 Dreamliner``, ``the 787-10``), or a maker's name before it
(``Boeing's 787 has``, ``Boeing 787 Dreamliner``). Once shown, the same digits name the model everywhere in that article (``the 777 program``,
``five 787 sales``), as a word keeps one sense in one discourse. Only distinctive numbers are read so: three or four
digits, not round (``Fortune 500`` says nothing of ``500 workers``), not a year.
"""

from __future__ import annotations

import re

from newsmark.core.suggest.figureunits import is_plural, plural

_NUMBER_WORDS = ("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
                 "hundred|dozen")
# Three or four digits: each is read where it stands, its context tested on the few characters around it (fast).
_CANDIDATE = re.compile(r"\d\d{2,3}")  # \d{3,4}; a digit first lets re jump to the digits (a repeat first gets no fast scan)
_IN_NUMBER = re.compile(r"[,.]\d|\d")
# "A350", "MH370", "777X", "737MAX", "777x", "five 787s": letters glued to the digits.
# Units and clock zones glued to digits ("350MW", "1230GMT") are measures and times, not names.
_LETTERS_BEFORE = re.compile(r"(?<![\w.,-])(?:[A-Z]{1,3}-?|[A-Z][a-z][A-Z]?-)\Z")  # "A350", "KC-135", "Tu-154", "MiG-29"
_LETTERS_AFTER = re.compile(r"(?!(?:MW|GW|KW|GB|TB|MB|KB|KM|CM|MM|KG|LB|LBS|MPH|HP|CC|BC|AD|AM|PM|GMT|UTC|EST|EDT|PST|PDT|"
                            r"BST|CET|ET|PT)\b)(?:X|x|s|[A-Z]{2,4})(?:-\d{1,3})?(?![\w-])")
_FREE_AFTER = re.compile(r"(?:-\d{1,3})?(?![\w-])")
# "30 Boeing 787 jets", "400 737 Max jets", "five 787 Dreamliner sales": a count, then the number that names.
_COUNT_BEFORE = re.compile(rf"(?<![\w.,-])(?:\d[\d,]*|(?i:{_NUMBER_WORDS}))[ \t]+(?P<name>(?:[A-Z][\w'’&-]*[ \t]+){{1,2}})?\Z")
# "a 737 Max", "an 8245 Turbo": a singular article before a number and a capitalised name after it.
_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)[ \t]+\Z")
# "Boeing's 787", "Boeing 's 787", "the Airbus 380 is": a maker's name, then the number.
_MAKER_BEFORE = re.compile(r"(?:(?<=[a-z,;] )(?P<maker>[A-Z][a-z]+|[A-Z]{2,})(?:\s?['’]s)?|"
                           r"(?<![\w'’-])(?P<owner>[A-Z][a-z]+|[A-Z]{2,})\s?['’]s)[ \t]+\Z")
# What follows the digits: a variant ("-9", "-800") and the next word ("787-9 Dreamliner", "a 737 Max").
_TAIL = re.compile(r"(?P<variant>-\d{1,3})?(?![\w,.]\w|[\w-])(?:[ \t]+(?P<next>[A-Za-z][a-z]+)\b)?")
# A product's noun after its model's digits, and whose it is before them: "their 7610 phone", "the 8245 chip".
_PRODUCTS = frozenset("phone handset smartphone mobile camera console chip processor laptop printer jet airliner "
                      "aircraft helicopter engine".split())
_OWNED_BEFORE = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Yy]our|[Mm]y|[Oo]ur)[ \t]+\Z")
# Capitalised words that open a sentence or a phrase and name nothing: no maker, no name before a number.
OPENING_WORDS = frozenset("The A An In On At By Of For With From To And But Or Since After Before Until Than About Around "
                          "Over Under Only Just Some Nearly Almost Up Its Their His Her This That These Those".split())
# Nor are titles and the words that number a document's part, a route or a room ("Section 301", "Route 66").
_NOT_MAKERS = OPENING_WORDS | set("Mr Mrs Ms Dr Page Section Article Chapter Resolution Room Route Flight Highway Interstate "
                                  "Exit Bill Act".split())


def _distinctive(digits: str) -> bool:
    """True for three or four digits that are neither round nor a year: a number that can name one thing."""
    value = int(digits)
    return value % 10 != 0 and not (len(digits) == 4 and 1800 <= value <= 2099) and digits[0] != "0"


def model_numbers(text: str) -> set[str]:
    """The digit strings that name a model somewhere in ``text`` (``{"737", "787"}``)."""
    found: set[str] = set()
    for m in _CANDIDATE.finditer(text):
        digits, start, end = m.group(), m.start(), m.end()
        if digits in found or start and text[start - 1] in "0123456789,." or _IN_NUMBER.match(text, end):
            continue
        if _distinctive(digits) and _model_context(text, start, end, digits) or _product_model(text, start, end, digits):
            found.add(digits)
    return found


def _product_model(text: str, start: int, end: int, digits: str) -> bool:
    """True for digits between whose it is and a product's noun ("their 7610 phone", "the 6600 handset"), round ones
    too; not a year ("the 2004 phone"), nor a count ("the 400 phones", "the 150 jet fighters")."""
    nxt = _TAIL.match(text, end)
    return (nxt is not None and nxt.group("next") in _PRODUCTS and not (len(digits) == 4 and 1800 <= int(digits) <= 2099)
            and _OWNED_BEFORE.search(text, max(0, start - 8), start) is not None and not _counted_after(text, end))


def _model_context(text: str, start: int, end: int, digits: str) -> bool:
    """True when the digits at ``start``–``end`` name a model where they stand."""
    if _LETTERS_BEFORE.search(text, max(0, start - 4), start) and _FREE_AFTER.match(text, end):
        return True  # "A350", "MH370"
    if not text[start - 1:start].isspace():
        return start == 0 and _LETTERS_AFTER.match(text, end) is not None
    if _LETTERS_AFTER.match(text, end):
        return True  # "777X", "737MAX"
    tail = _TAIL.match(text, end)
    if tail is None:
        return False
    variant, nxt = (tail.group("variant") or "-")[1:], tail.group("next") or ""
    count = _COUNT_BEFORE.search(text, max(0, start - 40), start)
    if count and (count.group("name") and not _NOT_MAKERS.intersection(count.group("name").split()) or nxt[:1].isupper()):
        return True  # "30 Boeing 787 jets", "400 737 Max jets"; not "on June 5 345 people"
    if nxt[:1].isupper() and not is_plural(nxt.lower()) and _ARTICLE_BEFORE.search(text, max(0, start - 8), start):
        return True  # "a 737 Max"; not "the 400 Democrats"
    if variant:
        # "787-9 Dreamliner", "the 787-9 jet", "737-800 Max"; not "a 112-104 win", "287-9 at stumps"
        return int(variant) < int(digits) and nxt != "" and (
            len(variant) < len(digits) and not is_plural(nxt.lower()) and nxt.lower() not in _TALLY_WORDS
            or variant.endswith("00") and nxt[0].isupper())
    maker = _MAKER_BEFORE.search(text, max(0, start - 30), start)
    # "Boeing's 787", "Boeing 787 Dreamliner"; not "gave Ukraine 155 tanks", "said Tuesday 345 were hurt"
    return maker is not None and (maker.group("owner") or maker.group("maker")) not in _NOT_MAKERS \
        and (maker.group("owner") is not None or nxt[:1].isupper()) and not _counted_after(text, end)


_TALLY_WORDS = set("win victory loss defeat vote verdict lead record score draw tie margin majority at in on after "
                   "before with from to for and or but declared dec".split())
_NEXT_WORDS = re.compile(r"(?:-[\w-]+)?\s+([a-z]+)\b(?:\s+([a-z]+)\b)?")


def _counted_after(text: str, end: int) -> bool:
    """True when a plural noun follows the number (``155 tanks``, ``155 new tanks``): a count, not a model."""
    nxt = _NEXT_WORDS.match(text, end, end + 40)
    return nxt is not None and any(w and is_plural(w) for w in nxt.groups())


def is_model_number(text: str, start: int, end: int, models: set[str]) -> bool:
    """True when ``text[start:end]`` is one of the article's model numbers, or its variant (the ``9`` of ``787-9``)."""
    if not models:
        return False
    span = text[start:end]
    base = re.fullmatch(r"(\d{3,4})(?:-\d{1,3})?", span)
    if base and base.group(1) in models:
        return True  # "787", "737-800"
    if span.isdigit() and start > 4 and text[start - 1] == "-":
        base = re.search(r"(?<![\w.,-])(\d{3,4})-$", text[max(0, start - 6):start])
        return base is not None and base.group(1) in models  # the variant after a model's digits
    return False


# "30 Boeing 787 jets", "60 of the embattled 737 Max jet", "30 of Boeing's 787-9 Dreamliner jets": the counted noun
# stands past the model's name.
_PAST_MODEL = re.compile(r"(?:[ \t]+of[ \t]+(?:the[ \t]+|its[ \t]+|their[ \t]+)?(?:[a-z]+[ \t]+)?)?"
                         r"(?P<name>(?:[ \t]*(?:[A-Z][\w&-]*(?:[ \t]?['’]s)?|\d{3,4}(?:-\d{1,3})?)){1,4})[ \t]+(?P<noun>[a-z]{3,})\b")


def unit_past_model(text: str, end: int, models: set[str]) -> str:
    """The noun a count before a model's name counts (``30 Boeing 787 jets`` → jets), or ``""``."""
    if not models:
        return ""
    m = _PAST_MODEL.match(text, end, end + 80)
    if m is None or not any(d in models for d in _CANDIDATE.findall(m.group("name"))):
        return ""
    noun = m.group("noun")
    return noun if is_plural(noun) else plural(noun)
