"""Review › Agreement: read the project, compute off the window's thread, show the matrix, jump to a disagreement."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThread, Signal

from newsmark.core.errors import NewsmarkError
from newsmark.core.review.agreement import OVERALL, AgreementReport, TooFewAnnotatorsError, compute
from newsmark.core.review.agreementdata import AgreementData
from newsmark.core.review.disagreements import disagreements
from newsmark.core.review.labelagreement import LabelAgreementReport, project_label_agreement
from newsmark.ui.readonlyproject import InterruptibleReader
from newsmark.ui.review.agreementdialog import AgreementDialog

if TYPE_CHECKING:
    from newsmark.ui.articleview import ArticleView
    from newsmark.ui.context import WindowContext


class _Stopped(Exception):
    """The dialog was closed while the figures were computed."""


class AgreementThread(QThread):
    """Reads the project's spans and document labels, then computes both agreements, all off the window's thread.

    It reads through a read-only connection of its own (as the statistics count does: a sqlite connection
    is never shared between threads), so neither the reading nor the comparing lands on the window.
    """

    progressed = Signal(int, int)
    labels_computed = Signal(object)  # a LabelAgreementReport, or the NewsmarkError that stopped reading
    data_read = Signal(object)  # the AgreementData the span report is computed from (the drill-down reads it)
    computed = Signal(object)  # an AgreementReport (no pairs: no document has two annotators' spans), or an error

    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        self._reader = InterruptibleReader(path)

    def run(self) -> None:  # noqa: D102 - QThread override
        try:
            labels, data = self._read()
        except (NewsmarkError, sqlite3.Error) as e:  # an interrupted query raises too: then nothing is sent
            if not self.isInterruptionRequested():
                self.labels_computed.emit(e)
                self.computed.emit(e)
            return
        if self.isInterruptionRequested():
            return
        self.labels_computed.emit(labels)
        self.data_read.emit(data)
        if not any(len(by) > 1 for by in data.spans.values()):
            self.computed.emit(AgreementReport([], [OVERALL], [], []))
            return
        try:
            report = compute(data, self._progress)
        except _Stopped:
            return
        self.computed.emit(report)

    def _read(self) -> tuple[LabelAgreementReport | Exception, AgreementData]:
        with self._reader.opened() as project:
            try:
                labels = project_label_agreement(project)
            except (NewsmarkError, sqlite3.Error) as e:
                if self.isInterruptionRequested():
                    raise
                labels = e  # the span figures can still come
            return labels, AgreementData.from_project(project)

    def stop(self) -> None:
        """Ask the computation to end soon (a query under way is interrupted) and wait for it."""
        self.requestInterruption()
        self._reader.interrupt()
        self.wait()

    def _progress(self, done: int, total: int) -> None:
        if self.isInterruptionRequested():
            raise _Stopped
        self.progressed.emit(done, total)


class AgreementView:
    """Opens the agreement dialog for the session's project and takes the analyst to the disagreements chosen."""

    def __init__(self, ctx: WindowContext, view: ArticleView, select_span_row: Callable[[int], None]):
        self._ctx = ctx
        self._view = view
        self._select_span_row = select_span_row
        self.dialog: AgreementDialog | None = None
        self.thread: AgreementThread | None = None
        self._data: AgreementData | None = None

    def open(self) -> None:
        """Check (queries that stop at the second name) that two analysts exist, then read and compute on a worker; progress meanwhile."""
        session = self._ctx.session
        if session is None:
            return
        self.close()
        try:
            found = session.project.analysts(2)  # stops at the second name: never a read of the whole project here
            if len(found) < 2:
                raise TooFewAnnotatorsError(
                    "Agreement needs two annotators or more who annotated the same documents; this project has "
                    f"{len(found)} annotator{'s' if len(found) != 1 else ''}" + (f" ({', '.join(found)})." if found else ".")
                )
        except NewsmarkError as e:
            self._ctx.report("Agreement", e)
            return
        self._data = None
        dialog = self.dialog = AgreementDialog(self._ctx.parent)
        dialog.pair_chosen.connect(self._show_pair)
        dialog.place_activated.connect(self.go_to)
        dialog.finished.connect(lambda _result: self._stop())
        thread = self.thread = AgreementThread(session.project.path)
        thread.progressed.connect(dialog.show_progress)
        thread.labels_computed.connect(dialog.show_labels)
        thread.data_read.connect(self._keep_data)
        thread.computed.connect(dialog.show_report)
        dialog.show()
        thread.start()

    def _keep_data(self, data: AgreementData) -> None:
        self._data = data

    def close(self) -> None:
        """Close the dialog (if open) and stop its computation."""
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self._stop()

    def _stop(self) -> None:
        if self.thread is not None:
            self.thread.stop()
            self.thread = None

    def _show_pair(self, a: str, b: str, tag: str) -> None:
        data = self._data
        if data is None or self.dialog is None:
            return
        tag_id = next((i for i, name in data.tags.items() if name == tag), None)
        rows = disagreements(data, a, b, tag_id)
        self.dialog.show_disagreements(a, b, rows, data.titles, data.texts, data.tags)

    def go_to(self, document_id: int, start: int, end: int) -> None:
        """Open a document at a range, as the document list and the span list would, selecting a span there."""
        session = self._ctx.session
        try:
            session.open_document(document_id)
        except NewsmarkError as e:
            self._ctx.report("Cannot open document", e)
            return
        under = [s for s in session.index.overlapping(start, end) if s.start >= start and s.end <= end]
        # The span that spans the place, else the first one there (the other annotator's differs).
        span = next((s for s in under if (s.start, s.end) == (start, end)), min(under, key=lambda s: s.start, default=None))
        if span is not None:
            self._select_span_row(span.id)
        self._view.select_range(start, end)
        self._ctx.status(f"Document {document_id}, characters {start}–{end}", 4000)
