"""Documents in the window: status and its filter, the metadata panel, next not done, remove."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QListView, QToolButton

from newsmark.core.model import DOCUMENT_FIELDS, STATUSES
from newsmark.ui.documentcommands import RemoveDocumentCommand, SetStatusCommand, UpdateDocumentCommand
from newsmark.ui.documentlistmodel import DocumentIdRole, StatusRole

if TYPE_CHECKING:
    from newsmark.ui.actions import Actions
    from newsmark.ui.context import WindowContext

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
        # Source, author, date, URL and site fold away so a small window keeps room for the span list.
        self.details = QToolButton()
        self.details.setObjectName("documentDetails")
        self.details.setText("Details")
        self.details.setCheckable(True)
        self.details.setToolTip("Show the source, author, date, URL and site")
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.details)
        form.addRow("Status", status_row)
        self.fields: dict[str, QLineEdit] = {}
        for name, label in DOCUMENT_FIELDS.items():
            edit = QLineEdit()
            edit.setObjectName(f"document:{name}")
            form.addRow(label, edit)
            self.fields[name] = edit
        self._form = form
        self.details.toggled.connect(self.show_details)
        self.show_details(False)

    def show_details(self, shown: bool) -> None:
        """Show or fold away every field but the status and the title."""
        for name, edit in self.fields.items():
            if name != "title":
                self._form.setRowVisible(edit, shown)


class DocumentControls(QObject):
    """Connects the document list, its filter, the panel and the document actions to undoable commands."""

    def __init__(
        self, ctx: WindowContext, actions: Actions, document_list: QListView, panel: DocumentPanel,
        status_filter: QComboBox,
    ):
        super().__init__(ctx.parent)
        self._ctx = ctx
        self.document_list = document_list
        self.panel = panel
        self.filter = status_filter
        self._filtering = False  # whether the status filter may have hidden some rows
        self.extra_filter: Callable[[int], bool] | None = None  # document id -> shown (the label filter; None: off)
        for label, _ in STATUS_FILTERS:
            self.filter.addItem(label)
        self.filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.panel.status.activated.connect(lambda _i: self.set_status(self.panel.status.currentData()))
        for name, edit in self.panel.fields.items():
            edit.editingFinished.connect(lambda n=name, e=edit: self._edited(n, e.text()))
        a = actions
        a.next_not_done.triggered.connect(self.next_not_done)
        a.remove_document.triggered.connect(self.remove_shown)
        for action in (a.mark_todo, a.mark_in_progress, a.mark_done, a.mark_reviewed):
            action.triggered.connect(lambda _=False, s=action.data(): self.set_status(s))

    def connect_session(self) -> None:
        """Follow a new session's document list."""
        model = self._ctx.session.document_model
        # Only the rows a change touches are looked at again: a bulk change repaints many counts at once,
        # and a filter pass over every row per changed document made it documents x documents.
        model.rowsInserted.connect(lambda _parent, first, last: self.apply_filter(first, last))
        model.dataChanged.connect(self._data_changed)
        model.modelReset.connect(self.apply_filter)
        self._ctx.session.document_edited.connect(self.show_document)
        self.apply_filter()

    def show_document(self) -> None:
        """Fill the panel from the shown document."""
        doc = self._ctx.session.document
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
        model = self._ctx.session.document_model
        extra = self.extra_filter
        filtering = shown is not None or extra is not None
        if not filtering and not self._filtering:
            return  # nothing is hidden (a new or reset list hides nothing): 10,000 rows need no visit
        self._filtering = filtering
        last = model.rowCount() - 1 if last is None else last
        for row in range(first, last + 1):
            index = model.index(row)
            hidden = shown is not None and index.data(StatusRole) not in shown
            if not hidden and extra is not None:
                hidden = not extra(index.data(DocumentIdRole))
            self.document_list.setRowHidden(row, hidden)

    def set_status(self, status: str) -> None:
        """Set the shown document's status."""
        doc = self._ctx.session.document
        if doc is None or doc.status == status:
            return
        text = f"Mark “{doc.title}” as {STATUSES[status]}"
        self._ctx.undo_stack.push(SetStatusCommand(self._ctx.session, doc, text, status))

    def _edited(self, name: str, value: str) -> None:
        doc = self._ctx.session.document
        if doc is None or getattr(doc, name) == value.strip():
            return
        if name == "title" and not value.strip():
            self.panel.fields[name].setText(doc.title)  # a document always has a title
            return
        text = f"Change {DOCUMENT_FIELDS[name].lower()} of “{doc.title}”"
        self._ctx.undo_stack.push(UpdateDocumentCommand(self._ctx.session, doc, text, **{name: value.strip()}))

    def next_not_done(self) -> None:
        """Open the next document (after the shown one, wrapping) that is not done or reviewed."""
        model = self._ctx.session.document_model
        count = model.rowCount()
        current = self.document_list.currentIndex().row()
        for step in range(1, count + 1):
            row = (current + step) % count
            if model.index(row).data(StatusRole) in ("todo", "in_progress") and row != current:
                self.document_list.setCurrentIndex(model.index(row))
                return
        self._ctx.status("Every other document is done.", 6000)

    def remove_shown(self) -> None:
        """Remove the shown document with its spans (one undo step)."""
        doc = self._ctx.session.document
        if doc is None:
            return
        self._ctx.undo_stack.push(RemoveDocumentCommand(self._ctx.session, doc))
        model = self._ctx.session.document_model
        if model.rowCount():
            self.document_list.setCurrentIndex(model.index(0))
        self._ctx.status(f"Removed “{doc.title}” (Ctrl+Z brings it back)", 8000)
