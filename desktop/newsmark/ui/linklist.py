"""The selected span's links, listed under the span panel: type, direction and the span at the other end."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from newsmark.ui.actions import color_icon

LinkIdRole = Qt.UserRole + 1
OtherSpanRole = Qt.UserRole + 2


class LinkList(QListWidget):
    """One row per link of the selected span; activating a row jumps to the span at its other end."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("linkList")
        self.setToolTip("The selected span's links: click one to go to the span at its other end")
        self.setMaximumHeight(self.fontMetrics().height() * 4 + 8)  # three links at a glance; more scroll
        self.setContextMenuPolicy(Qt.ActionsContextMenu)  # the linking controller adds Delete Link

    def show_links(self, rows: list[tuple[int, int, str, str, bool]]) -> None:
        """Rows of (link id, other span id, color, text, allowed); a link no longer allowed is marked.

        The selected link stays selected if it is listed again: after a jump to its other end it still
        is, so it can be deleted there.
        """
        chosen = self.selected_link()
        self.clear()
        for link_id, other, color, text, allowed in rows:
            item = QListWidgetItem(color_icon(color), text if allowed else f"⚠ {text} (type not allowed between these tags)")
            item.setData(LinkIdRole, link_id)
            item.setData(OtherSpanRole, other)
            self.addItem(item)
            if link_id == chosen:
                self.setCurrentItem(item)
        self.setEnabled(bool(rows))

    def selected_link(self) -> int | None:
        """The id of the selected row's link, or None."""
        item = self.currentItem()
        return item.data(LinkIdRole) if item is not None and item.isSelected() else None
