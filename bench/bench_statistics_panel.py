"""Benchmark Review › Statistics in the real window on a large project: the longest event-loop stall while it counts.

A timer ticks every 5 ms on the GUI thread; a stall is how much later than due a tick came. The panel is
opened, then Refresh is pressed, then the panel is widened; each is timed until the charts are drawn. Printed
beside baselines measured in the same run: the window idle; the same figures counted on the GUI thread (as the
panel did before it counted on a worker thread: that whole time is one stall); and the same figures drawn as
the panel did before it rendered them on a worker thread (matplotlib's Qt canvas laying out and rendering on
the GUI thread, a chart per pass of the event loop, whatever the project's size).
Usage: QT_QPA_PLATFORM=offscreen python bench/bench_statistics_panel.py [--documents 10000] [--spans 1000000]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from bench_report import build
from bench_suggest_all import StallMeter, run_until
from newsmark.core.review import charts as charting
from newsmark.core.review.agreement import agreement_by_tag
from newsmark.core.review.stats import collect
from newsmark.core.storage import Project
from newsmark.ui.review.statisticspanel import RESIZE_DELAY_MS, chart_palette

DRAWN_MS = 300  # after the figures come, the charts are painted on the next passes of the event loop


def measure(app: QApplication, meter: StallMeter, act, done) -> tuple[float, float, float]:
    """(seconds until done, longest stall ms, p99 ms) of ``act`` run from the event loop."""
    meter.start()
    started = time.perf_counter()
    QTimer.singleShot(0, act)
    run_until(app, done, 600.0)
    elapsed = time.perf_counter() - started
    settle = time.perf_counter() + DRAWN_MS / 1000
    run_until(app, lambda: time.perf_counter() > settle, 2.0)
    longest, p99 = meter.stop()
    return elapsed, longest, p99


class DrawnOnGuiThread:
    """The panel's charts as they were drawn before: matplotlib's Qt canvases, one drawn per pass of the event loop."""

    def __init__(self, stats, palette, dpi: int = 96):
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        self.stats, self.palette = stats, palette
        self.window = QWidget()
        column = QVBoxLayout(self.window)
        self.canvases = []
        for chart in charting.charts(stats):
            canvas = FigureCanvasQTAgg(charting.new_figure(chart, palette, dpi=dpi))
            canvas.setFixedHeight(round(chart.height() * dpi))
            column.addWidget(canvas)
            self.canvases.append((canvas, chart))
        self.window.resize(900, sum(round(c.height() * dpi) for _, c in self.canvases))
        self.window.show()
        self.undrawn = list(self.canvases)

    def start(self) -> None:
        """Draw every chart, a chart per pass (as the panel's redraw did)."""
        QTimer.singleShot(0, self._next)

    def _next(self) -> None:
        canvas, chart = self.undrawn[0]
        charting.draw(canvas.figure, chart, self.stats, self.palette)
        with charting.quiet_glyphs():
            canvas.draw()
        self.undrawn.pop(0)
        if self.undrawn:
            QTimer.singleShot(0, self._next)


def main() -> None:
    """Build the project, measure the baselines, then opening the panel and Refresh."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--spans", type=int, default=1_000_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    from newsmark.ui.mainwindow import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.newsmark"
        started = time.perf_counter()
        build(path, args.documents, args.spans, random.Random(5))
        print(f"built {args.documents:,} documents, {args.spans:,} spans in {time.perf_counter() - started:.1f} s")
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.IniFormat)
        settings.setValue("annotator", "bench")
        window = MainWindow(Project.open(path), settings)
        window.show()
        meter = StallMeter()
        idle = measure(app, meter, lambda: None, lambda: True)

        controls = window.statistics
        opened = measure(app, meter, window.actions.show_statistics.trigger,
                         lambda: controls.panel is not None and controls.panel.stats is not None and controls.panel.drawn)
        panel = controls.panel
        panel.stats = None
        refreshed = measure(app, meter, panel.findChild(QPushButton, "refreshStatistics").click,
                            lambda: panel.stats is not None and panel.drawn)

        def on_gui_thread() -> None:  # the panel as it was: count with the window's own connection, then draw
            project = window.session.project
            panel.show_statistics(collect(project, agreement=agreement_by_tag(project)))

        counted = panel.stats
        panel.stats = None
        inline = measure(app, meter, on_gui_thread, lambda: panel.stats is not None and panel.drawn)
        panel.stats = None
        drawn = measure(app, meter, lambda: panel.show_statistics(counted), lambda: panel.stats is not None and panel.drawn)
        view = next(iter(panel.canvases.values()))
        shown = view.image
        widened = measure(app, meter, lambda: panel.resize(panel.width() + 200, panel.height()),
                          lambda: view.image is not shown and view.fits() and panel.drawn)
        spans = panel.stats.spans
        before = DrawnOnGuiThread(counted, chart_palette(panel.palette()))
        old = measure(app, meter, before.start, lambda: not before.undrawn)
        before.window.close()
        window.close()

    print(f"{spans:,} spans counted")
    print(f"open the panel:  charts after {opened[0]:6.2f} s; longest stall {opened[1]:7.1f} ms (p99 {opened[2]:.1f} ms)")
    print(f"press Refresh:   charts after {refreshed[0]:6.2f} s; longest stall {refreshed[1]:7.1f} ms (p99 {refreshed[2]:.1f} ms)")
    print(f"baseline, idle window:                     longest stall {idle[1]:7.1f} ms (p99 {idle[2]:.1f} ms)")
    print(f"baseline, counted on the GUI thread: {inline[0]:6.2f} s; longest stall {inline[1]:7.1f} ms (p99 {inline[2]:.1f} ms)")
    print(f"the charts drawn alone (figures already counted), off the GUI thread: {drawn[0]:6.2f} s; "
          f"longest stall {drawn[1]:7.1f} ms (p99 {drawn[2]:.1f} ms)")
    print(f"widen the panel (charts rendered again, {RESIZE_DELAY_MS} ms after): {widened[0]:6.2f} s; longest stall {widened[1]:7.1f} ms (p99 {widened[2]:.1f} ms)")
    print(f"baseline, the same charts drawn on the GUI thread, as before: {old[0]:6.2f} s; "
          f"longest stall {old[1]:7.1f} ms (p99 {old[2]:.1f} ms)")


if __name__ == "__main__":
    main()
