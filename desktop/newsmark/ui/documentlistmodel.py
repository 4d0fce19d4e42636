"""The document list: a Qt model over the project's documents, their span counts read from the span store.

It also shows how many open suggestions each document has: read in one grouped query when the
project opens, and again only for the documents a change names (never per document, never all).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from dataclasses import replace

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from newsmark.core.model import STATUSES, Document, DocumentInfo
from newsmark.core.spanstore import SpanEvent, SpanStore

DocumentIdRole = Qt.UserRole + 1
StatusRole = Qt.UserRole + 2
SuggestionCountRole = Qt.UserRole + 3  # how many open suggestions the document has
STATUS_MARKS = {"todo": "○", "in_progress": "◐", "done": "●", "reviewed": "✔"}
_COUNT_ROLES = [Qt.DisplayRole, Qt.ToolTipRole]  # what a span count change repaints (never the status filter)
_SUGGESTION_ROLES = [Qt.DisplayRole, Qt.ToolTipRole, SuggestionCountRole]
# Reads the open suggestion counts of these documents (None: of all); documents with none may be left out.
SuggestionReader = Callable[[list[int] | None], dict[int, int]]


class DocumentListModel(QAbstractListModel):
    """One row per document, in the order they were added (by id): its title and how many spans it has."""

    def __init__(self, documents: list[DocumentInfo], store: SpanStore | None = None, parent=None):
        super().__init__(parent)
        self._docs = sorted(documents, key=lambda d: d.id)
        self._ids = [d.id for d in self._docs]  # for a binary search: row_of is called per changed document
        self._store = store if store is not None else SpanStore({d.id: d.spans for d in documents})
        self._store.subscribe(self._on_event)
        self._suggested: dict[int, int] = {}  # document id -> open suggestions (absent: none)
        self._read_suggestions: SuggestionReader | None = None

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._docs)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._docs)):
            return None
        doc = self._docs[index.row()]
        if role == Qt.DisplayRole:
            suggested = self._suggested.get(doc.id)
            return (f"{STATUS_MARKS.get(doc.status, '?')} {doc.title}  ({self._store.document_count(doc.id)})"
                    + (f"  · {suggested} suggested" if suggested else ""))
        if role == Qt.ToolTipRole:
            status = STATUSES.get(doc.status, doc.status)
            spans = self._store.document_count(doc.id)
            suggested = self._suggested.get(doc.id, 0)
            waiting = f", {suggested:,} suggestion{'s' if suggested != 1 else ''} to review" if suggested else ""
            return f"{doc.title}\n{status}; {doc.chars:,} characters, {spans:,} spans{waiting}\n{doc.source_path}"
        if role == SuggestionCountRole:
            return self._suggested.get(doc.id, 0)
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

    def follow_suggestions(self, read: SuggestionReader) -> None:
        """Show every document's open suggestions, read now in one query, and later with ``read`` when told of changes."""
        self._read_suggestions = read
        self._suggested = dict(read(None))
        if self._docs:
            self.dataChanged.emit(self.index(0), self.index(len(self._docs) - 1), _SUGGESTION_ROLES)

    def suggestions_changed(self, document_ids: Iterable[int]) -> None:
        """These documents' open suggestions changed: read their counts again (one query) and repaint their rows."""
        ids = sorted(set(document_ids))
        if self._read_suggestions is None or not ids:
            return
        counts = self._read_suggestions(ids)
        for document_id in ids:
            n = counts.get(document_id, 0)
            if n:
                self._suggested[document_id] = n
            else:
                self._suggested.pop(document_id, None)
        rows = [r for r in map(self.row_of, ids) if r is not None]
        if rows:
            self.dataChanged.emit(self.index(min(rows)), self.index(max(rows)), _SUGGESTION_ROLES)

    def document_added(self, doc: DocumentInfo) -> None:
        """Show a newly added (or restored) document in its place by id (its span count is the store's)."""
        self.documents_added([doc])

    def documents_added(self, docs: list[DocumentInfo]) -> None:
        """Show added (or restored) documents in their places by id: one insertion per gap they fill."""
        known = set(self._ids)
        runs: dict[int, list[DocumentInfo]] = {}  # the row before which a run goes -> its documents
        for doc in sorted(docs, key=lambda d: d.id):
            if doc.id not in known:
                runs.setdefault(bisect_left(self._ids, doc.id), []).append(doc)
        for row in sorted(runs, reverse=True):  # from the last gap back, so earlier rows stay where they are
            run = runs[row]
            self.beginInsertRows(QModelIndex(), row, row + len(run) - 1)
            self._docs[row:row] = run
            self._ids[row:row] = [d.id for d in run]
            self.endInsertRows()
        if runs:  # a restored document may come back with its suggestions
            self.suggestions_changed(d.id for run in runs.values() for d in run)

    def document_removed(self, document_id: int) -> None:
        """Drop a removed document's row."""
        self.documents_removed([document_id])

    def documents_removed(self, document_ids: list[int]) -> None:
        """Drop removed documents' rows: one removal per run of adjacent rows, from the last run back."""
        document_ids = set(document_ids)
        rows = sorted(r for r in map(self.row_of, document_ids) if r is not None)
        runs: list[list[int]] = []
        for row in rows:
            if runs and runs[-1][1] == row - 1:
                runs[-1][1] = row
            else:
                runs.append([row, row])
        for first, last in reversed(runs):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._docs[first:last + 1]
            del self._ids[first:last + 1]
            self.endRemoveRows()
        for document_id in document_ids:
            self._suggested.pop(document_id, None)

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
