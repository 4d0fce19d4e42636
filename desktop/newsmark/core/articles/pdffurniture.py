"""Page furniture of a PDF: running heads, running feet and page numbers, which are not the article's text."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from difflib import SequenceMatcher

from newsmark.core.articles.pdflines import PrintedLine

# Furniture sits in the first or last few printed rows of a page (a head, a date under it, a page number).
_DEPTH = 3
_ROMAN = r"(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"  # lower case only: front-matter folios ("iii", "xiv")
_PAGE_NUMBER = re.compile(
    rf"^[-–—]?\s*(?P<word>(?i:page|p\.)\s*)?(?P<n>\d{{1,4}}|{_ROMAN})"
    r"(?:\s*(?i:of|/)\s*(?P<total>\d{1,4}))?\s*[-–—]?$"
)
_DIGITS = re.compile(r"\d+")
# An OCR'd running head misreads a letter or two on some pages ("VICKSBUEG"); so much alike is the same head.
_ALIKE = 0.9
_ALIKE_MIN_CHARS = 12


def drop_furniture(pages: Sequence[Sequence[PrintedLine]]) -> list[list[PrintedLine]]:
    """Each page's lines without the furniture at its top and bottom; body text anywhere else stays."""
    found = furniture(pages)
    return [[line for i, line in enumerate(page) if i not in drop] for page, drop in zip(pages, found)]


def furniture(pages: Sequence[Sequence[PrintedLine]]) -> list[set[int]]:
    """For each page, the indices of its furniture lines.

    A line is furniture when it stands in a page's top or bottom rows, every row between it and
    the page's edge is furniture too, and it is either a running head or foot (its text, digits
    aside, stands at the top or bottom of at least half the pages, two at least) or a page number.
    A one-page PDF has no running heads, and only a page number that says so ("Page 1 of 1") goes.
    """
    edges = [_edge_rows(page) for page in pages]
    counted = sum(1 for page in pages if page)
    keys: Counter = Counter()
    for page, (top, bottom) in zip(pages, edges):
        keys.update({_key(page[i]) for row in [*top, *bottom] for i in row})
    repeated = {key for key, n in keys.items() if key[0] and n >= 2 and 2 * n >= counted}
    heads = _RunningHeads(repeated)
    found: list[set[int]] = []
    for page, (top, bottom) in zip(pages, edges):
        drop: set[int] = set()
        for rows in (top, bottom):
            for row in rows:
                hits = [i for i in row if heads.holds(page[i]) or _is_page_number(page[i].text, counted)]
                drop.update(hits)
                if len(hits) < len(row):
                    break
        found.append(drop)
    return found


class _RunningHeads:
    """The texts that repeat at page edges, and whether a line is one of them (or an OCR misreading of one)."""

    def __init__(self, repeated: set[tuple[str, int]]):
        self.repeated = repeated

    def holds(self, line: PrintedLine) -> bool:
        """Whether the line is a repeated edge text, or one so much alike in about the same type size."""
        key = _key(line)
        if key in self.repeated:
            return True
        text, size = key
        return len(text) >= _ALIKE_MIN_CHARS and any(
            abs(size - other_size) <= 1 and SequenceMatcher(None, text, other).ratio() >= _ALIKE
            for other, other_size in self.repeated
        )


def _edge_rows(page: Sequence[PrintedLine]) -> tuple[list[list[int]], list[list[int]]]:
    """The page's first rows from the top and from the bottom, each row the indices of lines set at one height."""
    order = sorted(range(len(page)), key=lambda i: -page[i].y)
    rows: list[list[int]] = []
    for i in order:
        if rows and page[rows[-1][0]].y - page[i].y <= 0.5 * max(page[i].size, 1.0):
            rows[-1].append(i)
        else:
            rows.append([i])
    return rows[:_DEPTH], rows[::-1][:_DEPTH]


def _key(line: PrintedLine) -> tuple[str, int]:
    """A line's text with its digits left out (page numbers and dates change), and its type size."""
    return " ".join(_DIGITS.sub(" ", line.text).casefold().split()), round(line.size)


def _is_page_number(text: str, pages: int) -> bool:
    """Whether a line at a page's edge is its number: "3", "- 3 -", "Page 3", "Page 3 of 7", "3 / 7", "iv"."""
    match = _PAGE_NUMBER.match(text)
    if not match or not match["n"]:
        return False
    number, total = match["n"], match["total"]
    if total and not (number.isdigit() and 0 < int(number) <= int(total)):
        return False  # "4/3" is a date or a fraction, not a page of a count
    if pages > 1:
        return True
    # A lone number on the only page may be the article's own ("1"); a page that names itself is not.
    return number == "1" and bool(match["word"] or total)
