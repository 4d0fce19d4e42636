"""Who is annotating: asked once on first run, remembered in the settings, shown in the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from newsmark.core.model import default_annotator

if TYPE_CHECKING:
    from newsmark.ui.context import WindowContext

SETTING = "annotator"


class Annotator(QObject):
    """Keeps the annotator's name in the settings, the status bar and the open session."""

    def __init__(self, ctx: WindowContext, label: QLabel):
        super().__init__(ctx.parent)
        self._ctx = ctx
        self._label = label
        self._label.setToolTip("The name saved with every span you make (Edit › Annotator Name…)")

    @property
    def name(self) -> str:
        """The remembered name, or the login name until one is chosen."""
        return self._ctx.settings.value(SETTING, "", type=str) or default_annotator()

    def apply(self) -> None:
        """Show the name and give it to the open session, whose new spans carry it."""
        self._label.setText(f"Annotator: {self.name or '(none)'}")
        if self._ctx.session is not None:
            self._ctx.session.annotator = self.name

    def ask_once(self) -> None:
        """On the first run (no name remembered yet), ask for the name, prefilled with the login."""
        if not self._ctx.settings.contains(SETTING):
            self.change()
            if not self._ctx.settings.contains(SETTING):  # cancelled: keep the login, and do not ask again
                self._ctx.settings.setValue(SETTING, self.name)
                self.apply()

    def change(self) -> None:
        """Ask for a new name and remember it."""
        name = self._ctx.dialogs.ask_annotator(self._ctx.parent, self.name)
        if name is None or not name.strip():
            return
        self._ctx.settings.setValue(SETTING, name.strip())
        self.apply()
        self._ctx.status(f"New spans are now saved as annotated by {name.strip()}.", 6000)
