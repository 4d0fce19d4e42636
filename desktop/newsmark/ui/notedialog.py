"""The note editor that F2 opens: several lines of text; Ctrl+Enter saves, Escape cancels."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget


class NoteDialog(QDialog):
    """Edits one span's note; Enter starts a new line, Ctrl+Enter accepts."""

    def __init__(self, parent: QWidget | None, current: str):
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self.setWindowTitle("Edit note")
        self.editor = QPlainTextEdit(current)
        self.editor.setObjectName("noteText")
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setToolTip("Save the note (Ctrl+Enter)")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.editor.installEventFilter(self)  # the text field would take Ctrl+Enter as a new line
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Note (Ctrl+Enter to save):"))
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
        self.resize(480, 240)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.KeyPress
            and event.key() in (Qt.Key_Return, Qt.Key_Enter)  # Return on the main keys, Enter on the keypad
            and event.modifiers() & Qt.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def note(self) -> str:
        """The note as typed."""
        return self.editor.toPlainText()
