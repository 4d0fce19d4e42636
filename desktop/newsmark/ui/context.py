"""What the window's controllers share, handed to each of them instead of the window itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from newsmark.core.errors import NewsmarkError
    from newsmark.ui.session import AnnotationSession


@dataclass
class WindowContext:
    """The open session, the undo stack, the status line, the dialogs, the settings and the dialogs' parent.

    ``session`` is replaced when another project is opened, so controllers read it at the time they act.
    ``dialogs`` is the ``newsmark.ui.dialogs`` module (or a stand-in with the same ``ask_*``/``show_*``
    functions); reading it here at call time is what lets tests replace a question.
    """

    session: AnnotationSession | None
    undo_stack: QUndoStack
    status: Callable[[str, int], None]  # (message, milliseconds to show it)
    dialogs: ModuleType
    settings: QSettings
    parent: QWidget | None = None

    def report(self, title: str, error: NewsmarkError | OSError) -> None:
        """Show a user-caused error in a dialog."""
        self.dialogs.show_error(self.parent, title, str(error))
