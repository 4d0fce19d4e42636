"""The preview before "Tag all": each match in its context, with a tick box to leave it out."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

CONTEXT_CHARS = 40  # of the text before and after each match
TICK, DOCUMENT, BEFORE, MATCH, AFTER = range(5)


def keyword_in_context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> tuple[str, str, str]:
    """The words before a match, the match and the words after it, each on one line."""
    before = _one_line(text[max(0, start - width):start])
    after = _one_line(text[end:end + width])
    if start > width and " " in before.strip():
        before = "…" + before[before.index(" ", 1):]  # whole words only
    if end + width < len(text) and " " in after.strip():
        after = after[:after.rindex(" ", 0, len(after) - 1)] + " …"
    return before, _one_line(text[start:end]), after


def _one_line(text: str) -> str:
    """Runs of white space (line breaks too) as one space, so each match fits on a line."""
    return re.sub(r"\s+", " ", text)


class AnnotateAllDialog(QDialog):
    """Lists the new spans "Tag all" would make, ticked; the analyst unticks the ones to leave out."""

    def __init__(self, parent: QWidget | None, tag: str, preview: list[tuple[str, str, str, str]], total: int, skipped: int):
        super().__init__(parent)
        self.setObjectName("annotateAllDialog")
        self.setWindowTitle(f"Tag {total:,} matches as {tag}")
        self._total = total
        note = f"{total:,} new {tag} span{'s' if total != 1 else ''} will be created"
        if skipped:
            note += f"; {_matches(skipped)} already tagged {tag} will be skipped"
        note += ". Untick a match to leave it out."
        if len(preview) < total:
            note += f" The first {len(preview):,} are listed; the rest are tagged too."
        self.table = QTableWidget(len(preview), 5)
        self.table.setObjectName("annotateAllTable")
        self.table.setHorizontalHeaderLabels(["", "Document", "Before", "Match", "After"])
        bold = QFont(self.font())
        bold.setBold(True)
        for r, (title, before, match, after) in enumerate(preview):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemIsUserCheckable | Qt.ItemIsEnabled)
            tick.setCheckState(Qt.Checked)
            self.table.setItem(r, TICK, tick)
            self.table.setItem(r, DOCUMENT, QTableWidgetItem(title))
            cells = {BEFORE: before, MATCH: match, AFTER: after}
            for c, text in cells.items():
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemIsEnabled)
                if c == BEFORE:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                elif c == MATCH:
                    item.setFont(bold)
                self.table.setItem(r, c, item)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TICK, QHeaderView.ResizeToContents)
        for c, width in ((DOCUMENT, 120), (MATCH, 120)):
            header.resizeSection(c, width)
        header.setSectionResizeMode(BEFORE, QHeaderView.Stretch)
        header.setSectionResizeMode(AFTER, QHeaderView.Stretch)
        self.table.setTextElideMode(Qt.ElideLeft)  # the words next to the match matter most
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemChanged.connect(self._count)
        layout = QVBoxLayout(self)
        label = QLabel(note)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self._count()
        self.resize(860, 480)

    def unticked(self) -> set[int]:
        """The preview rows the analyst left out."""
        return {r for r in range(self.table.rowCount()) if self.table.item(r, TICK).checkState() != Qt.Checked}

    def _count(self, *_args) -> None:
        n = self._total - len(self.unticked())
        ok = self.buttons.button(QDialogButtonBox.Ok)
        ok.setText(f"Tag {n:,}")
        ok.setEnabled(n > 0)


def _matches(n: int) -> str:
    """"1 match" / "3 matches"."""
    return f"{n:,} match{'es' if n != 1 else ''}"


def skipped_note(n: int) -> str:
    """What the status line says about matches that already had the tag, in good grammar ("" for none)."""
    return f"; {_matches(n)} already tagged {'was' if n == 1 else 'were'} skipped" if n else ""
