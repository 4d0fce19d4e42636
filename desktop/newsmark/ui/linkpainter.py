"""Links drawn over the article: arcs from the source highlight to the target's, for the lines on screen only.

The article view calls ``paint`` at the end of its paint event. Only the links that touch a span
on screen are looked at (found through the spans the index gives for the visible range), so the
cost follows the screen, not the document's 50k links; an end off screen is drawn to the
viewport's top or bottom edge. No widget per link: every arc is painted, like the highlights.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF, QTextCursor

if TYPE_CHECKING:
    from newsmark.core.model import Span
    from newsmark.core.shownlinks import ShownLinks
    from newsmark.core.spanindex import SpanIndex
    from newsmark.ui.articleview import ArticleView

ARROW = 6.0  # length of the arrow head at the target
RISE = 0.7  # how high an arc rises above its ends, in line heights (at most): at 1.5 line spacing, into the gap
SELECTED_WIDTH = 2.2
# 1 px: Qt draws such a cosmetic pen by its fast line path (a 1.2 px one goes through outline and fill, ~0.8 ms a screen).
ALL_WIDTH = 1.0
ALL_ALPHA = 150
# Ends closer than this on one line: the longer span's end moves to an edge (as it does when one span holds the other).
MIN_GAP = 3 * ARROW


class LinkPainter:
    """Paints the selected span's links, or every link on screen, over an article view."""

    def __init__(self, view: ArticleView, selected: Callable[[], list[Span]]):
        self._view = view
        self.links: ShownLinks | None = None
        self.index: SpanIndex | None = None
        self._selected = selected
        self.show_all = False
        self.colors: dict[int, QColor] = {}  # link type id -> color
        self.symmetric: set[int] = set()  # link types whose arcs have no arrow head (either end is the source)
        self.allowed: Callable[[object], bool] = lambda _link: True  # whether a link's type still allows its ends
        self.rubber: tuple[int, QPointF] | None = None  # (source span id, pointer) while a link is dragged
        self._carets: Carets | None = None  # the paint under way's cursor positions
        view.link_painter = self

    def follow(self, index: SpanIndex, links: ShownLinks) -> None:
        """Paint from a session's span index and links, repainting when the links change."""
        self.index, self.links = index, links
        links.subscribe(lambda _event: self._view.viewport().update())
        self._view.viewport().update()

    def set_types(self, kinds: list) -> None:
        """The link types (``LinkType``): their colors, and which are symmetric."""
        self.colors = {k.id: QColor(k.color) for k in kinds}
        self.symmetric = {k.id for k in kinds if k.symmetric}
        self._view.viewport().update()

    def set_show_all(self, on: bool) -> None:
        """Draw every link on screen (True) or only the selected span's (False)."""
        self.show_all = on
        self._view.viewport().update()

    def paint(self, area) -> None:
        """Draw the links over the viewport (called at the end of the view's paint event)."""
        if self.links is None or (not len(self.links) and self.rubber is None):
            return
        view = self._view
        index = self.index
        # The lines with a pixel on screen: one whose bottom is the viewport's top edge is off it.
        first, last = view.visible_range(1e-6, view.viewport().height() - 1)
        selected = {s.id for s in self._selected()}
        chosen: dict[int, object] = {}
        if self.show_all and len(self.links):
            for span in index.overlapping(first, max(last, first + 1)):
                for link in self.links.of_span(span.id):
                    chosen[link.id] = link
        for span_id in selected:
            for link in self.links.of_span(span_id):
                chosen[link.id] = link
        if not chosen and self.rubber is None:
            return
        # One path per style (type, selected or not, allowed or not), each stroked once: a screen of arcs costs
        # a few calls into Qt, not several per link.
        ends: dict[int, QPointF] = {}
        self._carets = Carets(view)
        groups: dict[tuple, tuple[QPainterPath, QPainterPath]] = {}
        for link in chosen.values():
            a = self._anchor(link.source_id, first, last, ends)
            b = self._anchor(link.target_id, first, last, ends)
            if a is None or b is None:
                continue
            if abs(a.y() - b.y()) < 1 and (abs(a.x() - b.x()) < MIN_GAP or self._nested(link)):
                a, b = self._apart(link, a, b, first, last)
            style = (link.type_id, link.source_id in selected or link.target_id in selected, self.allowed(link))
            if style not in groups:
                groups[style] = (QPainterPath(), QPainterPath())
            self._arc(*groups[style], a, b, head=link.type_id not in self.symmetric)
        painter = QPainter(view.viewport())
        try:
            for (type_id, strong, allowed), (arcs, heads) in groups.items():
                color = QColor(self.colors.get(type_id, QColor(128, 128, 128)))
                if not strong:
                    color.setAlpha(ALL_ALPHA)
                self._stroke(painter, arcs, heads, color, strong, allowed)
            if self.rubber is not None:
                source = self._anchor(self.rubber[0], first, last, ends)
                if source is not None:
                    arcs, heads = QPainterPath(), QPainterPath()
                    self._arc(arcs, heads, source, self.rubber[1])
                    self._stroke(painter, arcs, heads, view.palette().color(view.foregroundRole()), True, False)
        finally:
            painter.end()

    @staticmethod
    def _stroke(painter: QPainter, arcs: QPainterPath, heads: QPainterPath, color: QColor, strong: bool,
                allowed: bool) -> None:
        pen = QPen(color, SELECTED_WIDTH if strong else ALL_WIDTH)
        # The selected span's few arcs are smooth; a screen of other arcs is drawn as thin plain lines, which Qt
        # draws without building and blending a stroke outline (measured 4x cheaper: bench/bench_view.py --links).
        painter.setRenderHint(QPainter.Antialiasing, strong)
        if not strong:
            pen.setCosmetic(True)
        if not allowed:
            pen.setStyle(Qt.DashLine)  # kept after a retag made it not allowed: marked, never hidden
        painter.setPen(pen)
        painter.setBrush(Qt.NoBrush)
        painter.drawPath(arcs)
        painter.setPen(Qt.NoPen)
        painter.setBrush(color)
        painter.drawPath(heads)

    def _anchor(self, span_id: int, first: int, last: int, ends: dict[int, QPointF]) -> QPointF | None:
        """Where an arc meets a span: the top middle of its first line on screen, or the viewport's edge."""
        if span_id in ends:
            return ends[span_id]
        view, index = self._view, self.index
        if span_id not in index:
            return None  # not read yet (a large document's later slices)
        span = index.get(span_id)
        if span.end <= first or span.start > last:  # off screen: towards it, from the edge
            x = view.viewport().width() / 2
            y = -4.0 if span.end <= first else view.viewport().height() + 4.0
            point = QPointF(x, y)
        else:
            to_utf16 = view.offsets.to_utf16
            start_x, start_y = self._carets.at(to_utf16(max(span.start, first)))
            end_x, end_y = self._carets.at(to_utf16(min(span.end, last)))
            if abs(end_y - start_y) < 1:
                x = (start_x + end_x) / 2
            else:  # wraps: the middle of its first line's part
                x = (start_x + view.viewport().width() - 16) / 2
            point = QPointF(x, start_y + 1)
        ends[span_id] = point
        return point

    def _nested(self, link) -> bool:
        """Whether one of the link's spans lies inside the other (a figure in its claim)."""
        source, target = self.index.get(link.source_id), self.index.get(link.target_id)
        return (source.start <= target.start and target.end <= source.end) or (
            target.start <= source.start and source.end <= target.end
        )

    def _apart(self, link, a: QPointF, b: QPointF, first: int, last: int) -> tuple[QPointF, QPointF]:
        """The ends, with the longer span's moved to the edge of its first line farther from the other end."""
        source, target = self.index.get(link.source_id), self.index.get(link.target_id)
        outer_is_target = target.end - target.start >= source.end - source.start
        outer, other = (target, a) if outer_is_target else (source, b)
        if not first <= outer.start <= last:
            return a, b  # its first line is off screen: its end stays where every other arc meets it
        to_utf16 = self._view.offsets.to_utf16
        start_x, start_y = self._carets.at(to_utf16(outer.start))
        end_x, end_y = self._carets.at(to_utf16(min(outer.end, last)))
        right = end_x if abs(end_y - start_y) < 1 else self._view.viewport().width() - 16
        left, right = min(start_x, right), max(start_x, right)  # right-to-left text starts on the right
        x = left + ARROW if other.x() - left >= right - other.x() else right - ARROW
        edge = QPointF(x, start_y + 1)
        return (a, edge) if outer_is_target else (edge, b)

    def _arc(self, arcs: QPainterPath, heads: QPainterPath, a: QPointF, b: QPointF, head: bool = True) -> None:
        """Add an arc from ``a`` up and over to ``b``, and its arrow head, to the paths."""
        height = self._view.fontMetrics().height()
        rise = min(height * RISE, 8 + abs(b.x() - a.x()) / 4)
        top = min(a.y(), b.y()) - rise
        arcs.moveTo(a)
        arcs.cubicTo(QPointF(a.x(), top), QPointF(b.x(), top), b)
        # The arrow head points down into the target, whichever side the arc comes from.
        if head:
            heads.addPolygon(QPolygonF([b, QPointF(b.x() - ARROW / 2, b.y() - ARROW), QPointF(b.x() + ARROW / 2, b.y() - ARROW), b]))


