"""The one place that says whether a file may be written by an export, or read as an annotation set.

An export must never replace the open project, its SQLite companions (``-wal``, ``-shm``,
``-journal``), its ``.lock``, its ``.vN.bak`` backups, nor any other Newsmark project file. And
nothing in this process may open the open project's files behind SQLite's back: closing any
descriptor of a file drops every POSIX lock the process holds on it. So the open project and its
companions are recognised by name and by ``(st_dev, st_ino)`` from ``os.stat``, which opens
nothing; only a *different* existing file has its first 100 bytes read to see if it is a project.
"""

from __future__ import annotations

import os
from pathlib import Path

from newsmark.core import projectfiles
from newsmark.core.errors import NewsmarkError
from newsmark.core.schema import APPLICATION_ID

COMPANIONS = (*projectfiles.JOURNALS, projectfiles.LOCK)
_BACKUP = projectfiles.BACKUP
_SQLITE_MAGIC = b"SQLite format 3\x00"


class UnsafeTargetError(NewsmarkError):
    """An export or a load named a file that belongs to a project; nothing was written or read."""


def check_export_target(project_path: str | os.PathLike, target: str | os.PathLike) -> None:
    """Raise UnsafeTargetError if writing ``target`` could harm the open project or any other project."""
    problem = _own_file_problem(project_path, target) or _other_project_problem(project_path, Path(target))
    if problem:
        raise UnsafeTargetError(f"{_name(target)} {problem}; nothing was written, choose another file")


def check_export_stream(project_path: str | os.PathLike, fd: int) -> None:
    """Raise UnsafeTargetError if the stream (stdout) is the open project or a companion: ``>>`` onto it would ruin it."""
    try:
        st = os.fstat(fd)  # of the descriptor the shell gave us: nothing is opened
    except OSError:
        return
    for suffix in ("", *COMPANIONS):
        if _identity(f"{project_path}{suffix}") == (st.st_dev, st.st_ino):
            raise UnsafeTargetError(f"the output is {Path(project_path).name}{suffix}, a file of the open project; nothing was written")


def check_export_folder(project_path: str | os.PathLike, folder: str | os.PathLike) -> None:
    """Raise UnsafeTargetError if a folder export (brat) into ``folder`` is unsafe: e.g. it holds the project.

    A folder that does not exist yet is checked like a file: a folder named ``PROJECT-wal`` would break the project too.
    """
    folder = Path(folder)
    if not folder.is_dir():
        check_export_target(project_path, folder)
    elif _real(folder) == _real(project_path).parent:
        raise UnsafeTargetError(
            f"{_name(folder)} is the folder that holds the project; export the brat files into a folder of their own"
        )


def check_load_source(project_path: str | os.PathLike, source: str | os.PathLike) -> None:
    """Raise UnsafeTargetError if ``source`` is the open project or one of its companions (reading it would drop its locks)."""
    problem = _own_file_problem(project_path, source)
    if problem:
        raise UnsafeTargetError(f"{_name(source)} {problem}, not an annotation set; nothing was read")


def _own_file_problem(project_path: str | os.PathLike, path: str | os.PathLike) -> str:
    """Why ``path`` is the open project or a companion of it (by name, then by identity); empty if it is not."""
    project, real = _real(project_path), _real(path)
    if real.parent == project.parent:
        if real.name == project.name:
            return "is the open project"
        rest = real.name[len(project.name):] if real.name.startswith(project.name) else None
        if rest in COMPANIONS:
            return f"belongs to the open project (its {rest.lstrip('-.')} file)"
        if rest is not None and _BACKUP.fullmatch(rest):
            return "is a backup of the open project"
    identity = _identity(path)
    if identity is not None:
        for suffix in ("", *COMPANIONS):
            if _identity(f"{project_path}{suffix}") == identity:
                return "is the open project" if not suffix else f"belongs to the open project (its {suffix.lstrip('-.')} file)"
    return ""


def _other_project_problem(project_path, target: Path) -> str:
    """Why ``target`` (not the open project's) is another project's file; empty if it is not."""
    own = {_identity(f"{project_path}{suffix}") for suffix in ("", *COMPANIONS)} - {None}
    if _kind(target, own) == "project":
        return "is a Newsmark project"
    for suffix in COMPANIONS:
        if target.name.endswith(suffix) and len(target.name) > len(suffix):
            base = target.with_name(target.name[: -len(suffix)])
            if _kind(base, own):
                return f"belongs to the database {base.name} (its {suffix.lstrip('-.')} file)"
    if _BACKUP.search(target.name) and _kind(target.with_name(_BACKUP.sub("", target.name)), own):
        return "is the name of a project's backup"
    return ""


def _kind(path: Path, own: set) -> str:
    """"project" for a Newsmark project, "sqlite" for another database, else "".

    A file that is one of the open project's (another name for it) is "project" without being
    opened; any other regular file has its 100-byte header read.
    """
    identity = _identity(path)
    if identity is None:
        return ""
    if identity in own or projectfiles.is_open_here(path):
        return "project"
    header = projectfiles.read_header(path)  # never opens a file any connection of ours holds
    if not header.startswith(_SQLITE_MAGIC):
        return ""
    return "project" if len(header) >= 72 and int.from_bytes(header[68:72], "big") == APPLICATION_ID else "sqlite"


def _identity(path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return st.st_dev, st.st_ino


def _real(path) -> Path:
    return Path(os.path.realpath(os.fspath(path)))


def _name(path) -> str:
    return Path(path).name or str(path)
