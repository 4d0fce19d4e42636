"""Find in the article, step through matches, and tag all matches (or a span's text everywhere) at once."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from newsmark.core.attributes import default_values
from newsmark.core.errors import NewsmarkError
from newsmark.core.model import Span, default_annotator, now_iso
from newsmark.core.text.search import Query, find_all
from newsmark.ui.annotatedialog import keyword_in_context, skipped_note
from newsmark.ui.commands import AddSpansCommand
from newsmark.ui.findbar import ALL_DOCUMENTS, FindBar

if TYPE_CHECKING:
    from newsmark.ui.articleview import ArticleView
    from newsmark.ui.context import WindowContext

PREVIEW_ROWS = 500  # the preview lists this many; the count covers all


class Finder(QObject):
    """Keeps the matches of the find bar's query in the shown document."""

    def __init__(
        self, ctx: WindowContext, bar: FindBar, view: ArticleView, selected_spans: Callable[[], list[Span]]
    ):
        super().__init__(ctx.parent)
        self._ctx = ctx
        self.bar = bar
        self._view = view
        self._selected_spans = selected_spans
        self.matches: list[tuple[int, int]] = []
        self._starts: list[int] = []
        bar.changed.connect(self.refresh)
        bar.next_requested.connect(lambda: self.step(forward=True))
        bar.closed.connect(self._on_closed)
        bar.tag_all.clicked.connect(self.tag_all_matches)

    def open(self) -> None:
        """Show the find bar, starting from the selected text if there is a short one."""
        selected = self._view.selection_range()
        text = ""
        if selected and self._ctx.session.document and selected[1] - selected[0] <= 200:
            text = self._ctx.session.document.text[selected[0]:selected[1]]
        self.bar.open_bar(text if "\n" not in text else "")
        self.refresh()

    def refresh(self) -> None:
        """Find the query again in the shown document."""
        doc = self._ctx.session.document
        self.matches = []
        message = ""
        if self.bar.isVisible() and doc is not None and self.bar.text.text():
            try:
                self.matches = find_all(doc.text, self.bar.query())
            except NewsmarkError as e:
                message = str(e)
        self._starts = [a for a, _ in self.matches]
        if not message and self.bar.text.text():
            n = len(self.matches)
            message = f"{n:,} match{'es' if n != 1 else ''}"
        self.bar.count.setText(message)
        self._view.set_matches(self.matches)

    def step(self, *, forward: bool) -> None:
        """Select the next (or previous) match after the text cursor, wrapping around."""
        if not self.bar.isVisible():
            self.open()
        if not self.matches:
            return
        view = self._view
        selected = view.selection_range()
        here = view.cursor_code_point() if selected is None else (selected[0] if forward else selected[0])
        if forward:
            i = bisect_right(self._starts, here) % len(self.matches)
        else:
            i = (bisect_left(self._starts, here) - 1) % len(self.matches)
        view.select_range(*self.matches[i])
        self.bar.count.setText(f"{i + 1:,} of {len(self.matches):,}")

    def tag_all_matches(self) -> None:
        """Tag every match (in this document or in all) with the bar's tag, after a preview."""
        tag_id = self.bar.tag.currentData()
        if tag_id is None or not self.bar.text.text():
            return
        everywhere = self.bar.scope.currentIndex() == ALL_DOCUMENTS
        self.annotate(self.bar.query(), tag_id, everywhere=everywhere)

    def tag_everywhere(self) -> None:
        """Tag the selected span's exact text, as whole words, in every document."""
        spans = self._selected_spans()
        if not spans:
            self._ctx.status("Select a span first: its text is tagged everywhere.", 6000)
            return
        span = spans[0]
        text = self._ctx.session.document.text[span.start:span.end]
        self.annotate(Query(text, case_sensitive=True, whole_word=True), span.tag_id, everywhere=True)

    def annotate(self, query: Query, tag_id: int, *, everywhere: bool) -> None:
        """Preview, then add a span for each match not already tagged with ``tag_id``: one undo step."""
        session = self._ctx.session
        # One pass over the texts and one query for what is tagged already: the cost follows the
        # corpus once, never a query per document.
        if everywhere:
            texts = session.project.document_texts()
        else:
            doc = session.document
            texts = [(doc.id, doc.title, doc.text)]
        found: list[tuple[int, int, int]] = []
        try:
            for document_id, _title, text in texts:
                found.extend((document_id, a, b) for a, b in find_all(text, query))
        except NewsmarkError as e:
            self._ctx.report("Cannot search", e)
            return
        # From the file, not the index: a large document's later slices may not be read yet.
        tagged = session.project.tagged_ranges(tag_id, {b - a for _, a, b in found})
        stamp, who = now_iso(), session.annotator or default_annotator()
        tag = session.tag(tag_id)
        defaults = default_values(tag)  # as a span tagged by key: a claim starts "unverified"
        new = [Span(0, d, tag_id, a, b, "", who, stamp, stamp, defaults) for d, a, b in found if (d, a, b) not in tagged]
        skipped = len(found) - len(new)
        if not new:
            self._ctx.status(f"Nothing to tag: every match is already tagged {tag.name}.", 6000)
            return
        # Preview row i is new[i], so the rows the analyst unticks name the spans to leave out.
        shown = {s.document_id for s in new[:PREVIEW_ROWS]}
        by_id = {d: (title, text) for d, title, text in session.project.document_texts(shown)}  # texts was one pass
        preview = [
            (by_id[s.document_id][0], *keyword_in_context(by_id[s.document_id][1], s.start, s.end))
            for s in new[:PREVIEW_ROWS]
        ]
        answer = self._ctx.dialogs.ask_annotate_all(self._ctx.parent, tag.name, preview, len(new), skipped)
        if not answer:
            return
        if answer is not True:  # the preview rows the analyst unticked
            new = [span for i, span in enumerate(new) if i not in answer]
            if not new:
                return
        command = AddSpansCommand(
            session, new, f"Tag {len(new):,} match{'es' if len(new) != 1 else ''} of “{query.text}” as {tag.name}"
        )
        self._ctx.undo_stack.push(command)
        if command.error is None:
            self._ctx.status(f"{command.text()} — saved{skipped_note(skipped)}", 8000)

    def _on_closed(self) -> None:
        self.matches, self._starts = [], []
        self._view.set_matches([])
        self._view.setFocus()
