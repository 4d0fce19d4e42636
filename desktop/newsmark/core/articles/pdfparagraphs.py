"""Paragraphs rebuilt from a PDF's printed lines, from their layout: gaps, indents, short last lines, type."""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict

from newsmark.core.articles.pdfhyphens import Vocabulary, join_lines
from newsmark.core.articles.pdflines import PrintedLine

# A paragraph gap is clearly more than the usual distance between lines of that type.
_GAP_FACTOR = 1.3
# A line ending well before its column's longest is the last of its paragraph (when it ends a sentence).
_SHORT_SHARE = 0.75
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*$")
# Glyphs that mark a list item wherever they stand; dashes and numbers only after a finished sentence.
_BULLET = re.compile(r"^[•◦▪▫‣●○■□·*]\s")
_LIST_AFTER_SENTENCE = re.compile(r"^(?:[-–—]\s|\d{1,2}[.)]\s|\(?[a-zA-Z0-9]{1,2}\)\s)")
_PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*[-–—])?$", re.IGNORECASE)


def rebuild_paragraphs(lines: list[PrintedLine]) -> list[str]:
    """The paragraphs the lines were set in, each one line of text; hyphenated line ends joined."""
    if not lines:
        return []
    layout = _Layout(lines)
    vocabulary = Vocabulary(line.text for line in lines)
    paragraphs: list[str] = []
    first, text = 0, lines[0].text
    for i in range(1, len(lines)):
        if layout.breaks(i, first):
            paragraphs.append(text)
            first, text = i, lines[i].text
        else:
            text = join_lines(text, lines[i].text, vocabulary)
    paragraphs.append(text)
    return paragraphs


def _style(line: PrintedLine) -> tuple[float, bool]:
    """Type size (to half a point) and weight: a change of either is a heading's edge."""
    return round(line.size * 2) / 2, line.bold


class _Layout:
    """What the page's geometry says about each line: its column run, the run's left edge and line lengths."""

    def __init__(self, lines: list[PrintedLine]):
        self.lines = lines
        # A run is a stretch of lines going down one column of one page; a rise means the next column or page.
        self.run = [0]
        for a, b in zip(lines, lines[1:]):
            same = a.page == b.page and b.y < a.y - 0.1 * max(a.size, 1.0)
            self.run.append(self.run[-1] + (0 if same else 1))
        members: dict[int, list[PrintedLine]] = defaultdict(list)
        for line, run in zip(lines, self.run):
            members[run].append(line)
        self.left = {run: _body_left(group) for run, group in members.items()}
        self.longest = {run: max(len(line.text) for line in group) for run, group in members.items()}
        self.size = {run: len(group) for run, group in members.items()}
        steps: dict[tuple[float, bool], list[float]] = defaultdict(list)
        for i in range(1, len(lines)):
            a, b = lines[i - 1], lines[i]
            if self.run[i] == self.run[i - 1] and _style(a) == _style(b):
                steps[_style(a)].append(a.y - b.y)
        self.pitch = {style: _pitch(style[0], ys) for style, ys in steps.items()}

    def breaks(self, i: int, first: int) -> bool:
        """Whether line ``i`` starts a new paragraph; ``first`` is where the current one started."""
        a, b = self.lines[i - 1], self.lines[i]
        if _style(a) != _style(b) or _PAGE_NUMBER.match(a.text) or _PAGE_NUMBER.match(b.text):
            return True
        ended = bool(_SENTENCE_END.search(a.text))
        if _BULLET.match(b.text) or (ended and _LIST_AFTER_SENTENCE.match(b.text)):
            return True
        same_run = self.run[i] == self.run[i - 1]
        if same_run and a.y - b.y > _GAP_FACTOR * self.pitch.get(_style(a), 1.2 * a.size) + 0.5:
            return True
        if _is_list_item(self.lines[first].text):
            # A list item's wrapped lines may hang under its text, so edges say little; a finished sentence ends it.
            return ended
        if self._off_left(i) and not self._off_left(i - 1):
            return True  # an indented (or outdented) first line
        run_a = self.run[i - 1]
        return ended and self.size[run_a] >= 3 and len(a.text) < _SHORT_SHARE * self.longest[run_a]

    def _off_left(self, i: int) -> bool:
        line = self.lines[i]
        return abs(line.x - self.left[self.run[i]]) > 0.4 * max(line.size, 1.0)


def _pitch(size: float, steps: list[float]) -> float:
    """The usual line distance of a type: the lower half of its steps, so that paragraph gaps do not count.

    Two steps or fewer may both be gaps; then usual leading (1.2 times the size) bounds it.
    """
    if len(steps) < 3:
        return min([*steps, 1.2 * size])
    return statistics.median(sorted(steps)[: (len(steps) + 1) // 2])


def _is_list_item(text: str) -> bool:
    return bool(_BULLET.match(text) or _LIST_AFTER_SENTENCE.match(text))


def _body_left(group: list[PrintedLine]) -> float:
    """Where most of a run's lines start (the leftmost of equally common edges)."""
    counts = Counter(round(line.x) for line in group)
    best = max(counts.values())
    return float(min(x for x, n in counts.items() if n == best))
