"""Documents of a project: add, read, change, remove and restore them (a part of ``Project``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import astuple, replace

from newsmark.core.documentrows import TableRows, put_rows, take_rows
from newsmark.core.errors import NotFoundError
from newsmark.core.model import (
    DOCUMENT_FIELDS, STATUSES, Document, DocumentInfo, DocumentLabel, Link, Removal, Span, now_iso, sha256_text,
)

_DOCUMENT_COLUMNS = "id, title, text, source_path, sha256, added_at, status, author, published, url, site, origin"
_DOCUMENT_SLOTS = ", ".join("?" * (_DOCUMENT_COLUMNS.count(",") + 2))  # the columns and chars


class DocumentStore:
    """Document methods of ``Project`` (``self._db``, ``self._conn``, ``self.path``); each write is one transaction."""

    def add_document(self, title: str, text: str, source_path: str = "", **metadata: str) -> tuple[Document, bool]:
        """Add a document unless the same text is already in; returns it and whether it is new.

        ``metadata``: any of author, published, url, site, and origin (JSON, see docs/schema.md).
        """
        digest = sha256_text(text)
        existing = self.find_document(digest)
        if existing is not None:
            return self.document(existing), False
        doc = Document(0, title, text, source_path, digest, now_iso(), **metadata)
        with self._db.atomic():
            cur = self._conn.execute(
                f"INSERT INTO documents ({_DOCUMENT_COLUMNS}, chars) VALUES ({_DOCUMENT_SLOTS.replace('?', 'NULL', 1)})",
                (*astuple(doc)[1:], len(text)),  # a NULL id: SQLite numbers the new row
            )
        return replace(doc, id=cur.lastrowid), True

    def find_document(self, sha256: str) -> int | None:
        """The id of the document with this text hash, if any."""
        row = self._conn.execute("SELECT id FROM documents WHERE sha256 = ? ORDER BY id LIMIT 1", (sha256,)).fetchone()
        return row[0] if row else None

    def document(self, document_id: int) -> Document:
        """One document with its text."""
        row = self._conn.execute(
            f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE id = ?", (document_id,)
        ).fetchone()
        if row is None:
            raise NotFoundError(f"there is no document {document_id} in {self.path.name}")
        return Document(*row)

    def update_document(self, document_id: int, **fields) -> Document:
        """Change a document's status or metadata (never its text); returns it as it is now."""
        allowed = set(DOCUMENT_FIELDS) | {"status"}
        if not fields.keys() <= allowed:
            raise TypeError(f"cannot change {sorted(fields.keys() - allowed)} of a document")
        if "status" in fields and fields["status"] not in STATUSES:
            raise ValueError(f"unknown status {fields['status']!r}")
        self.document(document_id)  # a clear error for an unknown id
        if fields:
            assignments = ", ".join(f"{name} = ?" for name in fields)
            with self._db.atomic():
                self._conn.execute(f"UPDATE documents SET {assignments} WHERE id = ?", (*fields.values(), document_id))
        return self.document(document_id)

    def remove_document(self, document_id: int) -> Removal:
        """Remove a document with everything tied to it; returns ``(document, spans)`` carrying the rest, for undo."""
        doc = self.document(document_id)
        with self._db.atomic():  # read inside: what undo gets back is exactly what went
            spans, links, labels = self.spans(document_id), self.links(document_id), self.document_labels(document_id)
            rows = take_rows(self._conn, document_id)
            self._conn.execute("DELETE FROM spans WHERE document_id = ?", (document_id,))
            self._conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))  # the rest cascades
        return Removal(doc, spans, links, labels, rows)

    def restore_document(
        self, doc: Document, spans: list[Span], links: Iterable[Link] = (), labels: Iterable[DocumentLabel] = (),
        rows: tuple[TableRows, ...] = (),
    ) -> None:
        """Put a removed document back with its spans, links, labels and ``Removal.rows``, ids and times unchanged."""
        with self._db.atomic():
            self._conn.execute(
                f"INSERT INTO documents ({_DOCUMENT_COLUMNS}, chars) VALUES ({_DOCUMENT_SLOTS})",
                (*astuple(doc), len(doc.text)),
            )
            self.restore_spans(spans, links)
            self.restore_document_labels(labels)
            put_rows(self._conn, rows)

    def document_length(self, document_id: int) -> int:
        """A document's length in code points."""
        row = self._conn.execute("SELECT chars FROM documents WHERE id = ?", (document_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"there is no document {document_id} in {self.path.name}")
        return row[0]

    def documents(self) -> list[DocumentInfo]:
        """Every document, without its text, in the order they were added."""
        rows = self._conn.execute(
            "SELECT d.id, d.title, d.source_path, d.sha256, d.added_at, d.chars, "
            "(SELECT count(*) FROM spans s WHERE s.document_id = d.id), d.status FROM documents d ORDER BY d.id"
        )
        return [DocumentInfo(*row) for row in rows]
