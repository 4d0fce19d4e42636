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
        for s in self.index.overlapping(first, max(last, first + 1)):
            if current is not None and s.id == current.id:
                continue
            pen = QPen(self.colors.get(s.tag_id, QColor(128, 128, 128)), DASHED_WIDTH, Qt.DashLine)
            painter.setPen(pen)
            a, b = to_utf16(max(s.start, first)) - base, to_utf16(min(s.end, last)) - base
            for rect in range_rects(lines, starts, bidi, origin, a, b):
                painter.drawRect(rect.adjusted(1, 1, -1, -1))
        if current is not None and current.start <= last and current.end >= first:
            color = self.colors.get(current.tag_id, QColor(128, 128, 128))
            tint = QColor(color)
            tint.setAlpha(CURRENT_ALPHA)
            painter.setPen(QPen(color, CURRENT_WIDTH, Qt.SolidLine))
            painter.setBrush(tint)
            a, b = to_utf16(max(current.start, first)) - base, to_utf16(min(current.end, last)) - base
            for rect in range_rects(lines, starts, bidi, origin, a, b):
                painter.drawRect(rect.adjusted(1, 1, -1, -1))
            painter.setBrush(Qt.NoBrush)
