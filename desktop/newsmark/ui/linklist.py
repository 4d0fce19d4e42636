"""The selected span's links, listed under the span panel: type, direction and the span at the other end."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence
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
        self.setContextMenuPolicy(Qt.ActionsContextMenu)  # the linking controller adds its link actions

    def show_links(self, rows: list[tuple[int, int, str, str, bool, str]]) -> None:
        """Rows of (link id, other span id, color, text, allowed, note); a link no longer allowed is marked,
        a note is shown after the text (on one line) and whole in the tooltip.

        The selected link stays selected if it is listed again: after a jump to its other end it still
        is, so it can be deleted there.
        """
        chosen = self.selected_link()
        self.clear()
        for link_id, other, color, text, allowed, note in rows:
            shown = text if allowed else f"⚠ {text} (type not allowed between these tags)"
            item = QListWidgetItem(color_icon(color), f"{shown} — {one_line(note)}" if note.strip() else shown)
            item.setToolTip(f"{shown}\n\nNote: {note}" if note.strip() else shown)
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

    def _own_action(self, event) -> object | None:
        """The list's own action (shortcut context: this widget) whose key this is, or None."""
        pressed = QKeySequence(event.keyCombination())
        for action in self.actions():
            if action.shortcutContext() == Qt.WidgetShortcut and action.isEnabled() and pressed in action.shortcuts():
                return action
        return None

    def event(self, event) -> bool:
        # The window's actions may share the key (F2 is also the span note's): the list claims it first, else
        # Qt would find two shortcuts for one key and fire neither.
        if event.type() == QEvent.ShortcutOverride and self._own_action(event) is not None:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        action = self._own_action(event)
        if action is not None:
            action.trigger()
            event.accept()
            return
        super().keyPressEvent(event)


def one_line(note: str, width: int = 40) -> str:
    """A note on one line, shortened to about ``width`` characters."""
    words = " ".join(note.split())
    return words if len(words) <= width else words[: width - 1] + "…"
