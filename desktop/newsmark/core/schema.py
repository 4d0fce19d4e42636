"""The project file's format: its schema, its version, and the steps that upgrade older files."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

from newsmark.core.attributes import DEFAULT_ATTRIBUTES, attributes_json
from newsmark.core.donemarks import migrate_to_11
from newsmark.core.errors import NewerVersionError, NotAProjectError, ProjectError
from newsmark.core.labelschema import migrate_to_10
from newsmark.core.linkset import CategorySpec, LinkTypeSpec
from newsmark.core.tagset import TagSpec, default_tag_set

APPLICATION_ID = 0x4E4D524B  # "NMRK" in the SQLite header marks the file as ours
SCHEMA_VERSION = 11
PROJECT_SUFFIX = ".newsmark"

_SCHEMA_V1 = """
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    chars INTEGER NOT NULL,
    source_path TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL,
    added_at TEXT NOT NULL
);
CREATE INDEX documents_sha256 ON documents(sha256);
CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    color TEXT NOT NULL,
    key TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL
);
CREATE TABLE spans (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    annotator TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (0 <= start AND start < "end")
);
CREATE INDEX spans_document ON spans(document_id, start);
"""


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run each statement of a schema script (executescript would commit the upgrade's transaction)."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _migrate_to_1(conn: sqlite3.Connection) -> None:
    _run_script(conn, _SCHEMA_V1)


def _migrate_to_2(conn: sqlite3.Connection) -> None:
    """Documents get a review status and editable metadata."""
    conn.execute(
        "ALTER TABLE documents ADD COLUMN status TEXT NOT NULL DEFAULT 'todo' "
        "CHECK (status IN ('todo', 'in_progress', 'done', 'reviewed'))"
    )
    for column in ("author", "published", "url"):
        conn.execute(f"ALTER TABLE documents ADD COLUMN {column} TEXT NOT NULL DEFAULT ''")


def _migrate_to_3(conn: sqlite3.Connection) -> None:
    """Tags define attributes (JSON list); spans carry their values (JSON object by name)."""
    conn.execute("ALTER TABLE tags ADD COLUMN attributes TEXT NOT NULL DEFAULT '[]'")
    conn.execute("ALTER TABLE spans ADD COLUMN attributes TEXT NOT NULL DEFAULT '{}'")
    conn.executemany(
        "UPDATE tags SET attributes = ? WHERE name = ? AND attributes = '[]'",
        [(attributes_json(specs), name) for name, specs in DEFAULT_ATTRIBUTES.items()],
    )


def _migrate_to_4(conn: sqlite3.Connection) -> None:
    """Documents keep the site they were published on, and where they came from (file name and metadata as JSON)."""
    conn.execute("ALTER TABLE documents ADD COLUMN site TEXT NOT NULL DEFAULT ''")
    conn.execute("ALTER TABLE documents ADD COLUMN origin TEXT NOT NULL DEFAULT '{}'")


_DOCUMENTS_V5 = """
CREATE TABLE documents_v5 (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    chars INTEGER NOT NULL,
    source_path TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL,
    added_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'in_progress', 'done', 'reviewed')),
    author TEXT NOT NULL DEFAULT '',
    published TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    site TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL DEFAULT '{}',
    text TEXT NOT NULL
)"""


def _migrate_to_5(conn: sqlite3.Connection) -> None:
    """Documents' text becomes their last column.

    SQLite stores a row's columns in order and a long text spills into a chain of overflow
    pages, so reading any column after it (the length, status or metadata) walked the whole
    chain: ~5 ms per look at a 5 MB article, on every span added and every document listed.
    """
    # Dropping the old table must not cascade into spans: Project.open turns foreign keys on
    # only after upgrading, and this checks that they are off.
    if conn.execute("PRAGMA foreign_keys").fetchone()[0]:
        raise ProjectError("cannot upgrade: foreign keys must be off while the documents table is rebuilt")
    conn.execute(_DOCUMENTS_V5)
    columns = "id, title, chars, source_path, sha256, added_at, status, author, published, url, site, origin, text"
    conn.execute(f"INSERT INTO documents_v5 ({columns}) SELECT {columns} FROM documents")
    conn.execute("DROP TABLE documents")
    conn.execute("ALTER TABLE documents_v5 RENAME TO documents")
    conn.execute("CREATE INDEX documents_sha256 ON documents(sha256)")
    if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
        raise ProjectError("cannot upgrade: a span lost its document while the documents table was rebuilt")


_SCHEMA_V6 = """
CREATE TABLE link_types (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    color TEXT NOT NULL,
    key TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL,
    sources TEXT NOT NULL DEFAULT '[]',
    targets TEXT NOT NULL DEFAULT '[]',
    symmetric INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE links (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    type_id INTEGER NOT NULL REFERENCES link_types(id),
    source_id INTEGER NOT NULL REFERENCES spans(id) ON DELETE CASCADE,
    target_id INTEGER NOT NULL REFERENCES spans(id) ON DELETE CASCADE,
    note TEXT NOT NULL DEFAULT '',
    annotator TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (source_id <> target_id)
);
CREATE INDEX links_source ON links(source_id);
CREATE INDEX links_target ON links(target_id);
CREATE INDEX links_document ON links(document_id);
CREATE INDEX links_type ON links(type_id);
CREATE TABLE categories (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    choices TEXT NOT NULL DEFAULT '[]',
    multiple INTEGER NOT NULL DEFAULT 0,
    key TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL
);
CREATE TABLE document_labels (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    category_id INTEGER NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
    value TEXT NOT NULL,
    annotator TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    PRIMARY KEY (document_id, category_id, value)
);
CREATE INDEX document_labels_category ON document_labels(category_id);
"""


def _migrate_to_6(conn: sqlite3.Connection) -> None:
    """Links between spans (typed by link types) and labels for whole documents (by category)."""
    # Indexes on every column a cascade follows: deleting a span or a document looks its links up.
    _run_script(conn, _SCHEMA_V6)


_SCHEMA_V7 = """
CREATE TABLE suggestions (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    attributes TEXT NOT NULL DEFAULT '{}',
    confidence REAL NOT NULL,
    suggester TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'rejected')),
    span_id INTEGER,
    decided_by TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    decided_at TEXT NOT NULL DEFAULT '',
    CHECK (0 <= start AND start < "end"),
    UNIQUE (document_id, tag_id, start, "end")
);
CREATE INDEX suggestions_span ON suggestions(span_id);
CREATE TABLE rules (
    name TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
"""


def _migrate_to_7(conn: sqlite3.Connection) -> None:
    """Suggestions to accept or reject (kept once decided, so a rejected one is not proposed again) and team rules.

    A suggestion's ``span_id`` is the span its acceptance made, without a foreign key: undoing
    that span's deletion restores the same id, and the span's origin with it.
    """
    _run_script(conn, _SCHEMA_V7)


def _migrate_to_8(conn: sqlite3.Connection) -> None:
    """A curator's decisions that are not spans: what was rejected from the gold set stays rejected."""
    # A unit is a span (tag and range; ``detail`` empty) or a link from it (``detail`` names its type and target).
    # No foreign key on tag_id: a decision must never stop a tag from being deleted.
    conn.execute(
        "CREATE TABLE curation_decisions (id INTEGER PRIMARY KEY, "
        "document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE, "
        'start INTEGER NOT NULL, "end" INTEGER NOT NULL, tag_id INTEGER NOT NULL, detail TEXT NOT NULL DEFAULT \'\', '
        "curator TEXT NOT NULL, decision TEXT NOT NULL CHECK (decision IN ('reject')), created_at TEXT NOT NULL)"
    )
    conn.execute("CREATE INDEX curation_decisions_document ON curation_decisions(document_id, curator)")


_SCHEMA_SPLITS = """
CREATE TABLE splits (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    part TEXT NOT NULL CHECK (part IN ('train', 'dev', 'test')),
    seed INTEGER NOT NULL,
    ratios TEXT NOT NULL DEFAULT '{}',
    annotator TEXT NOT NULL DEFAULT '',
    made_at TEXT NOT NULL
)"""


def _migrate_to_9(conn: sqlite3.Connection) -> None:
    """Training splits: each document's part (train, dev or test) and how the split was made."""
    conn.execute(_SCHEMA_SPLITS)


# Step N turns a version N-1 file into version N, inside one transaction.
MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: _migrate_to_1, 2: _migrate_to_2, 3: _migrate_to_3, 4: _migrate_to_4, 5: _migrate_to_5, 6: _migrate_to_6,
    7: _migrate_to_7, 8: _migrate_to_8, 9: _migrate_to_9, 10: migrate_to_10, 11: migrate_to_11,
}


