"""The one place that says whether a file may be written by an export, or read as an annotation set.

An export must never replace the open project, its SQLite companions (``-wal``, ``-shm``,
``-journal``), its ``.lock``, its ``.vN.bak`` backups, nor any other Newsmark project file. And
nothing in this process may open the open project's files behind SQLite's back: closing any
descriptor of a file drops every POSIX lock the process holds on it. So the open project and its
companions are recognised by name and by ``(st_dev, st_ino)`` from ``os.stat``, which opens
nothing; only a *different* existing file has its first 100 bytes read to see if it is a project.
``projectfiles.project_file`` decides all of it (as it does for the add pipeline); this module words it.
"""

from __future__ import annotations

import os
from pathlib import Path

from newsmark.core import projectfiles
from newsmark.core.errors import NewsmarkError

COMPANIONS = (*projectfiles.JOURNALS, projectfiles.LOCK)
_BACKUP = projectfiles.BACKUP


class UnsafeTargetError(NewsmarkError):
    """An export or a load named a file that belongs to a project; nothing was written or read."""


def check_export_target(project_path: str | os.PathLike, target: str | os.PathLike) -> None:
    """Raise UnsafeTargetError if writing ``target`` could harm the open project or any other project."""
    found = projectfiles.project_file(target, project_path)
    if found is not None:
        raise UnsafeTargetError(f"{_name(target)} {_wording(found)}; nothing was written, choose another file")


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
    found = projectfiles.project_file(source, project_path)
    if found is not None and found.own:
        raise UnsafeTargetError(f"{_name(source)} {_wording(found)}, not an annotation set; nothing was read")


def _wording(found: projectfiles.ProjectFile) -> str:
    """``projectfiles.project_file``'s answer in the words of a refusal."""
    what = found.part.lstrip("-.")
    if found.own:
        if not found.part:
            return "is the open project"
        return "is a backup of the open project" if _BACKUP.fullmatch(found.part) else f"belongs to the open project (its {what} file)"
    if not found.part:
        return "is a Newsmark project"
    if _BACKUP.fullmatch(found.part):
        return "is the name of a project's backup" if found.project else f"is the name of a backup of the database {found.base.name}"
    return f"belongs to the database {found.base.name} (its {what} file)"


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
