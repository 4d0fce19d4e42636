"""Drawing the statistics charts off the window's thread: matplotlib's Agg renders each to pixels a view then shows.

matplotlib lays out and renders a chart in up to a second and a half on a busy machine; on the window's
thread that froze it. A ``ChartRender`` draws each chart on its own ``Figure`` (never pyplot) on a worker
thread and sends the pixels as a ``QImage`` (which, unlike a ``QPixmap``, may be made off the window's
thread). A ``ChartView`` paints the newest picture, scaled to its size until a new one comes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QThread, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget

from newsmark.core.review import charts as charting
from newsmark.core.review.stats import Statistics

# matplotlib's caches (fonts, text layout) and the warnings filters quiet_glyphs sets are the process's:
# one chart renders at a time, even when a stopped render still finishes its last chart beside a new one.
_MATPLOTLIB = threading.Lock()


@dataclass(frozen=True, slots=True)
class ChartJob:
    """One chart to render: which, and its size in device pixels at a dots-per-inch that scales its text."""

    chart: charting.Chart
    width: int
    height: int
    dpi: float
    ratio: float  # device pixels per window pixel, for the QImage


class ChartRender(QThread):
    """Renders a list of charts once, in order; says ``rendered`` for each, with the number it was started with."""

    rendered = Signal(int, str, object, object)  # generation, chart key, QImage, matplotlib Figure

    def __init__(self, generation: int, jobs: list[ChartJob], stats: Statistics, palette: charting.ChartPalette, parent=None):
        super().__init__(parent)
        self.setObjectName("chartRender")
        self.generation = generation
        self.jobs = jobs
        self.stats = stats
        self.palette = palette

    def run(self) -> None:  # noqa: D102 - QThread override
        for job in self.jobs:
            if self.isInterruptionRequested():
                return
            with _MATPLOTLIB:
                if self.isInterruptionRequested():  # stopped while another render held matplotlib
                    return
                picture = charting.picture(job.chart, self.stats, self.palette, job.width, job.height, job.dpi)
            image = QImage(picture.rgba, picture.width, picture.height, 4 * picture.width, QImage.Format_RGBA8888).copy()
            image.setDevicePixelRatio(job.ratio)
            if self.isInterruptionRequested():
                return
            self.rendered.emit(self.generation, job.chart.key, image, picture.figure)


class ChartView(QWidget):
    """One chart's picture: painted as rendered, or scaled to the view's size while a new one is being rendered."""

    def __init__(self, chart: charting.Chart, resized: Callable[[], None], parent: QWidget | None = None):
        super().__init__(parent)
        self.chart = chart
        self.image: QImage | None = None
        self.figure = None  # the matplotlib Figure the picture was rendered from (read, never drawn, here)
        self._resized = resized

    def show_picture(self, image: QImage, figure) -> None:
        """Show a newly rendered picture of the chart."""
        self.image = image
        self.figure = figure
        self.update()

    def fits(self) -> bool:
        """Whether the picture shown is as wide as the view (else it is shown scaled)."""
        return self.image is not None and round(self.image.deviceIndependentSize().width()) == self.width()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        if self.image is not None:
            painter.setRenderHint(QPainter.SmoothPixmapTransform, not self.fits())
            painter.drawImage(QRectF(self.rect()), self.image)
        painter.end()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.image is not None and not self.fits():
            self._resized()  # the panel renders again once the resizing stops
