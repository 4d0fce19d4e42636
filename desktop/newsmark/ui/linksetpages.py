"""The tag set editor's pages for link types and document categories; every change one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from newsmark.ui.actions import color_icon
from newsmark.ui.linkcommands import AddLinkSetItemCommand, DeleteLinkSetItemCommand, UpdateLinkSetItemCommand

if TYPE_CHECKING:
    from newsmark.ui.context import WindowContext

# Okabe-Ito colors again, darker ones first: arcs are thin lines.
LINK_PALETTE = ["#000000", "#d55e00", "#0072b2", "#009e73", "#cc79a7", "#e69f00", "#56b4e9"]


class _Page(QWidget):
    """A list of the tag set's link types or categories, with buttons beside it."""

    what = ""  # "link_type" or "category"

    def __init__(self, ctx: WindowContext, buttons: list[tuple[str, object]]):
        super().__init__()
        self._ctx = ctx
        self.session = ctx.session
        self.list = QListWidget()
        self.list.setObjectName(f"{self.what}List")
        column = QVBoxLayout()
        for label, slot in buttons:
            button = QPushButton(label)
            button.setObjectName(f"{self.what}:{label.rstrip('…').lower().replace(' ', '')}")
            button.clicked.connect(slot)
            column.addWidget(button)
        column.addStretch(1)
        row = QHBoxLayout(self)
        row.addWidget(self.list, 1)
        row.addLayout(column)
        self.session.link_types_changed.connect(self.refresh)
        self.refresh()

    def items(self) -> list:
        """The link types or categories, in order."""
        raise NotImplementedError

    def describe(self, item) -> str:
        """A list row's text."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Show the items as they are now, keeping the selected one selected."""
        current = self.selected()
        self.list.clear()
        for item in self.items():
            row = QListWidgetItem(self.describe(item))
            if hasattr(item, "color"):
                row.setIcon(color_icon(item.color))
            row.setData(256, item.id)
            self.list.addItem(row)
            if current is not None and item.id == current.id:
                self.list.setCurrentItem(row)

    def selected(self):
        """The selected link type or category, or None."""
        row = self.list.currentItem()
        return next((i for i in self.items() if i.id == row.data(256)), None) if row else None

    def select(self, name: str) -> None:
        """Select an item by name."""
        for i, item in enumerate(self.items()):
            if item.name == name:
                self.list.setCurrentRow(i)

    def _push(self, command) -> None:
        self._ctx.undo_stack.push(command)  # a refused change is reported by the window and leaves no step

    def _update(self, item, text: str, **fields) -> None:
        if any(getattr(item, k) != v for k, v in fields.items()):
            self._push(UpdateLinkSetItemCommand(self.session, self.what, item, text, **fields))

    def rename(self) -> None:
        """Rename the selected item."""
        item = self.selected()
        name = self._ctx.dialogs.ask_tag_name(self, f"Rename {item.name}", item.name) if item else None
        if name and name.strip():
            self._update(item, f"Rename {item.name} to {name.strip()}", name=name.strip())

    def rekey(self) -> None:
        """Choose the key of the selected item."""
        item = self.selected()
        key = self._ctx.dialogs.ask_key(self, item.key) if item else None
        if key is not None:
            self._update(item, f"Set the key of {item.name} to {key or 'none'}", key=key)

    def delete(self) -> None:
        """Delete the selected item (its links or labels go with it; undo brings them back)."""
        item = self.selected()
        if item is not None:
            self._push(DeleteLinkSetItemCommand(self.session, self.what, item))


class LinkTypePage(_Page):
    """Link types: name, color, key, the tags each end may have, symmetric or not."""

    what = "link_type"

    def __init__(self, ctx: WindowContext):
        super().__init__(ctx, [
            ("Add…", self.add), ("Rename…", self.rename), ("Color…", self.recolor), ("Key…", self.rekey),
            ("Ends…", self.edit_ends), ("Delete", self.delete),
        ])

    def items(self) -> list:
        return self.session.link_types

    def describe(self, kind) -> str:
        ends = f"{'/'.join(kind.sources) or 'any'} {'↔' if kind.symmetric else '→'} {'/'.join(kind.targets) or 'any'}"
        return f"{kind.key or '–'}   {kind.name}   ({ends})"

    def add(self) -> None:
        """Add a link type between any two tags, with the next free color."""
        name = self._ctx.dialogs.ask_tag_name(self, "Add link type")
        if not name or not name.strip():
            return
        used = {t.color for t in self.items()}
        color = next((c for c in LINK_PALETTE if c not in used), LINK_PALETTE[0])
        self._push(AddLinkSetItemCommand(self.session, self.what, name.strip(), color=color))
        self.select(name.strip())

    def recolor(self) -> None:
        """Pick a new color for the selected link type."""
        kind = self.selected()
        color = self._ctx.dialogs.ask_color(self, kind.color) if kind else None
        if color:
            self._update(kind, f"Recolor link type {kind.name}", color=color.lower())

    def edit_ends(self) -> None:
        """Choose which tags the source and the target may have, and whether the type is symmetric."""
        kind = self.selected()
        if kind is None:
            return
        tags = [t.name for t in self.session.tags]
        answer = self._ctx.dialogs.ask_link_ends(self, kind.name, tags, kind.sources, kind.targets, kind.symmetric)
        if answer is not None:
            sources, targets, symmetric = answer
            self._update(kind, f"Change the ends of {kind.name}", sources=tuple(sources), targets=tuple(targets),
                         symmetric=bool(symmetric))


class CategoryPage(_Page):
    """Document categories: name, key, choices, one value or several."""

    what = "category"

    def __init__(self, ctx: WindowContext):
        super().__init__(ctx, [
            ("Add…", self.add), ("Rename…", self.rename), ("Key…", self.rekey), ("Choices…", self.edit_choices),
            ("One or several", self.toggle_multiple), ("Delete", self.delete),
        ])

    def items(self) -> list:
        return self.session.categories

    def describe(self, category) -> str:
        how = "several" if category.multiple else "one"
        return f"{category.key or '–'}   {category.name}   ({how} of: {', '.join(category.choices)})"

    def add(self) -> None:
        """Add a single-choice category; its choices are asked next."""
        name = self._ctx.dialogs.ask_tag_name(self, "Add category")
        if not name or not name.strip():
            return
        choices = self._ctx.dialogs.ask_choices(self, name.strip(), ())
        if choices:
            self._push(AddLinkSetItemCommand(self.session, self.what, name.strip(), choices=tuple(choices)))
            self.select(name.strip())

    def edit_choices(self) -> None:
        """Change the selected category's choices (one a document has cannot be dropped)."""
        category = self.selected()
        choices = self._ctx.dialogs.ask_choices(self, category.name, category.choices) if category else None
        if choices:
            self._update(category, f"Change the choices of {category.name}", choices=tuple(choices))

    def toggle_multiple(self) -> None:
        """Let the selected category take several values at once, or only one."""
        category = self.selected()
        if category is not None:
            how = "one value" if category.multiple else "several values"
            self._update(category, f"Let {category.name} take {how}", multiple=not category.multiple)
