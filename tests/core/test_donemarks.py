"""Format 11: done marks record who finished a document, with its status, in one transaction."""

from __future__ import annotations

import sqlite3

import pytest
from newsmark.core import schema
from newsmark.core.donemarks import DoneMark
from newsmark.core.storage import SCHEMA_VERSION, Project

from tests.core.test_schema6 import DOCUMENT
from tests.core.test_storage import old_project




def test_this_newsmark_writes_format_11_or_later():
    assert SCHEMA_VERSION >= 11 and 11 in schema.MIGRATIONS


@pytest.mark.parametrize("version", [9, 10])
def test_an_older_file_gains_an_empty_done_marks_table_with_a_backup_and_its_statuses_kept(tmp_path, version):
    path = tmp_path / f"v{version}.newsmark"
    old_project(path, version, DOCUMENT, "UPDATE documents SET status = 'done'").close()
    with Project.open(path) as p:
        assert p.document(1).status == "done"
        assert p.done_marks() == []  # nobody knows who finished it before marks existed
        p.set_status(1, "reviewed", "ana")
        assert [(m.document_id, m.annotator) for m in p.done_marks()] == [(1, "ana")]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    backup = sqlite3.connect(tmp_path / f"v{version}.newsmark.v{version}.bak")
    assert backup.execute("PRAGMA user_version").fetchone()[0] == version
    assert backup.execute("SELECT count(*) FROM sqlite_master WHERE name = 'done_marks'").fetchone()[0] == 0
    backup.close()


def test_a_reader_of_a_format_10_file_sees_no_marks_and_leaves_it_as_it_is(tmp_path):
    path = tmp_path / "v10.newsmark"
    old_project(path, 10, DOCUMENT).close()
    with Project.open(path, readonly=True) as p:
        assert p.done_marks() == []
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 10


def test_done_and_reviewed_mark_the_analyst_and_todo_or_in_progress_take_only_their_mark_away(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as p:
        doc, _ = p.add_document("Doc", "Some text.")
        now, before = p.set_status(doc.id, "done", "ana")
        assert now.status == "done" and before == []
        p.set_status(doc.id, "reviewed", "bo")
        p.set_status(doc.id, "done", "ana")  # marking again keeps the first mark
        assert [m.annotator for m in p.done_marks(doc.id)] == ["ana", "bo"]
        _, before = p.set_status(doc.id, "in_progress", "ana")
        assert [m.annotator for m in before] == ["ana", "bo"]
        assert [m.annotator for m in p.done_marks()] == ["bo"]  # bo did finish it
        restored = p.restore_status(doc.id, "done", before)
        assert restored.status == "done" and p.done_marks(doc.id) == before


def test_a_status_and_its_mark_are_one_transaction_and_a_failure_leaves_neither(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as p:
        doc, _ = p.add_document("Doc", "Some text.")
        statements = []
        p._conn.set_trace_callback(statements.append)
        p.set_status(doc.id, "done", "ana")
        p.restore_status(doc.id, "todo", [])
        p._conn.set_trace_callback(None)
        assert [s for s in statements if s.strip().upper() == "COMMIT"] == ["COMMIT", "COMMIT"]
        with pytest.raises(ValueError):
            p.set_status(doc.id, "finished", "ana")
        p._conn.execute("CREATE TRIGGER no_marks BEFORE INSERT ON done_marks BEGIN SELECT RAISE(ABORT, 'no'); END")
        with pytest.raises(sqlite3.IntegrityError):
            p.set_status(doc.id, "done", "ana")
        assert p.document(doc.id).status == "todo" and p.done_marks() == []


def test_removing_a_document_takes_its_marks_and_undo_puts_them_back(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as p:
        doc, _ = p.add_document("Doc", "Some text.")
        p.set_status(doc.id, "done", "ana")
        marks = p.done_marks()
        removal = p.remove_document(doc.id)
        assert p.done_marks() == []
        removed, spans = removal
        p.restore_document(removed, spans, removal.links, removal.labels, removal.rows)
        assert p.done_marks() == marks


def test_adding_marks_skips_those_already_there(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as p:
        doc, _ = p.add_document("Doc", "Some text.")
        p.set_status(doc.id, "done", "ana")
        first = p.done_marks()[0]
        assert p.add_done_marks([DoneMark(doc.id, "ana", "2020-01-01T00:00:00Z"), DoneMark(doc.id, "bo", "t")]) == 1
        assert p.done_marks()[0] == first