class Carets:
    """Where the text cursor would stand at positions on screen, for one paint: the visible blocks are found once.

    Gives what ``view.cursorRect`` gives (its left and top, rounded as Qt rounds them), without
    a QTextCursor per position: placing one costs more than the rest of a link's drawing.
    """

    def __init__(self, view: ArticleView):
        self._view = view
        self._offset = view.contentOffset()
        self._starts: list[int] = []  # UTF-16 position of each visible block
        self._blocks: list[tuple] = []  # (block, left, top) in the viewport
        height = view.viewport().height()
        block = view.firstVisibleBlock()
        while block.isValid():
            geom = view.blockBoundingGeometry(block).translated(self._offset)
            if geom.top() > height:
                break
            self._starts.append(block.position())
            self._blocks.append((block, geom.left(), geom.top()))
            block = block.next()

    def at(self, u16: int) -> tuple[int, int]:
        """The cursor's left and top (viewport pixels) at a UTF-16 position of the shown text."""
        i = bisect_right(self._starts, u16) - 1
        if i >= 0:
            block, left, top = self._blocks[i]
            rel = u16 - block.position()
            line = block.layout().lineForTextPosition(rel) if rel < block.length() else None
            if line is not None and line.isValid():
                # Qt rounds in the text's own coordinates, then shifts by the whole pixels scrolled.
                dx, dy = self._offset.x(), self._offset.y()
                return (_round(left - dx + line.cursorToX(rel)[0]) + int(dx), _round(top - dy + line.y()) + int(dy))
        cursor = QTextCursor(self._view.document())  # not on a visible block's line: ask Qt
        cursor.setPosition(u16)
        rect = self._view.cursorRect(cursor)
        return rect.left(), rect.top()


def _round(value: float) -> int:
    """Qt's qRound: halves away from zero."""
    return int(value + 0.5) if value >= 0 else int(value - 0.5)
