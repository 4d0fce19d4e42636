"""View › Theme: system, light or dark, remembered; dark needs no desktop setting."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication, QPalette

from newsmark.ui.theme import apply_theme


@pytest.fixture(autouse=True)
def back_to_the_system_theme():
    yield
    apply_theme("system")  # the palette is the application's: leave it as the next test expects


def test_dark_is_one_menu_choice_away_and_is_remembered(window, open_window, project_path, settings, qtbot):
    assert window.actions.theme_system.isChecked()
    system_base = QGuiApplication.palette().color(QPalette.Base)
    window.actions.theme_dark.trigger()
    assert QGuiApplication.palette().color(QPalette.Base).lightness() < 60
    qtbot.waitUntil(lambda: window.view.viewport().palette().color(QPalette.Base).lightness() < 60)
    image = window.view.viewport().grab().toImage()
    assert image.pixelColor(image.width() - 20, image.height() - 10).lightness() < 60  # the article is dark
    assert settings.value("view/theme") == "dark" and "Dark" in window.statusBar().currentMessage()
    window.close()
    apply_theme("system")
    again = open_window(project_path)
    assert again.actions.theme_dark.isChecked()
    assert QGuiApplication.palette().color(QPalette.Base).lightness() < 60  # applied again at start
    again.actions.theme_light.trigger()
    assert QGuiApplication.palette().color(QPalette.Base).lightness() > 200
    again.actions.theme_system.trigger()
    assert QGuiApplication.palette().color(QPalette.Base) == system_base
    assert settings.value("view/theme") == "system"
