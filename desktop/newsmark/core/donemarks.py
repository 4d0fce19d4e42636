"""Done marks (format 11): who finished a document, so agreement can count a document an analyst read and left empty.

A document's status is one per project; a done mark is one per analyst. Setting a document done or
reviewed records the analyst's mark in the same transaction; setting it back to todo or in progress
takes that analyst's mark away (other analysts' marks stay: they did finish it).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import NamedTuple

from newsmark.core.model import STATUSES, Document, now_iso

FINISHED = ("done", "reviewed")

_SCHEMA_V11 = (
    "CREATE TABLE done_marks ("
    "document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE, "
    "annotator TEXT NOT NULL, marked_at TEXT NOT NULL, PRIMARY KEY (document_id, annotator))"
)


def migrate_to_11(conn: sqlite3.Connection) -> None:
    """Add the done marks table; an older file's finished documents get no marks (nobody knows who finished them)."""
    conn.execute(_SCHEMA_V11)


class DoneMark(NamedTuple):
    """One analyst's word that they finished one document."""

    document_id: int
    annotator: str
    marked_at: str


class DoneMarkStore:
    """Done-mark methods of ``Project`` (``self._db``, ``self._conn``); each write is one transaction."""

    def done_marks(self, document_id: int | None = None) -> list[DoneMark]:
        """Every done mark (or one document's), by document then annotator; none in a file older than format 11."""
        if not self._has_done_marks():
            return []
        where, args = ("", ()) if document_id is None else (" WHERE document_id = ?", (document_id,))
        rows = self._conn.execute(
            f"SELECT document_id, annotator, marked_at FROM done_marks{where} ORDER BY document_id, annotator", args
        )
        return list(map(DoneMark._make, rows))

    def set_status(self, document_id: int, status: str, annotator: str) -> tuple[Document, list[DoneMark]]:
        """Set a document's status and ``annotator``'s done mark with it, in one transaction.

        Returns the document as it is now and its marks as they were, for ``restore_status``.
        """
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        with self._db.atomic():
            before = self.done_marks(document_id)
            doc = self.update_document(document_id, status=status)
            if status in FINISHED:
                self._conn.execute(
                    "INSERT OR IGNORE INTO done_marks (document_id, annotator, marked_at) VALUES (?, ?, ?)",
                    (document_id, annotator, now_iso()),
                )
            else:
                self._conn.execute(
                    "DELETE FROM done_marks WHERE document_id = ? AND annotator = ?", (document_id, annotator)
                )
        return doc, before

    def restore_status(self, document_id: int, status: str, marks: Iterable[DoneMark]) -> Document:
        """Put a document's status and its done marks back exactly as they were (an undo), in one transaction."""
        with self._db.atomic():
            doc = self.update_document(document_id, status=status)
            self._conn.execute("DELETE FROM done_marks WHERE document_id = ?", (document_id,))
            self.add_done_marks(marks)
        return doc

    def add_done_marks(self, marks: Iterable[DoneMark]) -> int:
        """Add marks that are not there yet (a mark already there keeps its time); returns how many were added."""
        with self._db.atomic():
            cur = self._conn.executemany(
                "INSERT OR IGNORE INTO done_marks (document_id, annotator, marked_at) VALUES (?, ?, ?)",
                [tuple(m) for m in marks],
            )
        return max(cur.rowcount, 0)

    def remove_done_marks(self, marks: Iterable[DoneMark]) -> None:
        """Take these analysts' marks off these documents (undoing a load that added them), in one transaction."""
        with self._db.atomic():
            self._conn.executemany(
                "DELETE FROM done_marks WHERE document_id = ? AND annotator = ?",
                [(m.document_id, m.annotator) for m in marks],
            )

    def _has_done_marks(self) -> bool:
        # A reader opens older files as they are (storageconnect.READABLE_VERSION): those have no done marks.
        return self._conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'done_marks'"
        ).fetchone() is not None
