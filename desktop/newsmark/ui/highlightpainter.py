"""Span highlights, find matches and review marks, painted under the article's text for the lines on screen only.

The painter's view is the ArticleView, typed by its Qt base because the view imports this module.
"""

from __future__ import annotations

from bisect import bisect_left
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QPlainTextEdit

from newsmark.core.model import Tag
from newsmark.core.spanindex import SpanIndex
from newsmark.ui.highlightgeometry import needs_bidi, range_rects, visible_lines

FILL_ALPHA = 80  # translucent, so overlapping spans blend into a deeper color
UNDERLINE = 2.0


class HighlightPainter:
    """Holds the tags' colors and paints a view's spans, matches and marks block by block, under its text."""

    def __init__(self, view: QPlainTextEdit):
        self._view = view
        self.fills: dict[int, QColor] = {}
        self.lines: dict[int, QColor] = {}

    def set_tags(self, tags: list[Tag]) -> None:
        """Each tag's fill (translucent) and underline color, by id."""
        self.fills = {t.id: _with_alpha(t.color, FILL_ALPHA) for t in tags}
        self.lines = {t.id: QColor(t.color) for t in tags}

    def line_color(self, tag_id: int) -> QColor:
        """A tag's own (opaque) color; grey for a tag not known."""
        return self.lines.get(tag_id, QColor(128, 128, 128))

    def paint(self, painter: QPainter, area, *, index: SpanIndex, keep, matches, match_starts, marks, current_mark) -> None:
        """Paint the visible blocks' highlights within ``area``: the spans ``keep`` accepts (None: all), then matches, marks."""
        view = self._view
        offset = view.contentOffset()
        block = view.firstVisibleBlock()
        state = (index, keep, matches, match_starts, marks, current_mark)
        while block.isValid():
            geom = view.blockBoundingGeometry(block).translated(offset)
            if geom.top() > area.bottom():
                break
            if block.isVisible() and geom.bottom() >= area.top():
                self._paint_block(painter, block, geom, area, *state)
            block = block.next()

    def _paint_block(self, painter: QPainter, block, geom, area, index, keep, all_matches, match_starts, all_marks,
                     current_mark) -> None:
        view = self._view
        layout = block.layout()
        lines = visible_lines(layout, area.top() - geom.top(), area.bottom() - geom.top())
        if not lines:
            return
        # Only the text of the lines on screen: a long paragraph's other spans are never looked at.
        base = block.position()
        to_code_point = view.offsets.to_code_point
        first = to_code_point(base + lines[0].textStart())
        last = to_code_point(base + min(lines[-1].textStart() + lines[-1].textLength(), block.length() - 1))
        end = max(last, first + 1)
        spans = index.overlapping(first, end)
        if keep is not None:
            spans = [s for s in spans if keep(s)]
        lo = max(0, bisect_left(match_starts, first) - 1)
        matches = [m for m in all_matches[lo:bisect_left(match_starts, end)] if m[1] > first]
        marks = [m for m in all_marks if m[0] < end and m[1] > first]
        overlay = view.suggestion_painter
        if not spans and not matches and not marks and not overlay:
            return
        starts = [line.textStart() for line in lines]
        bidi, origin, to_utf16 = needs_bidi(block), geom.topLeft(), view.offsets.to_utf16
        for span in spans:
            fill = self.fills.get(span.tag_id, QColor(128, 128, 128, FILL_ALPHA))
            under = self.lines.get(span.tag_id, QColor(128, 128, 128))
            a, b = to_utf16(max(span.start, first)) - base, to_utf16(min(span.end, last)) - base
            for rect in range_rects(lines, starts, bidi, origin, a, b):
                painter.fillRect(rect, fill)
                painter.fillRect(QRectF(rect.left(), rect.bottom() - UNDERLINE, rect.width(), UNDERLINE), under)
        if matches:
            painter.setPen(QPen(view.palette().color(QPalette.Text), 1.2))
            painter.setBrush(Qt.NoBrush)
            for start, end in matches:
                a, b = to_utf16(max(start, first)) - base, to_utf16(min(end, last)) - base
                for rect in range_rects(lines, starts, bidi, origin, a, b):
                    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
        painter.setBrush(Qt.NoBrush)
        for start, end in marks:
            solid = (start, end) == current_mark
            painter.setPen(QPen(view.palette().color(QPalette.Highlight), 2.0 if solid else 1.2,
                                Qt.SolidLine if solid else Qt.DashLine))
            a, b = to_utf16(max(start, first)) - base, to_utf16(min(end, last)) - base
            for rect in range_rects(lines, starts, bidi, origin, a, b):
                painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        if overlay:  # over the highlights, so a suggestion on a span is still seen
            overlay.paint_lines(painter, lines, starts, bidi, origin, first, last, base)


def _with_alpha(color: str, alpha: int) -> QColor:
    c = QColor(color)
    c.setAlpha(alpha)
    return c
