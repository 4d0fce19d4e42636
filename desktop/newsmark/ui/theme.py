"""View › Theme: the system's colors, or light or dark whatever the desktop says; remembered."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QPalette

if TYPE_CHECKING:
    from newsmark.ui.context import WindowContext

SETTING = "view/theme"
THEMES = {"system": "&System", "light": "&Light", "dark": "&Dark"}

_LIGHT = {
    QPalette.Window: "#efefef", QPalette.WindowText: "#000000", QPalette.Base: "#ffffff",
    QPalette.AlternateBase: "#f5f5f5", QPalette.Text: "#000000", QPalette.Button: "#efefef",
    QPalette.ButtonText: "#000000", QPalette.ToolTipBase: "#ffffdc", QPalette.ToolTipText: "#000000",
    QPalette.Highlight: "#308cc6", QPalette.HighlightedText: "#ffffff", QPalette.PlaceholderText: "#7f7f7f",
    QPalette.Link: "#0000ff", QPalette.BrightText: "#ffffff",
}
_DARK = {
    QPalette.Window: "#2b2b2b", QPalette.WindowText: "#e8e8e8", QPalette.Base: "#1e1e1e",
    QPalette.AlternateBase: "#262626", QPalette.Text: "#e8e8e8", QPalette.Button: "#353535",
    QPalette.ButtonText: "#e8e8e8", QPalette.ToolTipBase: "#353535", QPalette.ToolTipText: "#e8e8e8",
    QPalette.Highlight: "#3d7ab8", QPalette.HighlightedText: "#ffffff", QPalette.PlaceholderText: "#8c8c8c",
    QPalette.Link: "#7fb4ff", QPalette.BrightText: "#ffffff",
}


def palette_for(theme: str) -> QPalette:
    """The application palette of a theme; for "system" an empty palette, which hands back the platform's."""
    colors = {"light": _LIGHT, "dark": _DARK}.get(theme)
    palette = QPalette() if colors is None else QPalette(QColor(colors[QPalette.Button]), QColor(colors[QPalette.Window]))
    for role, color in (colors or {}).items():
        palette.setColor(role, QColor(color))
        if role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
            palette.setColor(QPalette.Disabled, role, QColor("#7f7f7f"))
    return palette


def apply_theme(theme: str) -> None:
    """Give the whole application a theme's colors (the article view and its highlights follow the palette)."""
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+: also tells the platform's style, where there is one
        scheme = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(theme, Qt.ColorScheme.Unknown)
        hints.setColorScheme(scheme)
    QGuiApplication.setPalette(palette_for(theme))


class ThemeControls(QObject):
    """Connects the View › Theme actions to the application's colors and the settings."""

    def __init__(self, ctx: WindowContext, actions: dict[str, QAction]):
        super().__init__(ctx.parent)
        self._ctx = ctx
        self._actions = actions
        for theme, action in actions.items():
            action.triggered.connect(lambda _=False, t=theme: self.choose(t))
        saved = ctx.settings.value(SETTING, "system", type=str)
        self.theme = saved if saved in THEMES else "system"
        actions[self.theme].setChecked(True)
        if self.theme != "system":
            apply_theme(self.theme)

    def choose(self, theme: str) -> None:
        """Switch to a theme and remember it."""
        self.theme = theme
        self._actions[theme].setChecked(True)
        self._ctx.settings.setValue(SETTING, theme)
        apply_theme(theme)
        self._ctx.status(f"Theme: {THEMES[theme].replace('&', '')} — remembered for next time.", 4000)
