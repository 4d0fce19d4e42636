"""Review › Statistics: opens the statistics panel (importing matplotlib only then) and keeps it up to date."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction

from newsmark.core.errors import NewsmarkError
from newsmark.core.review.agreement import agreement_by_tag
from newsmark.core.review.stats import Statistics, collect

if TYPE_CHECKING:
    from newsmark.ui.context import WindowContext

REFRESH_DELAY_MS = 400  # edits in quick succession are counted once
# A project whose counting takes longer than this (a million spans) is counted again only on Refresh:
# counting after every edit would stall the window.
AUTO_REFRESH_LIMIT_S = 1.0


class StatisticsControls(QObject):
    """Connects the Review › Statistics action to the panel; counts again after every change while it is shown."""

    def __init__(self, ctx: WindowContext, action: QAction):
        super().__init__(ctx.parent)
        self._ctx = ctx
        self.panel = None  # made when first opened: that is when matplotlib is imported
        self.automatic = True  # counting again after edits (off for a project that takes long to count)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._refresh_if_shown)
        action.triggered.connect(self.open)
        # Every edit, undo and redo passes the undo stack (the window says when another project opens).
        ctx.undo_stack.indexChanged.connect(self.changed)

    def open(self) -> None:
        """Show the panel (made on first use), counted now."""
        if self.panel is None:
            from newsmark.ui.review.statisticspanel import StatisticsPanel

            self.panel = StatisticsPanel(self._ctx.parent, self.statistics)
        if self.panel.isVisible():
            self.panel.raise_()  # already open, perhaps behind the window: to the front
        self.panel.refresh()
        self.panel.show()
        self.panel.activateWindow()

    def changed(self, *_args) -> None:
        """The project changed: count again soon, if the panel is shown (and counting is quick)."""
        if self.panel is not None and self.panel.isVisible():
            if self.automatic:
                self._timer.start()
            else:
                self.panel.set_stale()

    def statistics(self) -> Statistics | None:
        """The open project's figures (None when none is open); a read that fails is reported, not raised."""
        session = self._ctx.session
        if session is None:
            return None
        started = time.perf_counter()
        try:
            stats = collect(session.project, agreement=agreement_by_tag(session.project))
        except NewsmarkError as e:
            self._ctx.report("Cannot count the statistics", e)
            return None
        self.automatic = time.perf_counter() - started <= AUTO_REFRESH_LIMIT_S
        return stats

    def _refresh_if_shown(self) -> None:
        if self.panel is not None and self.panel.isVisible():
            self.panel.refresh()
