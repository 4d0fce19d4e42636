"""The tag set editor: add, rename, recolor, rekey, reorder and delete tags; every change undoable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from newsmark.core.attributes import attributes_json, parse_attributes
from newsmark.core.model import Tag
from newsmark.core.shownlinks import broken_links
from newsmark.ui.actions import color_icon
from newsmark.ui.keys import START_LINK
from newsmark.ui.tagcommands import AddTagCommand, DeleteTagCommand, ReorderTagsCommand, UpdateTagCommand
from newsmark.ui.linksetpages import CategoryPage, LinkTypePage

if TYPE_CHECKING:
    from newsmark.ui.context import WindowContext

# Okabe-Ito colors, handed to new tags in turn.
PALETTE = ["#0072b2", "#d55e00", "#f0e442", "#000000", "#e69f00", "#56b4e9", "#009e73", "#cc79a7"]


class TagSetEditor(QDialog):
    """Edits the project's tag set through the window's undo stack, so Ctrl+Z works here and after."""

    def __init__(self, ctx: WindowContext):
        super().__init__(ctx.parent)
        self.setObjectName("tagSetEditor")
        self.setWindowTitle("Tag set")
        self._ctx = ctx
        self.session = ctx.session
        self.list = QListWidget()
        self.list.setObjectName("tagList")
        buttons = QVBoxLayout()
        for label, slot in (
            ("Add…", self.add_tag), ("Rename…", self.rename), ("Color…", self.recolor), ("Key…", self.rekey),
            ("Attributes…", self.edit_attributes), ("Move up", lambda: self.move(-1)), ("Move down", lambda: self.move(+1)), ("Delete…", self.delete),
        ):
            button = QPushButton(label)
            button.setObjectName(f"tagSet:{label.rstrip('…').lower().replace(' ', '')}")
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        tags_page = QWidget()
        tags_page.setLayout(row)
        # Link types and document categories belong to the tag set too (and travel in tag set files).
        self.link_types = LinkTypePage(ctx)
        self.categories = CategoryPage(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tagSetTabs")
        self.tabs.addTab(tags_page, "Tags")
        self.tabs.addTab(self.link_types, "Link types")
        self.tabs.addTab(self.categories, "Document categories")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(close)
        self.session.tags_changed.connect(self.refresh)
        self.refresh()
        self.resize(560, 360)

    def refresh(self) -> None:
        """Show the tag set as it is now, keeping the selected tag selected."""
        current = self.selected()
        self.list.clear()
        for tag in self.session.tags:
            item = QListWidgetItem(color_icon(tag.color), f"{tag.key or '–'}   {tag.name}")
            item.setData(256, tag.id)
            self.list.addItem(item)
            if current is not None and tag.id == current.id:
                self.list.setCurrentItem(item)

    def selected(self) -> Tag | None:
        """The selected tag."""
        item = self.list.currentItem()
        return self.session.tag(item.data(256)) if item else None

    def select(self, name: str) -> None:
        """Select a tag by name."""
        for row in range(self.list.count()):
            if self.list.item(row).text().endswith(f"   {name}"):
                self.list.setCurrentRow(row)

    def add_tag(self) -> None:
        """Ask for a name and add a tag with the next free color and key."""
        name = self._ctx.dialogs.ask_tag_name(self, "Add tag")
        if not name:
            return
        used = {t.color for t in self.session.tags}
        color = next((c for c in PALETTE if c not in used), PALETTE[len(self.session.tags) % len(PALETTE)])
        keys = {t.key for t in self.session.tags}
        key = next((k for k in "123456789" if k not in keys), "")
        self._push(AddTagCommand(self.session, name, color, key))
        self.select(name.strip())

    def rename(self) -> None:
        """Rename the selected tag."""
        tag = self.selected()
        name = self._ctx.dialogs.ask_tag_name(self, "Rename tag", tag.name) if tag else None
        if name and name.strip() != tag.name:
            self._push(UpdateTagCommand(self.session, tag, f"Rename tag {tag.name} to {name.strip()}", name=name))

    def recolor(self) -> None:
        """Pick a new color for the selected tag."""
        tag = self.selected()
        color = self._ctx.dialogs.ask_color(self, tag.color) if tag else None
        if color and color.lower() != tag.color:
            self._push(UpdateTagCommand(self.session, tag, f"Recolor tag {tag.name}", color=color))

    def rekey(self) -> None:
        """Choose the key that applies the selected tag."""
        tag = self.selected()
        key = self._ctx.dialogs.ask_key(self, tag.key) if tag else None
        if key and key.upper() == START_LINK:  # the same key twice would make both do nothing
            self._ctx.dialogs.show_error(self, "Key taken", f"{START_LINK} starts a link; choose another key.")
            return
        if key is not None and key != tag.key:
            self._push(UpdateTagCommand(self.session, tag, f"Set the key of {tag.name} to {key or 'none'}", key=key))

    def edit_attributes(self) -> None:
        """Edit the selected tag's attribute definitions in a form (checked as typed)."""
        tag = self.selected()
        if tag is None:
            return
        specs = self._ctx.dialogs.ask_attributes(self, tag.name, parse_attributes(tag.attributes))
        if specs is None:
            return
        new = attributes_json(specs)
        if new != tag.attributes:
            self._push(UpdateTagCommand(self.session, tag, f"Change the attributes of {tag.name}", attributes=new))

    def move(self, step: int) -> None:
        """Move the selected tag up (-1) or down (+1)."""
        tag = self.selected()
        order = [t.id for t in self.session.tags]
        if tag is None:
            return
        i = order.index(tag.id)
        j = i + step
        if not 0 <= j < len(order):
            return
        new = list(order)
        new[i], new[j] = new[j], new[i]
        self._push(ReorderTagsCommand(self.session, order, new))

    def delete(self) -> None:
        """Delete the selected tag, asking what happens to its spans."""
        tag = self.selected()
        if tag is None:
            return
        if len(self.session.tags) == 1:
            self._ctx.dialogs.show_error(self, "Cannot delete", "A project keeps at least one tag.")
            return
        count = self.session.project.count_tag_spans(tag.id)
        others = [(t.id, t.name) for t in self.session.tags if t.id != tag.id]
        choice = self._ctx.dialogs.ask_delete_tag(self, tag.name, count, others)
        if choice is None:
            return
        if choice != "delete" and not self._keep_links_moved(tag, choice):
            return
        self._push(DeleteTagCommand(self.session, tag, None if choice == "delete" else choice))

    def _keep_links_moved(self, tag: Tag, move_to: int) -> bool:
        """Moving a deleted tag's spans to another tag is a retag: ask first if it leaves links not allowed."""
        project, names = self.session.project, {t.id: t.name for t in self.session.tags}
        links = project.links_of_tag(tag.id)
        if not links:
            return True
        tags = {s: project.span(s).tag_id for k in links for s in (k.source_id, k.target_id)}
        broken = broken_links(
            links, {t.id: t for t in self.session.link_types}, lambda s: names[tags[s]],
            lambda s: names[move_to if tags[s] == tag.id else tags[s]],
        )
        if not broken:
            return True
        kinds = {t.id: t.name for t in self.session.link_types}
        return bool(self._ctx.dialogs.ask_keep_links(self, names[move_to], [kinds[k.type_id] for k in broken]))

    def _push(self, command) -> None:
        # A refused change (say, a duplicate name) is reported by the window and leaves no undo step.
        self._ctx.undo_stack.push(command)
