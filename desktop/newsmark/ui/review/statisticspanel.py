"""The statistics panel's window: the report's charts, rendered off the window's thread, in the theme's colors.

Importing this module imports matplotlib; the window imports it only when the panel is first opened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QScrollArea, QVBoxLayout, QWidget,
)

from newsmark.core.review import charts as charting
from newsmark.core.review.stats import Statistics
from newsmark.ui.review.chartrender import ChartJob, ChartRender, ChartView

DPI = 96
RESIZE_DELAY_MS = 200  # while the panel is being resized the pictures are scaled; rendered again once it stops
_STALE = " — changed since: press Refresh to count again"


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
        self.canvases: dict[str, ChartView] = {}
        self.rendering: ChartRender | None = None  # the newest render under way
        self._generation = 0
        self._undrawn: set[str] = set()  # charts whose picture of the newest figures and colors has not come yet
        self._ending: list[ChartRender] = []  # stopped renders not finished yet (kept until they are)
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_DELAY_MS)
        self._resize_timer.timeout.connect(self.redraw)
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
        self._scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # A scroll bar that came and went as charts were added would change their width, and render them twice.
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOn)
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
            self._undrawn.discard(key)
            self._column.removeWidget(canvas)
            canvas.deleteLater()
        for n, chart in enumerate(shown):
            canvas = self.canvases.get(chart.key)
            if canvas is None:
                canvas = self.canvases[chart.key] = ChartView(chart, self._resize_timer.start)
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
        """Render the counted figures again, in the colors of the palette now and at the charts' width, off this thread."""
        self._resize_timer.stop()
        self.stop_drawing(wait=False)
        self._undrawn = set()
        window = self.parentWidget()
        if self.stats is None or not self.canvases or not self.isVisible() or (window and not window.isVisible()):
            # A closed panel is counted and drawn again when it opens; after its window closed (the theme may
            # still change), a render could outlive the panel, and a QThread destroyed while running aborts.
            return
        ratio = self.devicePixelRatioF()
        margins = self._column.contentsMargins()
        width = max(1, self._scroll.viewport().width() - margins.left() - margins.right())
        jobs = [ChartJob(view.chart, round(width * ratio), round(view.chart.height() * DPI * ratio), DPI * ratio, ratio)
                for view in self.canvases.values()]
        self._generation += 1
        render = self.rendering = ChartRender(self._generation, jobs, self.stats, chart_palette(self.palette()), self)
        render.rendered.connect(self._rendered)
        render.finished.connect(lambda: self._finished(render))
        self._undrawn = set(self.canvases)
        render.start()

    def stop_drawing(self, wait: bool = True) -> None:
        """Stop rendering (its pictures, should they come, are dropped); with ``wait``, until every render has ended."""
        render, self.rendering = self.rendering, None
        if render is not None:
            render.requestInterruption()
            self._ending.append(render)
        if wait:
            for render in list(self._ending):
                render.wait()  # at most the chart it is rendering; its ``finished`` still comes, and lets it go

    @property
    def drawn(self) -> bool:
        """Whether every chart shows the figures counted last."""
        return not self._undrawn

    def _rendered(self, generation: int, key: str, image, figure) -> None:
        view = self.canvases.get(key)
        if generation != self._generation or view is None:
            return  # rendered for older figures, colors or width
        view.show_picture(image, figure)
        self._undrawn.discard(key)

    def _finished(self, render: ChartRender) -> None:
        if render is self.rendering:
            self.rendering = None
        elif render in self._ending:
            self._ending.remove(render)
        render.deleteLater()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt override
        # The application's palette changed (View › Theme): the charts follow it.
        if event.type() in (QEvent.PaletteChange, QEvent.ApplicationPaletteChange):
            self.redraw()
        super().changeEvent(event)


def _counted(n: int, what: str) -> str:
    return f"{n} {what}{'' if n == 1 else 's'}"
