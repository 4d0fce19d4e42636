"""The project file: schema, transactions, refusals of files that are not ours, locking, migrations."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from newsmark.core import schema
from newsmark.core.errors import NewerVersionError, NotAProjectError, NotFoundError, ProjectError, ProjectLockedError
from newsmark.core.storage import APPLICATION_ID, SCHEMA_VERSION, Project
from newsmark.core.tagset import default_tag_set


@pytest.fixture
def project(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as p:
        yield p


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_project_has_default_tags_and_is_marked_as_ours(tmp_path):
    path = tmp_path / "p.newsmark"
    Project.open(path, create=True).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tags = conn.execute("SELECT name, key FROM tags ORDER BY position").fetchall()
    assert tags == [("claim", "1"), ("figure", "2"), ("quote", "3"), ("location", "4")]


def test_schema_is_readable_with_plain_sqlite(project):
    doc, _ = project.add_document("T", "Seoul said 11,000 troops.")
    project.add_span(doc.id, 2, 11, 17, note="estimate")
    conn = sqlite3.connect(project.path)
    row = conn.execute(
        'SELECT d.title, t.name, s.start, s."end", substr(d.text, s.start + 1, s."end" - s.start), s.note '
        "FROM spans s JOIN documents d ON d.id = s.document_id JOIN tags t ON t.id = s.tag_id"
    ).fetchone()
    assert row == ("T", "figure", 11, 17, "11,000", "estimate")


def test_offsets_count_code_points_in_sql_too(project):
    doc, _ = project.add_document("T", "👨‍👩‍👧 family in Kyiv")
    at = doc.text.index("Kyiv")
    assert at == 16  # the family is five code points: three people joined by two ZWJs
    span = project.add_span(doc.id, 4, at, at + 4)
    (_, _, _, _, _, start, end, text, *_), = project.export_rows()
    assert (start, end, text) == (16, 20, "Kyiv") == (span.start, span.end, doc.text[16:20])


def test_each_action_is_committed_before_it_returns(project):
    doc, _ = project.add_document("T", "some text here")
    span = project.add_span(doc.id, 1, 0, 4)
    other = sqlite3.connect(project.path)  # a separate reader sees it at once
    assert other.execute("SELECT count(*) FROM spans").fetchone()[0] == 1
    project.update_span(span.id, note="checked")
    assert other.execute("SELECT note FROM spans").fetchone()[0] == "checked"
    project.delete_span(span.id)
    assert other.execute("SELECT count(*) FROM spans").fetchone()[0] == 0


def test_a_killed_process_keeps_what_it_committed(tmp_path):
    path = tmp_path / "p.newsmark"
    script = textwrap.dedent(f"""
        import os
        from newsmark.core.storage import Project
        p = Project.open({str(path)!r}, create=True)
        d, _ = p.add_document("T", "alpha beta gamma")
        p.add_span(d.id, 1, 6, 10)
        os._exit(9)  # no close, no clean-up
    """)
    assert subprocess.run([sys.executable, "-c", script]).returncode == 9
    with Project.open(path) as p:  # the dead process's lock is gone too
        assert [(s.start, s.end) for s in p.spans(1)] == [(6, 10)]


def test_same_text_is_not_added_twice(project):
    first, new1 = project.add_document("A", "same words")
    second, new2 = project.add_document("B", "same words")
    assert (new1, new2) == (True, False)
    assert second.id == first.id and len(project.documents()) == 1


def test_update_restore_and_delete_round_trip(project):
    doc, _ = project.add_document("T", "Robert A. Wood said it.")
    span = project.add_span(doc.id, 3, 0, 14, annotator="ana")
    retagged = project.update_span(span.id, tag_id=1, note="n")
    assert (retagged.tag_id, retagged.note, retagged.created_at) == (1, "n", span.created_at)
    assert project.span(span.id) == retagged
    gone = project.delete_span(span.id)
    assert project.spans(doc.id) == []
    project.restore_span(gone)
    assert project.spans(doc.id) == [retagged]


@pytest.mark.parametrize("start,end", [(-1, 3), (3, 3), (5, 2), (0, 99)])
def test_span_outside_the_document_is_refused(project, start, end):
    doc, _ = project.add_document("T", "short")
    with pytest.raises(ValueError):
        project.add_span(doc.id, 1, start, end)
    assert project.spans(doc.id) == []


def test_unknown_document_is_a_clear_error(project):
    with pytest.raises(NotFoundError, match="no document 42"):
        project.document(42)


def test_bulk_add_is_one_transaction(project):
    doc, _ = project.add_document("T", "a b c d e f")
    from newsmark.core.model import Span
    good = Span(0, doc.id, 1, 0, 1, "", "x", "t", "t")
    bad = Span(0, doc.id, 999, 2, 3, "", "x", "t", "t")  # no such tag: foreign key fails
    with pytest.raises(sqlite3.IntegrityError):
        project.add_spans([good, bad])
    assert project.spans(doc.id) == []
    assert project.add_spans([good, good.with_changes(start=2, end=3)]) == 2


def test_missing_project_is_not_created_unless_asked(tmp_path):
    with pytest.raises(ProjectError, match="no project file"):
        Project.open(tmp_path / "nope.newsmark")
    assert not (tmp_path / "nope.newsmark").exists()


def test_text_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notes.newsmark"
    path.write_text("my precious notes\n" * 100)
    before = _digest(path)
    for create in (False, True):
        with pytest.raises(NotAProjectError, match="not an SQLite database"):
            Project.open(path, create=create)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.newsmark"]


def test_foreign_sqlite_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance REAL)")
    conn.execute("INSERT INTO accounts VALUES (1, 10.5)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(NotAProjectError, match="not a Newsmark project"):
        Project.open(path, create=True)
    assert _digest(path) == before
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.newsmark"
    Project.open(path, create=True).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(NewerVersionError, match="newer Newsmark"):
        Project.open(path)
    assert _digest(path) == before


def test_empty_file_becomes_a_project_only_when_creating(tmp_path):
    path = tmp_path / "empty.newsmark"
    path.touch()
    with pytest.raises(NotAProjectError, match="empty"):
        Project.open(path)
    with Project.open(path, create=True) as p:
        assert len(p.tags()) == 4


def test_project_open_in_another_process_is_refused(tmp_path):
    path = tmp_path / "p.newsmark"
    Project.open(path, create=True).close()
    code = f"from newsmark.core.storage import Project; p = Project.open({str(path)!r}); print('ok', flush=True); input()"
    with subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as holder:
        try:
            assert holder.stdout.readline().strip() == "ok"
            with pytest.raises(ProjectLockedError, match="open in another Newsmark"):
                Project.open(path)
            with Project.open(path, readonly=True) as reader:  # readers still may
                assert len(reader.tags()) == 4
        finally:
            holder.kill()
    Project.open(path).close()  # the OS released the dead holder's lock


def test_lock_file_is_removed_on_close(tmp_path):
    path = tmp_path / "p.newsmark"
    p = Project.open(path, create=True)
    assert (tmp_path / "p.newsmark.lock").exists() and p.writable
    p.close()
    assert not (tmp_path / "p.newsmark.lock").exists()


def test_migration_runs_each_step_once_and_keeps_a_backup(tmp_path, monkeypatch):
    path = tmp_path / "old.newsmark"
    with Project.open(path, create=True) as p:
        doc, _ = p.add_document("T", "kept text")
        p.add_span(doc.id, 1, 0, 4)

    def add_column(conn):
        conn.execute("ALTER TABLE documents ADD COLUMN reviewer TEXT NOT NULL DEFAULT 'nobody'")

    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(schema.MIGRATIONS, SCHEMA_VERSION + 1, add_column)
    with Project.open(path) as p:
        assert [s.start for s in p.spans(1)] == [0]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    assert conn.execute("SELECT reviewer FROM documents").fetchone()[0] == "nobody"
    backup = tmp_path / f"old.newsmark.v{SCHEMA_VERSION}.bak"
    assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    Project.open(path).close()  # already migrated: the step does not run again


def test_failed_migration_leaves_the_file_at_its_old_version(tmp_path, monkeypatch):
    path = tmp_path / "old.newsmark"
    Project.open(path, create=True).close()

    def broken(conn):
        conn.execute("ALTER TABLE documents ADD COLUMN reviewer TEXT")
        raise RuntimeError("bug in migration")

    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(schema.MIGRATIONS, SCHEMA_VERSION + 1, broken)
    with pytest.raises(RuntimeError):
        Project.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    columns = [r[1] for r in conn.execute("PRAGMA table_info(documents)")]
    assert "reviewer" not in columns
    assert not (tmp_path / "old.newsmark.lock").exists()


def test_a_version_1_file_is_upgraded_with_its_data_and_a_backup(tmp_path):
    path = tmp_path / "v1.newsmark"
    conn = sqlite3.connect(path)
    schema.MIGRATIONS[1](conn)
    schema.seed_tags(conn, default_tag_set())
    conn.execute("INSERT INTO documents VALUES (1, 'Old', 'old text here', 13, '', 'x', '2024-01-01T00:00:00Z')")
    conn.execute("INSERT INTO spans VALUES (1, 1, 1, 0, 3, 'n', 'ana', 't', 't')")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Project.open(path) as p:
        doc = p.document(1)
        assert (doc.title, doc.status, doc.url) == ("Old", "todo", "")
        assert [(s.start, s.end, s.note, s.annotator) for s in p.spans(1)] == [(0, 3, "n", "ana")]
        p.update_document(1, status="done", url="https://example.org/a")
        assert p.documents()[0].status == "done"
    backup = sqlite3.connect(tmp_path / "v1.newsmark.v1.bak")
    assert backup.execute("PRAGMA user_version").fetchone()[0] == 1
    backup.close()


def test_document_status_and_metadata_are_checked(project):
    doc, _ = project.add_document("T", "text")
    with pytest.raises(ValueError, match="unknown status"):
        project.update_document(doc.id, status="finished")
    with pytest.raises(TypeError):
        project.update_document(doc.id, text="rewritten")
    assert project.update_document(doc.id, author="A. Reporter").author == "A. Reporter"


def old_project(path, version: int, *statements) -> sqlite3.Connection:
    """A project file as Newsmark format ``version`` wrote it, with the default tags and these rows; left open."""
    conn = sqlite3.connect(path)
    for step in range(1, version + 1):
        schema.MIGRATIONS[step](conn)
    schema.seed_tags(conn, default_tag_set())
    for statement in statements:
        if isinstance(statement, tuple):
            conn.executemany(*statement)
        else:
            conn.execute(statement)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    return conn


def test_a_version_3_file_gains_site_and_origin_with_its_data_intact_and_a_backup(tmp_path):
    path = tmp_path / "v3.newsmark"
    old_project(
        path, 3,
        "INSERT INTO documents (id, title, text, chars, source_path, sha256, added_at, status, author, url) "
        "VALUES (1, 'Old', 'old text here', 13, '/a/old.txt', 'x', '2024-01-01T00:00:00Z', 'done', 'Ana', 'https://e.org')",
        "INSERT INTO spans (id, document_id, tag_id, start, \"end\", note, annotator, created_at, updated_at, "
        "attributes) VALUES (1, 1, 1, 0, 3, 'n', 'ana', 't', 't', '{\"value\": \"3\"}')",
    ).close()
    with Project.open(path) as p:
        doc = p.document(1)
        assert (doc.title, doc.status, doc.author, doc.url, doc.site, doc.origin) == (
            "Old", "done", "Ana", "https://e.org", "", "{}"
        )
        assert [(s.start, s.end, s.attributes) for s in p.spans(1)] == [(0, 3, '{"value": "3"}')]
        assert p.update_document(1, site="El Diario").site == "El Diario"
    backup = tmp_path / "v3.newsmark.v3.bak"
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    assert "site" not in [r[1] for r in conn.execute("PRAGMA table_info(documents)")]
    assert conn.execute("SELECT title, author FROM documents").fetchall() == [("Old", "Ana")]
    conn.close()
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_document_keeps_its_metadata_and_origin(project):
    doc, new = project.add_document(
        "T", "text", "/in/t.html", author="A", published="2024-03-14", url="https://e.org/t", site="E",
        origin='{"file": "t.html"}',
    )
    assert new and doc.id == 1
    assert project.document(1) == doc
    assert (doc.site, doc.origin, doc.status) == ("E", '{"file": "t.html"}', "todo")
    removed, spans = project.remove_document(1)
    project.restore_document(removed, spans)
    assert project.document(1) == doc
    with pytest.raises(TypeError):
        project.add_document("U", "other text", colour="red")


def test_a_version_4_file_gets_text_as_the_last_column_and_keeps_every_span(tmp_path):
    path = tmp_path / "v4.newsmark"
    old_project(
        path, 4,
        "INSERT INTO documents (id, title, text, chars, source_path, sha256, added_at, status, author, published, url, "
        "site, origin) VALUES (7, 'Old', 'old 👍 text', 10, '/a/old.html', 'x', 't0', 'done', 'Ana', '2024-01-02', "
        "'https://e.org', 'E', '{\"format\": \"html\"}')",
        ("INSERT INTO spans (document_id, tag_id, start, \"end\", created_at, updated_at) VALUES (7, 1, ?, ?, 't', 't')",
         [(0, 3), (4, 5), (6, 10)]),
    ).close()
    with Project.open(path) as p:
        doc = p.document(7)
        assert (doc.title, doc.text, doc.status, doc.author, doc.published, doc.url, doc.site, doc.origin) == (
            "Old", "old 👍 text", "done", "Ana", "2024-01-02", "https://e.org", "E", '{"format": "html"}'
        )
        assert p.document_length(7) == 10
        assert [(s.start, s.end) for s in p.spans(7)] == [(0, 3), (4, 5), (6, 10)]  # no cascade on the rebuild
        p.add_span(7, 2, 0, 3)  # foreign keys are back on and still point at documents
        with pytest.raises(sqlite3.IntegrityError):
            p._conn.execute("INSERT INTO spans (document_id, tag_id, start, \"end\", created_at, updated_at) "
                            "VALUES (99, 1, 0, 1, 't', 't')")
    conn = sqlite3.connect(path)
    assert [r[1] for r in conn.execute("PRAGMA table_info(documents)")][-1] == "text"
    assert conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'documents'").fetchall() == [
        ("documents_sha256",)
    ]
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    backup = sqlite3.connect(tmp_path / "v4.newsmark.v4.bak")
    assert [r[1] for r in backup.execute("PRAGMA table_info(documents)")][2] == "text"
    backup.close()


def test_a_new_project_stores_text_last(tmp_path):
    Project.open(tmp_path / "new.newsmark", create=True).close()
    conn = sqlite3.connect(tmp_path / "new.newsmark")
    columns = [r[1] for r in conn.execute("PRAGMA table_info(documents)")]
    conn.close()
    assert columns[-1] == "text" and columns.count("text") == 1


def test_the_rebuild_keeps_spans_even_when_sqlite_starts_with_foreign_keys_on(tmp_path):
    # Some SQLite builds switch foreign keys on by default; dropping the old documents table would then cascade.
    path = tmp_path / "v4.newsmark"
    conn = old_project(
        path, 4,
        "INSERT INTO documents (id, title, text, chars, sha256, added_at) VALUES (1, 'T', 'some text', 9, 'x', 't')",
        "INSERT INTO spans (document_id, tag_id, start, \"end\", created_at, updated_at) VALUES (1, 1, 0, 4, 't', 't')",
    )
    conn.execute("PRAGMA foreign_keys=ON")
    schema.upgrade(conn, path, 4)
    assert conn.execute("SELECT start, \"end\" FROM spans").fetchall() == [(0, 4)]
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
