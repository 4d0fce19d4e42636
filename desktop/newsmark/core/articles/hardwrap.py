"""Hard-wrapped text read as paragraphs: a paragraph's printed lines joined when the text itself shows it was wrapped."""

from __future__ import annotations

import re

from newsmark.core.articles.pdfhyphens import Vocabulary, join_lines

# Hard wrapping is at a fixed width of about 60–80 characters (72 in mail and newsgroups, 80 on a terminal);
# narrower "widths" are verse or lists, wider ones ordinary one-paragraph-per-line text.
_MIN_WIDTH, _MAX_WIDTH = 45, 100
# The width is what most lines stay within; the longest few (a URL, a signature) do not set it.
_WIDTH_SHARE = 0.9
# In a wrapped text nearly every line fits the width; in a text of long paragraphs most do not.
_FITTING_SHARE = 0.8
# Of the lines followed by another line, most are full (the next word would not have fitted) when wrapped.
_FULL_SHARE = 0.6
_MIN_FULL_LINES = 3
# A line broken by the wrapping is long; a full-looking short line is a heading before a long word.
_MIN_FULL_LENGTH = 0.6
# Verse and lyrics start every line with a capital; wrapped prose mostly continues a sentence in lower case.
_MIN_LOWER_STARTS = 0.3
# A line longer than the width by more than this was not wrapped there (a URL, a table row): it stands alone.
_OVERHANG = 5

# Lines that are never joined to a neighbour: list items, quoted mail, table rows, rules, code.
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•◦▪‣●○■□·–—]\s|\d{1,3}[.)]\s|\(?[a-zA-Z0-9]{1,2}\)\s|\[\d{1,3}\]\s)")
_QUOTED = re.compile(r"^\s*[>|]")
_TABLE = re.compile(r"\S {3,}\S|\t|\|.*\|")
_RULE = re.compile(r"^\s*([-=_*~#+.])(?:\s*\1){3,}\s*$")
# Code: braces, or a statement ending in ";" after a call or assignment (prose ends a clause in ";" too, without them).
_CODE = re.compile(r"[{}]\s*$|[(=].*;\s*$|^\s*(?:#include|#!|//|/\*)")
# Characters other than \n that end a line for str.splitlines(): a form feed is a page break, never a join.
_OTHER_BREAKS = re.compile("[\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_FIRST_WORD = re.compile(r"\S+")


def unwrap(text: str, paragraph_ends: frozenset[str] = frozenset()) -> tuple[str, int | None]:
    """``text`` with each hard-wrapped paragraph on one line, and the width it was wrapped at.

    ``text`` itself and None when its lines show no hard wrapping. A line that, stripped, is one of
    ``paragraph_ends`` ends its paragraph (what a page's markup said where the extracted text cannot).

    Lines are joined with a space; a hyphen at a line end is kept (wrapping software never splits a
    word) unless the document writes the word unhyphenated more often, as the PDF reader decides.
    Blank lines, indented first lines and short last lines end a paragraph; list items, quoted mail,
    tables, rules, code and verse are never joined.
    """
    lines = text.split("\n")
    fixed = _fixed_lines(lines)
    width = wrap_width(lines, fixed)
    if width is None:
        return text, None
    vocabulary = Vocabulary(lines)
    out = [lines[0]]
    for i in range(1, len(lines)):
        if lines[i - 1].strip() not in paragraph_ends and _continues(lines, i, width, fixed):
            out[-1] = join_lines(out[-1].rstrip(), lines[i].strip(), vocabulary, guess=False)
        else:
            out.append(lines[i])
    return "\n".join(out), width


def wrap_width(lines: list[str], fixed: set[int]) -> int | None:
    """The width ``lines`` were hard-wrapped at, or None when they do not show it; ``fixed`` lines do not count."""
    lengths = sorted(len(line.rstrip()) for i, line in enumerate(lines) if line.strip() and i not in fixed)
    if len(lengths) < _MIN_FULL_LINES + 1:
        return None
    width = lengths[int(_WIDTH_SHARE * (len(lengths) - 1))]
    if not _MIN_WIDTH <= width <= _MAX_WIDTH:
        return None
    if sum(length <= width + _OVERHANG for length in lengths) < _FITTING_SHARE * len(lengths):
        return None
    pairs = [i for i in range(1, len(lines)) if _joinable(lines, i, fixed)]
    full = [i for i in pairs if _is_full(lines[i - 1], lines[i], width)]
    if len(full) < _MIN_FULL_LINES or len(full) < _FULL_SHARE * len(pairs):
        return None
    lower = sum(not lines[i].lstrip()[:1].isupper() for i in full)
    return width if lower >= _MIN_LOWER_STARTS * len(full) else None


def _continues(lines: list[str], i: int, width: int, fixed: set[int]) -> bool:
    """Whether line ``i`` continues the paragraph of the line before it."""
    if not _joinable(lines, i, fixed):
        return False
    before, line = lines[i - 1], lines[i]
    if len(before.rstrip()) > width + _OVERHANG or len(line.rstrip()) > width + _OVERHANG:
        return False
    if _indent(line) > _indent(before):
        return False  # an indented first line starts a paragraph
    return _is_full(before, line, width)


def _joinable(lines: list[str], i: int, fixed: set[int]) -> bool:
    """Whether lines ``i - 1`` and ``i`` are both text a paragraph could hold."""
    return bool(lines[i - 1].strip() and lines[i].strip()) and i - 1 not in fixed and i not in fixed


def _is_full(before: str, line: str, width: int) -> bool:
    """Whether ``before`` was broken by the wrapping: long, and the next line's first word would not have fitted."""
    length = len(before.rstrip())
    first = _FIRST_WORD.search(line)
    return length >= _MIN_FULL_LENGTH * width and first is not None and length + 1 + len(first.group()) > width


def _fixed_lines(lines: list[str]) -> set[int]:
    """The lines that keep their line breaks: list items (with the indented lines under them), quotes, tables, code."""
    fixed: set[int] = set()
    item_indent = None  # a list item's wrapped lines hang under it, indented
    for i, line in enumerate(lines):
        if not line.strip():
            item_indent = None
            continue
        if _LIST_ITEM.match(line):
            item_indent = _indent(line)
            fixed.add(i)
        elif item_indent is not None and _indent(line) > item_indent:
            fixed.add(i)
        elif _QUOTED.match(line) or _TABLE.search(line) or _RULE.match(line) or _CODE.search(line):
            item_indent = None
            fixed.add(i)
        else:
            item_indent = None
        if _OTHER_BREAKS.search(line):
            fixed.add(i)
    return fixed


def _indent(line: str) -> int:
    """How many white-space characters the line starts with."""
    return len(line) - len(line.lstrip())
