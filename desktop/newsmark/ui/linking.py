"""Making, seeing and deleting links between spans: by keyboard (R, then a click or F8 and Enter) and by Alt+drag."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, Qt

from newsmark.core.model import Span
from newsmark.core.shownlinks import broken_links
from newsmark.ui.linkcommands import AddLinkCommand, DeleteLinksCommand
from newsmark.ui.linkedit import LinkEditor
from newsmark.ui.linklist import OtherSpanRole
from newsmark.ui.linkpainter import LinkPainter

if TYPE_CHECKING:
    from newsmark.ui.actions import Actions
    from newsmark.ui.articleview import ArticleView
    from newsmark.ui.context import WindowContext
    from newsmark.ui.linklist import LinkList

STATUS_MS = 8000


def excerpt(text: str, span: Span, width: int = 30) -> str:
    """A span's text on one line, shortened to about ``width`` characters."""
    words = " ".join(text[span.start:span.end].split())
    return words if len(words) <= width else words[: width - 1] + "…"


class Linker(QObject):
    """Starts a link at the selected span, takes the next span chosen as its target, and asks for the type."""

    def __init__(
        self, ctx: WindowContext, actions: Actions, view: ArticleView, link_list: LinkList,
        selected_spans: Callable[[], list[Span]], select_span_row: Callable[[int], None],
    ):
        super().__init__(ctx.parent)
        self._ctx = ctx
        self._actions = actions
        self._view = view
        self.link_list = link_list
        self._selected_spans = selected_spans
        self._select_span_row = select_span_row
        self.source: int | None = None  # the span a link being made starts at
        self._drag_from: int | None = None  # the span an Alt+drag started on
        self.painter = LinkPainter(view, selected_spans)
        self.painter.allowed = self.allowed
        a = actions
        a.start_link.triggered.connect(self.start)
        a.confirm_link.triggered.connect(self.confirm)
        a.cancel_link.triggered.connect(self.cancel)
        a.delete_link.triggered.connect(self.delete_selected_link)
        a.show_all_links.setChecked(ctx.settings.value("view/showAllLinks", False, type=bool))
        self.painter.set_show_all(a.show_all_links.isChecked())
        a.show_all_links.toggled.connect(self._show_all_toggled)
        a.show_link_counts.setChecked(ctx.settings.value("view/showLinkCounts", False, type=bool))
        a.show_link_counts.toggled.connect(self._show_counts_toggled)
        self._set_pending(None)
        view.span_clicked.connect(self._clicked)
        view.viewport().installEventFilter(self)
        link_list.addAction(a.delete_link)  # its context menu
        self.editor = LinkEditor(ctx, actions, link_list)  # Edit Link Note…, Change Link Type…
        link_list.itemActivated.connect(self._jump)
        link_list.itemClicked.connect(self._jump)

    # -- the session -----------------------------------------------------------------

    def connect_session(self) -> None:
        """Follow a new session's links and link types."""
        session = self._ctx.session
        self._set_pending(None)
        self.painter.follow(session.index, session.links)
        self.painter.set_types(session.link_types)
        session.links.subscribe(lambda _event: self.show_links())
        session.link_types_changed.connect(self._types_changed)
        session.tags_changed.connect(self.show_links)
        session.spans_changed.connect(self.show_links)  # a retag may leave a link not allowed (marked)
        session.document_changed.connect(lambda: self._set_pending(None))  # a link never spans two documents
        session.span_model.show_link_counts(self._actions.show_link_counts.isChecked())
        self.show_links()

    def _types_changed(self) -> None:
        self.painter.set_types(self._ctx.session.link_types)
        self.show_links()

    def _show_counts_toggled(self, on: bool) -> None:
        self._ctx.settings.setValue("view/showLinkCounts", on)
        self._ctx.session.span_model.show_link_counts(on)

    def _show_all_toggled(self, on: bool) -> None:
        self._ctx.settings.setValue("view/showAllLinks", on)
        self.painter.set_show_all(on)

    # -- seeing ------------------------------------------------------------------------

    def allowed(self, link) -> bool:
        """Whether a link's type allows the tags its two spans have now."""
        session = self._ctx.session
        kind = session.link_type(link.type_id)
        if kind is None or link.source_id not in session.index or link.target_id not in session.index:
            return True  # nothing to judge by (yet)
        source, target = session.index.get(link.source_id), session.index.get(link.target_id)
        return kind.allows(self._tag_name(source.tag_id), self._tag_name(target.tag_id))

    def show_links(self, *_args) -> None:
        """List the selected span's links under the span panel."""
        session = self._ctx.session
        spans = self._selected_spans()
        rows = []
        if len(spans) == 1 and session.document is not None:
            span = spans[0]
            for link in session.links.of_span(span.id):
                kind = session.link_type(link.type_id)
                outgoing = link.source_id == span.id
                other_id = link.target_id if outgoing else link.source_id
                other = session.index.get(other_id) if other_id in session.index else None
                where = (
                    f"{self._tag_name(other.tag_id)} “{excerpt(session.document.text, other)}”" if other else "a span"
                )
                arrow = "↔" if kind is not None and kind.symmetric else "→" if outgoing else "←"
                name = kind.name if kind else "?"
                rows.append((link.id, other_id, kind.color if kind else "#808080", f"{arrow} {name}: {where}",
                             self.allowed(link), link.note))
        self.link_list.show_links(rows)

    def _jump(self, item) -> None:
        other = item.data(OtherSpanRole)
        session = self._ctx.session
        if other is None or other not in session.index:
            return
        span = session.index.get(other)
        self._select_span_row(span.id)
        self._view.select_range(span.start, span.end)

    # -- making by keyboard ----------------------------------------------------------------

    def start(self) -> None:
        """Start a link at the selected span: the next span clicked, or chosen with F8 and Enter, is its target."""
        spans = self._selected_spans()
        if len(spans) != 1:
            self._ctx.status("Select one span first: a link starts at the selected span.", STATUS_MS)
            return
        if not self._ctx.session.link_types:
            self._ctx.status("The tag set has no link types (add them under Edit › Edit Tag Set).", STATUS_MS)
            return
        self._set_pending(spans[0].id)
        text = excerpt(self._ctx.session.document.text, spans[0])
        self._ctx.status(
            f"Link from “{text}”: click the target span, or go to it with F8/Shift+F8 and press Enter; Esc cancels.", 0
        )

    def confirm(self) -> None:
        """Take the selected span as the target of the link being made."""
        spans = self._selected_spans()
        if self.source is None:
            return
        if len(spans) != 1 or spans[0].id == self.source:
            self._ctx.status("Go to the target span first (F8/Shift+F8 or a click); Esc cancels.", STATUS_MS)
            return
        self.finish(self.source, spans[0].id)

    def cancel(self) -> None:
        """Stop making a link."""
        if self.source is not None:
            self._set_pending(None)
            self._ctx.status("No link made.", 4000)

    def _clicked(self, span_id: int) -> None:
        if self.source is not None and span_id != self.source:
            self.finish(self.source, span_id)

    def _set_pending(self, source: int | None) -> None:
        self.source = source
        # Enter and Esc are ours only while a link is being made; otherwise the list and the find bar keep them.
        self._actions.confirm_link.setEnabled(source is not None)
        self._actions.cancel_link.setEnabled(source is not None)

    def finish(self, source_id: int, target_id: int) -> None:
        """Link two spans: the type is the only one allowed between their tags, or the one the analyst picks."""
        self._set_pending(None)
        session = self._ctx.session
        if source_id == target_id or source_id not in session.index or target_id not in session.index:
            return
        source, target = session.index.get(source_id), session.index.get(target_id)
        names = self._tag_name(source.tag_id), self._tag_name(target.tag_id)
        kinds = [t for t in session.link_types if t.allows(*names)]
        if not kinds:
            self._ctx.status(f"No link type goes from {names[0]} to {names[1]}; no link made.", STATUS_MS)
            return
        kind = kinds[0] if len(kinds) == 1 else self._ctx.dialogs.ask_link_type(self._ctx.parent, kinds)
        if kind is None:
            self._ctx.status("No link made.", 4000)
            return
        for link in session.links.of_span(source_id):
            same_ends = {link.source_id, link.target_id} == {source_id, target_id}
            if link.type_id == kind.id and same_ends and (kind.symmetric or link.source_id == source_id):
                self._ctx.status(f"These spans are already linked as {kind.name}.", STATUS_MS)
                return
        command = AddLinkCommand(session, source, target, kind)
        self._ctx.undo_stack.push(command)
        if command.error is None:
            self._ctx.status(f"{command.text()} — saved (Ctrl+Z undoes it)", STATUS_MS)

    # -- making by mouse: Alt+drag from one highlight to another ----------------------------------

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.MouseButtonPress and event.button() == Qt.LeftButton and event.modifiers() & Qt.AltModifier:
            spans = self._view.spans_at(event.position().toPoint())
            if spans:
                self._drag_from = spans[0].id
                self.painter.rubber = (spans[0].id, QPointF(event.position()))
                return True
        elif kind == QEvent.MouseMove and self._drag_from is not None:
            self.painter.rubber = (self._drag_from, QPointF(event.position()))
            self._view.viewport().update()
            return True
        elif kind == QEvent.MouseButtonRelease and self._drag_from is not None:
            source, self._drag_from, self.painter.rubber = self._drag_from, None, None
            self._view.viewport().update()
            spans = self._view.spans_at(event.position().toPoint())
            if spans and spans[0].id != source:
                self.finish(source, spans[0].id)
            return True
        return super().eventFilter(watched, event)

    # -- deleting -------------------------------------------------------------------------------

    def delete_selected_link(self) -> None:
        """Delete the link selected in the span panel's list (one undo step)."""
        link_id = self.link_list.selected_link()
        session = self._ctx.session
        if link_id is None or link_id not in session.links:
            self._ctx.status("Select a link in the list under the span panel first.", STATUS_MS)
            return
        command = DeleteLinksCommand(session, [session.links.get(link_id)])
        self._ctx.undo_stack.push(command)
        if command.error is None:  # as when one is made: Shift+R leaves no mark on screen but the arc gone
            self._ctx.status(f"{command.text()} — saved (Ctrl+Z undoes it)", STATUS_MS)

    # -- retagging --------------------------------------------------------------------------------

    def confirm_retag(self, spans: list[Span], tag_id: int) -> bool:
        """Whether to go on with a retag: if it leaves some links not allowed, the analyst is asked first."""
        session = self._ctx.session
        retagged = {s.id for s in spans}
        links = [k for k in session.links.of_spans(retagged)
                 if k.source_id in session.index and k.target_id in session.index]

        def before(span_id: int) -> str:
            return self._tag_name(session.index.get(span_id).tag_id)

        def after(span_id: int) -> str:
            return self._tag_name(tag_id) if span_id in retagged else before(span_id)

        broken = broken_links(links, {t.id: t for t in session.link_types}, before, after)
        if not broken:
            return True
        names = [session.link_type(k.type_id).name for k in broken]
        return bool(self._ctx.dialogs.ask_keep_links(self._ctx.parent, self._tag_name(tag_id), names))

    def _tag_name(self, tag_id: int) -> str:
        tag = self._ctx.session.tag(tag_id)
        return tag.name if tag else "?"
