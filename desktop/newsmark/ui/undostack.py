"""The window's undo stack: it moves only once the step it moves over is saved."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack


class UndoStack(QUndoStack):
    """A QUndoStack whose push, undo and redo run the command's step first, and move only if it was saved.

    A plain QUndoStack moves whatever the command did, so a failed undo (a full disk) would either drop
    the step or claim a change that is not in the file. Here a step that fails leaves the stack (index,
    count, clean state, texts) and the file as they were; the command reports why. Commands without
    ``try_step`` (Qt macros) behave as on a plain QUndoStack.
    """

    undone = Signal(str)  # the text of a step just undone and saved
    redone = Signal(str)  # the text of a step just redone and saved

    def push(self, command: QUndoCommand) -> None:
        """Apply the command, and put it on the stack only if that was saved."""
        step = getattr(command, "try_step", None)
        if step is not None and not (step(undo=False) and not command.isObsolete()):
            return  # failed, or nothing changed: no step, and the redo history stays
        super().push(command)

    def undo(self) -> None:
        """Revert the step before the index; move only if that was saved."""
        text = self.undoText()
        if self.canUndo() and self._step(self.index() - 1, undo=True):
            super().undo()
            self.undone.emit(text)

    def redo(self) -> None:
        """Apply the step after the index again; move only if that was saved."""
        text = self.redoText()
        if self.canRedo() and self._step(self.index(), undo=False):
            super().redo()
            self.redone.emit(text)

    def createUndoAction(self, parent, prefix: str = "") -> QAction:
        """Qt's undo action (text and enabled state follow the stack), triggering this class's undo."""
        return self._retarget(super().createUndoAction(parent, prefix), self.undo)

    def createRedoAction(self, parent, prefix: str = "") -> QAction:
        """Qt's redo action, triggering this class's redo."""
        return self._retarget(super().createRedoAction(parent, prefix), self.redo)

    def _step(self, index: int, *, undo: bool) -> bool:
        step = getattr(self.command(index), "try_step", None)
        return step is None or step(undo=undo)

    @staticmethod
    def _retarget(action: QAction, slot) -> QAction:
        # Qt connects the action to the C++ slot, which never reaches a Python override.
        action.triggered.disconnect()
        action.triggered.connect(slot)
        return action
