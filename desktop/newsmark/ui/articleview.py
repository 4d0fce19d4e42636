"""The article view: read-only text with span highlights painted for the visible blocks only (ui/highlightpainter.py).

This is the one place where Qt positions (UTF-16 units) meet core offsets (code
points), with its helpers (ui/viewpoints.py, ui/highlightpainter.py); everything it hands
out or takes in is in code points.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from newsmark.core.attributes import span_values
from newsmark.core.model import Span, Tag
from newsmark.core.text.offsets import Utf16Map
from newsmark.core.spanindex import SpanIndex
from newsmark.core.spanstore import SpanEvent, SpanStore
from newsmark.ui.highlightgeometry import visible_lines
from newsmark.ui.highlightpainter import HighlightPainter
from newsmark.ui.linespacing import ReadingLayout
from newsmark.ui.viewpoints import code_point_at, edge_rect, mouse_on_line, onto_line

GRAB = 4.0  # how far beside a handle a press still grabs it


class ArticleView(QPlainTextEdit):
    """Shows one document; selection and clicks are reported in code points."""

    span_clicked = Signal(int)  # span id of the innermost span under a click
    edge_dragged = Signal(int, str, int)  # span id, "start" or "end", the code point it was dropped at
    context_menu_requested = Signal(QPoint, list)  # global pos, spans under the pointer

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        document = QTextDocument(self)
        self._layout = ReadingLayout(document)
        document.setDocumentLayout(self._layout)
        self.setDocument(document)
        self.setObjectName("articleView")
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.setWordWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
        self.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        self.setAcceptDrops(False)  # dropped files go to the window
        self.setContextMenuPolicy(Qt.CustomContextMenu)
        self.customContextMenuRequested.connect(self._on_context_menu)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.2)
        self.setFont(font)
        self._base_size = font.pointSizeF()
        self.document().setDocumentMargin(16)
        self._text = ""
        self._map = Utf16Map("")
        self._index = SpanIndex()
        self._highlights = HighlightPainter(self)  # the tags' colors; paints the spans, matches and marks
        self._tag_names: dict[int, str] = {}
        self._active: Span | None = None  # the selected span: its edges can be dragged
        self._drag: str | None = None
        self._matches: list[tuple[int, int]] = []
        self._match_starts: list[int] = []
        self.link_painter = None  # draws links over the text (ui/linkpainter.py); set by the linking controller
        self.span_filter = None  # which spans to paint (a predicate; None: all), e.g. one annotator's in review mode
        self._marks: list[tuple[int, int]] = []  # ranges outlined with dashes (disagreements in review mode)
        self._current_mark: tuple[int, int] | None = None  # the one outlined solid
        self.suggestion_painter = None  # outlines suggestions (ui/suggestionpainter.py); set by the review

    # -- content ---------------------------------------------------------------

    def set_document(self, text: str, index: SpanIndex) -> None:
        """Show a document's text and paint highlights from its span index."""
        self._text = text
        self._map = Utf16Map(text)
        self._index = index
        # PySide reads a leading U+FEFF or U+FFFE of a str as a byte order mark (dropping it, or
        # byte-swapping the text); one sacrificial U+FEFF in front makes Qt receive the text exactly.
        self.setPlainText("\ufeff" + text if text[:1] in ("\ufeff", "\ufffe") else text)
        self.moveCursor(QTextCursor.Start)

    def set_tags(self, tags: list[Tag]) -> None:
        """Colors and names of the tags, by id."""
        self._highlights.set_tags(tags)
        self._tag_names = {t.id: t.name for t in tags}
        self.viewport().update()

    def set_matches(self, matches: list[tuple[int, int]]) -> None:
        """Outline these ranges (find results, sorted by start); empty to clear."""
        self._matches = matches
        self._match_starts = [a for a, _ in matches]
        self.viewport().update()

    def set_marks(self, marks: list[tuple[int, int]], current: tuple[int, int] | None = None) -> None:
        """Outline these ranges with dashes and ``current`` solid (review mode's disagreements); empty to clear."""
        self._marks, self._current_mark = list(marks), current
        self.viewport().update()

    def set_span_filter(self, keep) -> None:
        """Paint only the spans ``keep(span)`` accepts (None: every span)."""
        self.span_filter = keep
        self.viewport().update()

    def set_active_span(self, span: Span | None) -> None:
        """The span whose edges show handles and can be dragged (None: no handles)."""
        self._active = span
        self.viewport().update()

    def spans_changed(self) -> None:
        """Repaint after the span index changed."""
        self.viewport().update()

    def follow(self, store: SpanStore) -> None:
        """Repaint when the store's spans change on screen (the index painted from is the store's)."""
        store.subscribe(self._on_store_event)

    def _on_store_event(self, event: SpanEvent) -> None:
        if event.kind == "reset":
            self.viewport().update()
            return
        # A large document's slices and a bulk change elsewhere in the text leave the screen as it is.
        spans = event.spans + event.old
        if not spans:
            return
        first, last = self.visible_range()
        if any(s.start <= last and s.end >= first for s in spans):
            self.viewport().update()

    def visible_range(self, top: float = 0.0, bottom: float | None = None) -> tuple[int, int]:
        """The code points from the start of the top line on screen to the end of the bottom one.

        From the lines' boxes, not from the points under the viewport's corners: a right-to-left
        line starts on the right, and Qt's hit test beside a line can name another line. Only the
        lines that reach into the viewport's rows ``[top, bottom]`` (default: all of it) count.
        """
        offset = self.contentOffset()
        height = self.viewport().height() if bottom is None else bottom
        block = self.firstVisibleBlock()
        first = last = None
        while block.isValid():
            geom = self.blockBoundingGeometry(block).translated(offset)
            if geom.top() > height:
                break
            lines = visible_lines(block.layout(), top - geom.top(), height - geom.top()) if block.isVisible() else []
            if lines:
                if first is None:
                    first = block.position() + lines[0].textStart()
                last = block.position() + lines[-1].textStart() + lines[-1].textLength()
            block = block.next()
        if first is None:
            return 0, 0
        return self._map.to_code_point(first), self._map.to_code_point(last, round_up=True)

    # -- positions in code points -----------------------------------------------

    def selection_range(self) -> tuple[int, int] | None:
        """The selected text as a code point range, or None if nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._map.to_code_point(cursor.selectionStart())
        end = self._map.to_code_point(cursor.selectionEnd(), round_up=True)
        return (start, end) if start < end else None

    def select_range(self, start: int, end: int) -> None:
        """Select ``[start, end)`` (code points) and scroll it into view."""
        cursor = self.textCursor()
        cursor.setPosition(self._map.to_utf16(end))
        cursor.setPosition(self._map.to_utf16(start), QTextCursor.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()

    def cursor_code_point(self) -> int:
        """Where the text cursor is, in code points."""
        return self._map.to_code_point(self.textCursor().position())

    def zoom(self, steps: int) -> None:
        """Make the text larger (positive) or smaller; zero goes back to the normal size."""
        self.set_text_size(self._base_size if steps == 0 else self.font().pointSizeF() + steps)

    def set_reading_font(self, family: str, points: float) -> None:
        """Show the text in a font family at a point size."""
        font = self.font()
        font.setFamily(family)
        self.setFont(font)
        self.set_text_size(points)

    def set_text_size(self, points: float) -> None:
        """Show the text at a point size (kept between 6 and 72)."""
        font = self.font()
        font.setPointSizeF(min(72.0, max(6.0, points)))
        self.setFont(font)

    def set_line_spacing(self, spacing: float) -> None:
        """Space the lines ``spacing`` times their height apart (1.0 is single spacing)."""
        self._layout.set_spacing(spacing)
        self.viewport().update()

    @property
    def line_spacing(self) -> float:
        """The line spacing, as a multiple of the line height."""
        return self._layout.spacing

    @property
    def text_size(self) -> float:
        """The text's point size."""
        return self.font().pointSizeF()

    def clear_selection(self) -> None:
        """Drop the text selection, keeping the cursor at its end."""
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    def code_point_at(self, pos: QPoint) -> int | None:
        """The code point under a viewport position, or None off the text."""
        return code_point_at(self, pos)

    def spans_at(self, pos: QPoint) -> list[Span]:
        """Spans under a viewport position, innermost first."""
        cp = self.code_point_at(pos)
        if cp is None:
            return []
        keep = self.span_filter or (lambda _span: True)
        return sorted(filter(keep, self._index.covering(cp)), key=lambda s: (s.end - s.start, s.id))

    # -- painting ----------------------------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        if len(self._index) or self._matches or self._marks or self.suggestion_painter:
            painter = QPainter(self.viewport())
            try:
                self._highlights.paint(
                    painter, event.rect(), index=self._index, keep=self.span_filter, matches=self._matches,
                    match_starts=self._match_starts, marks=self._marks, current_mark=self._current_mark,
                )
            finally:
                painter.end()
        super().paintEvent(event)
        if self._active is not None:
            painter = QPainter(self.viewport())
            try:
                color = self._highlights.line_color(self._active.tag_id)
                for edge in ("start", "end"):
                    rect = self._edge_rect(edge)
                    if rect is not None:
                        painter.fillRect(rect, color)
            finally:
                painter.end()
        if self.link_painter is not None:
            self.link_painter.paint(event.rect())

    @property
    def offsets(self) -> Utf16Map:
        """The shown text's code point <-> UTF-16 map."""
        return self._map

    def _edge_rect(self, edge: str):
        """Where a handle for the active span's start or end is drawn (and grabbed)."""
        return edge_rect(self, self._active, edge)

    def _edge_at(self, pos) -> str | None:
        for edge in ("start", "end"):
            rect = self._edge_rect(edge)
            if rect is not None and rect.adjusted(-GRAB, 0, GRAB, 0).contains(pos):
                return edge
        return None

    # -- pointer -------------------------------------------------------------------

    def event(self, event) -> bool:
        if event.type() == QEvent.ToolTip:
            spans = self.spans_at(self.viewport().mapFromGlobal(event.globalPos()))
            if spans:
                QToolTip.showText(event.globalPos(), self._tooltip(spans), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _tooltip(self, spans: list[Span]) -> str:
        lines = []
        for s in spans:
            details = [f"{k}: {v}" for k, v in span_values(s.attributes).items()]
            if s.note:
                details.append(f"note: {s.note}")
            label = self._tag_names.get(s.tag_id, "?")
            lines.append(f"{label} — {'; '.join(details)}" if details else label)
        return "\n".join(lines)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt override
        edge = self._edge_at(event.position()) if event.button() == Qt.LeftButton else None
        if edge is not None:
            self._drag = edge  # a drag of a span's edge, not a new text selection
            event.accept()
            return
        super().mousePressEvent(mouse_on_line(self, event))

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().mouseDoubleClickEvent(mouse_on_line(self, event))

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._drag is None:
            over_edge = self._edge_at(event.position()) is not None
            self.viewport().setCursor(Qt.SizeHorCursor if over_edge else Qt.IBeamCursor)
            super().mouseMoveEvent(mouse_on_line(self, event))

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._drag is not None:
            edge, self._drag = self._drag, None
            at = onto_line(self, event.position()).toPoint()
            dropped = self._map.to_code_point(self.cursorForPosition(at).position())
            if self._active is not None:
                self.edge_dragged.emit(self._active.id, edge, dropped)
            return
        super().mouseReleaseEvent(mouse_on_line(self, event))
        if event.button() == Qt.LeftButton and not self.textCursor().hasSelection():
            spans = self.spans_at(event.position().toPoint())
            if spans:
                self.span_clicked.emit(spans[0].id)

    def _on_context_menu(self, pos: QPoint) -> None:
        self.context_menu_requested.emit(self.viewport().mapToGlobal(pos), self.spans_at(pos))

