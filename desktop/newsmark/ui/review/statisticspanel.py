"""The statistics panel's window: the report's charts drawn by matplotlib's Qt backend, in the theme's colors.

Importing this module imports matplotlib; the window imports it only when the panel is first opened.
"""

from __future__ import annotations

from collections.abc import Callable

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from newsmark.core.review import charts as charting
from newsmark.core.review.stats import Statistics

DPI = 96
_STALE = " — changed since: press Refresh to count again"


class ChartCanvas(FigureCanvasQTAgg):
    """One chart's canvas: redrawn (on resize too) without the missing-glyph warnings of titles in other scripts."""

    def __init__(self, chart: charting.Chart):
        super().__init__(charting.new_figure(chart, charting.LIGHT, dpi=DPI))
        self.chart = chart
        self.setFixedHeight(round(chart.height() * DPI))

    def draw(self) -> None:
        """Render the figure (as matplotlib does), quietly."""
        with charting.quiet_glyphs():
            super().draw()


def chart_palette(palette: QPalette) -> charting.ChartPalette:
    """The chart colors of a Qt palette: its base and text, a grid between them, and its placeholder gray."""
    base, text = palette.color(QPalette.Base), palette.color(QPalette.Text)
    grid = QColor.fromRgbF(*(0.8 * a + 0.2 * b for a, b in zip(base.getRgbF()[:3], text.getRgbF()[:3])))
    return charting.ChartPalette(base.name(), text.name(), grid.name(), palette.color(QPalette.PlaceholderText).name())


class StatisticsPanel(QDialog):
    """Review › Statistics: every chart of the report, refreshed on demand and after edits, following the theme."""

    def __init__(self, parent: QWidget | None, count: Callable[[], None]):
        super().__init__(parent, Qt.Window)
        self.setObjectName("statisticsPanel")
        self.setWindowTitle("Statistics — Newsmark")
        self._count = count  # starts counting; the figures come to show_statistics
        self.stats: Statistics | None = None
        self.canvases: dict[str, ChartCanvas] = {}
        self._undrawn: list[ChartCanvas] = []  # charts still to draw, one per pass of the event loop
        self._draw_timer = QTimer(self)
        self._draw_timer.setSingleShot(True)
        self._draw_timer.setInterval(0)
        self._draw_timer.timeout.connect(self._draw_next)
        self.summary = QLabel()
        self.summary.setObjectName("statisticsSummary")
        self.summary.setTextFormat(Qt.PlainText)
        refresh = QPushButton("&Refresh")
        refresh.setObjectName("refreshStatistics")
        refresh.setToolTip("Count again (the panel also counts again after every change)")
        refresh.clicked.connect(self.refresh)
        self.busy = QProgressBar()
        self.busy.setObjectName("statisticsBusy")
        self.busy.setRange(0, 0)  # no steps to tell: it moves while the figures are counted
        self.busy.setMaximumWidth(120)
        self.busy.setToolTip("Counting…")
        self.busy.hide()
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.busy)
        top.addWidget(refresh)
        self._charts = QWidget()
        self._charts.setObjectName("statisticsCharts")
        self._column = QVBoxLayout(self._charts)
        self._column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._charts)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.resize(900, 760)

    def refresh(self) -> None:
        """Count everything again (off the window's thread); the charts are drawn when the figures come."""
        self._count()

    def set_busy(self, busy: bool) -> None:
        """Show (or stop showing) that the figures are being counted; the charts shown stay until new ones come."""
        self.busy.setVisible(busy)
        if busy and self.stats is None:
            self.summary.setText("Counting…")

    def show_statistics(self, stats: Statistics | None) -> None:
        """Show counted figures (None: no project is open) and redraw every chart."""
        self.set_busy(False)
        self.stats = stats
        if stats is None:
            self.summary.setText("No project is open.")
            shown = []
        else:
            counts = (_counted(stats.documents, "document"), _counted(stats.spans, "span"),
                      _counted(len(stats.per_annotator), "annotator"))
            self.summary.setText(f"{stats.project}: {', '.join(counts)}")
            shown = charting.charts(stats)
        keys = {chart.key for chart in shown}
        for key in [k for k in self.canvases if k not in keys]:
            canvas = self.canvases.pop(key)
            if canvas in self._undrawn:
                self._undrawn.remove(canvas)
            self._column.removeWidget(canvas)
            canvas.deleteLater()
        for n, chart in enumerate(shown):
            canvas = self.canvases.get(chart.key)
            if canvas is None:
                canvas = self.canvases[chart.key] = ChartCanvas(chart)
                canvas.setObjectName(f"chart:{chart.key}")
            canvas.chart = chart
            canvas.setFixedHeight(round(chart.height() * DPI))
            self._column.insertWidget(n, canvas)  # in report order, above the stretch
        self.redraw()

    def set_stale(self) -> None:
        """Say that the project changed since it was counted (a large project is counted on Refresh only)."""
        text = self.summary.text()
        if not text.endswith(_STALE):
            self.summary.setText(text + _STALE)

    def redraw(self) -> None:
        """Draw the counted figures again, in the colors of the palette now: one chart per pass of the event loop."""
        if self.stats is None:
            return
        # matplotlib lays out and renders on this thread; a chart at a time keeps each pause to one chart's.
        self._undrawn = list(self.canvases.values())
        self._draw_timer.start()

    @property
    def drawn(self) -> bool:
        """Whether every chart shows the figures counted last."""
        return not self._undrawn

    def _draw_next(self) -> None:
        if not self._undrawn or self.stats is None:
            self._undrawn = []
            return
        canvas = self._undrawn.pop(0)
        charting.draw(canvas.figure, canvas.chart, self.stats, chart_palette(self.palette()))
        canvas.draw()
        if self._undrawn:
            self._draw_timer.start()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        # The application's palette changed (View › Theme): the charts follow it.
        if event.type() in (QEvent.PaletteChange, QEvent.ApplicationPaletteChange):
            self.redraw()
        super().changeEvent(event)


def _counted(n: int, what: str) -> str:
    return f"{n} {what}{'' if n == 1 else 's'}"
