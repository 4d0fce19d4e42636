"""Opening a project file: the writer (locked, upgraded, WAL) and the reader (read-only, never writes).

Only SQLite opens the file (docs/locks.md): our checks use stat(), and SQLite
itself reports a file that is not a database.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from newsmark.core import schema
from newsmark.core.errors import (
    DamagedProjectError, DiskFullError, NotAProjectError, ProjectError, ReadOnlyProjectError,
)
from newsmark.core.filelock import ProjectLock, held_by_other
from newsmark.core.schema import check_file, check_ours, upgrade
from newsmark.core.storageerrors import storage_error
from newsmark.core.tagset import TagSpec

# quick_check reads every page: ~70 ms for a 50 MB project (bench/bench_open_check.py); bigger ones skip it.
QUICK_CHECK_MAX_BYTES = 64 * 2**20
READABLE_VERSION = 4  # the oldest format readers read as it is (5 only moved the text column, 10 widened a key)
_READ_ONLY_ERRNOS = (errno.EACCES, errno.EPERM, errno.EROFS)


def _uri(path: Path, **params: str) -> str:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"file:{quote(str(path))}?{query}"


def connect_writer(path: Path, *, create: bool, tag_set: list[TagSpec] | None) -> tuple[sqlite3.Connection, ProjectLock]:
    """Lock, open, check, upgrade and set up a project for writing; on any failure nothing is left held."""
    exists = path.exists()
    if not exists and not create:
        raise ProjectError(f"there is no project file at {path}")
    if exists:
        check_file(path)
        # SQLite would quietly open an unwritable file read-only and fail at the first span.
        if not os.access(path, os.W_OK):
            raise ReadOnlyProjectError(
                f"read-only: {path.name} cannot be written, so it cannot be opened for annotating; change its "
                "permissions or copy it (the command line can still list and export it)"
            )
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise ProjectError(f"cannot create {path}: {e.strerror}") from None
    lock = ProjectLock(path)
    try:
        lock.acquire()
    except OSError as e:
        if e.errno in _READ_ONLY_ERRNOS:
            raise ReadOnlyProjectError(
                f"read-only: the folder of {path.name} cannot be written ({e.strerror}), so it cannot be "
                "opened for annotating; copy it to a folder you can write to (the command line can still "
                "list and export it)"
            ) from None
        if e.errno in (errno.ENOSPC, errno.EDQUOT):
            done = "changed" if path.exists() else "created"
            raise DiskFullError(f"disk full: {path.name} was not {done}; free some space and try again") from None
        raise ProjectError(f"cannot lock {path}: {e.strerror}") from None
    conn = None
    try:
        # mode=rw: a file we cannot write is refused here, not at the first span.
        conn = sqlite3.connect(_uri(path, mode="rwc" if create else "rw"), uri=True, timeout=10)
        version = check_ours(conn, path)
        if version == 0 and not create:
            raise NotAProjectError(f"{path.name} is an empty database, not a Newsmark project")
        _quick_check(conn, path)
        if version < schema.SCHEMA_VERSION:  # read at run time: tests add future steps
            upgrade(conn, path, version, tag_set)
        _set_up_writer(conn, path)
    except BaseException as e:
        if conn is not None:
            conn.close()
        if not exists:  # a file this call made and could not finish (a full disk) is not left behind
            for suffix in ("-wal", "-shm", "-journal", ""):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        lock.release()
        if isinstance(e, sqlite3.Error):
            raise storage_error(e, path) from None
        raise
    return conn, lock


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a damaged project before the window shows half of it (only up to QUICK_CHECK_MAX_BYTES)."""
    if os.path.getsize(path) > QUICK_CHECK_MAX_BYTES:
        return
    problem = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
    if problem != "ok":
        first = " ".join(problem.split())[:120]
        raise DamagedProjectError(
            f"damaged: {path.name} failed SQLite's check ({first}); it was left untouched. "
            "Open a backup, or ask for help to recover it"
        )


