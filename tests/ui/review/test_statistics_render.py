"""Review › Statistics: matplotlib lays out and draws every chart off the window's thread; old pictures are dropped."""

from __future__ import annotations

import threading

import pytest
from matplotlib.figure import Figure

from newsmark.core.review import charts
from newsmark.core.storage import Project
from newsmark.ui.theme import apply_theme

from conftest import select_rows, trigger
from statisticswindow import panel_of


@pytest.fixture(autouse=True)
def back_to_the_system_theme():
    yield
    apply_theme("system")  # the palette is the application's: leave it as the next test expects


def _dark(figure) -> bool:
    return sum(figure.get_facecolor()[:3]) / 3 < 0.2


def test_matplotlib_never_lays_out_or_draws_on_the_window_thread(busy_window, qtbot, monkeypatch):
    threads: list[int] = []
    real_figure_draw, real_chart_draw = Figure.draw, charts.draw

    def figure_draw(figure, renderer):
        threads.append(threading.get_ident())  # the constrained layout and the rendering both happen here
        return real_figure_draw(figure, renderer)

    def chart_draw(*args, **kwargs):
        threads.append(threading.get_ident())  # the bars, labels and legends are made here
        return real_chart_draw(*args, **kwargs)

    monkeypatch.setattr(Figure, "draw", figure_draw)
    monkeypatch.setattr(charts, "draw", chart_draw)
    panel = panel_of(busy_window, qtbot)
    shown = len(panel.canvases)
    assert len(threads) >= 2 * shown and threading.main_thread().ident not in threads
    select_rows(busy_window, 1)
    trigger(busy_window, "deleteSpan")  # counted and drawn again
    qtbot.waitUntil(lambda: panel.stats.spans == 7 and panel.drawn)
    busy_window.actions.theme_dark.trigger()  # drawn again in the dark colors
    qtbot.waitUntil(lambda: panel.drawn and _dark(panel.canvases["tags"].figure))
    view = panel.canvases["tags"]
    panel.resize(panel.width() + 150, panel.height())  # drawn again at the new width
    qtbot.waitUntil(lambda: view.fits() and panel.drawn)
    assert len(threads) >= 2 * 4 * shown
    assert threading.main_thread().ident not in threads


def test_a_resized_chart_keeps_its_old_picture_scaled_until_the_new_one_comes(busy_window, qtbot):
    panel = panel_of(busy_window, qtbot)
    view = panel.canvases["tags"]
    old = view.image
    assert view.fits() and old.width() == round(view.width() * view.devicePixelRatioF())
    panel.resize(panel.width() + 200, panel.height())
    qtbot.waitUntil(lambda: not view.fits())
    assert view.image is old and not view.grab().toImage().isNull()  # scaled meanwhile
    qtbot.waitUntil(lambda: view.fits() and panel.drawn)
    assert view.image is not old and view.image.width() == round(view.width() * view.devicePixelRatioF())


class HeldPicture:
    """Stands in for ``charts.picture``: each chart waits until the test lets it go; the pictures made are kept."""

    def __init__(self, monkeypatch):
        self.real = charts.picture
        self.started = threading.Event()
        self.gate = threading.Event()
        self.made: list[object] = []
        monkeypatch.setattr(charts, "picture", self)

    def __call__(self, *args, **kwargs):
        self.started.set()
        self.gate.wait(5)  # on the window's thread this would freeze it, and the test would time out
        picture = self.real(*args, **kwargs)
        self.made.append(picture.figure)
        return picture


def test_a_render_the_theme_changed_under_is_dropped(busy_window, qtbot, monkeypatch):
    held = HeldPicture(monkeypatch)
    trigger(busy_window, "showStatistics")
    panel = busy_window.statistics.panel
    qtbot.waitUntil(held.started.is_set)  # the light render holds its first chart
    old = panel.rendering
    busy_window.actions.theme_dark.trigger()
    qtbot.waitUntil(lambda: panel.rendering is not old)  # the palette change comes through the event loop
    assert old.isInterruptionRequested()
    held.gate.set()
    qtbot.waitUntil(lambda: panel.drawn and not panel._ending and panel.rendering is None)
    first = held.made[0]
    assert not _dark(first)  # rendered light, and never shown
    assert all(_dark(view.figure) and view.figure is not first for view in panel.canvases.values())


def test_a_render_of_the_project_closed_before_is_dropped(busy_window, qtbot, monkeypatch, tmp_path):
    held = HeldPicture(monkeypatch)
    trigger(busy_window, "showStatistics")
    panel = busy_window.statistics.panel
    qtbot.waitUntil(held.started.is_set)
    other = tmp_path / "other.newsmark"
    with Project.open(other, create=True) as project:
        project.add_document("Alone", "Nothing tagged.")
    threading.Timer(0.3, held.gate.set).start()  # the window waits for the worker: let it go from elsewhere
    busy_window.set_project(Project.open(other))
    qtbot.waitUntil(lambda: panel.summary.text() == "other.newsmark: 1 document, 0 spans, 0 annotators")
    qtbot.waitUntil(lambda: not panel._ending and panel.rendering is None)
    assert panel.canvases == {} and panel.drawn


def test_closing_the_panel_while_drawing_drops_the_pictures(busy_window, qtbot, monkeypatch):
    held = HeldPicture(monkeypatch)
    trigger(busy_window, "showStatistics")
    panel = busy_window.statistics.panel
    qtbot.waitUntil(held.started.is_set)
    render = panel.rendering
    panel.close()
    assert render.isInterruptionRequested() and panel.rendering is None
    held.gate.set()
    qtbot.waitUntil(lambda: not panel._ending and panel.rendering is None)  # ended, and let go
    assert all(view.image is None for view in panel.canvases.values())


def test_closing_the_window_while_drawing_ends_the_render_first(busy_window, qtbot, monkeypatch):
    held = HeldPicture(monkeypatch)
    trigger(busy_window, "showStatistics")
    panel = busy_window.statistics.panel
    qtbot.waitUntil(held.started.is_set)
    render = panel.rendering
    threading.Timer(0.3, held.gate.set).start()  # the window waits for the worker: let it go from elsewhere
    busy_window.close()
    assert render.isFinished()  # before the panel (its parent) can go: a QThread destroyed while running aborts
