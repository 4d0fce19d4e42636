"""Suggestions drawn over the article: dashed outlines in the tag's color, for the lines on screen only.

The article view calls ``paint_lines`` for each visible block while it paints its highlights,
so a suggestion costs nothing off screen; they come from a sorted index (``SpanIndex``), never
from extra selections or character formats. The current suggestion is outlined solid and tinted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen

from newsmark.core.model import Span
from newsmark.core.spanindex import SpanIndex
from newsmark.ui.highlightgeometry import range_rects

if TYPE_CHECKING:
    from newsmark.ui.articleview import ArticleView

DASHED_WIDTH = 1.5
CURRENT_WIDTH = 2.5
CURRENT_ALPHA = 60
NESTED_INSET = 3  # pixels per level a suggestion lies inside others, so a nested quote's outline shows inside its quote


class SuggestionPainter:
    """Holds the shown document's open suggestions (as spans whose id is the suggestion's) and paints them."""

    def __init__(self, view: ArticleView):
        self._view = view
        self.index = SpanIndex()
        self.current: Span | None = None  # drawn with its edges as the analyst adjusted them
        self.colors: dict[int, QColor] = {}
        view.suggestion_painter = self

    def __bool__(self) -> bool:
        return len(self.index) > 0 or self.current is not None

    def show(self, suggestions: list[Span], current: Span | None) -> None:
        """Paint these suggestions, ``current`` emphasised (an empty list: none)."""
        self.index.reset(suggestions)
        self.current = current
        self._view.viewport().update()

    def set_colors(self, tags) -> None:
        """The tags' colors, by id."""
        self.colors = {t.id: QColor(t.color) for t in tags}
        self._view.viewport().update()

    def paint_lines(self, painter: QPainter, lines, starts, bidi: bool, origin, first: int, last: int, base: int) -> None:
        """Outline the suggestions on ``lines`` of one block (code points ``[first, last]``, the block at ``base``)."""
        to_utf16 = self._view.offsets.to_utf16
        current = self.current
        painter.setBrush(Qt.NoBrush)
        shown = list(self.index.overlapping(first, max(last, first + 1)))
        depths = _depths(shown)
        for s in shown:
            if current is not None and s.id == current.id:
                continue
            pen = QPen(self.colors.get(s.tag_id, QColor(128, 128, 128)), DASHED_WIDTH, Qt.DashLine)
            painter.setPen(pen)
            a, b = to_utf16(max(s.start, first)) - base, to_utf16(min(s.end, last)) - base
            inset = 1 + NESTED_INSET * depths[s.id]
            for rect in range_rects(lines, starts, bidi, origin, a, b):
                painter.drawRect(rect.adjusted(1, inset, -1, -inset))
        if current is not None and current.start <= last and current.end >= first:
            color = self.colors.get(current.tag_id, QColor(128, 128, 128))
            tint = QColor(color)
            tint.setAlpha(CURRENT_ALPHA)
            painter.setPen(QPen(color, CURRENT_WIDTH, Qt.SolidLine))
            painter.setBrush(tint)
            a, b = to_utf16(max(current.start, first)) - base, to_utf16(min(current.end, last)) - base
            inset = 1 + NESTED_INSET * _depth(current, shown)
            for rect in range_rects(lines, starts, bidi, origin, a, b):
                painter.drawRect(rect.adjusted(1, inset, -1, -inset))
            painter.setBrush(Qt.NoBrush)


def _depth(s: Span, shown: list[Span]) -> int:
    """How many of the suggestions ``shown`` hold ``s`` inside them (other edges than its own): for the current one."""
    return sum(1 for o in shown if o.id != s.id and o.start <= s.start and s.end <= o.end and (o.start, o.end) != (s.start, s.end))


def _depths(shown: list[Span]) -> dict[int, int]:
    """Each suggestion's nesting level among ``shown`` (as ``_depth`` counts it), by one sweep in text order.

    Only the ranges still open where a suggestion starts can hold it; one that ends before it does is skipped
    for it but kept for the next (crossing ranges: (0, 10) still holds (3, 9) after (2, 12) began).
    """
    depths, open_ranges = {}, []
    for s in sorted(shown, key=lambda s: (s.start, -s.end)):
        open_ranges = [r for r in open_ranges if r[1] > s.start]  # ended before this one starts: hold nothing later
        # The same edges (another tag) stand side by side, not inside.
        depths[s.id] = sum(1 for r in open_ranges if r[1] >= s.end and r != (s.start, s.end))
        open_ranges.append((s.start, s.end))
    return depths
