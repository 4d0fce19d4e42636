"""Auto-merge over every document from the window: plans are read and computed on a worker, stored as one undo step.

The worker reads through a read-only connection of its own (a sqlite connection is never shared between
threads); only the window's thread writes, through the project's one writer connection, in one transaction.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal

from newsmark.core.errors import NewsmarkError
from newsmark.core.model import Link, Span
from newsmark.core.review.curation import GoldPlan, take_back
from newsmark.core.review.projectmerge import MergeStopped, apply_plans, counted, project_plans
from newsmark.core.storage import Project
from newsmark.ui.readonlyproject import InterruptibleReader
from newsmark.ui.commands import _SessionCommand
from newsmark.ui.session import AnnotationSession

if TYPE_CHECKING:
    from newsmark.ui.context import WindowContext

STATUS_MS = 8000
PROGRESS_EVERY = 20  # documents read between two reports (each a step of the progress dialog, where Cancel is seen)


class ProjectMergeThread(QThread):
    """Reads every document and computes its auto-merge plans for the numbers asked (None: every number, counted)."""

    progressed = Signal(int, int)  # documents done, documents in all
    finished_plans = Signal(object)  # {k: [GoldPlan]}; with counting, ({k: MergeCount}, annotators); or an error

    def __init__(self, path: Path, curator: str, at_least: int | None = None, parent=None):
        super().__init__(parent)
        self._curator, self._at_least = curator, at_least
        self._reader = InterruptibleReader(path)

    def run(self) -> None:  # noqa: D102 - QThread override
        try:
            with self._reader.opened() as project:
                result = self._compute(project)
        except MergeStopped:
            return
        except (NewsmarkError, sqlite3.Error) as e:  # an interrupted query raises too
            if self.isInterruptionRequested():
                return
            result = e
        if not self.isInterruptionRequested():
            self.finished_plans.emit(result)

    def _compute(self, project: Project):
        if self._at_least is not None:
            return project_plans(project, self._curator, [self._at_least], self._progress)
        annotators = [a for a in project.annotators() if a != self._curator]
        plans = project_plans(project, self._curator, list(range(1, len(annotators) + 1)), self._progress)
        return {k: counted(found) for k, found in plans.items()}, annotators

    def _progress(self, done: int, total: int) -> None:
        if self.isInterruptionRequested():
            raise MergeStopped
        if done % PROGRESS_EVERY == 0 or done == total:
            self.progressed.emit(done, total)

    def stop(self) -> None:
        """Ask the reading to end soon (a query under way is interrupted) and wait for it."""
        self.requestInterruption()
        self._reader.interrupt()
        self.wait()


class ProjectMergeCommand(_SessionCommand):
    """Copy every document's auto-merge plan into gold: one transaction; undo takes out exactly what it added."""

    def __init__(self, session: AnnotationSession, plans: list[GoldPlan], text: str):
        super().__init__(session, text)
        self.plans = plans
        self.spans: list[Span] | None = None
        self.links: list[Link] = []

    def apply(self) -> None:
        project = self.session.project
        if self.spans is None:
            self.spans, self.links = apply_plans(project, self.plans)
        else:
            project.restore_spans(self.spans, self.links)
        self.session.store.add(self.spans)  # every document's counts; the shown one's spans (and their links) too
        self.session.links.add(self.links)

    def revert(self) -> None:
        take_back(self.session.project, self.spans, self.links)
        self.session.links.remove(self.links)
        self.session.store.remove(self.spans)


class ProjectMerge(QObject):
    """Runs an auto-merge of every document: plans on a worker behind a progress dialog with Cancel, then one step."""

    done = Signal()  # the run ended (merged, cancelled or failed)

    def __init__(self, ctx: WindowContext):
        super().__init__(ctx.parent)
        self._ctx = ctx
        self.thread: ProjectMergeThread | None = None
        self._progress = None

    @property
    def running(self) -> bool:
        """Whether plans are being computed."""
        return self.thread is not None

    def counter(self, curator: str) -> ProjectMergeThread:
        """A worker (not started) that counts what every number of annotators would merge: the dialog's preview."""
        return ProjectMergeThread(self._ctx.session.project.path, curator)

    def start(self, curator: str, at_least: int) -> None:
        """Compute every document's plan for ``at_least`` on a worker, then store them all as one undo step."""
        if self.running:
            return
        self._curator, self._at_least = curator, at_least
        thread = self.thread = ProjectMergeThread(self._ctx.session.project.path, curator, at_least)
        steps = self._ctx.session.document_model.rowCount() // PROGRESS_EVERY + 1
        self._progress = self._ctx.dialogs.progress(self._ctx.parent, f"Auto-merging every document into {curator}", steps)
        thread.progressed.connect(self._on_progress)
        thread.finished_plans.connect(self._on_plans)
        thread.start()

    def _on_progress(self, done: int, total: int) -> None:
        if self.thread is not None and not self._progress.step(f"{done:,} of {total:,} documents read"):
            self.stop()
            self._ctx.status("Auto-merge cancelled: nothing was changed.", STATUS_MS)

    def _on_plans(self, result) -> None:
        if self.thread is None:  # cancelled meanwhile
            return
        self.stop()
        if isinstance(result, Exception):
            self._ctx.report("Could not auto-merge", result)
            return
        plans = result[self._at_least]
        count = counted(plans)
        if not plans:
            self._ctx.status(f"The gold set has every span that {self._at_least} annotators agree on already.", STATUS_MS)
            return
        text = f"Auto-merge {count.spans} span{'s' if count.spans != 1 else ''}"
        text += f" and {count.links} link{'s' if count.links != 1 else ''}" if count.links else ""
        text += f" in {count.documents} document{'s' if count.documents != 1 else ''} into {self._curator}"
        stack = self._ctx.undo_stack
        before = stack.index()
        stack.push(ProjectMergeCommand(self._ctx.session, plans, text))
        if stack.index() > before:
            self._ctx.status(f"{text} — saved (Ctrl+Z undoes it)", STATUS_MS)

    def stop(self) -> None:
        """End a run under way (nothing is stored) and close its progress dialog."""
        thread, self.thread = self.thread, None
        if thread is not None:
            thread.stop()
            thread.deleteLater()
        if self._progress is not None:
            self._progress.close()
            self._progress = None
        if thread is not None:
            self.done.emit()
