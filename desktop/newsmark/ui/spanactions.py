"""What the window does to spans on the analyst's keys: tag the selection, retag, delete, notes and edge moves."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from newsmark.core.model import Span
from newsmark.core.text.edges import dropped_range, move_edge
from newsmark.core.text.selection import clean_selection
from newsmark.ui.commands import (
    AddSpanCommand, AdjustEdgesCommand, delete_spans_command, note_command, retag_spans_command,
)

if TYPE_CHECKING:
    from newsmark.ui.articleview import ArticleView
    from newsmark.ui.context import WindowContext
    from newsmark.ui.linking import Linker

STATUS_TIMEOUT_MS = 6000


class SpanActions(QObject):
    """Pushes one undo command per span action and says what it did; the window only connects keys to it."""

    def __init__(
        self, ctx: WindowContext, view: ArticleView, snap: QAction, linker: Linker,
        selected_spans: Callable[[], list[Span]], select_span_row: Callable[[int], None],
    ):
        super().__init__(ctx.parent)
        self._ctx = ctx
        self._view = view
        self._snap = snap
        self._linker = linker
        self._selected_spans = selected_spans
        self._select_span_row = select_span_row

    def tag_selection(self, tag_id: int) -> None:
        """Tag the selected text (snapped to words unless that is off) with a tag."""
        doc = self._ctx.session.document
        selected = self._view.selection_range() if doc else None
        if selected is None:
            self._ctx.status("Select some text first, then press the tag's key.", STATUS_TIMEOUT_MS)
            return
        cleaned = clean_selection(doc.text, *selected, snap=self._snap.isChecked())
        if cleaned is None:
            blank = not doc.text[min(selected):max(selected)].strip()
            self._ctx.status(
                "The selection is only white space; nothing tagged." if blank
                else "The selection has no letter or digit (only punctuation); nothing tagged.",
                STATUS_TIMEOUT_MS,
            )
            return
        if self._ctx.session.find_span(doc.id, tag_id, *cleaned):
            self._ctx.status("That text already has this tag.", STATUS_TIMEOUT_MS)
            return
        command = AddSpanCommand(self._ctx.session, doc.id, tag_id, *cleaned)
        self._ctx.undo_stack.push(command)
        if command.span is not None and command.error is None:
            self._view.clear_selection()
            self._select_span_row(command.span.id)
            self._ctx.status(f"{command.text()} — saved", STATUS_TIMEOUT_MS)

    def retag_selected(self, tag_id: int) -> None:
        """Change the tag of the selected span(s): one undo step, one transaction."""
        spans = [s for s in self._selected_spans() if s.tag_id != tag_id]
        if spans and not self._linker.confirm_retag(spans, tag_id):
            return
        self._push_for(spans, lambda chosen: retag_spans_command(self._ctx.session, chosen, tag_id))

    def delete_selected_spans(self) -> None:
        """Delete the selected span(s): one undo step, one transaction."""
        self._push_for(self._selected_spans(), lambda chosen: delete_spans_command(self._ctx.session, chosen))

    def edit_selected_note(self) -> None:
        """Ask for a new note on the selected span."""
        spans = self._selected_spans()
        if not spans:
            self._ctx.status("Select a span first (click it in the text or the list).", STATUS_TIMEOUT_MS)
            return
        note = self._ctx.dialogs.ask_note(self._ctx.parent, spans[0].note)
        if note is not None and note != spans[0].note:
            self._ctx.undo_stack.push(note_command(self._ctx.session, spans[0], note))

    def adjust_edge(self, edge: str, *, grow: bool, by: str = "word") -> None:
        """Move one edge of the selected span exactly, by a character or a word (repeats merge into one undo step)."""
        spans = self._selected_spans()
        if not spans:
            self._ctx.status("Select a span first (click it in the text or the list).", STATUS_TIMEOUT_MS)
            return
        span = spans[0]
        moved = move_edge(self._ctx.session.document.text, span.start, span.end, edge=edge, grow=grow, by=by)
        if moved is None:
            self._ctx.status(f"The span's {edge} cannot move further.", STATUS_TIMEOUT_MS)
            return
        self._ctx.undo_stack.push(AdjustEdgesCommand(self._ctx.session, span, *moved))
        self._select_span_row(span.id)
        self._view.select_range(*moved)
        self._edges_moved(*moved)

    def _edges_moved(self, start: int, end: int) -> None:
        text = " ".join(self._ctx.session.document.text[start:end].split())
        shown = text if len(text) <= 60 else text[:28] + " … " + text[-28:]
        self._ctx.status(f"Span now “{shown}” ({start}–{end}) — saved", STATUS_TIMEOUT_MS)

    def drag_edge(self, span_id: int, edge: str, dropped: int) -> None:
        """Move one edge of a span exactly to where it was dropped (never snapped: it is an explicit move)."""
        span = self._ctx.session.index.get(span_id)
        start, end = (dropped, span.end) if edge == "start" else (span.start, dropped)
        exact = dropped_range(self._ctx.session.document.text, start, end)
        if exact is None:
            self._ctx.status("A span's start must stay before its end; the edge was not moved.", STATUS_TIMEOUT_MS)
            return
        if exact == (span.start, span.end):
            return
        self._ctx.undo_stack.push(AdjustEdgesCommand(self._ctx.session, span, *exact))
        self._select_span_row(span_id)
        self._edges_moved(*exact)

    def _on_note_edited(self, span_id: int, note: str) -> None:
        self._ctx.undo_stack.push(note_command(self._ctx.session, self._ctx.session.index.get(span_id), note))

    def _push_for(self, spans: list[Span], make) -> None:
        if not spans:
            self._ctx.status("Select a span first (click it in the text or the list).", STATUS_TIMEOUT_MS)
            return
        before = self._ctx.undo_stack.index()
        self._ctx.undo_stack.push(make(spans))
        if self._ctx.undo_stack.index() > before:  # say what happened, as tagging does (a failure is its own dialog)
            self._ctx.status(f"{self._ctx.undo_stack.undoText()} — saved (Ctrl+Z undoes it)", STATUS_TIMEOUT_MS)