def check_file(path: Path) -> None:
    """Refuse a folder or an unreadable file, from its metadata alone.

    Never opens the file: closing any descriptor of a project drops SQLite's locks
    (docs/locks.md). Whether it is a database at all, SQLite itself says on the
    first read, and it never writes to a file it cannot read as one.
    """
    try:
        st = os.stat(path)
    except PermissionError:
        raise ProjectError(f"cannot read {path}: permission denied") from None
    if stat.S_ISDIR(st.st_mode):
        raise NotAProjectError(f"{path} is a folder, not a Newsmark project")
    if not stat.S_ISREG(st.st_mode):
        raise NotAProjectError(f"{path.name} is not a Newsmark project (not a regular file); it was left untouched")
    if not os.access(path, os.R_OK):
        raise ProjectError(f"cannot read {path}: permission denied")
    if 0 < st.st_size < 512:  # SQLite's smallest page: shorter is no database (and SQLite would call it empty)
        raise NotAProjectError(f"{path.name} is not a Newsmark project (not an SQLite database); it was left untouched")


def check_ours(conn: sqlite3.Connection, path: Path) -> int:
    """The file's schema version; raise if the database belongs to something else."""
    # SQLite's own errors (not a database, damaged) go up: the caller words them (core/storageerrors.py).
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if app_id == 0 and version == 0 and tables == 0:
        return 0  # an empty database: safe to make it a project
    if app_id != APPLICATION_ID:
        raise NotAProjectError(f"{path.name} is an SQLite database but not a Newsmark project; it was left untouched")
    if version > SCHEMA_VERSION:
        raise NewerVersionError(
            f"{path.name} was written by a newer Newsmark (format {version}, this one reads up to "
            f"{SCHEMA_VERSION}); update Newsmark to open it"
        )
    return version


