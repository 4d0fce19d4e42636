"""Numbers that name or label rather than count: in titles and names, emergency numbers, addresses, labels, sports terms.

``the Big Ten``, ``the Fantastic Four`` (a capitalised number word inside running text); ``“50 Smartest Companies”``,
``35 Innovators Under 35``, ``10 Breakthrough Technologies 2014`` (a title: digits and capitalised words); ``calling
911``; ``201 E. Nine Mile`` (a street number before a compass point); ``on days one and four`` (labels, like
ordinals); ``from three-point range``, ``hit a three``, ``a two-way player``, ``a two-on-one`` (terms of sport);
``BBC Three``, ``the Six Nations`` (a channel, a championship); ``reached number 12`` (a place in a chart).
"""

from __future__ import annotations

import re

from newsmark.core.suggest.figurenumbers import SMALL, TENS
from newsmark.core.suggest.figureunits import is_plural, unit_after
from newsmark.core.suggest.pertext import per_text

_NUMBER_WORDS = {*SMALL, *TENS}
_WORD = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
# A capitalised number word after a word on the same line (not a sentence's first word).
_MID_SENTENCE = re.compile(r"[A-Za-z,][ \t]+$")
# Running text, not a headline ("Storm Kills Two"): a word in lower case before the number on its line.
_RUNNING_TEXT = re.compile(r"(?<![\w'’-])[a-z]{3,}\b")
# A title: digits, then capitalised words (and numbers) up to the end of the title.
_TITLE_RUN = re.compile(r"(?:[ \t]+(?:[A-Z][\w'’&-]*|\d+))+")
_TITLE_OPENER = re.compile(r"(?:[“\"‘']|\bsee\s+|\(see\s+)\Z", re.IGNORECASE)
_TITLE_SMALL_WORD = re.compile(r"\b(?:Under|Of|For|To|In|On|The|And|With|From|At|By)\b")
_TITLE_YEAR = re.compile(r"\b(?:19|20)\d\d$")
_TITLE_WORD_BEFORE = re.compile(r"(?<![\w'’&-])(?:[A-Z][\w'’&-]*|\d+)[ \t]+$")
_LOWER_AFTER = re.compile(r"[ \t]+[a-z]")
_TITLE_MOST_WORDS = 16  # a title's capitalised words and numbers before its number, at most
_TITLE_MOST_CHARS = 200  # and how far it runs on after it
# "call 911", "dialled 999": the emergency number.
_CALL_BEFORE = re.compile(r"\b(?:call(?:s|ed|ing)?|dial(?:s|led|ed|ing|ling)?|phon(?:e|ed|ing)|text(?:ed|ing)?|ring(?:ing)?|rang)\s+$",
                          re.IGNORECASE)
# "201 E. Nine Mile", "1225 N. Rampart": a street number before a compass point and a name.
_COMPASS_AFTER = re.compile(r"[ \t]+(?:[NSEW]|NE|NW|SE|SW)\.?[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)*\b(?![ \t]+[a-z]+s\b)")
# "days one and four", "games three, four and five": labels of a sequence, like ordinals.
_LABEL_BEFORE = re.compile(rf"\b(?:days?|games?|weeks?|rounds?|stages?|phases?|legs?|episodes?|chapters?|parts?|levels?|"
                           rf"seasons?|series|tiers?|zones?|groups?)\s+(?:(?:{_WORD})\s*(?:,|and|or|&|to)\s*)*$", re.IGNORECASE)
_LABEL_AFTER = re.compile(r"[ \t]*[,.;:)&]|[ \t]+(?:and|or|of|to|through|at|in|on|was|were|is|are|will)\b")
# Basketball: "from three-point range", "a three-point shot", "hit a big three", "a two-way player".
_POINT_TERM_AFTER = re.compile(r"-point(?:er)?[ \t]+(?:range|line|shots?|attempts?|shooting|shooters?|arc|plays?|baskets?|"
                               r"field\s+goals?|percentage|tries)\b", re.IGNORECASE)
_SHOT_BEFORE = re.compile(r"\b(?:a|an)[ \t]+(?:(?:big|early|late|quick|deep|long|huge|clutch|corner|open|wide-open|contested|"
                          r"go-ahead|game-tying|step-back|timely|key)[ \t]+)?\Z")
