"""Format 10: a document label is one row per analyst; older files keep every label, newer ones are refused."""

from __future__ import annotations

import sqlite3

import pytest
from newsmark.core import schema
from newsmark.core.errors import NewerVersionError
from newsmark.core.storage import SCHEMA_VERSION, Project

from tests.core.test_schema6 import DOCUMENT
from tests.core.test_storage import _digest, old_project

GENRE = "INSERT INTO categories (id, name, choices, multiple, key, position) VALUES (1, 'genre', '[\"news\", \"opinion\"]', 0, 'g', 0)"
LABELS = (
    "INSERT INTO document_labels (document_id, category_id, value, annotator, created_at) VALUES (1, 1, ?, ?, ?)",
    [("news", "ana", "2024-01-01T00:00:00Z"), ("opinion", "bo", "2024-01-02T00:00:00Z")],
)
ROWS = "SELECT document_id, category_id, value, annotator, created_at FROM document_labels ORDER BY value, annotator"


def _labelled(path, version: int):
    old_project(path, version, DOCUMENT, GENRE, LABELS).close()


def test_this_newsmark_writes_format_10_or_later():
    assert SCHEMA_VERSION >= 10 and 10 in schema.MIGRATIONS


@pytest.mark.parametrize("version", [6, 7, 8, 9])
def test_an_older_files_labels_are_all_kept_and_a_second_analyst_may_then_give_the_same_one(tmp_path, version):
    path = tmp_path / f"v{version}.newsmark"
    _labelled(path, version)
    with Project.open(path) as p:
        assert [(x.value, x.annotator, x.created_at) for x in p.document_labels(1)] == [
            ("news", "ana", "2024-01-01T00:00:00Z"), ("opinion", "bo", "2024-01-02T00:00:00Z")
        ]
        assert p.set_document_labels(1, 1, ["news"], annotator="bo") == ["opinion"]  # the key held one "news" only
        assert [(x.value, x.annotator) for x in p.document_labels(1)] == [("news", "ana"), ("news", "bo")]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    key = sorted((r[5], r[1]) for r in conn.execute("PRAGMA table_info(document_labels)") if r[5])
    assert [name for _, name in key] == ["document_id", "category_id", "value", "annotator"]
    assert [r[2] for r in conn.execute("PRAGMA index_info(document_labels_category)")] == ["category_id", "value"]
    conn.close()
    backup = sqlite3.connect(tmp_path / f"v{version}.newsmark.v{version}.bak")
    assert backup.execute("PRAGMA user_version").fetchone()[0] == version
    assert len(backup.execute(ROWS).fetchall()) == 2
    backup.close()


def test_a_deleted_document_still_takes_its_labels_with_it_after_the_upgrade(tmp_path):
    path = tmp_path / "v9.newsmark"
    _labelled(path, 9)
    with Project.open(path) as p:
        removal = p.remove_document(1)
        assert p.labels_by_document() == {}  # the rebuilt table's foreign key cascades
        doc, spans = removal
        p.restore_document(doc, spans, removal.links, removal.labels, removal.rows)
        assert [(x.value, x.annotator) for x in p.document_labels(1)] == [("news", "ana"), ("opinion", "bo")]


def test_a_failed_step_10_leaves_a_version_9_file_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "v9.newsmark"
    _labelled(path, 9)
    before = sqlite3.connect(path).execute(ROWS).fetchall()

    step = schema.MIGRATIONS[10]

    def broken(conn):
        step(conn)
        raise RuntimeError("power cut")

    monkeypatch.setitem(schema.MIGRATIONS, 10, broken)
    with pytest.raises(RuntimeError):
        Project.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 9
    assert conn.execute(ROWS).fetchall() == before
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'document_labels_v10'").fetchone()[0] == 0
    conn.close()


def test_a_reader_reads_an_older_files_labels_as_they_are_without_upgrading_it(tmp_path):
    path = tmp_path / "v9.newsmark"
    _labelled(path, 9)
    with Project.open(path, readonly=True) as p:
        assert [(x.value, x.annotator) for x in p.document_labels(1)] == [("news", "ana"), ("opinion", "bo")]
        assert p.documents_labelled(1, "news") == {1}
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 9


@pytest.mark.parametrize("readonly", [False, True])
def test_a_file_from_a_newer_newsmark_is_refused_and_left_untouched(tmp_path, readonly):
    path = tmp_path / "future.newsmark"
    with Project.open(path, create=True) as p:
        p.set_document_labels(p.add_document("Doc", "Some text.")[0].id, p.categories()[1].id, ["news"], annotator="ana")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(NewerVersionError, match=f"format {SCHEMA_VERSION + 1}, this one reads up to {SCHEMA_VERSION}"):
        Project.open(path, readonly=readonly)
    assert _digest(path) == before
