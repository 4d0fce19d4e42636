"""Which paths are project files: the one guard every writer, hasher or reader of user files asks first.

On Linux, closing ANY descriptor of a file drops every POSIX lock this process
holds on it, SQLite's included (docs/locks.md). So no code outside
``core/storage`` may open a project file or its companions, and nothing may
write onto one. ``is_project_file`` tells them apart by name, by identity
(st_dev, st_ino) against the projects this process has open, and, for a file
no connection of ours holds, by its SQLite header. ``project_file`` is the one
function that decides it; the add pipeline and the export/load checks
(``formats.safetarget``) only word its answer.
"""

from __future__ import annotations

import os
import re
import stat
import threading
from pathlib import Path
from typing import NamedTuple

PROJECT_SUFFIX = ".newsmark"
# What SQLite and Newsmark keep beside a project: journals, the writer's lock, upgrade backups.
# The one list of them: the add pipeline and the export-target check build on these too.
JOURNALS = ("-wal", "-shm", "-journal")
LOCK = ".lock"
BACKUP = re.compile(r"\.v[0-9]+\.bak\Z")
COMPANION_SUFFIX = "|".join(map(re.escape, (*JOURNALS, LOCK))) + r"|\.v[0-9]+\.bak"
_COMPANION = re.compile(f"({COMPANION_SUFFIX})\\Z")
_OWN_PART = re.compile(f"(?:{COMPANION_SUFFIX})?")
_SQLITE_MAGIC = b"SQLite format 3\x00"
_APPLICATION_ID = (0x4E4D524B).to_bytes(4, "big")  # schema.APPLICATION_ID, at header offset 68

_lock = threading.Lock()
_open: dict[Path, int] = {}  # projects this process has open -> how many connections


class ProjectFile(NamedTuple):
    """What a path is to Newsmark: the project (or SQLite database) ``base`` itself, or its ``part`` beside it."""

    base: Path  # the project, or the database whose companion it is
    part: str  # "" the file itself; else its companion's ending: "-wal", "-shm", "-journal", ".lock", ".v3.bak"
    own: bool  # it is (a file of) the project the caller named
    project: bool  # False only for a companion of an SQLite database that is not a Newsmark project


def project_file(path: str | os.PathLike, project: str | os.PathLike | None = None) -> ProjectFile | None:
    """The one answer to "is this a project's file?" that the add pipeline, exports and loads all ask.

    In order: ``project`` (the caller's, open or about to be) or a companion of it, by name beside it
    (a link to its folder seen through) or by identity; the same file as a project this process has
    open, or a journal of one; a name ending in .newsmark (a missing path is judged by name only);
    a companion's name whose base is a project, or any SQLite database (``project`` False); a file
    with a Newsmark project's header. A symbolic link is judged by its own name and by its target's.
    Never opens a file this process has open as a project.
    """
    path = Path(os.path.abspath(os.fspath(path)))
    names = list(dict.fromkeys((_folder_resolved(path), Path(os.path.realpath(path)))))
    if project is not None:
        mine = Path(os.path.abspath(os.fspath(project)))
        part = _own_part(path, names, mine)
        if part is not None:
            return ProjectFile(mine, part, True, True)
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        st = None
    if st is not None:
        for base, part, other in _open_stats():
            if os.path.samestat(st, other):
                return ProjectFile(base, part, False, True)
    for name in names:
        found = _by_name(name, project)
        if found is not None:
            return found
    if st is not None and _has_project_header(path, st):
        return ProjectFile(path, "", False, True)
    return None


def is_project_file(path: str | os.PathLike) -> bool:
    """Whether ``path`` is a Newsmark project, one of its companions, or the same file as a project open here.

    Companions are PROJECT-wal, -shm, -journal, .lock and .vN.bak. A missing path
    is judged by its name only. Never opens a file this process has open as a project.
    """
    found = project_file(path)
    return found is not None and found.project


def _own_part(path: Path, names: list[Path], project: Path) -> str | None:
    """Which of the caller's project's files ``path`` is, by name beside it or by identity; None if none."""
    real = Path(os.path.realpath(project))
    for name in names:
        if name.parent == real.parent and name.name.startswith(real.name):
            rest = name.name[len(real.name):]
            if _OWN_PART.fullmatch(rest):
                return rest
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    for part in ("", *JOURNALS, LOCK):
        try:
            if os.path.samestat(st, os.stat(f"{project}{part}")):
                return part
        except (OSError, ValueError):
            pass
    return None


def _by_name(path: Path, project) -> ProjectFile | None:
    """A project by its name, or a companion whose base is a project or a database; None if neither."""
    if path.name.endswith(PROJECT_SUFFIX):
        return ProjectFile(path, "", False, True)
    match = _COMPANION.search(path.name)
    if match is None or match.start() == 0:
        return None
    base = path.with_name(path.name[: match.start()])
    found = project_file(base, project)
    if found is not None and found.project:
        return ProjectFile(base, match.group(), found.own, True)
    if _is_database(base):
        return ProjectFile(base, match.group(), False, False)
    return None


def _folder_resolved(path: Path) -> Path:
    # The folder resolved (stat and readlink only), the name kept: a link to the project's folder is seen through.
    return Path(os.path.realpath(path.parent)) / path.name


def _is_database(path: Path) -> bool:
    return read_header(path).startswith(_SQLITE_MAGIC)


def is_open_here(path: str | os.PathLike) -> bool:
    """Whether ``path`` is (another name for) a project file, or a journal of one, that this process has open."""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return any(os.path.samestat(st, other) for _project, _part, other in _open_stats())


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


def _open_stats() -> list[tuple[Path, str, os.stat_result]]:
    """Each file of the projects open here: (project, "" or its journal's ending, its stat)."""
    with _lock:
        paths = list(_open)
    stats = []
    for project in paths:
        for companion in ("", *JOURNALS):
            try:
                stats.append((project, companion, os.stat(f"{project}{companion}")))
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
    if not stat.S_ISREG(st.st_mode) or any(os.path.samestat(st, other) for _project, _part, other in _open_stats()):
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
