"""The one way the window's actions are made: a name for tests, a tooltip, and shortcuts (standard ones where they exist)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def make_action(parent: QWidget, name: str, text: str, tip: str, *keys) -> QAction:
    """An action on ``parent`` named ``name`` (tests trigger it by that name), with a tooltip and these keys."""
    action = QAction(text, parent)
    action.setObjectName(name)
    action.setToolTip(tip)
    shortcuts = []
    for key in keys:
        for seq in QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]:
            if seq not in shortcuts:
                shortcuts.append(seq)
    action.setShortcuts(shortcuts)
    parent.addAction(action)
    return action
