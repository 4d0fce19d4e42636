"""The rows tied to a document (or a tag) beyond its spans, links and labels: taken with it on removal, put back on undo."""

from __future__ import annotations

import sqlite3
from typing import NamedTuple

# Every table with a document_id column, besides the ones Removal carries as objects (spans, links,
# document_labels). A rejected suggestion is what stops it coming back, so undo must restore it too.
# tests/core/test_document_removal.py fails when a table with a document_id column is in neither list.
TAKEN_AS_ROWS = ("suggestions", "curation_decisions", "splits", "done_marks")
TAKEN_AS_OBJECTS = ("spans", "links", "document_labels")
# The tables a tag's deletion cascades into besides its spans (and their links): undoing it restores these.
TAKEN_WITH_TAG = ("suggestions",)


class TableRows(NamedTuple):
    """One table's rows of a removed document, with the column names they were read under."""

    table: str
    columns: tuple[str, ...]
    rows: tuple[tuple, ...]


def take_rows(
    conn: sqlite3.Connection, record_id: int, *, column: str = "document_id", tables: tuple[str, ...] = TAKEN_AS_ROWS
) -> tuple[TableRows, ...]:
    """Read the rows of ``tables`` (those this file has) whose ``column`` is ``record_id``; the caller deletes them."""
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    taken = []
    for table in tables:
        if table not in present:
            continue  # an older file, read as it is
        cur = conn.execute(f"SELECT * FROM {table} WHERE {column} = ? ORDER BY rowid", (record_id,))
        rows = tuple(cur.fetchall())
        if rows:
            taken.append(TableRows(table, tuple(d[0] for d in cur.description), rows))
    return tuple(taken)


def put_rows(conn: sqlite3.Connection, taken: tuple[TableRows, ...]) -> None:
    """Insert rows ``take_rows`` read, exactly as they were (ids included); the caller holds the transaction."""
    for table, columns, rows in taken:
        names = ", ".join(f'"{c}"' for c in columns)
        conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({', '.join('?' * len(columns))})", rows)
