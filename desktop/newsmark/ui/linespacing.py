"""The article view's text layout: QPlainTextEdit's own, with room between lines for reading."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QPlainTextDocumentLayout



class ReadingLayout(QPlainTextDocumentLayout):
    """Lays each line out ``spacing`` times its natural height apart, the gap split above and below.

    QPlainTextDocumentLayout ignores QTextBlockFormat.lineHeight, and its layoutBlock() is not
    virtual. It does lay blocks out lazily through the virtual blockBoundingRect(), which every
    painting, scrolling and hit-testing path of QPlainTextEdit goes through; so a block Qt laid
    out is laid out again here, with the same line width, the first time it is asked for. A line
    Qt placed sits at y == 0, one of ours below it, which tells the two apart without bookkeeping.
    """

    def __init__(self, document):
        super().__init__(document)
        self._spacing = 1.0

    @property
    def spacing(self) -> float:
        """Line pitch as a multiple of the natural line height (1.0 is Qt's own layout)."""
        return self._spacing

    def set_spacing(self, spacing: float) -> None:
        """Space lines ``spacing`` times their height apart (at least 1.0) and lay the text out again."""
        spacing = max(1.0, float(spacing))
        if spacing == self._spacing:
            return
        self._spacing = spacing
        doc = self.document()
        doc.markContentsDirty(0, doc.characterCount())  # Qt clears every block's layout, then lays out lazily

    def blockBoundingRect(self, block) -> QRectF:  # noqa: N802 - Qt override
        rect = super().blockBoundingRect(block)
        extra = self._spacing - 1.0
        if not extra or not block.isVisible():
            return rect
        layout = block.layout()
        if layout.lineCount() == 0:
            return rect
        # What Qt adds below the lines (the document margin after the last block), read before
        # the lines move: Qt's rect was measured from its own layout.
        below = rect.height() - layout.boundingRect().bottom()
        first = layout.lineAt(0)
        if first.y() == 0.0:
            _space_lines(layout, first.x(), first.width(), extra)
        last = layout.lineAt(layout.lineCount() - 1)
        return QRectF(rect.x(), rect.y(), rect.width(), last.y() + last.height() * (1.0 + extra / 2) + below)


def _space_lines(layout, x: float, width: float, extra: float) -> None:
    """Lay ``layout`` out again in lines of ``width``, each ``1 + extra`` times its height apart."""
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLeadingIncluded(True)  # as QPlainTextDocumentLayout does
        line.setLineWidth(width)
        height = line.height()
        line.setPosition(QPointF(x, y + height * extra / 2))
        y += height * (1.0 + extra)
    layout.endLayout()
