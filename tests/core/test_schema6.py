"""Format 6: link tables, reached from every older format with the data intact and the default link types."""

from __future__ import annotations

import sqlite3

import pytest
from newsmark.core import schema
from newsmark.core.linkset import CategorySpec, LinkTypeSpec
from newsmark.core.storage import SCHEMA_VERSION, Project
from newsmark.core.tagset import TagSet, TagSpec

from tests.core.test_storage import old_project

DOCUMENT = (
    "INSERT INTO documents (id, title, text, chars, source_path, sha256, added_at) "
    "VALUES (1, 'Old', 'Old text with Kursk in it.', 26, '/a/old.txt', 'x', '2024-01-01T00:00:00Z')"
)
SPANS = (
    'INSERT INTO spans (id, document_id, tag_id, start, "end", note, annotator, created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)',
    [(1, 1, 0, 8, "n", "ana", "t", "t"), (2, 4, 14, 19, "", "bo", "t", "t")],
)


def test_this_newsmark_writes_format_6_or_later():
    assert SCHEMA_VERSION >= 6  # 7 added splits (tests/core/review/test_splitstore.py)


@pytest.mark.parametrize("version", [1, 2, 3, 4, 5])
def test_an_older_file_is_upgraded_through_every_step_with_its_data_and_the_default_link_types(tmp_path, version):
    path = tmp_path / f"v{version}.newsmark"
    old_project(path, version, DOCUMENT, SPANS).close()
    with Project.open(path) as p:
        assert [(s.id, s.start, s.end, s.note, s.annotator) for s in p.spans(1)] == [(1, 0, 8, "n", "ana"), (2, 14, 19, "", "bo")]
        assert p.document(1).text == "Old text with Kursk in it."
        assert [t.name for t in p.link_types()] == ["evidence", "about", "said_by", "same_as"]
        assert [c.name for c in p.categories()] == ["topic", "genre", "stance"]
        same_as = p.link_types()[-1].id
        link = p.add_link(1, same_as, 1, 2)  # claim "Old text" is the same as location "Kursk": any <-> any
        p.set_document_labels(1, p.categories()[1].id, ["news"])
        assert p.links(1) == [link]
        p.delete_span(2)  # foreign keys are on after the upgrade: the link goes with its span
        assert p.links(1) == []
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    backup = sqlite3.connect(tmp_path / f"v{version}.newsmark.v{version}.bak")
    assert backup.execute("PRAGMA user_version").fetchone()[0] == version
    assert backup.execute("SELECT count(*) FROM sqlite_master WHERE name = 'links'").fetchone()[0] == 0
    backup.close()


def test_the_link_tables_have_the_contracts_columns(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True):
        pass
    conn = sqlite3.connect(tmp_path / "p.newsmark")
    columns = {t: [r[1] for r in conn.execute(f"PRAGMA table_info({t})")] for t in
               ("link_types", "links", "categories", "document_labels")}
    assert columns == {
        "link_types": ["id", "name", "color", "key", "position", "sources", "targets", "symmetric"],
        "links": ["id", "document_id", "type_id", "source_id", "target_id", "note", "annotator", "created_at", "updated_at"],
        "categories": ["id", "name", "choices", "multiple", "key", "position"],
        "document_labels": ["document_id", "category_id", "value", "annotator", "created_at"],
    }
    indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'links'")}
    assert {"links_source", "links_target", "links_document"} <= indexes
    with pytest.raises(sqlite3.IntegrityError):  # a link from a span to itself is refused by the file itself
        conn.execute("INSERT INTO links (document_id, type_id, source_id, target_id, created_at, updated_at) "
                     "VALUES (1, 1, 1, 1, 't', 't')")
    conn.close()


def test_a_failed_step_6_leaves_a_version_5_file_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "v5.newsmark"
    old_project(path, 5, DOCUMENT, SPANS).close()

    def broken(conn):
        schema._migrate_to_6(conn)
        raise RuntimeError("power cut")

    monkeypatch.setitem(schema.MIGRATIONS, 6, broken)
    with pytest.raises(RuntimeError):
        Project.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 5
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name IN ('links', 'link_types')").fetchone()[0] == 0
    conn.close()


def test_a_reader_reads_a_version_5_file_as_it_is_with_no_links(tmp_path):
    path = tmp_path / "v5.newsmark"
    old_project(path, 5, DOCUMENT, SPANS).close()
    with Project.open(path, readonly=True) as p:
        assert len(p.spans(1)) == 2
        assert (p.link_types(), p.categories(), p.links(1), list(p.all_links())) == ([], [], [], [])
        assert (p.links_of_spans([1, 2]), p.document_labels(1), p.labels_by_document(), p.link_counts(1)) == ([], [], {}, {})
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 5  # never upgraded


def test_a_new_project_takes_its_tag_sets_link_types_and_categories(tmp_path):
    team = TagSet(
        [TagSpec("actor", "#112233", "1"), TagSpec("event", "#445566", "2")],
        [LinkTypeSpec("did", "#000000", "d", ("actor",), ("event",))],
        [CategorySpec("region", ("north", "south"), True, "r")],
    )
    with Project.open(tmp_path / "team.newsmark", create=True, tag_set=team) as p:
        assert [(t.name, t.key, t.sources, t.targets) for t in p.link_types()] == [("did", "d", ("actor",), ("event",))]
        assert [(c.name, c.choices, c.multiple) for c in p.categories()] == [("region", ("north", "south"), True)]
    with Project.open(tmp_path / "plain.newsmark", create=True, tag_set=[TagSpec("actor", "#112233")]) as p:
        assert p.link_types() == [] and p.categories() == []  # a plain list of tags brings none
