"""Which project files Python itself opened, removed or renamed: only SQLite may (docs/locks.md).

Closing any descriptor of a file drops every POSIX lock the process holds on it, SQLite's
included, so a stray ``open()`` of a project that is open for writing can let another
connection checkpoint and delete the writer's WAL. Python raises an audit event for every
file it opens, removes or renames; SQLite's own opens are C calls and raise none.
"""

from __future__ import annotations

import contextlib
import os
import sys

_EVENTS = {"open", "os.remove", "os.rename", "os.truncate", "shutil.copyfile", "shutil.move"}
_seen: list[tuple[str, str]] | None = None  # recording only inside recording()


def _path(arg) -> str | None:
    return os.fsdecode(arg) if isinstance(arg, (str, bytes, os.PathLike)) else None


def _hook(event, args):
    if _seen is None or event not in _EVENTS or not args:
        return
    for arg in args[:2] if event in ("os.rename", "shutil.copyfile", "shutil.move") else args[:1]:
        if (path := _path(arg)) is not None:
            _seen.append((event, path))


sys.addaudithook(_hook)  # hooks cannot be removed: this one records only inside recording()


@contextlib.contextmanager
def recording():
    """Yield the list of (event, path) Python opened, removed or renamed inside the block."""
    global _seen
    found: list[tuple[str, str]] = []
    _seen = found
    try:
        yield found
    finally:
        _seen = None


def of_project(seen, project) -> list[tuple[str, str]]:
    """The events of ``seen`` that name the project file or its -wal, -shm or -journal."""
    family = {os.path.realpath(f"{project}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")}
    return [(event, path) for event, path in seen if os.path.realpath(path) in family]
