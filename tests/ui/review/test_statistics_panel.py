"""Review › Statistics: the charts in the window, in the tag colors, counted again after edits, following the theme."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import textwrap
import threading

import pytest
from matplotlib.colors import to_hex, to_rgba
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QPushButton

from newsmark.core.storage import Project
from newsmark.ui.theme import apply_theme

from conftest import WORDS, select_rows, trigger
from statisticswindow import panel_of


@pytest.fixture(autouse=True)
def back_to_the_system_theme():
    yield
    apply_theme("system")  # the palette is the application's: leave it as the next test expects


def test_the_review_menu_opens_the_charts_in_the_tag_colors(busy_window, qtbot):
    menu = busy_window.menuBar().findChild(QMenu, "reviewMenu")
    assert menu is not None and busy_window.findChild(QAction, "showStatistics") in menu.actions()
    panel = panel_of(busy_window, qtbot)
    assert panel.stats.spans == len(WORDS) and panel.stats.documents == 2
    assert list(panel.canvases) == ["tags", "annotators", "statuses", "documents", "progress"]
    assert panel.summary.text() == "busy.newsmark: 2 documents, 8 spans, 1 annotator"
    bars = panel.canvases["tags"].figure.axes[0].patches
    claim = busy_window.session.tags[0]
    assert [to_hex(b.get_facecolor()) for b in bars][:2] == [claim.color, busy_window.session.tags[1].color]
    assert [b.get_width() for b in bars] == [8, 0, 0, 0]


def test_the_panel_counts_again_after_an_edit_and_its_undo(busy_window, qtbot):
    panel = panel_of(busy_window, qtbot)
    select_rows(busy_window, 2)
    trigger(busy_window, "deleteSpan")
    qtbot.waitUntil(lambda: panel.stats.spans == len(WORDS) - 2 and panel.drawn)  # rendered off this thread, then shown
    assert panel.canvases["tags"].figure.axes[0].patches[0].get_width() == len(WORDS) - 2
    select_rows(busy_window, 1)
    trigger(busy_window, "deleteSpan")  # a second step: the undo stack's clean state does not change
    qtbot.waitUntil(lambda: panel.stats.spans == len(WORDS) - 3)
    trigger(busy_window, "undo")
    trigger(busy_window, "undo")
    qtbot.waitUntil(lambda: panel.stats.spans == len(WORDS))
    trigger(busy_window, "markStatus:reviewed")
    qtbot.waitUntil(lambda: panel.stats.documents_per_status["reviewed"] == 1)


def test_the_charts_follow_the_theme(busy_window, qtbot, tmp_path):
    panel = panel_of(busy_window, qtbot)
    view = panel.canvases["tags"]  # each picture is rendered from a figure of its own: read the newest
    assert _lightness(view.figure.get_facecolor()) > 0.9
    busy_window.actions.theme_dark.trigger()
    assert QGuiApplication.palette().base().color().lightness() < 60
    qtbot.waitUntil(lambda: _lightness(view.figure.get_facecolor()) < 0.2)
    assert _lightness(to_rgba(view.figure.axes[0].get_yticklabels()[0].get_color())) > 0.8  # light text on the dark chart
    image = view.grab().toImage()
    image.save(str(tmp_path / "dark-tags.png"))
    assert image.pixelColor(5, 5).lightness() < 60
    busy_window.actions.theme_light.trigger()
    qtbot.waitUntil(lambda: _lightness(view.figure.get_facecolor()) > 0.9)


def _lightness(rgba) -> float:
    return sum(rgba[:3]) / 3


def test_the_window_starts_without_matplotlib_and_imports_it_for_the_panel(tmp_path):
    path = tmp_path / "p.newsmark"
    with Project.open(path, create=True) as project:
        doc, _ = project.add_document("Kyiv", "Kyiv said.")
        project.add_span(doc.id, project.tags()[0].id, 0, 4, annotator="ana")  # a chart to draw
    code = textwrap.dedent(f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QSettings
        from PySide6.QtGui import QAction
        from PySide6.QtWidgets import QApplication
        from newsmark.core.storage import Project
        from newsmark.ui.mainwindow import MainWindow
        app = QApplication([])
        window = MainWindow(Project.open({str(path)!r}), QSettings({str(tmp_path / 's.ini')!r}, QSettings.IniFormat))
        window.show()
        app.processEvents()
        print("matplotlib" in sys.modules)
        window.findChild(QAction, "showStatistics").trigger()
        panel = window.statistics.panel
        while panel.stats is None or not panel.drawn:  # imported by the worker that renders the charts
            app.processEvents()
        print("matplotlib" in sys.modules)
        window.close()
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True"]


def test_the_panel_counts_the_project_opened_next(busy_window, qtbot, tmp_path):
    panel = panel_of(busy_window, qtbot)
    other = tmp_path / "other.newsmark"
    with Project.open(other, create=True) as project:
        project.add_document("Alone", "Nothing tagged.")
    busy_window.set_project(Project.open(other))
    qtbot.waitUntil(lambda: panel.summary.text() == "other.newsmark: 1 document, 0 spans, 0 annotators")
    assert list(panel.canvases) == []  # nothing to chart yet


def test_a_project_slow_to_count_is_counted_again_only_on_refresh(busy_window, qtbot, monkeypatch):
    from newsmark.ui.review import statistics

    monkeypatch.setattr(statistics, "AUTO_REFRESH_LIMIT_S", -1.0)  # every count is "slow"
    panel = panel_of(busy_window, qtbot)
    select_rows(busy_window, 1)
    trigger(busy_window, "deleteSpan")
    qtbot.waitUntil(lambda: panel.summary.text().endswith("changed since: press Refresh to count again"))
    assert panel.stats.spans == len(WORDS)  # not counted again by itself
    qtbot.mouseClick(panel.findChild(QPushButton, "refreshStatistics"), Qt.LeftButton)
    qtbot.waitUntil(lambda: panel.stats.spans == len(WORDS) - 1)
    assert "Refresh" not in panel.summary.text()


class HeldCount:
    """Stands in for ``collect``: each call waits until the test lets it go, and names itself in the figures."""

    def __init__(self, monkeypatch):
        from newsmark.ui.review import statisticscount

        self.real = statisticscount.collect
        self.threads: list[threading.Thread] = []
        self.gates: list[threading.Event] = []
        monkeypatch.setattr(statisticscount, "collect", self)

    def __call__(self, project, **kwargs):
        gate = threading.Event()
        self.gates.append(gate)
        self.threads.append(threading.current_thread())
        gate.wait(5)  # on the window's thread this would freeze it: the test would fail on its thread check
        return dataclasses.replace(self.real(project, **kwargs), project=f"count {len(self.gates)}")


def test_the_figures_are_counted_off_the_window_thread_and_drawn_when_done(busy_window, qtbot, monkeypatch):
    held = HeldCount(monkeypatch)
    trigger(busy_window, "showStatistics")
    panel = busy_window.statistics.panel
    qtbot.waitUntil(lambda: len(held.gates) == 1)
    assert held.threads[0] is not threading.main_thread()
    assert panel.isVisible() and panel.busy.isVisible() and panel.summary.text() == "Counting…"
    busy_window.document_list.setCurrentIndex(busy_window.document_list.model().index(1))  # the window goes on working
    assert busy_window.windowTitle().startswith("Seoul")
    held.gates[0].set()
    qtbot.waitUntil(lambda: panel.stats is not None)
    assert panel.summary.text() == "count 1: 2 documents, 8 spans, 1 annotator"
    assert not panel.busy.isVisible() and list(panel.canvases)[0] == "tags"


def test_figures_of_a_count_a_newer_refresh_replaced_are_dropped(busy_window, qtbot, monkeypatch):
    held = HeldCount(monkeypatch)
    trigger(busy_window, "showStatistics")
    panel = busy_window.statistics.panel
    qtbot.waitUntil(lambda: len(held.gates) == 1)
    qtbot.mouseClick(panel.findChild(QPushButton, "refreshStatistics"), Qt.LeftButton)
    qtbot.waitUntil(lambda: len(held.gates) == 2)
    held.gates[1].set()  # the newer count ends first
    qtbot.waitUntil(lambda: panel.stats is not None)
    assert panel.summary.text().startswith("count 2:")
    held.gates[0].set()  # the older one ends after it: its figures are old
    qtbot.waitUntil(lambda: busy_window.statistics.counting is None and not busy_window.statistics._ending)
    assert panel.summary.text().startswith("count 2:") and panel.stats.project == "count 2"


def test_closing_the_panel_while_counting_leaves_the_figures_unshown(busy_window, qtbot, monkeypatch):
    held = HeldCount(monkeypatch)
    trigger(busy_window, "showStatistics")
    panel = busy_window.statistics.panel
    qtbot.waitUntil(lambda: len(held.gates) == 1)
    panel.close()
    assert not panel.busy.isVisible()
    held.gates[0].set()
    qtbot.waitUntil(lambda: busy_window.statistics.counting is None and not busy_window.statistics._ending)
    assert panel.stats is None and not panel.isVisible()


def test_closing_the_window_while_counting_ends_the_count_before_the_project(busy_window, qtbot, monkeypatch):
    held = HeldCount(monkeypatch)
    path = busy_window.session.project.path
    trigger(busy_window, "showStatistics")
    qtbot.waitUntil(lambda: len(held.gates) == 1)
    count = busy_window.statistics.counting
    threading.Timer(0.3, held.gates[0].set).start()  # the window waits for the worker: let it go from elsewhere
    busy_window.close()
    assert count.isFinished()
    # The worker's reader closed before the window's writer, so the writer could tidy its WAL away.
    assert not path.with_name(path.name + "-wal").exists()
