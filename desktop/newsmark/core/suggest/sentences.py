"""Body sentences of a news article for the claim suggester: headings, captions and credits left out.

Lines are classified first. A line is left out when it is a caption or credit (``Photo: …``,
``Image: …``, ``… Photograph: X/Getty Images``, a line ending in ``(Reuters)``, ``(AP Photo/…)``,
``Getty Images``, ``Copyright …``, ``All rights reserved``), or a heading: a line without sentence-ending
punctuation that is short, in Title Case, the document's first line, or followed by a line that does
not continue it (a hard-wrapped paragraph's inner lines end in a lowercase word or a comma and go on).
The remaining lines form runs (a blank line ends one); a run whose last line has no sentence-ending
punctuation is left out too, unless it is long (16 words or more, not the document's first line, not in
Title Case): a paragraph whose full stop was lost in extraction. A wire dateline (``KYIV, Nov 5 (Reuters) -``, ``KHAN YOUNIS, Gaza —``, ``(KTRK) --``) is cut from the run's start.

Runs are split into sentences after ``.``, ``!``, ``?`` or ``…`` (and closing quotes or brackets)
before whitespace and a capital, digit or opening quote — except inside quotation marks, after
abbreviations (``Mr.``, ``Dr.``, ``Gen.``, ``Jan.``, ``No. 5``), after initials (``Robert A. Wood``) and
after dotted acronyms (``U.S.``) unless a usual sentence opener follows. Decimals (``3.5``) have no
whitespace after the point, so they never split.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from newsmark.core.suggest.reportverbs import trie_pattern

_TERMINALS = ".!?…"
_TERMINALS_SET = frozenset(_TERMINALS)  # not the string: "" is in every string
_LONGEST_HEADING = 16  # words: a line this long without a stop, not the first, is a paragraph
_CLOSERS = "\"'”’»)]"
_CAPTION_START = re.compile(
    r"^\s*(?:photo|photos|image|images|picture|pictures|photograph|illustration|credit|credits|caption|graphic|video|"
    r"watch|read more|related|source|file photo)\b\s*[:|]", re.IGNORECASE)
_CAPTION_INSIDE = re.compile(r"\b(?:Photograph|Photo|Photos|Image|Picture|Illustration|Composite)\s*:\s*\S", re.IGNORECASE)
_AGENCIES = (r"(?:Reuters|REUTERS|AFP|AP|EPA|EPA-EFE|PA|Getty Images|Getty|Shutterstock|Alamy|Bloomberg|Xinhua|TASS|Sputnik|"
             r"ANP|dpa|DPA|Scanpix|LETA|Anadolu|NurPhoto|SOPA Images|Ukrinform|Yonhap|Kyodo)")
_CREDIT_END = re.compile(
    rf"(?:\((?:AP|AFP|Reuters|EPA)(?:\s+Photo)?[^()]{{0,60}}\)|\([^()]{{0,60}}/\s*{_AGENCIES}[^()]{{0,40}}\)|\({_AGENCIES}\)|\b{_AGENCIES}(?:/[\w .'-]+)?"
    rf"|/\s*{_AGENCIES}|\bvia Getty Images|\bAll rights reserved\.?|\bCopyright\b[^.]{{0,80}}|©[^.]{{0,80}})\s*$")
_SLASH_AGENCY = re.compile(rf"/\s*{_AGENCIES}\b")
_CREDIT_HINTS = ("Reuters", "REUTERS", "AFP", "AP", "EPA", "PA", "Getty", "Shutterstock", "Alamy", "Bloomberg", "Xinhua",
                 "TASS", "Sputnik", "ANP", "dpa", "DPA", "Copyright", "©", "rights reserved", "Scanpix", "LETA",
                 "Anadolu", "NurPhoto", "SOPA", "Ukrinform", "Yonhap", "Kyodo")
# Any of the hints, found by one scan rather than one substring test per hint (a prefix tree: "AFP", "AP" and "Alamy"
# share their "A").
_CREDIT_HINT = re.compile(trie_pattern(list(_CREDIT_HINTS)))
_DATELINE = re.compile(r"(?:[A-Z][A-Z .'’-]+(?:,[^()\n]{0,40})?\s*)?\((?:Reuters|AP|AFP|dpa|Bloomberg)\)\s*[-–—]+\s*"
                       # "KYIV, Ukraine — ", "HOUSTON, Texas (KTRK) -- ", "(WSVN) - ": a place in capitals and a dash
                       r"|(?:[A-Z]{3}[A-Z .'’-]*(?:,[ \t][^()\n—–,.]{1,30}?)?[ \t]*)?(?:\([A-Z][\w .]{1,20}\)[ \t]*[-–—]+|[—–]|--)[ \t]+")
_LOWER_END = re.compile(r"(?:[a-z][\w'’-]*|[,;:–—-])\s*$")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj sgt capt cpl adm cmdr gov sen rep rev st fr jr sr hon pres supt insp det "
    "vs etc inc corp ltd co bros dept est approx fig al jan feb mar apr jun jul aug sep sept oct nov dec mt ft "
    "e.g i.e a.m p.m".split())
_OPENERS = frozenset(
    "The A An It He She They We I In On At But And This That These Those There However Meanwhile Officials "
    "Its His Her Their Some Many Most Both After Before When While Since If As".split())
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\Z")
_ACRONYM = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_NEXT_WORD = re.compile(r"\s+([\"“‘«(]?)(\w+)")
_EVENTS = re.compile(r"[.!?…\"“”«»‘’]")
_PAIRS = {"“": "”", "«": "»", "‘": "’", '"': '"'}


class Sentence(NamedTuple):
    """One body sentence: ``text[start:end]``, without the whitespace around it."""

    start: int
    end: int


class Body(NamedTuple):
    """An article's body sentences and its quoted stretches (open mark to close mark, inclusive)."""

    sentences: list[Sentence]
    quoted: list[tuple[int, int]]


