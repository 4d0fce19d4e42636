"""The tag bar: one button per tag showing its color and key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QToolButton, QWidget

from newsmark.ui.flowlayout import FlowLayout


class TagBar(QWidget):
    """Buttons that trigger the tag actions, wrapping onto more rows; rebuilt when the tag set changes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tagBar")
        self._layout = FlowLayout(self)
        self._layout.setContentsMargins(6, 4, 6, 4)

    def set_actions(self, actions: list[QAction]) -> None:
        """Show one button per tag action, labelled with its icon text (key and name)."""
        while self._layout.count():
            widget = self._layout.takeAt(0).widget()
            if widget is not None:
                widget.setParent(None)  # gone at once, not at the next event loop turn
                widget.deleteLater()
        hint = QLabel("Select text, then press a key:")
        hint.setObjectName("tagBarHint")
        self._layout.addWidget(hint)
        for action in actions:
            button = QToolButton(self)
            button.setObjectName(f"tagButton:{action.text()}")
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
            button.setFocusPolicy(Qt.NoFocus)  # clicking must not take the selection away from the text
            self._layout.addWidget(button)
