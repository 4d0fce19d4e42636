"""Moving through spans by keyboard: next and previous, of any tag or of the selected span's tag."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsmark.ui.mainwindow import MainWindow


def jump(window: "MainWindow", *, forward: bool, same_tag: bool = False) -> None:
    """Select the next (or previous) span after the selected span or the text cursor."""
    selected = window.selected_spans()
    if same_tag and not selected:
        window.statusBar().showMessage("Select a span first: the jump goes to the next one with its tag.", 6000)
        return
    tag_id = selected[0].tag_id if same_tag else None
    if selected:
        anchor = selected[0].start
    else:
        cursor = window.view.cursor_code_point()
        anchor = cursor - 1 if forward else cursor
    index = window.session.index
    span = index.next_after(anchor, tag_id) if forward else index.previous_before(anchor, tag_id)
    if span is None:
        window.statusBar().showMessage("No more spans that way.", 4000)
        return
    window.select_span_row(span.id)
    window.view.select_range(span.start, span.end)
