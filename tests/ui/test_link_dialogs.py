"""The real menus behind ask_link_type and ask_document_label: a key picks, Escape cancels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from newsmark.core.model import Category, LinkType
from newsmark.ui import dialogs

# The offscreen platform cannot raise a popup or grab the keyboard for it; it says so, harmlessly.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")

KINDS = [LinkType(1, "evidence", "#d55e00", "e"), LinkType(2, "about", "#0072b2", ""), LinkType(3, "said_by", "#000000", "")]


def press_in_popup(qtbot, key) -> None:
    """Once the menu is open, press a key in it."""
    def press():
        popup = QApplication.activePopupWidget()
        if popup is None:
            QTimer.singleShot(20, press)
            return
        qtbot.keyClick(popup, key)
    QTimer.singleShot(20, press)


def test_a_link_type_is_picked_by_its_key_or_else_a_digit(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    press_in_popup(qtbot, Qt.Key_E)
    assert dialogs.ask_link_type(parent, KINDS) == KINDS[0]
    press_in_popup(qtbot, Qt.Key_2)  # the second type without a key of its own gets 2
    assert dialogs.ask_link_type(parent, KINDS) == KINDS[2]
    press_in_popup(qtbot, Qt.Key_Escape)
    assert dialogs.ask_link_type(parent, KINDS) is None


def test_a_document_label_is_picked_by_its_digit(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    genre = Category(1, "genre", ("news", "opinion", "analysis"))
    press_in_popup(qtbot, Qt.Key_3)
    assert dialogs.ask_document_label(parent, genre, ["news"]) == "analysis"
    press_in_popup(qtbot, Qt.Key_Escape)
    assert dialogs.ask_document_label(parent, genre, []) is None
