"""Where quotations open and close in a text: the quote suggester's marks, before anyone asks whose words they are.

Marks: straight ``"…"``, curly ``“…”`` and ``‘…’``, guillemets ``«…»`` (and ``»…«``); pasted text's mixed styles (a
curly mark closed by a straight one); a quote run over paragraphs, reopened or not; a list's or a block quotation's
paragraphs. ``is_speech`` tells speech from a scare quote or a title.
"""

from __future__ import annotations

import itertools
import re

from newsmark.core.suggest.blockquotes import block_run
from newsmark.core.suggest.bulletquotes import bullet_run
from newsmark.core.suggest.quoteends import single_close
from newsmark.core.suggest.straightquotes import straight_close

_PAIRS = {"“": "”", "«": "»", "»": "«", "„": "“", "‘": "’", '"': '"', "”": "”", "'": "'"}
_OPENERS = re.compile(r"[“«»„‘\"]")
# Also "said, ”It…”": a closing mark typed for the opening one (tested in quote_spans: a pattern opening with a look-behind
# would make the engine try every position of the text instead of jumping to the marks).
_MARKS = re.compile(r"[“«»„‘\"”']")
_REOPENS = re.compile(r"\s*[“«»„‘\"]")  # a paragraph that opens with a quotation mark
_TITLE_CUE = re.compile(r"(?:\b(?:film|movie|book|novel|programme|program|show|series|song|album|titled|entitled|called|"
                        r"dubbed|named|so-called|headline|hashtag|slogan|report)|\b(?:titled|entitled)\s*[:,]|\(see)\s*$",
                        re.IGNORECASE)
_NOUN_CUE = re.compile(r"(?i:film|movie|book|novel|programme|program|show|series|song|album|report)\s*$")
_REOPENED = re.compile(r"[.!?…](?=\s+[“«])")
_HANDOVER = re.compile(r"[^\n.\"“”]{0,80}?\b(?:said|says|told|tells|added|wrote|stated|explained|warned|noted)\b")
_OTHER_STYLE = {"”": re.compile(r"’’|[\"“]"), '"': re.compile(r"[“”]")}  # marks of the other style a quote may close with
_LONGEST = 20_000  # characters one quotation runs within a paragraph, at most (a long speech's paragraph is ~3,000)
_DEEPEST = 3  # quotations of the other style opened inside a quotation and still open, at most
_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "is"}


def _next_close(text: str, i: int, close: str, end: int) -> tuple[int, int]:
    """(index, width) of the next mark closing a double quote in ``[i, end)``; index -1 when there is none.

    Pasted and converted text mixes typography: a curly opening mark may close with a straight one (``“…,"
    she said``) or with two single marks (``“…’’``), and a straight one with a curly one (``"…” she
    said``). The other style closes only where it stands after a word (not ``"no`` opening a quote inside) and
    is not itself closing a quote of its own style opened inside (``“Say "no" to it,” she said``).
    """
    j = text.find(close, i, end)
    if close not in "”\"":
        return j, 1
    other = '"' if close == "”" else "”"
    inner = 0  # quotes of the other style opened inside and not yet closed
    for m in _OTHER_STYLE[close].finditer(text, i, j if j != -1 else end):
        mark, at = m.group(), m.start()
        # An opening mark typed where a closing one belongs: after the quote's last stop, before a space ("…,“ said").
        misplaced = mark == "“" and text[at - 1:at] in ",.!?" and text[at + 1:at + 2] in (" ", "\n", "")
        opening = not misplaced and (mark in "“" or (mark == '"' and (at == 0 or not text[at - 1].strip() or text[at - 1] in "([—–-")))
        if opening:
            inner += 1
            if inner > _DEEPEST:
                break  # marks that open and never close (a page full of stray marks): none of them closes this quote
        elif inner:
            inner -= 1
        elif misplaced or mark == "’’" or (mark == other and not text[at - 1].isdigit()):  # 12" is an inch mark
            return at, len(mark)
    return j, 1


def _find_close(text: str, open_at: int, close: str) -> tuple[int, int] | None:
    """Where the quote opened at ``open_at`` ends: (content end, index after the closing mark), or None."""
    i = open_at + 1
    while True:
        # Only this paragraph, and no further than a quotation runs in one: each unclosed mark read on to the
        # text's end (minutes on a long text full of unclosed marks).
        horizon = min(len(text), i + _LONGEST)
        brk = text.find("\n\n", i, horizon + 1)
        j, width = _next_close(text, i, close, brk if brk != -1 else horizon)
        if brk != -1 and j == -1:  # (a closing mark found stands before the break)
            if (_REOPENS.match(text, brk) or _continued(text, brk, close) or bullet_run(text, open_at, brk, close)
                    or block_run(text, open_at, brk, close)):
                # the quote runs on into the next paragraph
                return brk, brk
        if j == -1:
            k = single_close(text, i, brk if brk != -1 else horizon) if close == "”" else -1
            return (k, k + 1) if k != -1 else None
        reopen = _REOPENED.search(text, open_at + 1, j) if text[open_at] in "“«" else None
        if reopen:  # the closing mark was left out: a sentence ends and the same mark opens the next quote
            return reopen.start() + 1, reopen.start() + 1
        if close == '"' and width == 1 and text[j] == '"' and (stop := _straight_reopen(text, open_at, j)) != -1:
            return stop, stop  # "…26 weeks. "We are going …": a paragraph's quote run on into the next, joined in one line
        if close == "’" and (j + 1 < len(text) and text[j + 1].isalpha()):
            i = j + 1  # an apostrophe (Ukraine’s), not a closing mark
            continue
        return j, j + width


