"""Who is annotating: asked once on first run, remembered in the settings, shown in the status bar.

While curating (review mode), the spans made by hand go to the curator's gold set: the status bar
then names the curator, and the analyst's own name comes back when review mode ends.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from newsmark.core.model import default_annotator

if TYPE_CHECKING:
    from newsmark.ui.context import WindowContext

SETTING = "annotator"
_OWN_TIP = "The name saved with every span you make (Edit › Annotator Name…)"


class Annotator(QObject):
    """Keeps the annotator's name in the settings, the status bar and the open session."""

    def __init__(self, ctx: WindowContext, label: QLabel):
        super().__init__(ctx.parent)
        self._ctx = ctx
        self._label = label
        self._label.setToolTip(_OWN_TIP)
        self.curating: str | None = None  # the curator's name while review mode is on
        self.changed: Callable[[], None] = lambda: None  # the label panel follows (it names others' answers)

    @property
    def name(self) -> str:
        """The remembered name, or the login name until one is chosen."""
        return self._ctx.settings.value(SETTING, "", type=str) or default_annotator()

    @property
    def saving_as(self) -> str:
        """The name new spans carry now: the curator's while curating, else the analyst's."""
        return self.curating or self.name

    def apply(self) -> None:
        """Show the name new spans carry and give it to the open session."""
        if self.curating:
            self._label.setText(f"Curating as: {self.curating}")
            self._label.setToolTip(f"Review mode: spans you make go to the gold set of “{self.curating}”; "
                                   f"yours ({self.name or 'no name'}) again when it ends")
        else:
            self._label.setText(f"Annotator: {self.name or '(none)'}")
            self._label.setToolTip(_OWN_TIP)
        if self._ctx.session is not None:
            self._ctx.session.annotator = self.saving_as
        self.changed()

    def set_curating(self, curator: str | None) -> None:
        """Review mode began (the curator's name), changed curator, or ended (None)."""
        self.curating = curator or None
        self.apply()

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
        if self.curating:
            self._ctx.status(f"Your name is now {name.strip()}; until review mode ends, spans you make go to "
                             f"“{self.curating}”.", 6000)
        else:
            self._ctx.status(f"New spans are now saved as annotated by {name.strip()}.", 6000)