def _ends_sentence(line: str) -> bool:
    """Whether a line ends with a terminal, then perhaps closing marks and whitespace (read from the end: a regex
    search would try every full stop of a long paragraph)."""
    return line.rstrip().rstrip(_CLOSERS)[-1:] in _TERMINALS_SET


def is_caption(line: str) -> bool:
    """Whether a line is a photo caption or a credit rather than body text."""
    stripped = line.strip()
    if _CAPTION_START.match(stripped) or (":" in stripped and _CAPTION_INSIDE.search(stripped)):
        return True
    if len(stripped) <= 120 and "/" in stripped and _SLASH_AGENCY.search(stripped):
        return True  # a credit line of its own: "Alexander Ermochenko / Reuters / Scanpix / LETA"
    tail = stripped[-160:]  # a credit is short: only the line's tail is searched, and only when it names a credit
    return _CREDIT_HINT.search(tail) is not None and bool(_CREDIT_END.search(tail))


def _is_title_case(line: str) -> bool:
    """Most words of four letters or more start with a capital (a headline written in Title Case)."""
    long_words = [w for w in line.split() if len(w) >= 4 and w[0].isalpha()]
    return len(long_words) >= 2 and sum(w[0].isupper() for w in long_words) >= 0.75 * len(long_words)


def _line_kind(line: str, following: str | None, first: bool) -> str:
    """``skip`` (heading, caption, credit), ``body`` (ends a sentence) or ``wrap`` (a wrapped line that goes on)."""
    if is_caption(line):
        return "skip"
    words = len(line.split(None, _LONGEST_HEADING))  # the count up to 17: no list of a long paragraph's words
    if _ends_sentence(line):
        short_title = words <= 12 and _is_title_case(line)
        return "skip" if short_title or (first and words <= 15 and _is_title_case(line)) else "body"
    if following is None and not first and words >= _LONGEST_HEADING and not _is_title_case(line):
        return "body"  # a paragraph whose full stop the page lost: headings are shorter
    if following is None or _is_title_case(line):
        return "skip"
    if following.lstrip()[:1].islower():
        return "wrap"
    # A heading over a paragraph with no blank line between: only the first line of the document, or a short one.
    continues = not first and len(line.strip()) >= 50 and _LOWER_END.search(line)
    return "wrap" if continues else "skip"


