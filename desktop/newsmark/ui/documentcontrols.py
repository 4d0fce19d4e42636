"""Documents in the window: status and its filter, the metadata panel, next not done, remove."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit

from newsmark.core.model import DOCUMENT_FIELDS, STATUSES
from newsmark.ui.commands import RemoveDocumentCommand, UpdateDocumentCommand
from newsmark.ui.documentlistmodel import StatusRole

if TYPE_CHECKING:
    from newsmark.ui.mainwindow import MainWindow

# Filter choices: label and the statuses it shows (None: all).
STATUS_FILTERS = [("All documents", None), ("Not done", {"todo", "in_progress"})] + [
    (label, {status}) for status, label in STATUSES.items()
]


class DocumentPanel(QGroupBox):
    """The shown document's status and metadata, editable; each edit is one undo step."""

    def __init__(self, parent=None):
        super().__init__("Document", parent)
        self.setObjectName("documentPanel")
        form = QFormLayout(self)
        form.setContentsMargins(6, 6, 6, 6)
        self.status = QComboBox()
        self.status.setObjectName("documentStatus")
        for status, label in STATUSES.items():
            self.status.addItem(label, status)
        form.addRow("Status", self.status)
        self.fields: dict[str, QLineEdit] = {}
        for name, label in DOCUMENT_FIELDS.items():
            edit = QLineEdit()
            edit.setObjectName(f"document:{name}")
            form.addRow(label, edit)
            self.fields[name] = edit


class DocumentControls(QObject):
    """Connects the document list, its filter, the panel and the document actions to undoable commands."""

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self._filtering = False  # whether the status filter may have hidden some rows
        self.panel = DocumentPanel()
        self.filter = QComboBox()
        self.filter.setObjectName("documentStatusFilter")
        for label, _ in STATUS_FILTERS:
            self.filter.addItem(label)
        self.filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.panel.status.activated.connect(lambda _i: self.set_status(self.panel.status.currentData()))
        for name, edit in self.panel.fields.items():
            edit.editingFinished.connect(lambda n=name, e=edit: self._edited(n, e.text()))
        a = window.actions
        a.next_not_done.triggered.connect(self.next_not_done)
        a.remove_document.triggered.connect(self.remove_shown)
        for action in (a.mark_todo, a.mark_in_progress, a.mark_done, a.mark_reviewed):
            action.triggered.connect(lambda _=False, s=action.data(): self.set_status(s))

    def connect_session(self) -> None:
        """Follow a new session's document list."""
        model = self.window.session.document_model
        # Only the rows a change touches are looked at again: a bulk change repaints many counts at once,
        # and a filter pass over every row per changed document made it documents x documents.
        model.rowsInserted.connect(lambda _parent, first, last: self.apply_filter(first, last))
        model.dataChanged.connect(self._data_changed)
        model.modelReset.connect(self.apply_filter)
        self.window.session.document_edited.connect(self.show_document)
        self.apply_filter()

    def show_document(self) -> None:
        """Fill the panel from the shown document."""
        doc = self.window.session.document
        self.panel.setEnabled(doc is not None)
        self.panel.status.setCurrentIndex(list(STATUSES).index(doc.status) if doc else 0)
        for name, edit in self.panel.fields.items():
            edit.setText(getattr(doc, name) if doc else "")
            edit.setCursorPosition(0)

    def _data_changed(self, top, bottom, roles=()) -> None:
        if not roles or StatusRole in roles:  # a span count alone never changes what the filter shows
            self.apply_filter(top.row(), bottom.row())

    def apply_filter(self, first: int = 0, last: int | None = None) -> None:
        """Hide the documents whose status the filter leaves out (rows ``first`` to ``last``, default all)."""
        shown = STATUS_FILTERS[self.filter.currentIndex()][1]
        model = self.window.session.document_model
        if shown is None and not self._filtering:
            return  # nothing is hidden (a new or reset list hides nothing): 10,000 rows need no visit
        self._filtering = shown is not None
        last = model.rowCount() - 1 if last is None else last
        for row in range(first, last + 1):
            status = model.index(row).data(StatusRole)
            self.window.document_list.setRowHidden(row, shown is not None and status not in shown)

    def set_status(self, status: str) -> None:
        """Set the shown document's status."""
        doc = self.window.session.document
        if doc is None or doc.status == status:
            return
        text = f"Mark “{doc.title}” as {STATUSES[status]}"
        self.window.undo_stack.push(UpdateDocumentCommand(self.window.session, doc, text, status=status))

    def _edited(self, name: str, value: str) -> None:
        doc = self.window.session.document
        if doc is None or getattr(doc, name) == value.strip():
            return
        if name == "title" and not value.strip():
            self.panel.fields[name].setText(doc.title)  # a document always has a title
            return
        text = f"Change {DOCUMENT_FIELDS[name].lower()} of “{doc.title}”"
        self.window.undo_stack.push(UpdateDocumentCommand(self.window.session, doc, text, **{name: value.strip()}))

    def next_not_done(self) -> None:
        """Open the next document (after the shown one, wrapping) that is not done or reviewed."""
        model = self.window.session.document_model
        count = model.rowCount()
        current = self.window.document_list.currentIndex().row()
        for step in range(1, count + 1):
            row = (current + step) % count
            if model.index(row).data(StatusRole) in ("todo", "in_progress") and row != current:
                self.window.document_list.setCurrentIndex(model.index(row))
                return
        self.window.statusBar().showMessage("Every other document is done.", 6000)

    def remove_shown(self) -> None:
        """Remove the shown document with its spans (one undo step)."""
        doc = self.window.session.document
        if doc is None:
            return
        self.window.undo_stack.push(RemoveDocumentCommand(self.window.session, doc))
        model = self.window.session.document_model
        if model.rowCount():
            self.window.document_list.setCurrentIndex(model.index(0))
        self.window.statusBar().showMessage(f"Removed “{doc.title}” (Ctrl+Z brings it back)", 8000)
