"""Counting a project's statistics off the window's thread, through a read-only connection of the worker's own.

A sqlite connection is never shared between threads: the worker opens the project read-only
(SQLite reads the window's committed changes from its WAL), counts, and closes it again, all on
its own thread. The window only starts it, hears the result, and may stop it.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QThread, Signal

from newsmark.core.errors import NewsmarkError
from newsmark.core.review.agreement import agreement_by_tag
from newsmark.core.review.stats import collect
from newsmark.ui.readonlyproject import InterruptibleReader, ReadStopped


class StatisticsCount(QThread):
    """Counts one project's figures once; says ``counted`` (or ``failed``) with the number it was started with."""

    counted = Signal(int, object, float)  # generation, Statistics, seconds the count took
    failed = Signal(int, object)  # generation, NewsmarkError

    def __init__(self, path: Path, generation: int, parent=None):
        super().__init__(parent)
        self.setObjectName("statisticsCount")
        self.path = path
        self.generation = generation
        self._reader = InterruptibleReader(path)

    def run(self) -> None:  # noqa: D102 - QThread override
        started = time.perf_counter()
        try:
            with self._reader.opened(self.isInterruptionRequested) as project:
                stats = collect(project, agreement=agreement_by_tag(project))
        except ReadStopped:
            return
        except NewsmarkError as e:
            if not self.isInterruptionRequested():  # an interrupted read raises too: nobody waits for it
                self.failed.emit(self.generation, e)
            return
        if not self.isInterruptionRequested():
            self.counted.emit(self.generation, stats, time.perf_counter() - started)

    def stop(self) -> None:
        """Ask the count to end soon: a query under way is interrupted, and no result is sent."""
        self.requestInterruption()
        self._reader.interrupt()
