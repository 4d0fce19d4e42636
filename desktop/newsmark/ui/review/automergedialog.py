"""The auto-merge preview: how many annotators must agree, and the spans that would go to gold."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QSpinBox, QVBoxLayout, QWidget

SHOWN = 500  # a preview longer than this lists its first rows and says how many more
LINK_ROW = "link "  # how a preview row of a link begins (the rest are spans)


class AutoMergeDialog(QDialog):
    """A spin box for "at least k of n annotators" and the spans that choice copies into gold."""

    def __init__(self, parent: QWidget | None, annotators: list[str], curator: str, preview: Callable[[int], list[str]]):
        super().__init__(parent)
        self.setObjectName("autoMergeDialog")
        self.setWindowTitle(f"Auto-merge into {curator}")
        self._preview = preview
        n = len(annotators)
        self.at_least = QSpinBox()
        self.at_least.setObjectName("autoMergeAtLeast")
        self.at_least.setRange(1, n)
        self.at_least.setValue(n)
        self.at_least.setSuffix(f" of {n} annotators ({', '.join(annotators)})")
        self.count = QLabel()
        self.spans = QListWidget()
        self.spans.setObjectName("autoMergePreview")
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText("Merge")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Copy into the gold set every span (same tag, edges and attribute values) that at least"))
        layout.addWidget(self.at_least)
        layout.addWidget(self.count)
        layout.addWidget(self.spans, 1)
        layout.addWidget(QLabel("Spans gold has already or you rejected are left out; links as many drew between merged spans go too.\n"
                                "Ctrl+Z undoes the whole merge."))
        layout.addWidget(buttons)
        self.at_least.valueChanged.connect(self.show_preview)
        self.show_preview()
        self.resize(560, 420)

    def show_preview(self) -> None:
        """List the spans the chosen number would copy."""
        rows = self._preview(self.at_least.value())
        self.spans.clear()
        self.spans.addItems(rows[:SHOWN])
        more = f" (the first {SHOWN} shown)" if len(rows) > SHOWN else ""
        links = sum(row.startswith(LINK_ROW) for row in rows)
        spans = len(rows) - links
        also = f" and {links} link{'s' if links != 1 else ''}" if links else ""
        self.count.setText(f"{spans} span{'s' if spans != 1 else ''}{also} would go to gold{more}.")