def runs_on(text: str, after: int, next_at: int) -> bool:
    """Whether the quote ending at ``after`` has no closing mark and runs on into the quote opening at ``next_at``:
    only blank space between, a paragraph break or (paragraphs run into one line) the next mark."""
    return text[after - 1] not in "”»’\"“«" and not text[after:next_at].strip()


_OPENS_WORDS = re.compile(r"[\w‘'(]")


def _straight_reopen(text: str, open_at: int, j: int) -> int:
    """Where a straight-marked quote ends when the mark at ``j`` opens the next one instead of closing it, or -1.

    Paragraphs run into one line keep the convention that a quote running on reopens its mark and leaves the
    paragraph's end unclosed: ``"… 26 weeks. "We are going …"``. The mark at ``j`` stands after a space and before a
    word, and the quote's words before it (two or more) end a sentence.
    """
    if not (text[j - 1:j].isspace() and _OPENS_WORDS.match(text, j + 1)):
        return -1
    stop = j - 1
    while stop > open_at and text[stop].isspace():
        stop -= 1
    if text[stop] not in ".!?…" or " " not in text[open_at + 1:stop] or text[open_at - 1:open_at].isalnum():
        return -1
    return stop + 1


def is_speech(content: str, before: str) -> bool:
    """True unless the quoted text is a scare quote (one or two words) or a title."""
    words = content.split()
    before = before.rsplit("\n\n", 1)[-1]  # a paragraph's opening quote has no cue: "Digital film\n\n"Access …"
    cue = _TITLE_CUE.search(before)
    if len(words) <= 2 or (cue and not (len(words) >= 5 and content[:1].islower() and _NOUN_CUE.search(cue.group()))):
        return False  # a title after "the film"; not words of five or more in lower case ("said the film "has received …"")
    core = content.rstrip()
    if core[-1:] in "?!…,":
        return True
    big = [w for w in words if w.lower() not in _SMALL_WORDS]
    # Title Case (a number counts as a capital: "10 Best Films") is a title or a name; inside a sentence also with
    # the stop American style sets inside the marks ("a role in "Inside the Loop.""), but a sentence of its own
    # made of names is speech ("“That's Ana Ruiz and Tom Lee.”"), as is sentence case.
    titled = len(words) <= 8 and all(w[:1].isupper() or w[:1].isdigit() for w in big)
    if not titled:
        return True
    if not core.endswith("."):
        return False
    own_sentence = not before.strip() or before.rstrip()[-1] in ".!?:;”\"’)"
    return own_sentence or "," in core  # "Less Talk, More Action." on a placard: said


def quote_spans(text: str) -> list[tuple[int, int, int, int]]:
    """(open mark, content start, content end, after close) of every quoted stretch, outermost first, no overlaps."""
    found, taken_to = [], 0
    for m in _MARKS.finditer(text):
        at = m.start()
        if at < taken_to:
            continue
        mark = m.group()
        if mark == "”" and not (at >= 2 and text[at - 2] in ",:" and text[at - 1] in " \t"
                                and "A" <= text[at + 1:at + 2] <= "Z"):
            continue  # a closing mark, unless typed for the opening one after "said, "
        if mark in "‘\"'" and at and (text[at - 1].isalnum()):
            continue  # an apostrophe or inch mark, not an opening quote
        if mark == '"' and text[at + 1:at + 2] == '"' and text[at + 2:at + 3].isalnum():
            continue  # the opening mark typed twice (""Our plan…"): the second one opens
        closed = straight_close(text, at) if mark == "'" else _find_close(text, at, _PAIRS[mark])
        if closed is None:
            continue
        end, after = closed
        found.append((at, at + 1, end, after))
        taken_to = after
        rest = _continued(text, end, _PAIRS[mark]) if end == after and not _REOPENS.match(text, end) else None
        if rest:  # the writer did not reopen the mark: the next paragraph's words up to its closing mark
            found.append((rest[0], rest[0], rest[1], rest[1] + 1))
            taken_to = rest[1] + 1
        elif end == after and (items := bullet_run(text, at, end, _PAIRS[mark])):
            for item in itertools.takewhile(bool, items):  # a list's items without a mark, up to one reopening it
                found.append((item[0], item[0], item[1], item[2]))
                taken_to = item[2]
        elif end == after and (paragraphs := block_run(text, at, end, _PAIRS[mark])):
            found.extend((p[0], p[0], p[1], p[2]) for p in paragraphs)  # a block quotation's later paragraphs
            taken_to = paragraphs[-1][2]
    return found


def _continued(text: str, brk: int, close: str) -> tuple[int, int] | None:
    """(start, closing mark) of a paragraph after ``brk`` that ends an unclosed quote without reopening it.

    The paragraph holds no opening mark before a closing one that ends a sentence or clause and hands over
    to a reporting verb (``…children," regional head Ana Ruiz said``).
    """
    start = brk + len(text[brk:brk + 8]) - len(text[brk:brk + 8].lstrip())
    stop = text.find("\n\n", start)
    k = text.find(close, start, stop if stop != -1 else len(text))
    if k <= start or text[k - 1] not in ",.?!" or _OPENERS.search(text, start, k):
        return None
    return (start, k) if _HANDOVER.match(text, k + 1) else None
