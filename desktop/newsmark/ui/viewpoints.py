"""Where a point of the article view falls in its text: the code point under it, the line beside a gap, a handle's box.

Qt's hit tests know only the lines' boxes; with line spacing the gaps between lines belong to
the lines beside them here, and in a line that mixes directions the character under the
pointer comes from the glyph runs (ui/highlightgeometry.py), not from the nearest cursor edge.
``view`` is always the ArticleView, typed by its Qt base because the view imports this module.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF
from PySide6.QtGui import QMouseEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit

from newsmark.core.model import Span
from newsmark.ui.highlightgeometry import character_at, edge_x, needs_bidi, visible_lines

HANDLE = 3.0  # width of the bars that mark the selected span's edges


def code_point_at(view: QPlainTextEdit, pos: QPoint) -> int | None:
    """The code point under a viewport position, or None off the text."""
    to_code_point = view.offsets.to_code_point
    pos = onto_line(view, QPointF(pos)).toPoint()
    cursor = view.cursorForPosition(pos)
    u16 = cursor.position()
    block = cursor.block()
    layout = block.layout()
    rel = u16 - block.position()
    line = layout.lineForTextPosition(rel)
    if not line.isValid():
        return None
    geom = view.blockBoundingGeometry(block).translated(view.contentOffset())
    y = pos.y() - geom.top()
    if not (line.y() <= y <= line.y() + line.height()):
        return None
    x = pos.x() - geom.left()
    if needs_bidi(block):  # the glyphs of neighbouring positions may be anywhere on the line
        rel = character_at(layout, line, x)
        return None if rel is None else to_code_point(block.position() + rel)
    # cursorForPosition rounds to the nearest edge; take the character the pointer is over.
    left = line.cursorToX(rel)[0]
    if x < left and rel > line.textStart():
        rel -= 1
    if rel >= line.textStart() + line.textLength() or rel >= block.length() - 1:
        return None
    return to_code_point(block.position() + rel)


def onto_line(view: QPlainTextEdit, pos: QPointF) -> QPointF:
    """``pos`` moved up or down into the nearest line's box: with line spacing, each gap belongs to its lines.

    Qt's hit test knows only the boxes, and puts a point in a gap at the start of the line
    below it, whatever its x; a click, a drag or a hover there must mean the line beside it.
    """
    if view.line_spacing == 1.0:
        return pos
    block = view.cursorForPosition(pos.toPoint()).block()  # block boxes do include the gaps
    top = view.blockBoundingGeometry(block).translated(view.contentOffset()).top()
    y = pos.y() - top
    lines = visible_lines(block.layout(), y - view.fontMetrics().height() * 2, y + view.fontMetrics().height() * 2)
    if not lines:
        return pos
    line = min(lines, key=lambda ln: max(ln.y() - y, y - ln.y() - ln.height(), 0.0))
    inside = min(max(y, line.y() + 1.0), line.y() + line.height() - 1.0)
    return QPointF(pos.x(), top + inside)


def mouse_on_line(view: QPlainTextEdit, event):
    """The event, or a copy of it moved onto the nearest line (see ``onto_line``)."""
    moved = onto_line(view, event.position())
    if moved == event.position():
        return event
    return QMouseEvent(
        event.type(), moved, event.globalPosition() + (moved - event.position()), event.button(), event.buttons(),
        event.modifiers(),
    )


def edge_rect(view: QPlainTextEdit, span: Span | None, edge: str) -> QRectF | None:
    """Where the handle for a span's start or end is drawn (and grabbed); None for no span or one past the text."""
    offsets = view.offsets
    if span is None or span.end > offsets.code_point_length:
        return None
    u16 = offsets.to_utf16(span.start if edge == "start" else span.end)
    block = view.document().findBlock(u16 if edge == "start" or span.start == span.end else u16 - 1)
    if block.isValid() and needs_bidi(block):
        # The reading edge of the span's first or last character: on its right if it runs right to left.
        geom = view.blockBoundingGeometry(block).translated(view.contentOffset())
        layout, rel = block.layout(), u16 - block.position()
        line = layout.lineForTextPosition(rel if edge == "start" else layout.previousCursorPosition(rel))
        if line.isValid():
            x = geom.left() + edge_x(layout, line, rel, edge)
            return QRectF(x - HANDLE / 2, geom.top() + line.y(), HANDLE, line.height())
    cursor = QTextCursor(view.document())
    cursor.setPosition(u16)
    rect = view.cursorRect(cursor)
    return QRectF(rect.left() - HANDLE / 2, rect.top(), HANDLE, rect.height())
