"""Which paths are project files: the one guard every writer, hasher or reader of user files asks first.

On Linux, closing ANY descriptor of a file drops every POSIX lock this process
holds on it, SQLite's included (docs/locks.md). So no code outside
``core/storage`` may open a project file or its companions, and nothing may
write onto one. ``is_project_file`` tells them apart by name, by identity
(st_dev, st_ino) against the projects this process has open, and, for a file
no connection of ours holds, by its SQLite header.
"""

from __future__ import annotations

import os
import re
import stat
import threading
from pathlib import Path

PROJECT_SUFFIX = ".newsmark"
# What SQLite and Newsmark keep beside a project: journals, the writer's lock, upgrade backups.
# The one list of them: the add pipeline and the export-target check build on these too.
JOURNALS = ("-wal", "-shm", "-journal")
LOCK = ".lock"
BACKUP = re.compile(r"\.v[0-9]+\.bak\Z")
COMPANION_SUFFIX = "|".join(map(re.escape, (*JOURNALS, LOCK))) + r"|\.v[0-9]+\.bak"
_COMPANION = re.compile(f"({COMPANION_SUFFIX})$")
_SQLITE_MAGIC = b"SQLite format 3\x00"
_APPLICATION_ID = (0x4E4D524B).to_bytes(4, "big")  # schema.APPLICATION_ID, at header offset 68

_lock = threading.Lock()
_open: dict[Path, int] = {}  # projects this process has open -> how many connections


def is_project_file(path: str | os.PathLike) -> bool:
    """Whether ``path`` is a Newsmark project, one of its companions, or the same file as a project open here.

    Companions are PROJECT-wal, -shm, -journal, .lock and .vN.bak. A missing path
    is judged by its name only. Never opens a file this process has open as a project.
    """
    path = Path(os.path.abspath(os.fspath(path)))
    name = path.name
    if name.endswith(PROJECT_SUFFIX):
        return True
    base = _COMPANION.sub("", name)
    if base != name:
        return base.endswith(PROJECT_SUFFIX) or is_project_file(path.with_name(base))
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    if any(os.path.samestat(st, other) for other in _open_stats()):
        return True
    return _has_project_header(path, st)


def is_open_here(path: str | os.PathLike) -> bool:
    """Whether ``path`` is (another name for) a project file, or a journal of one, that this process has open."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return any(os.path.samestat(st, other) for other in _open_stats())


def opened(path: Path) -> None:
    """Storage says: this process now has a connection to ``path`` (call ``closed`` when it ends)."""
    with _lock:
        _open[path] = _open.get(path, 0) + 1


def closed(path: Path) -> None:
    """Storage says: one connection to ``path`` ended."""
    with _lock:
        left = _open.get(path, 0) - 1
        if left > 0:
            _open[path] = left
        else:
            _open.pop(path, None)


def _open_stats() -> list[os.stat_result]:
    with _lock:
        paths = list(_open)
    stats = []
    for project in paths:
        for companion in ("", *JOURNALS):
            try:
                stats.append(os.stat(f"{project}{companion}"))
            except OSError:
                pass
    return stats


def read_header(path: str | os.PathLike) -> bytes:
    """The first 100 bytes of a file no connection of ours holds; b"" for one we hold or cannot read.

    Safe only because of that check: closing the descriptor drops no lock of ours.
    """
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return b""
    if not stat.S_ISREG(st.st_mode) or any(os.path.samestat(st, other) for other in _open_stats()):
        return b""
    try:
        with open(path, "rb") as f:
            return f.read(100)
    except OSError:
        return b""


def _has_project_header(path: Path, st: os.stat_result) -> bool:
    """Whether a regular file no connection of ours holds starts with a Newsmark project's SQLite header."""
    if not stat.S_ISREG(st.st_mode) or st.st_size < 100:
        return False
    header = read_header(path)
    return header.startswith(_SQLITE_MAGIC) and header[68:72] == _APPLICATION_ID
