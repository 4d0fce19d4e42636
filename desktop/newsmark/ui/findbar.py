"""The find bar: a query with its options, the match count, and "tag all matches"."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QToolButton, QWidget

from newsmark.core.model import Tag
from newsmark.core.text.search import Query
from newsmark.ui.actions import color_icon
from newsmark.ui.flowlayout import FlowLayout

THIS_DOCUMENT, ALL_DOCUMENTS = 0, 1


class FindBar(QWidget):
    """Shown with Ctrl+F in its own row above the panels; Escape hides it."""

    changed = Signal()  # the query or an option changed
    next_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("findBar")
        self.text = _named(QLineEdit(), "findText")
        self.text.setPlaceholderText("Find in the article")
        self.text.setClearButtonEnabled(True)
        self.case = _named(QCheckBox("Match case"), "findCase")
        self.whole_word = _named(QCheckBox("Whole word"), "findWholeWord")
        self.regex = _named(QCheckBox("Regex"), "findRegex")
        self.count = _named(QLabel(), "findCount")
        self.tag = _named(QComboBox(), "annotateTag")
        self.tag.setToolTip("The tag that “Tag all” gives every match")
        self.scope = _named(QComboBox(), "annotateScope")
        self.scope.addItems(["in this document", "in all documents"])
        self.tag_all = _named(QPushButton("Tag all…"), "annotateAll")
        close = _named(QToolButton(), "findClose")
        close.setText("✕")
        close.setToolTip("Close the find bar (Escape)")
        close.clicked.connect(self.close_bar)
        self.text.setMinimumWidth(self.text.fontMetrics().horizontalAdvance("x" * 24))
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance("0,000 of 0,000"))
        # Groups that wrap as wholes when the window is narrow, so the bar never squeezes the panels.
        flow = FlowLayout(self)
        flow.setContentsMargins(6, 2, 6, 2)
        flow.addWidget(_group(self.text, self.count))
        flow.addWidget(_group(self.case, self.whole_word, self.regex))
        flow.addWidget(_group(QLabel("Tag all matches as"), self.tag, self.scope, self.tag_all, close))
        self.text.textChanged.connect(self.changed)
        self.text.returnPressed.connect(self.next_requested)
        for box in (self.case, self.whole_word, self.regex):
            box.toggled.connect(self.changed)
        self.hide()

    def set_tags(self, tags: list[Tag]) -> None:
        """The tags "Tag all" can give."""
        self.tag.clear()
        for tag in tags:
            self.tag.addItem(color_icon(tag.color), tag.name, tag.id)

    def query(self) -> Query:
        """The query as typed, with its options."""
        return Query(self.text.text(), self.case.isChecked(), self.whole_word.isChecked(), self.regex.isChecked())

    def open_bar(self, text: str = "") -> None:
        """Show the bar with the keyboard in the query field, optionally starting from some text."""
        if text:
            self.text.setText(text)
        self.show()
        self.text.setFocus()
        self.text.selectAll()

    def close_bar(self) -> None:
        """Hide the bar; matches stop being shown."""
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)


def _named(widget, name: str):
    widget.setObjectName(name)
    return widget


def _group(*widgets: QWidget) -> QWidget:
    """Widgets kept side by side on one row of the bar."""
    group = QWidget()
    row = QHBoxLayout(group)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return group
