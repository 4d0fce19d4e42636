"""SQLite's errors as the user's: "damaged: …", "read-only: …", "disk full: …", one line each.

Used at the storage boundary, so no ``sqlite3`` exception reaches the CLI or a
dialog. Constraint and programming errors are left alone: they are our bugs,
not something the user did.
"""

from __future__ import annotations

import functools
import inspect
import sqlite3
from pathlib import Path

from newsmark.core import projectfiles
from newsmark.core.errors import (
    DamagedProjectError, DiskFullError, NotAProjectError, ProjectError, ProjectLockedError, ReadOnlyProjectError,
)

_SQLITE_MAGIC = b"SQLite format 3\x00"
_OURS = (sqlite3.IntegrityError, sqlite3.ProgrammingError, sqlite3.InterfaceError)


def storage_error(error: sqlite3.Error, path: Path) -> ProjectError:
    """The ProjectError that says, in the user's words, what ``error`` means for the project at ``path``."""
    code = getattr(error, "sqlite_errorcode", 0) & 0xFF
    name = path.name
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        if code == sqlite3.SQLITE_NOTADB and not _looks_like_sqlite(path):
            return NotAProjectError(f"{name} is not a Newsmark project (not an SQLite database); it was left untouched")
        return DamagedProjectError(
            f"damaged: {name} cannot be read ({error}); it was left untouched. "
            "Open a backup, or ask for help to recover it"
        )
    if isinstance(error, sqlite3.OperationalError) and str(error).startswith("Could not decode to UTF-8"):
        # Python's own error (no SQLite code) for stored text whose bytes are not UTF-8: the file was hurt.
        # Its message quotes the text, so it is not repeated here.
        return DamagedProjectError(
            f"damaged: {name} holds text that is not valid UTF-8; it was left untouched. "
            "Open a backup, or ask for help to recover it"
        )
    if code == sqlite3.SQLITE_FULL:
        return DiskFullError(f"disk full: {name} was not changed; free some space and try again")
    if code == sqlite3.SQLITE_READONLY and projectfiles.read_header(path)[18:20] not in (b"", b"\x01\x01", b"\x02\x02"):
        # Header bytes 18-19 are the format's write and read versions: only 1 or 2 in any file we wrote.
        return DamagedProjectError(f"damaged: {name} has an unknown format version in its header; it was left untouched")
    if code == sqlite3.SQLITE_READONLY:
        return ReadOnlyProjectError(f"read-only: {name} cannot be written ({error})")
    if code == sqlite3.SQLITE_CANTOPEN:
        return ReadOnlyProjectError(
            f"read-only: {name} or its folder cannot be written, so it cannot be opened for annotating ({error})"
        )
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return ProjectLockedError(f"{name} is busy in another program; try again in a moment")
    if code == sqlite3.SQLITE_IOERR:
        return ProjectError(f"cannot read or write {name}: the disk reported an error ({error})")
    return ProjectError(f"cannot use {name}: {error}")


def translating(cls: type) -> type:
    """Class decorator: every public method of ``cls`` (and its bases) raises ProjectError, not sqlite3.Error."""
    for klass in cls.__mro__[:-1]:
        for attr, value in list(vars(klass).items()):
            if attr.startswith("_") or not inspect.isfunction(value) or attr in vars(cls) and klass is not cls:
                continue
            setattr(cls, attr, _generator(value) if inspect.isgeneratorfunction(value) else _function(value))
    return cls


def _function(fn):
    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        try:
            return fn(self, *args, **kwargs)
        except _OURS:
            raise
        except sqlite3.Error as e:
            raise storage_error(e, self.path) from e
    return wrapper


def _generator(fn):
    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        try:
            yield from fn(self, *args, **kwargs)
        except _OURS:
            raise
        except sqlite3.Error as e:
            raise storage_error(e, self.path) from e
    return wrapper


def _looks_like_sqlite(path: Path) -> bool:
    """Whether the file starts as an SQLite database does; read only if no connection of ours holds it."""
    return projectfiles.read_header(path).startswith(_SQLITE_MAGIC)
