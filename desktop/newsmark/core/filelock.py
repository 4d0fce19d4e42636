"""An advisory lock beside a project file, so two running Newsmarks never write one project."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from newsmark.core.errors import ProjectLockedError

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _is_locked(fd: int) -> bool:
        return False  # msvcrt has no shared test lock; readers then use SQLite's own locking

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:
            return False

    def _is_locked(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False


def held_by_other(project_path: Path) -> bool:
    """Whether a writer (another process, or another ProjectLock here) holds the project's lock now.

    Never creates the lock file: a reader leaves nothing behind.
    """
    try:
        fd = os.open(project_path.with_name(project_path.name + ".lock"), os.O_RDONLY)
    except OSError:
        return False
    try:
        return _is_locked(fd)
    finally:
        os.close(fd)


class ProjectLock:
    """Holds ``PROJECT.lock`` while a project is open for writing; the OS frees it if we die."""

    def __init__(self, project_path: Path):
        self.path = project_path.with_name(project_path.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise ProjectLockedError at once (never waits)."""
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            if not _try_lock(fd):
                os.close(fd)
                raise ProjectLockedError(
                    f"{self.path.name[:-5]} is open in another Newsmark; close it there first"
                )
            # Another process may have unlinked the file between our open and our lock.
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(self.path))
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(fd)
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        except OSError:
            # A full disk: give the lock up and leave no empty lock file behind.
            self._fd = fd
            self.release()
            raise
        self._fd = fd

    def release(self) -> None:
        """Give the lock up and remove the lock file."""
        if self._fd is None:
            return
        try:
            os.unlink(self.path)
        except OSError:
            pass
        os.close(self._fd)
        self._fd = None

    @property
    def held(self) -> bool:
        """Whether this object holds the lock now."""
        return self._fd is not None