def _runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each stretch of body lines; headings, captions and unfinished stretches left out."""
    lines = text.split("\n")
    blank = [not line or line.isspace() for line in lines] + [True]  # each line tested once; none after the last
    runs: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    seen_text = False
    end = -1
    for i, line in enumerate(lines):
        start = end + 1
        end = start + len(line)
        if blank[i]:
            current = None  # a blank line ends a run; an unfinished run was never kept
            continue
        following = None if blank[i + 1] else lines[i + 1]
        kind = _line_kind(line, following, not seen_text)
        seen_text = True
        if kind == "skip":
            current = None
            continue
        current = (current[0] if current else start, end)
        if kind == "body":
            if runs and runs[-1][0] == current[0]:
                runs[-1] = current
            else:
                runs.append(current)
    return runs


def _is_abbreviation(text: str, at: int) -> bool:
    """Whether the point at ``at`` ends an abbreviation, an initial or an acronym rather than a sentence."""
    m = _WORD_BEFORE.search(text, max(0, at - 20), at)
    if m is None:
        return False
    word = m.group(1)
    nxt = _NEXT_WORD.match(text, at + 1)
    if word.lower() == "no":
        return bool(nxt and nxt.group(2)[:1].isdigit())
    if word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
        return True
    if _ACRONYM.fullmatch(word):
        return not (nxt and nxt.group(2) in _OPENERS)
    return False


def _boundary_after(text: str, at: int, end: int) -> int | None:
    """Where the next sentence starts if one ends with the terminal at ``at``, else None."""
    i = at + 1
    while i < end and (text[i] in _TERMINALS or text[i] in _CLOSERS):
        i += 1
    j = i
    while j < end and text[j].isspace():
        j += 1
    if j == i:
        return end if i >= end else None
    if j >= end:
        return end
    nxt = text[j]
    if not (nxt.isupper() or nxt.isdigit() or nxt in "\"“‘«(["):
        return None
    if text[at] == "." and _is_abbreviation(text, at):
        return None
    return j


def _split(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> list[Sentence]:
    """The sentences of one run, appending the run's quoted stretches to ``quoted``."""
    found: list[Sentence] = []
    closing, opened_at = "", -1
    sentence_start = start
    for m in _EVENTS.finditer(text, start, end):
        at, ch = m.start(), m.group()
        if at < sentence_start:
            continue
        if closing:
            if ch == closing and not (ch == "’" and at + 1 < end and text[at + 1].isalpha()):
                quoted.append((opened_at, at + 1))
                closing = ""
                if at > start and text[at - 1] in _TERMINALS:
                    nxt = _boundary_after(text, at, end)
                    if nxt is not None and nxt < end:
                        found.append(Sentence(sentence_start, at + 1))
                        sentence_start = nxt
            continue
        if ch in _PAIRS:
            if ch in "\"‘" and at > start and text[at - 1].isalnum():
                continue  # an inch mark or an apostrophe, not an opening quote
            closing, opened_at = _PAIRS[ch], at
            continue
        if ch in _TERMINALS:
            nxt = _boundary_after(text, at, end)
            if nxt is not None and nxt < end:
                stop = nxt
                while text[stop - 1].isspace():
                    stop -= 1
                found.append(Sentence(sentence_start, stop))
                sentence_start = nxt
    if closing:
        quoted.append((opened_at, end))  # a quote running on into the next paragraph, as news prints them
    if sentence_start < end:
        found.append(Sentence(sentence_start, end))
    return found


def body_sentences(text: str) -> Body:
    """The article's body sentences in text order, with the quoted stretches found along the way."""
    sentences: list[Sentence] = []
    quoted: list[tuple[int, int]] = []
    for start, end in _runs(text):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        dateline = _DATELINE.match(text, start, end)
        if dateline:
            start = dateline.end()
        if start < end:
            sentences.extend(_split(text, start, end, quoted))
    return Body(sentences, quoted)
