"""The project file: one SQLite database per project; the only module that touches it.

The schema is documented in docs/schema.md. Every public method that writes is
one transaction, committed before it returns, so what the UI reports as done is
on disk.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from operator import itemgetter
from pathlib import Path

import sqlite_utils

from newsmark.core import projectfiles
from newsmark.core.storageconnect import ReadSnapshot, connect_reader, connect_writer, recover_wal, wal_id
from newsmark.core.errors import NotFoundError, ProjectError
from newsmark.core.batchstore import BatchStore
from newsmark.core.documentstore import DocumentStore
from newsmark.core.filelock import ProjectLock
from newsmark.core.storageerrors import storage_error, translating
from newsmark.core.tagset import TagSpec
from newsmark.core.spanreads import SpanReads
from newsmark.core.tagstore import TagStore
from newsmark.core.linkstore import LinkStore
from newsmark.core.suggestionstore import SuggestionStore
from newsmark.core.linktypestore import LinkTypeStore
from newsmark.core.curationstore import CurationStore
from newsmark.core.reportreads import ReportReads
from newsmark.core.splitstore import SplitStore
from newsmark.core.donemarks import DoneMarkStore
from newsmark.core.model import Link, Span, default_annotator, now_iso
from newsmark.core.schema import (  # noqa: F401 - APPLICATION_ID etc. are part of this module's interface
    APPLICATION_ID,
    PROJECT_SUFFIX,
    SCHEMA_VERSION,
)

_SPAN_COLUMNS = 'id, document_id, tag_id, start, "end", note, annotator, created_at, updated_at, attributes'


@translating
class Project(DocumentStore, TagStore, SpanReads, BatchStore, LinkStore, LinkTypeStore, SuggestionStore, CurationStore,
              ReportReads, SplitStore, DoneMarkStore):
    """An open project file: documents, tags, spans, links, document labels, and suggestions under review."""

    def __init__(
        self, path: Path, conn: sqlite3.Connection, lock: ProjectLock | None, snapshot: ReadSnapshot | None = None
    ):
        self.path = path
        self._db = _CheckedDatabase(self, conn)
        self._conn = conn
        self._lock = lock
        self._snapshot = snapshot
        self._wal = wal_id(path) if lock is not None else None
        projectfiles.opened(path)

    # -- opening and closing -------------------------------------------------

    @classmethod
    def open(
        cls, path: str | Path, *, create: bool = False, readonly: bool = False, tag_set: list[TagSpec] | None = None
    ) -> "Project":
        """Open (or with ``create``, make) a project; ``readonly``: read it as it is, writing nothing at all.

        A new project starts with ``tag_set`` (a shared team schema), or the default tags.
        Every failure is a ProjectError ("damaged: …", "read-only: …", …) and leaves no lock held.
        """
        path = Path(path).expanduser().absolute()
        if readonly:
            conn, snapshot = connect_reader(path)
            return cls(path, conn, None, snapshot)
        conn, lock = connect_writer(path, create=create, tag_set=tag_set)
        return cls(path, conn, lock)

    def close(self) -> None:
        """Close the file and release the lock (all is saved); an immutable reader raises if a writer changed it."""
        if self._conn is None:
            return
        self._conn.close()
        self._conn = None
        projectfiles.closed(self.path)
        if self._lock is not None:
            self._lock.release()
        if self._snapshot is not None and self._snapshot.changed():
            raise ProjectError(f"{self.path.name} was changed by another Newsmark while it was read; try again")

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc) -> None:
        if exc[0] is not None:
            self._snapshot = None  # the error in flight says more
        self.close()

    def _check_wal(self) -> None:
        """After a commit: if our WAL was deleted or replaced under us, save its frames and reconnect (one stat())."""
        now = wal_id(self.path)
        if now != self._wal and self._lock is not None:
            if self._wal is not None:
                self._conn = self._db.conn = recover_wal(self._conn, self.path)
                now = wal_id(self.path)
            self._wal = now

    @contextmanager
    def transaction(self) -> Iterator["Project"]:
        """Make several calls one transaction: all of them are saved, or none (calls inside nest)."""
        with self._db.atomic():
            yield self

    @property
    def writable(self) -> bool:
        """Whether this process holds the project's writer lock."""
        return self._lock is not None and self._lock.held

    # -- spans ---------------------------------------------------------------

    def spans(self, document_id: int, *, starting_before: int | None = None) -> list[Span]:
        """A document's spans ordered by (start, end, id); optionally only those starting before an offset."""
        limit = "" if starting_before is None else f" AND start < {int(starting_before)}"
        rows = self._conn.execute(
            f"SELECT {_SPAN_COLUMNS} FROM spans WHERE document_id = ?{limit} ORDER BY start, \"end\", id",
            (document_id,),
        )
        return list(map(Span._make, rows))

    def newest_ids(self) -> tuple[int, int]:
        """The highest span id and tag id now: whatever is added later has a higher one."""
        spans = self._conn.execute("SELECT coalesce(max(id), 0) FROM spans").fetchone()[0]
        tags = self._conn.execute("SELECT coalesce(max(id), 0) FROM tags").fetchone()[0]
        return spans, tags

    def spans_since(self, span_id: int) -> list[Span]:
        """The spans with an id above ``span_id`` (added since ``newest_ids()`` said so)."""
        return list(map(Span._make, self._conn.execute(f"SELECT {_SPAN_COLUMNS} FROM spans WHERE id > ?", (span_id,))))

    def annotators(self) -> list[str]:
        """Everyone who made a span in this project, sorted."""
        return [r[0] for r in self._conn.execute("SELECT DISTINCT annotator FROM spans ORDER BY annotator")]

    def count_spans(self, document_id: int) -> int:
        """How many spans a document has."""
        return self._conn.execute("SELECT count(*) FROM spans WHERE document_id = ?", (document_id,)).fetchone()[0]

    def span(self, span_id: int) -> Span:
        """One span by id."""
        row = self._conn.execute(f"SELECT {_SPAN_COLUMNS} FROM spans WHERE id = ?", (span_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"there is no span {span_id} in {self.path.name}")
        return Span._make(row)

    def add_span(
        self, document_id: int, tag_id: int, start: int, end: int, *, note: str = "", annotator: str | None = None,
        attributes: str = "{}",
    ) -> Span:
        """Save a new span and return it with its id and times."""
        self._check_range(document_id, start, end)
        stamp = now_iso()
        who = default_annotator() if annotator is None else annotator
        span = Span(0, document_id, tag_id, start, end, note, who, stamp, stamp, attributes)
        with self._db.atomic():
            cur = self._conn.execute(
                f"INSERT INTO spans ({_SPAN_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)", _span_values(span)[1:]
            )
        return span.with_changes(id=cur.lastrowid)

    def restore_span(self, span: Span, links: Iterable[Link] = ()) -> None:
        """Put back a span exactly as it was (same id and times) with its links, e.g. when a delete is undone."""
        self._check_range(span.document_id, span.start, span.end)
        with self._db.atomic():
            self._conn.execute(f"INSERT INTO spans ({_SPAN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", _span_values(span))
            self.restore_links(links)

    def update_span(self, span_id: int, **changes) -> Span:
        """Change a span's tag, edges, note or attribute values; ``updated_at`` becomes now unless given."""
        old = self.span(span_id)
        allowed = {"tag_id", "start", "end", "note", "annotator", "updated_at", "attributes"}
        if not changes.keys() <= allowed:
            raise TypeError(f"cannot change {sorted(changes.keys() - allowed)} of a span")
        changes.setdefault("updated_at", now_iso())
        new = old.with_changes(**changes)
        if (new.start, new.end) != (old.start, old.end):
            self._check_range(new.document_id, new.start, new.end)
        with self._db.atomic():
            self._conn.execute(
                'UPDATE spans SET tag_id = ?, start = ?, "end" = ?, note = ?, annotator = ?, updated_at = ?, '
                "attributes = ? WHERE id = ?",
                (new.tag_id, new.start, new.end, new.note, new.annotator, new.updated_at, new.attributes, span_id),
            )
        return new

    def delete_span(self, span_id: int) -> Span:
        """Delete a span and its links; returns the span as it was (read ``links_of_spans`` first to undo the links)."""
        old = self.span(span_id)
        with self._db.atomic():
            self._conn.execute("DELETE FROM spans WHERE id = ?", (span_id,))
        return old

    def add_spans(self, spans: Iterable[Span]) -> int:
        """Save many new spans in one transaction (ids are assigned); returns how many."""
        # The raw connection: sqlite-utils' insert_all is several times slower on this hot path.
        rows = [_span_values(s)[1:] for s in spans]
        with self._db.atomic():
            self._conn.executemany(
                f"INSERT INTO spans ({_SPAN_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows
            )
        return len(rows)

    def add_annotation_set(self, new_tags: list[TagSpec], spans: Iterable[Span]) -> int:
        """Add new tags (name and color) and spans in one transaction; returns how many spans.

        A span whose ``tag_id`` is ``-n`` gets the n-th new tag (from 1): its id exists only once it is inserted.
        """
        with self._db.atomic():
            position = self._conn.execute("SELECT coalesce(max(position), -1) + 1 FROM tags").fetchone()[0]
            ids = {}
            for n, spec in enumerate(new_tags, 1):
                cur = self._conn.execute(
                    "INSERT INTO tags (name, color, key, position) VALUES (?, ?, ?, ?)",
                    (spec.name, spec.color.lower(), spec.key, position + n - 1),
                )
                ids[-n] = cur.lastrowid
            # Streamed, not listed first: a set can hold a million spans. Tuple slices, as _replace is slow.
            if ids:
                rows = ((s[1], ids.get(s[2], s[2]), *s[3:]) for s in spans)
            else:
                rows = map(itemgetter(slice(1, None)), spans)
            cur = self._conn.executemany(
                f"INSERT INTO spans ({_SPAN_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows
            )
        return cur.rowcount

    def insert_spans(self, spans: list[Span]) -> list[Span]:
        """Save new spans in one transaction and return them with their ids (for undo)."""
        with self._db.atomic():
            # We hold the writer's lock, so numbering from the current maximum is safe.
            first = self._conn.execute("SELECT coalesce(max(id), 0) + 1 FROM spans").fetchone()[0]
            numbered = [s.with_changes(id=first + i) for i, s in enumerate(spans)]
            lengths: dict[int, int] = {}
            for span in numbered:
                if span.document_id not in lengths:
                    lengths[span.document_id] = self.document_length(span.document_id)
                if not 0 <= span.start < span.end <= lengths[span.document_id]:
                    raise ValueError(f"span [{span.start}, {span.end}) is outside document {span.document_id}")
            self._conn.executemany(
                f"INSERT INTO spans ({_SPAN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", map(_span_values, numbered)
            )
        return numbered

    def restore_spans(self, spans: list[Span], links: Iterable[Link] = ()) -> None:
        """Put back many spans exactly as they were, then their links, in one transaction."""
        with self._db.atomic():
            self._conn.executemany(
                f"INSERT INTO spans ({_SPAN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", map(_span_values, spans)
            )
            self.restore_links(links)

    def delete_spans(self, span_ids: list[int]) -> list[Link]:
        """Delete many spans and their links in one transaction; returns the links, for ``restore_spans``."""
        with self._db.atomic():
            links = self.links_of_spans(span_ids)
            self._conn.executemany("DELETE FROM spans WHERE id = ?", [(i,) for i in span_ids])
        return links

    def span_keys(self) -> set[tuple[int, int, int, int, str]]:
        """(document_id, tag_id, start, end, annotator) of every span, to skip duplicates on load."""
        return set(self._conn.execute('SELECT document_id, tag_id, start, "end", annotator FROM spans'))

    def export_rows(self, cursor_size: int = 10_000) -> Iterator[tuple]:
        """Every span joined with its document and tag, in document then text order.

        Rows are ``(document_id, document_title, document_sha256, span_id, tag,
        start, end, text, note, annotator, created_at, updated_at, attributes)``,
        the last being the span's attribute values as JSON.
        """
        tags = {t.id: t.name for t in self.tags()}
        documents = self._conn.execute("SELECT id, title, sha256 FROM documents ORDER BY id").fetchall()
        for document_id, title, digest in documents:
            # Slice in Python: SQLite's substr() walks the UTF-8 from the start for every span.
            (text,) = self._conn.execute("SELECT text FROM documents WHERE id = ?", (document_id,)).fetchone()
            cur = self._conn.execute(
                'SELECT id, tag_id, start, "end", note, annotator, created_at, updated_at, attributes FROM spans '
                'WHERE document_id = ? ORDER BY start, "end", id',
                (document_id,),
            )
            while batch := cur.fetchmany(cursor_size):
                for span_id, tag_id, start, end, note, annotator, created, updated, attributes in batch:
                    yield (
                        document_id, title, digest, span_id, tags[tag_id], start, end, text[start:end],
                        note, annotator, created, updated, attributes,
                    )

    def _check_range(self, document_id: int, start: int, end: int) -> None:
        length = self.document_length(document_id)
        if not (0 <= start < end <= length):
            raise ValueError(f"span [{start}, {end}) is outside document {document_id} of length {length}")


class _CheckedDatabase(sqlite_utils.Database):
    """sqlite-utils' Database whose outermost ``atomic()`` reports SQLite errors as ours and checks the WAL."""

    def __init__(self, project: Project, conn: sqlite3.Connection):
        super().__init__(conn, execute_plugins=False)
        self._project = project

    @contextmanager
    def atomic(self) -> Iterator["_CheckedDatabase"]:
        outer = not self.conn.in_transaction
        try:
            with super().atomic():
                yield self
            if outer:
                self._project._check_wal()
        except sqlite3.Error as e:
            if isinstance(e, (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError)):
                raise
            raise storage_error(e, self._project.path) from e


def _span_values(span: Span) -> tuple:
    return tuple(span)  # a Span's fields are in _SPAN_COLUMNS order
