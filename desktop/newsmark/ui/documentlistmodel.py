"""The document list: a Qt model over the project's documents."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from newsmark.core.model import STATUSES, Document, DocumentInfo

DocumentIdRole = Qt.UserRole + 1
StatusRole = Qt.UserRole + 2
STATUS_MARKS = {"todo": "○", "in_progress": "◐", "done": "●", "reviewed": "✔"}


class DocumentListModel(QAbstractListModel):
    """One row per document: its title and how many spans it has."""

    def __init__(self, documents: list[DocumentInfo], parent=None):
        super().__init__(parent)
        self._docs = list(documents)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._docs)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._docs)):
            return None
        doc = self._docs[index.row()]
        if role == Qt.DisplayRole:
            return f"{STATUS_MARKS.get(doc.status, '?')} {doc.title}  ({doc.spans})"
        if role == Qt.ToolTipRole:
            status = STATUSES.get(doc.status, doc.status)
            return f"{doc.title}\n{status}; {doc.chars:,} characters, {doc.spans:,} spans\n{doc.source_path}"
        if role == DocumentIdRole:
            return doc.id
        if role == StatusRole:
            return doc.status
        return None

    def reset(self, documents: list[DocumentInfo]) -> None:
        """Show a fresh list (after changes that touch many documents)."""
        self.beginResetModel()
        self._docs = list(documents)
        self.endResetModel()

    def document_at(self, row: int) -> DocumentInfo:
        """The document shown in a row."""
        return self._docs[row]

    def row_of(self, document_id: int) -> int | None:
        """The row of a document, or None."""
        return next((i for i, d in enumerate(self._docs) if d.id == document_id), None)

    def document_added(self, doc: DocumentInfo) -> None:
        """Append a newly added document."""
        self.beginInsertRows(QModelIndex(), len(self._docs), len(self._docs))
        self._docs.append(doc)
        self.endInsertRows()

    def document_removed(self, document_id: int) -> None:
        """Drop a removed document's row."""
        row = self.row_of(document_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._docs[row]
        self.endRemoveRows()

    def document_updated(self, doc: Document) -> None:
        """A document's title or status changed."""
        row = self.row_of(doc.id)
        if row is None:
            return
        self._docs[row] = replace(self._docs[row], title=doc.title, source_path=doc.source_path, status=doc.status)
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def span_count_changed(self, document_id: int, delta: int) -> None:
        """Adjust the span count shown for a document."""
        row = self.row_of(document_id)
        if row is None:
            return
        self._docs[row] = replace(self._docs[row], spans=self._docs[row].spans + delta)
        index = self.index(row)
        self.dataChanged.emit(index, index)