def recover_wal(conn: sqlite3.Connection, path: Path) -> sqlite3.Connection:
    """Put a deleted WAL's frames into the file, then a fresh writer's connection (docs/locks.md).

    The WAL is deleted under a writer when this process lost its SQLite locks and another
    connection, believing itself the last, checkpointed and removed it: the writer's
    frames then live only in the deleted file, which its connection still holds open.
    """
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    conn = sqlite3.connect(_uri(path, mode="rw"), uri=True, timeout=10)
    try:
        _set_up_writer(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


def _set_up_writer(conn: sqlite3.Connection, path: Path) -> None:
    if conn.execute("PRAGMA journal_mode=WAL").fetchone()[0] != "wal":
        raise ReadOnlyProjectError(f"read-only: {path.name} cannot be written (SQLite keeps it read-only)")
    # A file SQLite itself keeps read-only (e.g. header byte 18 above 2) says so here, not at the first span:
    # rewrite page 1 with what it holds, and roll back.
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(f"PRAGMA user_version = {conn.execute('PRAGMA user_version').fetchone()[0]}")
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
    # FULL: a committed action survives a power cut, not just a crash.
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")


@dataclass(frozen=True)
class ReadSnapshot:
    """What a reader that bypassed SQLite's locking (immutable) saw of the file when it opened it."""

    path: Path
    stat: tuple[int, int, int, int]

    def changed(self) -> bool:
        """Whether a writer changed the file (or started a WAL) since the reader opened it."""
        return _file_id(self.path) != self.stat or os.path.exists(f"{self.path}-wal")


def connect_reader(path: Path) -> tuple[sqlite3.Connection, ReadSnapshot | None]:
    """Open a project read-only: never upgraded, never locked for writing, no -wal/-shm left beside it.

    With no -wal beside the file and no writer holding its lock, the file is all
    there is: it is opened ``immutable`` (SQLite then makes no -wal/-shm), and the
    returned snapshot lets the caller check that no writer changed it meanwhile.
    Otherwise ``mode=ro``: SQLite reads the writer's WAL but, read-only, can never
    checkpoint or delete it, whatever happens to its locks.
    """
    if not path.exists():
        raise ProjectError(f"there is no project file at {path}")
    check_file(path)
    snapshot = None
    if not os.path.exists(f"{path}-wal") and not held_by_other(path):
        snapshot = ReadSnapshot(path, _file_id(path))
        uri = _uri(path, mode="ro", immutable="1")
    else:
        uri = _uri(path, mode="ro")
    conn = None
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=10)
        conn.execute("PRAGMA query_only=ON")
        version = check_ours(conn, path)
        if version == 0:
            raise NotAProjectError(f"{path.name} is an empty database, not a Newsmark project")
        if version < READABLE_VERSION:
            if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
                # The app cannot upgrade it where it is either: say what does work.
                raise ReadOnlyProjectError(
                    f"read-only: {path.name} is in format {version}, which this command does not read, and it "
                    "cannot be upgraded where it is: copy it to a folder you can write to, open the copy in "
                    "Newsmark once to upgrade it, then try again"
                )
            raise ProjectError(
                f"{path.name} is in format {version}, which this command does not read: "
                "open it in Newsmark once to upgrade it, then try again"
            )
    except BaseException as e:
        if conn is not None:
            conn.close()
        if isinstance(e, sqlite3.Error):
            raise storage_error(e, path) from None
        raise
    return conn, snapshot


def _file_id(path: Path) -> tuple[int, int, int, int]:
    try:
        st = os.stat(path)
    except OSError:
        return (0, 0, 0, 0)
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def wal_id(path: Path) -> tuple[int, int] | None:
    """The identity (device, inode) of the project's WAL now, or None if there is none."""
    try:
        st = os.stat(f"{path}-wal")
    except OSError:
        return None
    return (st.st_dev, st.st_ino)

