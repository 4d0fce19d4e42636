"""What the statistics tests share: opening the window's Statistics panel and waiting until its charts are drawn."""

from __future__ import annotations

from conftest import trigger


def panel_of(window, qtbot):
    """The window's Statistics panel, opened, counted and drawn."""
    trigger(window, "showStatistics")
    panel = window.statistics.panel
    # Counted on a worker, then drawn on another: wait for both.
    qtbot.waitUntil(lambda: panel.isVisible() and panel.stats is not None and panel.drawn)
    return panel
