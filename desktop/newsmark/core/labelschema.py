"""Format 10: a document label is one row per analyst, so every analyst's answer is kept (for review of agreement)."""

from __future__ import annotations

import sqlite3

from newsmark.core.errors import ProjectError

_LABELS_V10 = """
CREATE TABLE document_labels_v10 (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    category_id INTEGER NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
    value TEXT NOT NULL,
    annotator TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    PRIMARY KEY (document_id, category_id, value, annotator)
)"""

_COLUMNS = "document_id, category_id, value, annotator, created_at"


def migrate_to_10(conn: sqlite3.Connection) -> None:
    """Rebuild ``document_labels`` with the annotator in its key, keeping every row (SQLite cannot alter a key)."""
    # Nothing references document_labels, so dropping it cascades nowhere; foreign keys are off anyway (upgrade()).
    if conn.execute("PRAGMA foreign_keys").fetchone()[0]:
        raise ProjectError("cannot upgrade: foreign keys must be off while the document labels table is rebuilt")
    conn.execute(_LABELS_V10)
    conn.execute(f"INSERT INTO document_labels_v10 ({_COLUMNS}) SELECT {_COLUMNS} FROM document_labels")
    conn.execute("DROP TABLE document_labels")
    conn.execute("ALTER TABLE document_labels_v10 RENAME TO document_labels")
    # By value too: the label filter asks which documents have a value (the key starts with the document).
    conn.execute("CREATE INDEX document_labels_category ON document_labels(category_id, value)")
