"""The document list: a Qt model over the project's documents, their span counts read from the span store."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from newsmark.core.model import STATUSES, Document, DocumentInfo
from newsmark.core.spanstore import SpanEvent, SpanStore

DocumentIdRole = Qt.UserRole + 1
StatusRole = Qt.UserRole + 2
STATUS_MARKS = {"todo": "○", "in_progress": "◐", "done": "●", "reviewed": "✔"}
_COUNT_ROLES = [Qt.DisplayRole, Qt.ToolTipRole]  # what a span count change repaints (never the status filter)


class DocumentListModel(QAbstractListModel):
    """One row per document, in the order they were added (by id): its title and how many spans it has."""

    def __init__(self, documents: list[DocumentInfo], store: SpanStore | None = None, parent=None):
        super().__init__(parent)
        self._docs = sorted(documents, key=lambda d: d.id)
        self._ids = [d.id for d in self._docs]  # for a binary search: row_of is called per changed document
        self._store = store if store is not None else SpanStore({d.id: d.spans for d in documents})
        self._store.subscribe(self._on_event)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._docs)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._docs)):
            return None
        doc = self._docs[index.row()]
        if role == Qt.DisplayRole:
            return f"{STATUS_MARKS.get(doc.status, '?')} {doc.title}  ({self._store.document_count(doc.id)})"
        if role == Qt.ToolTipRole:
            status = STATUSES.get(doc.status, doc.status)
            spans = self._store.document_count(doc.id)
            return f"{doc.title}\n{status}; {doc.chars:,} characters, {spans:,} spans\n{doc.source_path}"
        if role == DocumentIdRole:
            return doc.id
        if role == StatusRole:
            return doc.status
        return None

    def document_at(self, row: int) -> DocumentInfo:
        """The document shown in a row, with its span count as it is now."""
        doc = self._docs[row]
        return replace(doc, spans=self._store.document_count(doc.id))

    def row_of(self, document_id: int) -> int | None:
        """The row of a document, or None."""
        row = bisect_left(self._ids, document_id)
        return row if row < len(self._ids) and self._ids[row] == document_id else None

    def document_added(self, doc: DocumentInfo) -> None:
        """Show a newly added (or restored) document in its place by id (its span count is the store's)."""
        row = bisect_left(self._ids, doc.id)
        self.beginInsertRows(QModelIndex(), row, row)
        self._docs.insert(row, doc)
        self._ids.insert(row, doc.id)
        self.endInsertRows()

    def document_removed(self, document_id: int) -> None:
        """Drop a removed document's row."""
        row = self.row_of(document_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._docs[row]
            del self._ids[row]
            self.endRemoveRows()

    def document_updated(self, doc: Document) -> None:
        """A document's title or status changed."""
        row = self.row_of(doc.id)
        if row is None:
            return
        self._docs[row] = replace(self._docs[row], title=doc.title, source_path=doc.source_path, status=doc.status)
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def _on_event(self, event: SpanEvent) -> None:
        """Repaint the rows of the documents whose span counts changed: one signal for the whole batch."""
        rows = [r for r in map(self.row_of, event.documents) if r is not None]
        if rows:
            self.dataChanged.emit(self.index(min(rows)), self.index(max(rows)), _COUNT_ROLES)
