"""The layout makes the window's widgets and hands them back; it sets nothing on the window."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QMainWindow, QWidget

from newsmark.ui import windowlayout


def attributes(window):
    """What Python code set on the window (PySide keeps bound signals there too)."""
    return [name for name, value in vars(window).items() if not isinstance(value, SignalInstance)]


def test_build_returns_the_widgets_laid_out_in_the_window_and_sets_no_attribute(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    widgets = windowlayout.build(window)
    assert attributes(window) == []
    assert widgets.splitter.parent() is window.centralWidget()
    for field in fields(widgets):
        widget = getattr(widgets, field.name)
        assert isinstance(widget, QWidget) and window.isAncestorOf(widget), field.name
    names = {widgets.view.objectName(), widgets.span_table.objectName(), widgets.document_list.objectName()}
    assert names == {"articleView", "spanTable", "documentList"} and widgets.tag_bar.objectName() == "tagBar"