def upgrade(conn: sqlite3.Connection, path: Path, version: int, tag_set: list[TagSpec] | None = None) -> None:
    """Bring a file to SCHEMA_VERSION in one transaction, after backing up a non-empty one."""
    backup = path.with_name(f"{path.name}.v{version}.bak")
    made_backup = version > 0 and not backup.exists()
    if version > 0:
        _back_up(conn, backup)
    steps = list(range(version + 1, SCHEMA_VERSION + 1))
    specs = tag_set or default_tag_set()
    # An upgraded project gets the default link types and categories; a new one those of its tag set
    # (none when the tag set is a plain list of tags, or a file written before links existed).
    link_specs = default_tag_set() if version > 0 else specs
    # As SQLite's table-rebuild recipe asks: off outside any transaction (an SQLite built with
    # foreign keys on by default would otherwise cascade a rebuilt table's drop); Project.open
    # turns them on once the file is up to date.
    conn.execute("PRAGMA foreign_keys=OFF")
    # All steps in one transaction: a crash or a full disk leaves an empty new file, or an older
    # one exactly as it was (as the "was not changed" message says), never half a project.
    conn.execute("BEGIN IMMEDIATE")
    try:
        for step in steps:
            MIGRATIONS[step](conn)
            if step == 1:
                seed_tags(conn, specs)
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            if step == 6:
                seed_links(conn, getattr(link_specs, "link_types", ()), getattr(link_specs, "categories", ()))
            if step == 7 and version == 0:  # a new project starts with its tag set's suggestion rules
                conn.executemany(
                    "INSERT INTO rules (name, body, updated_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
                    sorted(getattr(specs, "rules", {}).items()),
                )
        if version == 0 and steps[-1] >= 3:  # a new project's tags get exactly their tag set's attributes
            conn.executemany(
                "UPDATE tags SET attributes = ? WHERE name = ?", [(attributes_json(s.attributes), s.name) for s in specs]
            )
        conn.execute(f"PRAGMA user_version = {steps[-1]}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # SQLite itself rolls back on some errors (a full disk)
            conn.execute("ROLLBACK")
        if made_backup:  # the file is as it was: a backup of it would only be clutter
            backup.unlink(missing_ok=True)
        raise


def _back_up(conn: sqlite3.Connection, backup: Path) -> None:
    """Copy the file before its upgrade; a copy that could not be finished (a full disk) is not left behind."""
    existed = backup.exists()
    target = sqlite3.connect(str(backup))
    try:
        conn.backup(target)
    except BaseException:
        target.close()
        if not existed:
            backup.unlink(missing_ok=True)
            Path(f"{backup}-journal").unlink(missing_ok=True)
        raise
    target.close()


def seed_tags(conn: sqlite3.Connection, specs: list[TagSpec]) -> None:
    conn.executemany(
        "INSERT INTO tags (name, color, key, position) VALUES (?, ?, ?, ?)",
        [(s.name, s.color, s.key, i) for i, s in enumerate(specs)],
    )


def seed_links(conn: sqlite3.Connection, link_types: tuple[LinkTypeSpec, ...], categories: tuple[CategorySpec, ...]) -> None:
    """Insert a tag set's link types and document categories, in order."""
    conn.executemany(
        "INSERT INTO link_types (name, color, key, position, sources, targets, symmetric) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(t.name, t.color, t.key, i, json.dumps(list(t.sources), ensure_ascii=False),
          json.dumps(list(t.targets), ensure_ascii=False), int(t.symmetric)) for i, t in enumerate(link_types)],
    )
    conn.executemany(
        "INSERT INTO categories (name, choices, multiple, key, position) VALUES (?, ?, ?, ?, ?)",
        [(c.name, json.dumps(list(c.choices), ensure_ascii=False), int(c.multiple), c.key, i)
         for i, c in enumerate(categories)],
    )