_SHOT_AFTER = re.compile(r"(?:[ \t]*[.,;:!?)—–]|[ \t]+(?:over|from|to|that|which|and|but|in|on|at|with|as|late|early|"
                         r"before|after|off)\b)")
_WAY_AFTER = re.compile(r"-way\b", re.IGNORECASE)
# "the number 3", "the numbers 4 and 7", "the digit 9": a numeral talked about, not a count.
_NUMERAL_BEFORE = re.compile(rf"\b(?:the|a|this|that|lucky|unlucky)\s+(?:numbers?|numerals?|digits?)\s+(?:(?:\d+|{_WORD})\s*(?:,|and|or|&)\s*)*$",
                             re.IGNORECASE)
# "a two-on-one", "a 5-on-3 power play", "three-on-three basketball": players against players, a term of the game.
_MATCHUP_AFTER = re.compile(rf"-on-(?:{_WORD}|\d)\b", re.IGNORECASE)
_MATCHUP_BEFORE = re.compile(rf"\b(?:{_WORD}|\d)-on-$", re.IGNORECASE)
# A number the text writes again and again inside one name: "Half-Life 2", "Shrek 2", "Ocean's Twelve", "50 Cent". The
# capitalised word next to it, and a second time within a few paragraphs; "the Top 40" and "the Hot 100" count places.
# (``figurecollocations`` reads a name's number by the name standing alone elsewhere; this, by the pair repeated, also
# catches what its name pattern leaves out: a hyphenated name, a number before the name, a number word.)
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*[ \t]+\Z")
_NAME_WORD_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)(?:['’]s)?(?![\w'’-])")
_COUNTING_CAPITALS = frozenset("Top Hot About Around Some Nearly Almost Over Up Only Just At More Fewer Less The In On By Of "
                               "For With From To And But Or Since After Before Until Than Another Between Under Below Above "
                               "Exactly All A An".split())
_REPEAT_REACH = 5_000
_SCORE_AFTER = re.compile(r"[-–]\d")  # "Newcastle 27-27": a score
_LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
_MODEL_AFTER = re.compile(r"[ \t-]+[A-Z]?\d")  # "30 Boeing 777s": a count of a maker's model


def _counted_after(text: str, end: int) -> bool:
    """Whether a plural noun follows the number ending at ``end`` ("Five people")."""
    after = _LOWER_WORD_AFTER.match(text, end)
    return after is not None and is_plural(after.group(1))


