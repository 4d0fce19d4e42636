"""The lines a page shows (text between block boundaries and <br>s), to mend the extractor's line breaks by them."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# Elements a browser starts a new line for; everything else (a, span, em, b, comments) runs on in the line.
_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html",
    "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
    "tr", "ul", "option", "select", "textarea", "iframe", "img", "video", "audio", "picture", "noscript",
})  # fmt: skip
_UNSHOWN_TAGS = frozenset({"script", "style", "template", "noscript", "head", "title", "svg", "math"})
# A line cut off mid-sentence ends in a word or a comma, not a sentence's or a label's end (full stop, colon ...).
_ENDS_OPEN = re.compile(r"[\w,;\u2013\u2014-][\"'”’»)]*$")
# ... and its end begins with a lower-case word (not a web or e-mail address: "www.", "name@") and ends a sentence.
_FIRST_WORD = re.compile(r"[\"'“‘«(]*([^\W\d_]+)(?:[\s,;”’\"']|$)")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
_MIN_WORDS = 6  # a line of prose; a list's or an address's lines are shorter
_LONGEST_RUN = 12  # extracted pieces one shown line may have been cut into (a link, a name, a figure in bold ...)
_GLUED_HEAD_WORDS = (2, 12)  # a crosshead's words: more is a paragraph the page itself ran on
# Where a heading may end glued to the next paragraph: a lower-case letter or digit then a capital, no space.
_GLUED_AT = re.compile(r"[a-z0-9](?=[A-Z])")


class ShownLine(NamedTuple):
    """One line of a page as a browser lays it out, whitespace collapsed; ``after_br``: a single <br> ends it
    and the next line runs on in the same block; ``follows_br``: it begins after such a <br>."""

    text: str
    after_br: bool
    follows_br: bool = False


def shown_lines(tree: HtmlElement) -> list[ShownLine]:
    """The page's lines in order: its text cut at block boundaries, <br>s and its source's line breaks, whitespace
    collapsed."""
    lines: list[ShownLine] = []
    pieces: list[str] = []

    def flush(after_br: bool) -> None:
        # A line break in the page's source is taken as a line's end too: a browser may show it (<pre>, CSS
        # pre-line), and the extractor keeps it; so only what the markup alone cut is ever joined.
        texts = [" ".join(part.split()) for part in "".join(pieces).split("\n")]
        pieces.clear()
        texts = [text for text in texts if text]
        follows = bool(lines) and lines[-1].after_br
        for n, text in enumerate(texts):
            lines.append(ShownLine(text, after_br and n == len(texts) - 1, follows and n == 0))
        if not texts and lines and lines[-1].after_br:  # a second <br> (a blank line) or a block's edge
            lines[-1] = lines[-1]._replace(after_br=False)

    # Walked with a stack, not recursion: a page's nesting may be deeper than Python's recursion limit.
    stack: list[tuple[HtmlElement, bool]] = [(tree, False)]
    while stack:
        element, leaving = stack.pop()
        tag = element.tag if isinstance(element.tag, str) else ""  # comments and processing instructions
        if leaving:
            if tag in _BLOCK_TAGS:
                flush(False)
            pieces.append(element.tail or "")
            continue
        if tag == "br":
            flush(True)
        elif tag in _BLOCK_TAGS or (tag and len(element) == 0 and not (element.text or "").strip()):
            # An empty inline element may be a break drawn by CSS (<span class="br"></span>): a line may end there.
            flush(False)
        stack.append((element, True))
        if tag and tag not in _UNSHOWN_TAGS:
            pieces.append(element.text or "")
            stack.extend((child, False) for child in reversed(element))
    flush(False)
    return lines


def join_cut_lines(extracted: list[str], lines: list[ShownLine]) -> list[str]:
    """The extracted lines with the pieces of one shown line joined again: an extractor may cut a line of running
    text at its inline links ("NEW DELHI:" / "Pakistan" / "'s army ...")."""
    whole = {_key(line.text): line.text for line in lines}
    mended: list[str] = []
    i = 0
    while i < len(extracted):
        joined = _joined_run(extracted, i, whole)
        text, i = joined if joined is not None else (extracted[i], i + 1)
        mended.append(text)
    return mended


def _key(text: str) -> str:
    """A line's text without any whitespace: the pieces of a cut line hold its words, not its spaces."""
    return "".join(text.split())


def _joined_run(extracted: list[str], start: int, whole: dict[str, str]) -> tuple[str, int] | None:
    """The shown line that lines ``start``..j of the extracted text were cut from, and j + 1; None if none was."""
    key = _key(extracted[start])
    for end in range(start + 1, min(len(extracted), start + _LONGEST_RUN)):
        piece = _key(extracted[end])
        if not key or not piece:  # a blank line is a paragraph's end, never a piece of a line
            return None
        key += piece
        if key in whole:
            line = whole[key]
            return (line, end + 1) if _cut_between_words(extracted[start : end + 1], line) else None
    return None


def _cut_between_words(pieces: list[str], line: str) -> bool:
    """Whether each cut falls where the line has a space or a mark ("Pakistan" | "'s"): two words run together
    at a cut ("angewiesen" | "Vor") were set apart by the page's style, not cut by the extractor."""
    position = 0
    for n, piece in enumerate(pieces):
        start = line.find(" ".join(piece.split()), position)
        if start < 0:
            return False
        if n and start == position and line[start - 1].isalnum() and line[start].isalnum():
            return False
        position = start + len(" ".join(piece.split()))
    return True


def join_broken_sentences(extracted: list[str], lines: list[ShownLine]) -> list[str]:
    """The extracted lines with a sentence a stray <br> breaks read as one line: a block of two lines a single
    <br> separates, the first ending in no full stop or colon, the second beginning with a lower-case word and
    ending the sentence ("... as weather conditions<br>deteriorate," he said.")."""
    firsts: dict[str, set[str]] = {}
    for first, second in zip(lines, lines[1:]):
        if first.after_br and not first.follows_br and not second.after_br and _breaks_a_sentence(first, second):
            firsts.setdefault(second.text, set()).add(first.text)
    joined: list[str] = []
    for line in extracted:
        before = " ".join(joined[-1].split()) if joined else ""
        if before and any(before.endswith(first) for first in firsts.get(" ".join(line.split()), ())):
            joined[-1] = f"{joined[-1].rstrip()} {line.lstrip()}"
        else:
            joined.append(line)
    return joined


def _breaks_a_sentence(first: ShownLine, second: ShownLine) -> bool:
    """Whether two lines read as one sentence broken in two: prose that stops mid-sentence, then its lower-case end."""
    return (
        len(first.text.split()) >= _MIN_WORDS
        and bool(_ENDS_OPEN.search(first.text))
        and (word := _FIRST_WORD.match(second.text)) is not None
        and word.group(1)[0].islower()
        and bool(_SENTENCE_END.search(second.text))
    )


def split_glued_heads(extracted: list[str], lines: list[ShownLine]) -> list[str]:
    """The extracted lines with a line the page shows on its own (a crosshead set in an inline element and a CSS
    break) parted again from the paragraph it was run into without a space ("... Infanticide DataThe NCRB ...")."""
    shown = {line.text for line in lines if _GLUED_HEAD_WORDS[0] <= len(line.text.split()) <= _GLUED_HEAD_WORDS[1]}
    parted: list[str] = []
    for text in extracted:
        flat = " ".join(text.split())
        end = next((m.end() for m in _GLUED_AT.finditer(flat) if flat[: m.end()] in shown), None)
        parted.extend([flat[:end], flat[end:]] if end is not None else [text])
    return parted

