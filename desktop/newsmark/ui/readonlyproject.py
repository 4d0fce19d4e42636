"""A project file read on a worker thread through a read-only connection of its own, which the window may interrupt.

The worker opens, reads and closes the connection; ``interrupt()`` may come from any thread (the window asking
the read to stop) and only touches a connection that is open, under a lock, so it never races the close.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from newsmark.core.storage import Project


class ReadStopped(Exception):
    """The read was asked to stop before the connection was opened."""


class InterruptibleReader:
    """Opens ``path`` read-only for one read at a time and lets another thread interrupt that read."""

    def __init__(self, path: Path):
        self.path = path
        self._guard = threading.Lock()
        self._project: Project | None = None

    @contextmanager
    def opened(self, stopped: Callable[[], bool] = lambda: False) -> Iterator[Project]:
        """The project, open read-only until the block ends; ``ReadStopped`` if ``stopped()`` before it opens."""
        with self._guard:
            if stopped():
                raise ReadStopped
            self._project = Project.open(self.path, readonly=True)
        try:
            yield self._project
        finally:
            with self._guard:
                project, self._project = self._project, None
            project.close()

    def interrupt(self) -> None:
        """Interrupt the query under way, if a connection is open (from any thread)."""
        with self._guard:
            if self._project is not None:
                self._project.interrupt()
