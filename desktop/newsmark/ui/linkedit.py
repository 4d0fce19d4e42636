"""Editing a link made earlier: its note (F2 in the link list) and its type (among those its spans' tags allow)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from newsmark.ui.linkcommands import UpdateLinkCommand

if TYPE_CHECKING:
    from newsmark.ui.actions import Actions
    from newsmark.ui.context import WindowContext
    from newsmark.ui.linklist import LinkList

STATUS_MS = 8000


class LinkEditor(QObject):
    """Edit Link Note… and Change Link Type… on the link selected in the list under the span panel."""

    def __init__(self, ctx: WindowContext, actions: Actions, link_list: LinkList):
        super().__init__(ctx.parent)
        self._ctx = ctx
        self._list = link_list
        actions.edit_link_note.triggered.connect(self.edit_note)
        actions.change_link_type.triggered.connect(self.change_type)
        link_list.addActions([actions.edit_link_note, actions.change_link_type])  # its context menu (and F2)

    def _selected(self):
        """The selected link, or None (said on the status bar)."""
        link_id = self._list.selected_link()
        links = self._ctx.session.links
        if link_id is None or link_id not in links:
            self._ctx.status("Select a link in the list under the span panel first.", STATUS_MS)
            return None
        return links.get(link_id)

    def _name(self, link) -> str:
        kind = self._ctx.session.link_type(link.type_id)
        return kind.name if kind else "?"

    def edit_note(self) -> None:
        """Ask for a new note on the selected link (one undo step)."""
        link = self._selected()
        if link is None:
            return
        row = self._list.currentItem()
        note = self._ctx.dialogs.ask_link_note(self._ctx.parent, link.note, row.text() if row else self._name(link))
        if note is None or note == link.note:
            return
        command = UpdateLinkCommand(self._ctx.session, link, f"Note on {self._name(link)} link", note=note)
        self._push(command)

    def change_type(self) -> None:
        """Give the selected link another type allowed between its spans' tags, picked by key (one undo step)."""
        link = self._selected()
        if link is None:
            return
        session = self._ctx.session
        if link.source_id not in session.index or link.target_id not in session.index:
            return
        names = tuple(self._tag_name(session.index.get(i).tag_id) for i in (link.source_id, link.target_id))
        kinds = [t for t in session.link_types if t.allows(*names) and t.id != link.type_id]
        if not kinds:
            self._ctx.status(
                f"No other link type goes from {names[0]} to {names[1]}; the link stays {self._name(link)}.", STATUS_MS
            )
            return
        # As when a link is made: the only type allowed is taken, otherwise the analyst picks one by its key.
        kind = kinds[0] if len(kinds) == 1 else self._ctx.dialogs.ask_link_type(self._ctx.parent, kinds)
        if kind is None:
            return
        ends = {link.source_id, link.target_id}
        for other in session.links.of_span(link.source_id):
            if other.id != link.id and other.type_id == kind.id and {other.source_id, other.target_id} == ends and (
                kind.symmetric or other.source_id == link.source_id
            ):
                self._ctx.status(f"These spans are already linked as {kind.name}.", STATUS_MS)
                return
        text = f"Change {self._name(link)} link to {kind.name}"
        self._push(UpdateLinkCommand(session, link, text, type_id=kind.id))

    def _push(self, command: UpdateLinkCommand) -> None:
        self._ctx.undo_stack.push(command)
        if command.error is None:
            self._ctx.status(f"{command.text()} — saved (Ctrl+Z undoes it)", STATUS_MS)

    def _tag_name(self, tag_id: int) -> str:
        tag = self._ctx.session.tag(tag_id)
        return tag.name if tag else "?"