def _repeated_name(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` and the capitalised word beside it are written together again nearby: not
    a score ("Newcastle 27-27"), a count of a noun ("Martinez 1 goal"), nor one of a model ("30 Boeing 777s")."""
    if _SCORE_AFTER.match(text, end) or _counted_after(text, end):
        return False  # "2 pirates": a count of the noun ("Half-Life 2 dominated" is no count)
    if text[start:end].lower() in ("1", "one") and _LOWER_WORD_AFTER.match(text, end):
        return False  # "Martinez 1 goal": one of the noun
    unit = unit_after(text, end)
    if unit and is_plural(unit) and unit in text[end:end + 40]:
        return False  # "30 Boeing jets": a count past the maker's name
    before = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
    keys = []
    if before and before.group().split()[0] not in _COUNTING_CAPITALS:
        keys.append(text[before.start():end])
    after = _NAME_WORD_AFTER.match(text, end)
    if after and after.group(1) not in _COUNTING_CAPITALS and not _MODEL_AFTER.match(text, after.end()):
        keys.append(text[start:after.end(1)])  # "50 Cent's": "50 Cent"
    lo, hi = max(0, start - _REPEAT_REACH), min(len(text), end + _REPEAT_REACH)
    return any(text.count(key, lo, hi) >= 2 for key in keys)


# A channel ("BBC Three", "Sky One", "RTÉ Two") and a rugby championship ("the Six Nations"): names, not counts.
_BROADCASTER_BEFORE = re.compile(r"\b(?:BBC|ITV|Sky|RT[ÉE]|S4C)[ \t]+\Z")
_NATIONS_AFTER = re.compile(r"[ \t]+Nations\b")
# A channel the text names as one ("TV channel Five", "Channel Four") is that channel where its word stands capitalised
# with no counted noun after it ("contacted Five", "runs on Five", "Five admitted").
_CHANNEL_NAMED = re.compile(r"\b[Cc]hannel[ \t]+(One|Two|Three|Four|Five)\b")
# A scale word capitalised before another capitalised word is a title's: "Million Dollar Baby".
_SCALE_TITLE = frozenset("Hundred Thousand Million Billion Trillion".split())
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")


@per_text
def _channels(text: str) -> frozenset[str]:
    """The number words the text names a channel by ("TV channel Five"), in one scan of the text."""
    return frozenset(_CHANNEL_NAMED.findall(text)) if "hannel" in text else frozenset()


# A place in a chart: "reached number 12", "went straight in at number three", "climbed to number 5".
_CHART_PLACE_BEFORE = re.compile(r"\b(?:reach(?:ed|es|ing)?|hit(?:s|ting)?|(?:peak|stay|remain|enter|debut)(?:ed|s|ing)?[ \t]+at|"
                                 r"(?:straight|went|go(?:es)?|going|came|come)[ \t]+in[ \t]+at|"
                                 r"(?:went|go(?:es)?|going|climb(?:ed|s|ing)?|rose|ris(?:e|es|en|ing)|jump(?:ed|s|ing)?|"
                                 r"fell|fall(?:s|en|ing)?|dropp?(?:ed|s|ing)?|slipp?(?:ed|s|ing)?|mov(?:e|ed|es|ing)|"
                                 r"shot|soar(?:ed|s|ing)?|leap(?:t|ed|s|ing)?)[ \t]+(?:(?:up|down|back|straight)[ \t]+)?to)"
                                 r"[ \t]+number[ \t]+\Z", re.IGNORECASE)

# The US charts named by their places: "the Billboard Hot 100", "the Billboard 200" (not New York's radio "Hot 97").
CHART_SIZES = frozenset({("Hot", "100"), ("Billboard", "200")})
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)[ \t]\Z")


def _chart_size(text: str, start: int, low: str) -> bool:
    """Whether the number ``low`` at ``start`` is the size of a chart named by it ("the Hot 100")."""
    m = _WORD_BEFORE.search(text, max(0, start - 12), start)
    return m is not None and (m.group(1), low) in CHART_SIZES


# A place in a ranked list or chart without "number": "Julia Davis at seven", "Ant and Dec at five, up from 13", "slipped
# one place to four", "moves to number 18 from 32" — a bare number after "at", "to" or "from", nothing counted after it,
# where the sentence tells of a chart, a list or places in one.
_RANK_BEFORE = re.compile(r"\b(?:at|to|from)[ \t]+\Z")
_RANK_END = re.compile(r"(?=[ \t]*(?:[,.;:)]|\n|\Z|[ \t](?:and|with|in|from|to|last|this|while|followed|behind|ahead|up|down)\b))")
_PLACE_WORDS = r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
_CHART_WORDS = re.compile(rf"\b(?:charts?|list|countdown|{_PLACE_WORDS}[ \t]+places?|[Nn]umber[ \t]+{_PLACE_WORDS})\b")


def _list_place(text: str, start: int, end: int) -> bool:
    """Whether the bare number at ``start``–``end`` is a place in a chart or ranked list (see ``_RANK_BEFORE``)."""
    if not _RANK_BEFORE.search(text, max(0, start - 8), start) or not _RANK_END.match(text, end):
        return False
    first = max(text.rfind("\n", 0, start) + 1, start - 250)
    stop = text.rfind(". ", first, start)
    opening = stop + 2 if stop != -1 else first  # the sentence's start
    closing = text.find(". ", end)
    return _CHART_WORDS.search(text, opening, closing if closing != -1 and closing - end < 250 else end + 250) is not None


def is_name_or_label(text: str, start: int, end: int, low: str, title_case_line) -> bool:
    """True when the bare number ``low`` at ``start``–``end`` names or labels a thing rather than counting it.

    ``title_case_line`` is called (once at most) to ask whether the line is a headline in title case.
    """
    word = low.lower() in _NUMBER_WORDS
    if word and low[0].isupper() and low[1:].islower() and _MID_SENTENCE.search(text, max(0, start - 4), start) \
            and _RUNNING_TEXT.search(text, text.rfind("\n", 0, start) + 1, start) and not title_case_line():
        return True  # "the Big Ten", "a Final Four berth"
    if word and (_WAY_AFTER.match(text, end) or _LABEL_BEFORE.search(text, max(0, start - 60), start)
                 and _LABEL_AFTER.match(text, end)):
        return True  # "a two-way player", "on days one and four"
    if low in _SCALE_TITLE and _CAPITAL_NEXT.match(text, end):
        return True  # "Million Dollar Baby": a title
    if word and low in _channels(text) and not _counted_after(text, end):
        return True  # "contacted Five", "Five admitted": the channel the text named ("TV channel Five")
    if word and low[0].isupper() and (_BROADCASTER_BEFORE.search(text, max(0, start - 8), start)
                                      or _NATIONS_AFTER.match(text, end)):
        return True  # "BBC Three", "the Six Nations"
    if _CHART_PLACE_BEFORE.search(text, max(0, start - 40), start):
        return True  # "reached number 12"
    if (word or low.isdigit() and len(low) <= 2) and _list_place(text, start, end):
        return True  # "Ant and Dec at five, up from 13 in 2004": places in a list
    if ((low.isdigit() or word and low[0].isupper()) and _repeated_name(text, start, end) and not title_case_line()
            and not _chart_size(text, start, low)):
        return True  # "Half-Life 2 … Half-Life 2", "50 Cent … 50 Cent": a name, written again
    if _NUMERAL_BEFORE.search(text, max(0, start - 40), start):
        return True  # "sees the number 3 in yellow"
    if _MATCHUP_AFTER.match(text, end) or _MATCHUP_BEFORE.search(text, max(0, start - 12), start):
        return True  # "a two-on-one", "a 5-on-3 power play"
    if _POINT_TERM_AFTER.match(text, end):
        return True  # "0-for-9 from three-point range"
    if word and _SHOT_BEFORE.search(text, max(0, start - 30), start) and _SHOT_AFTER.match(text, end):
        return True  # "he hit a big three over Horford"
    if low.isdigit():
        if low in ("911", "999", "112", "988", "000", "111") and _CALL_BEFORE.search(text, max(0, start - 12), start):
            return True
        if _COMPASS_AFTER.match(text, end) and not title_case_line():
            return True
        return _in_title(text, start, end) and not title_case_line()
    return False


def _in_title(text: str, start: int, end: int) -> bool:
    """True when digits stand in a title of capitalised words (``35 Innovators Under 35``, ``“50 Smartest Companies”``)."""
    line_start = text.rfind("\n", 0, start) + 1
    head = start  # walk back over the title's capitalised words and numbers to where it begins
    for _ in range(_TITLE_MOST_WORDS + 1):
        back = _TITLE_WORD_BEFORE.search(text, max(line_start, head - 30), head)
        if back is None:
            break
        head = back.start()
    else:
        return False  # a longer run of capitals and numbers (a calendar, a table's row) is no title
    run = _TITLE_RUN.match(text, end, end + _TITLE_MOST_CHARS + 1)
    tail = run.end() if run else end
    if tail - end > _TITLE_MOST_CHARS:
        return False  # (each number of a long run walked it all: minutes on a page of calendar days)
    title = text[head:tail]
    names = len(re.findall(r"[A-Z][\w'’&-]*|\b\d+\b", title)) - 1  # the words and numbers after the first
    if names < 2 or not title[:1].isdigit():
        return False  # a title starts with its number here; "Resolution 2231" is an identifier's business
    marked = bool(_TITLE_SMALL_WORD.search(title) or _TITLE_YEAR.search(title))  # "Under 30", "Technologies 2014"
    if _LOWER_AFTER.match(text, tail):
        return marked  # "20 Senate Democrats voted": a count of named things
    return marked or _TITLE_OPENER.search(text, max(0, head - 6), head) is not None
