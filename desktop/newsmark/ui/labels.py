"""Labels for a whole document (topic, genre, stance): shown and set in the document panel, by key, undoable, filterable."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QToolButton, QWidget

from newsmark.ui.actions import LABEL_MODIFIER, build_category_actions
from newsmark.ui.flowlayout import FlowLayout
from newsmark.ui.linkcommands import SetDocumentLabelsCommand

if TYPE_CHECKING:
    from newsmark.ui.context import WindowContext
    from newsmark.ui.documentcontrols import DocumentControls

ANY = "Any label"


def labels_after_pick(choices: tuple[str, ...], multiple: bool, current: list[str], value: str) -> list[str]:
    """A category's values after one is picked: a multiple-choice one toggles it; a single-choice one takes it
    (or clears it, if it was the value already). In the category's order."""
    if multiple:
        return [v for v in choices if (v in current) != (v == value)]
    return [] if current == [value] else [value]


def label_text(givers: list[tuple[str, list[str]]], analyst: str) -> tuple[str, list[str]]:
    """A category's button text and tooltip lines for its values and who gave each.

    Only your own answers: the values alone. Anyone else's too: each value with its analysts' names,
    so a disagreement (or an agreement) is seen without opening anything.
    """
    if not givers:
        return "—", []
    tip = [f"{value}: {', '.join(name or '(no name)' for name in names)}" for value, names in givers]
    if all(names == [analyst] for _, names in givers):
        return ", ".join(value for value, _ in givers), tip
    return ", ".join(f"{value} ({', '.join(name or '?' for name in names)})" for value, names in givers), tip


class LabelPanel(QGroupBox):
    """One row per category: its name and key, and a button showing the shown document's values."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("Labels", parent)
        self.setObjectName("labelPanel")
        # Categories flow side by side and wrap, so the panel takes one line where the width allows
        # and leaves the height to the span list (a small window needs it there).
        self.flow = FlowLayout(self)
        self.flow.setContentsMargins(6, 6, 6, 6)
        self.buttons: dict[int, QToolButton] = {}  # category id -> its button
        self.tips: dict[int, str] = {}  # category id -> what its button does

    def rebuild(self, categories: list) -> None:
        """A name and a value button per category (hidden when the tag set has none)."""
        while (item := self.flow.takeAt(0)) is not None:
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons, self.tips = {}, {}
        for category in categories:
            button = QToolButton()
            button.setObjectName(f"label:{category.name}")
            key = f" ({LABEL_MODIFIER}{category.key.upper()})" if category.key else ""
            self.tips[category.id] = f"Set your {category.name} of the document{key}"
            button.setToolTip(self.tips[category.id])
            cell = QWidget()
            row = QHBoxLayout(cell)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(QLabel(category.name))
            row.addWidget(button)
            self.flow.addWidget(cell)
            self.buttons[category.id] = button
        self.setVisible(bool(categories))


class DocumentLabeler(QObject):
    """Fills the label panel, sets labels by key or click (one undo step each), and filters the document list."""

    def __init__(self, ctx: WindowContext, panel: LabelPanel, label_filter: QComboBox, documents: DocumentControls):
        super().__init__(ctx.parent)
        self._ctx = ctx
        self.panel = panel
        self.filter = label_filter
        self._documents = documents
        self.actions: list = []
        self.actions_changed: Callable[[list], None] = lambda _actions: None  # the window's menus follow
        label_filter.currentIndexChanged.connect(lambda _i: self._filter_changed())

    def connect_session(self) -> None:
        """Follow a new session's categories and labels."""
        session = self._ctx.session
        session.link_types_changed.connect(self._categories_changed)
        session.labels_changed.connect(self._labels_changed)
        session.document_changed.connect(self.show_document)
        self._categories_changed()

    def _categories_changed(self) -> None:
        session, parent = self._ctx.session, self._ctx.parent
        for action in self.actions:
            parent.removeAction(action)
            action.deleteLater()
        self.actions = build_category_actions(parent, session.categories)
        for action in self.actions:
            action.triggered.connect(lambda _=False, a=action: self.pick(a.data()))
        self.actions_changed(self.actions)
        self.panel.rebuild(session.categories)
        for category_id, button in self.panel.buttons.items():
            button.clicked.connect(lambda _=False, c=category_id: self.pick(c))
        chosen = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(ANY, None)
        for category in session.categories:
            for value in category.choices:
                self.filter.addItem(f"{category.name}: {value}", (category.id, value))
            self.filter.addItem(f"{category.name}: none", (category.id, None))
        self.filter.setCurrentIndex(max(0, self.filter.findData(chosen)))
        self.filter.setVisible(bool(session.categories))
        self.filter.blockSignals(False)
        self.show_document()
        self._filter_changed()

    def show_document(self) -> None:
        """Show the shown document's values on the panel's buttons, naming who gave them when not only you."""
        session = self._ctx.session
        if session is None:
            return
        doc = session.document
        self.panel.setEnabled(doc is not None)
        for category_id, button in self.panel.buttons.items():
            givers = session.label_givers(doc.id, category_id) if doc else []
            text, tip = label_text(givers, session.analyst)
            button.setText(text)
            button.setToolTip("\n".join([self.panel.tips[category_id], *tip]))

    def _labels_changed(self, document_id: int) -> None:
        doc = self._ctx.session.document
        if doc is not None and doc.id == document_id:
            self.show_document()
        row = self._ctx.session.document_model.row_of(document_id)
        if row is not None:
            self._documents.apply_filter(row, row)

    def pick(self, category_id: int) -> None:
        """Ask for one value of a category for the shown document, and set it (one undo step)."""
        session = self._ctx.session
        doc, category = session.document, session.category(category_id)
        if doc is None or category is None:
            return
        current = session.labels_of(doc.id, category_id, session.analyst)  # others' answers are theirs to change
        value = self._ctx.dialogs.ask_document_label(self._ctx.parent, category, current)
        if value is None:
            return
        new = labels_after_pick(category.choices, category.multiple, current, value)
        command = SetDocumentLabelsCommand(session, doc.id, category, new, doc.title)
        self._ctx.undo_stack.push(command)
        if command.error is None:
            self._ctx.status(f"{command.text()} — saved (Ctrl+Z undoes it)", 6000)

    def _filter_changed(self) -> None:
        self._documents.extra_filter = self._passes if self.filter.currentData() is not None else None
        self._documents.apply_filter()

    def _passes(self, document_id: int) -> bool:
        category_id, value = self.filter.currentData()
        values = self._ctx.session.labels_of(document_id, category_id)
        return not values if value is None else value in values
