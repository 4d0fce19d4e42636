"""Where a claim clause ends: clause boundaries inside a sentence and the punctuation trimmed off its edges."""

from __future__ import annotations

import re

from newsmark.core.suggest.reportverbs import ALTERNATION

_PARTICIPLES = "adding|saying|noting|stressing|explaining|warning|insisting|arguing|claiming|highlighting|citing|urging|blaming"
_SPOKE = ("said|says|added|told|noted|stressed|insisted|argued|warned|explained|claimed|denied|admitted|acknowledged|"
          "conceded|stated|announced|confirmed|revealed|reiterated|called")
_CUT_PUNCT = re.compile(  # each branch opens on ";" or ",", so the scan skips everything else fast
    r";|,[ \t\n]+(?:while|whereas|but|although|though|even as|according to)\b"
    rf"|,[ \t\n]+(?:{_PARTICIPLES})\b"
    r"|,[ \t\n]+(?:he|she|they|it|we|I)[ \t\n]+(?:said|says|added|told|wrote)\b")
# "and said …", "and called for …": a second verb of the source's, not part of what it reported
_CUT_AND = re.compile(
    rf",?[ \t\n]+(?:and|but)[ \t\n]+(?:according[ \t\n]+to|(?:also[ \t\n]+)?(?:{ALTERNATION})[ \t\n]+that"
    rf"|(?:also[ \t\n]+)?(?:{_SPOKE})|(?:he|she|they|it|we|I)[ \t\n]+(?:also[ \t\n]+)?(?:{ALTERNATION}))\b")
_CUT_DASH = re.compile(r"[ \t\n]+[—–][ \t\n]")
_LINKING = re.compile(r"(?:But|And|Yet|So),?[ \t\n]+(?=[\w“\"‘])")
TRAILING = ".!?…,;: \t\n"
_STOP_IN_QUOTE = re.compile(r"[.!?…,]+[”\"’»]+[.,]?$")


_AND_THAT = re.compile(r",?[ \t\n]+(?:and|but|or)[ \t\n]+(?:even[ \t\n]+|also[ \t\n]+)?that[ \t\n]+")
_NOT_A_CLAUSE = frozenset(
    "is was were are be been being am would will could can should might may must had has have did does do isn't "
    "wasn't weren't aren't won't wouldn't couldn't day week month year morning afternoon evening night time weekend "
    "moment summer winter spring autumn era period point much many one kind sort way".split())
_FIRST_WORD = re.compile(r"[ \t\n]*,?[ \t\n]*([“\"‘«]?)([\w'’]+)")


_DASHED_THAT = re.compile(r"[ \t\n]*[—–][ \t\n]*(?:and|or|but)[ \t\n]+(?:even[ \t\n]+|also[ \t\n]+)?that[ \t\n]+")


def dashed_that(text: str, end: int, stop: int) -> int | None:
    """Where a second reported clause starts after a dash (``said A — or even that B —``), else None."""
    m = _DASHED_THAT.match(text, end, stop)
    return m.end() if m and opens_clause(text, m.end()) else None


def opens_clause(text: str, start: int) -> bool:
    """Whether the words after ``that`` at ``start`` open a clause (not ``that day``, ``that was``, ``that's``)."""
    if text[start:start + 1] in "'’":
        return False
    m = _FIRST_WORD.match(text, start)
    return bool(m) and (bool(m.group(1)) or m.group(2).lower() not in _NOT_A_CLAUSE)  # 'that "time heals …"'


def and_that_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A reported clause split at each coordinated ``and that``/``or even that``: two clauses, two claims."""
    pieces, at = [], start
    if "that" not in text[start:end]:
        return [(start, end)]
    for part in _AND_THAT.finditer(text, start, end):
        if opens_clause(text, part.end()):
            pieces.append(trimmed(text, at, part.start()))
            at = part.end()
    pieces.append((at, end))
    return pieces


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without the spaces and closing punctuation at its end.

    A clause that ends in a quotation whose stop sits inside the marks (``…“not in the past.”``)
    ends before that stop: the quote keeps its stop and its closing mark.
    """
    while start < end and text[start] in " \t\n,":
        start += 1
    m = _STOP_IN_QUOTE.search(text, max(start, end - 8), end)
    if m and any(mark in text[start:m.start()] for mark in "“\"«‘"):
        end = m.start()
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    return start, end


def sentence_clause(text: str, start: int, end: int) -> tuple[int, int]:
    """``clause`` for a claim that opens its sentence, without a linking ``But``/``And``/``Yet``/``So`` in front."""
    lead = _LINKING.match(text, start, end)
    return clause(text, lead.end() if lead else start, end)


def clause(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` cut at the first clause boundary and trimmed of spaces and closing punctuation."""
    while start < end and text[start] in " \t\n,":
        start += 1  # "fear that, even as …": the comma after "that" opens no boundary
    region = text[start:end]
    cuts = [_CUT_PUNCT.search(text, start, end)]
    if "and " in region or "but " in region:
        cuts.append(_CUT_AND.search(text, start, end))
    if "—" in region or "–" in region:
        cuts.append(_CUT_DASH.search(text, start, end))
    return trimmed(text, start, min([end] + [c.start() for c in cuts if c]))
