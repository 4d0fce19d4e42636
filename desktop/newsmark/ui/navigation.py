"""Moving through spans by keyboard: next and previous, of any tag or of the selected span's tag."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from newsmark.core.model import Span

if TYPE_CHECKING:
    from newsmark.ui.articleview import ArticleView
    from newsmark.ui.context import WindowContext


class Navigator:
    """Selects the next or previous span in the shown document, from the selected span or the text cursor."""

    def __init__(
        self,
        ctx: WindowContext,
        view: ArticleView,
        selected_spans: Callable[[], list[Span]],
        select_span_row: Callable[[int], None],
    ):
        self._ctx = ctx
        self._view = view
        self._selected_spans = selected_spans
        self._select_span_row = select_span_row

    def jump(self, *, forward: bool, same_tag: bool = False) -> None:
        """Select the next (or previous) span after the selected span or the text cursor."""
        selected = self._selected_spans()
        if same_tag and not selected:
            self._ctx.status("Select a span first: the jump goes to the next one with its tag.", 6000)
            return
        tag_id = selected[0].tag_id if same_tag else None
        if selected:
            anchor = selected[0].start
        else:
            cursor = self._view.cursor_code_point()
            anchor = cursor - 1 if forward else cursor
        index = self._ctx.session.index
        span = index.next_after(anchor, tag_id) if forward else index.previous_before(anchor, tag_id)
        if span is None:
            self._ctx.status("No more spans that way.", 4000)
            return
        self._select_span_row(span.id)
        self._view.select_range(span.start, span.end)
