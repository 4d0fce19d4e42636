"""The auto-merge preview: the shown document or all documents, how many annotators must agree, and what goes to gold."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QProgressBar, QRadioButton, QSpinBox, QVBoxLayout,
    QWidget,
)

from newsmark.core.review.projectmerge import MergeCount

SHOWN = 500  # a preview longer than this lists its first rows and says how many more
LINK_ROW = "link "  # how a preview row of a link begins (the rest are spans)


class AutoMergeChoice(NamedTuple):
    """What the curator chose: how many annotators must agree, and whether every document is merged."""

    at_least: int
    whole_project: bool = False


def count_text(count: MergeCount | None) -> str:
    """An auto-merge's counts over every document, in the curator's words."""
    if count is None or not count.documents:
        return "Nothing would go to gold."
    n, m, d = count.spans, count.links, count.documents
    links = f" and {m:,} link{'s' if m != 1 else ''}" if m else ""
    return f"{n:,} span{'s' if n != 1 else ''}{links} in {d:,} document{'s' if d != 1 else ''} would go to gold."


class AutoMergeDialog(QDialog):
    """A spin box for "at least k of n annotators" and the spans that choice copies into gold.

    ``counter`` makes a worker (a QThread, not started) that counts what each k would copy in every document;
    it runs only once "All documents" is chosen, and stops when the dialog closes.
    """

    def __init__(self, parent: QWidget | None, annotators: list[str], curator: str, preview: Callable[[int], list[str]],
                 counter: Callable[[], object] | None = None):
        super().__init__(parent)
        self.setObjectName("autoMergeDialog")
        self.setWindowTitle(f"Auto-merge into {curator}")
        self._preview, self._counter, self._annotators = preview, counter, annotators
        self._thread = None
        self._range: list[str] | None = None
        self._whole_annotators: list[str] = []
        self.counts: dict | None = None  # k -> MergeCount over every document, once counted
        self.shown_document = QRadioButton("The &shown document")
        self.shown_document.setObjectName("autoMergeShownDocument")
        self.all_documents = QRadioButton("&All documents")
        self.all_documents.setObjectName("autoMergeAllDocuments")
        self.all_documents.setToolTip("Every document of the project, as “newsmark curate --auto-merge” does; "
                                      "one undo step")
        self.all_documents.setEnabled(counter is not None)
        self.at_least = QSpinBox()
        self.at_least.setObjectName("autoMergeAtLeast")
        self._set_range(annotators)
        self.count = QLabel()
        self.count.setObjectName("autoMergeCount")
        self.counting = QProgressBar()
        self.counting.setObjectName("autoMergeCounting")
        self.counting.setFormat("Reading %v of %m documents")
        self.counting.hide()
        self.spans = QListWidget()
        self.spans.setObjectName("autoMergePreview")
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText("Merge")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        scope = QHBoxLayout()
        scope.addWidget(self.shown_document)
        scope.addWidget(self.all_documents)
        scope.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(scope)
        layout.addWidget(QLabel("Copy into the gold set every span (same tag, edges and attribute values) that at least"))
        layout.addWidget(self.at_least)
        layout.addWidget(self.count)
        layout.addWidget(self.counting)
        layout.addWidget(self.spans, 1)
        layout.addWidget(QLabel("Spans gold has already or you rejected are left out; links as many drew between merged spans go too.\n"
                                "Ctrl+Z undoes the whole merge."))
        layout.addWidget(buttons)
        self.at_least.valueChanged.connect(self.show_preview)
        self.all_documents.toggled.connect(self.show_preview)
        if annotators or counter is None:
            self.shown_document.setChecked(True)
        else:  # the shown document has nothing to merge: only the project is left
            self.shown_document.setEnabled(False)
            self.all_documents.setChecked(True)
        self.show_preview()
        self.resize(560, 420)

    def choice(self) -> AutoMergeChoice:
        """The number that must agree and the documents chosen."""
        return AutoMergeChoice(self.at_least.value(), self.all_documents.isChecked())

    def _set_range(self, annotators: list[str]) -> None:
        if annotators == self._range:  # the same names: the number chosen stays
            return
        self._range = annotators
        n = max(1, len(annotators))
        self.at_least.blockSignals(True)
        self.at_least.setRange(1, n)
        self.at_least.setValue(n)
        self.at_least.setSuffix(f" of {len(annotators)} annotators ({', '.join(annotators)})")
        self.at_least.blockSignals(False)

    def show_preview(self) -> None:
        """List the spans the chosen number would copy (for all documents: count them, on a worker)."""
        if self.all_documents.isChecked():
            self.spans.hide()
            self._show_counts()
            return
        self.spans.show()
        self._set_range(self._annotators)
        rows = self._preview(self.at_least.value())
        self.spans.clear()
        self.spans.addItems(rows[:SHOWN])
        more = f" (the first {SHOWN} shown)" if len(rows) > SHOWN else ""
        links = sum(row.startswith(LINK_ROW) for row in rows)
        spans = len(rows) - links
        also = f" and {links} link{'s' if links != 1 else ''}" if links else ""
        self.count.setText(f"{spans} span{'s' if spans != 1 else ''}{also} would go to gold{more}.")

    def _show_counts(self) -> None:
        if self.counts is None:
            self.count.setText("Counting what every document would copy…")
            if self._thread is None:
                self._thread = self._counter()
                self._thread.progressed.connect(self._on_progress)
                self._thread.finished_plans.connect(self._on_counted)
                self.counting.show()
                self._thread.start()
            return
        self._set_range(self._whole_annotators)
        self.count.setText(count_text(self.counts.get(self.at_least.value())))

    def _on_progress(self, done: int, total: int) -> None:
        self.counting.setRange(0, total)
        self.counting.setValue(done)

    def _on_counted(self, result) -> None:
        self.counting.hide()
        if isinstance(result, Exception):
            self.count.setText(f"The documents could not be read: {result}")
            return
        self.counts, self._whole_annotators = result
        self._show_counts()

    def done(self, result: int) -> None:  # noqa: D102 - QDialog override: the count stops with the dialog
        if self._thread is not None:
            self._thread.stop()
            self._thread.deleteLater()
            self._thread = None
        super().done(result)
