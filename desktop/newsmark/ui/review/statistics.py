"""Review › Statistics: opens the statistics panel (importing matplotlib only then) and keeps it up to date.

The figures are counted on a worker thread (``statisticscount``), so a large project never freezes
the window: the panel says it is counting, and draws when the figures come. A count started
before a newer one is stopped, and its figures, should they come anyway, are dropped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction

from newsmark.ui.review.statisticscount import StatisticsCount

if TYPE_CHECKING:
    from newsmark.core.review.stats import Statistics
    from newsmark.ui.context import WindowContext

REFRESH_DELAY_MS = 400  # edits in quick succession are counted once
# A project whose counting takes longer than this (a million spans) is counted again only on Refresh:
# counting after every edit would keep a core busy and the charts flickering.
AUTO_REFRESH_LIMIT_S = 1.0


class StatisticsControls(QObject):
    """Connects the Review › Statistics action to the panel; counts again after every change while it is shown."""

    def __init__(self, ctx: WindowContext, action: QAction):
        super().__init__(ctx.parent)
        self._ctx = ctx
        self.panel = None  # made when first opened: that is when matplotlib is imported
        self.automatic = True  # counting again after edits (off for a project that takes long to count)
        self.counting: StatisticsCount | None = None  # the newest count under way
        self._generation = 0
        self._ending: list[StatisticsCount] = []  # stopped counts not finished yet (kept until they are)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._refresh_if_shown)
        action.triggered.connect(self.open)
        # Every edit, undo and redo passes the undo stack (the window says when another project opens).
        ctx.undo_stack.indexChanged.connect(self.changed)

    def open(self) -> None:
        """Show the panel (made on first use), and count now."""
        if self.panel is None:
            from newsmark.ui.review.statisticspanel import StatisticsPanel

            self.panel = StatisticsPanel(self._ctx.parent, self.refresh)
            self.panel.finished.connect(lambda _result: self.stop(wait=False))  # closed: nobody waits for figures
        if self.panel.isVisible():
            self.panel.raise_()  # already open, perhaps behind the window: to the front
        self.refresh()
        self.panel.show()
        self.panel.activateWindow()

    def changed(self, *_args) -> None:
        """The project changed: count again soon, if the panel is shown (and counting is quick)."""
        if self.panel is not None and self.panel.isVisible():
            if self.automatic:
                self._timer.start()
            else:
                self.panel.set_stale()

    def refresh(self) -> None:
        """Count the open project again on a worker thread (a count under way is stopped: its figures would be old)."""
        self._timer.stop()
        self._stop_counting()
        session = self._ctx.session
        if session is None:
            self.panel.show_statistics(None)
            return
        self._generation += 1
        count = self.counting = StatisticsCount(session.project.path, self._generation, self)
        count.counted.connect(self._counted)
        count.failed.connect(self._failed)
        count.finished.connect(lambda: self._finished(count))
        self.panel.set_busy(True)
        count.start()

    def stop(self, wait: bool = True) -> None:
        """Stop counting; with ``wait``, until the worker has closed its connection (before the project or window closes)."""
        self._timer.stop()
        self._stop_counting()
        if wait:
            for count in self._ending:
                count.wait()  # its ``finished`` still comes, and lets it go
        if self.panel is not None:
            self.panel.set_busy(False)
            self.panel.stop_drawing(wait)  # a render's thread must end before the panel does

    def _stop_counting(self) -> None:
        count, self.counting = self.counting, None
        if count is not None:
            count.stop()
            self._ending.append(count)

    def _counted(self, generation: int, stats: Statistics, seconds: float) -> None:
        if generation != self._generation or self.panel is None:
            return  # a newer count started since: these figures are old
        self.automatic = seconds <= AUTO_REFRESH_LIMIT_S
        self.panel.show_statistics(stats)

    def _failed(self, generation: int, error) -> None:
        if generation != self._generation:
            return
        self.panel.set_busy(False)
        self._ctx.report("Cannot count the statistics", error)

    def _finished(self, count: StatisticsCount) -> None:
        if count is self.counting:
            self.counting = None
        elif count in self._ending:
            self._ending.remove(count)
        count.deleteLater()

    def _refresh_if_shown(self) -> None:
        if self.panel is not None and self.panel.isVisible():
            self.refresh()
