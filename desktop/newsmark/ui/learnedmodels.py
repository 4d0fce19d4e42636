"""The model learned from the open project's decisions: trained off the window's thread, kept while they stay the same.

Training reads every decided suggestion's document and fits (about 0.5 s for 10,000 decisions), so it
runs on a worker thread through a read-only connection of its own, as the statistics count does (a
sqlite connection is never shared between threads; SQLite reads the window's committed decisions
from its WAL). The model is kept with what it was learned from (``learning.model_key``: the decisions
and the tags, one cheap query), so Suggest for This Document reuses it until a decision is made,
undone or changed, or a tag renamed; Suggest for All Documents takes it too, or trains on its own worker.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot

from newsmark.core.errors import NewsmarkError
from newsmark.core.gcpause import collector_paused
from newsmark.ui.readonlyproject import InterruptibleReader, ReadStopped
from newsmark.core.suggest.learning import LearnedModel, TrainingStopped, model_key, project_examples, train

if TYPE_CHECKING:
    from newsmark.ui.context import WindowContext


class ReadOnlyLearning:
    """Learns once from a project file through a read-only connection opened, read and closed on the caller's thread.

    ``stop()`` may be called from any thread: a query under way is interrupted and training ends soon
    after with ``TrainingStopped``.
    """

    def __init__(self, path: Path):
        self.path = path
        self._stopped = threading.Event()
        self._reader = InterruptibleReader(path)

    @property
    def stopped(self) -> bool:
        """Whether ``stop()`` was called."""
        return self._stopped.is_set()

    def run(self) -> tuple[tuple, LearnedModel]:
        """(what it was learned from, the model); a NewsmarkError if the file cannot be read, TrainingStopped if stopped."""
        # Tens of thousands of acyclic lists a second: left on, the collector's full passes over the window's
        # heap (160 ms measured after learning from 10,000 decisions) hold the interpreter, and so the window.
        with collector_paused():
            try:
                with self._reader.opened(self._stopped.is_set) as project, project.transaction():
                    key = model_key(project)  # one read snapshot: the key names exactly the decisions read
                    examples = project_examples(project, self._stopped.is_set)
            except ReadStopped:
                raise TrainingStopped from None
            except (NewsmarkError, sqlite3.Error) as e:
                if self.stopped:  # an interrupted query raises: the stop is what happened
                    raise TrainingStopped from None
                if isinstance(e, sqlite3.Error):  # every caller hears one kind of error
                    raise NewsmarkError(f"Could not read the decisions to learn from: {e}") from e
                raise
            model = train(examples, self._stopped.is_set)
            del examples  # freed by reference counts while the collector still rests
        return key, model

    def stop(self) -> None:
        """Ask the learning to end soon (from any thread)."""
        self._stopped.set()
        self._reader.interrupt()


class LearnThread(QThread):
    """Learns once from a project file; says ``learned`` (or ``failed``) unless stopped."""

    learned = Signal(object, object)  # what it was learned from (model_key), LearnedModel
    failed = Signal(object)  # NewsmarkError

    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        self.setObjectName("learnThread")
        self.learning = ReadOnlyLearning(path)

    def run(self) -> None:  # noqa: D102 - QThread override
        try:
            key, model = self.learning.run()
        except TrainingStopped:
            return
        except NewsmarkError as e:
            self.failed.emit(e)
            return
        if not self.learning.stopped:
            self.learned.emit(key, model)

    def stop(self) -> None:
        """End the learning soon and wait for the thread (a few milliseconds)."""
        self.learning.stop()
        self.wait()


class LearnedModels(QObject):
    """The open project's learned model, kept with what it was learned from; retrained on a worker once that changed."""

    def __init__(self, ctx: WindowContext):
        super().__init__(ctx.parent)
        self._ctx = ctx
        self._kept: tuple[Path, tuple, LearnedModel] | None = None
        self._thread: LearnThread | None = None
        self._waiting: list[Callable[[LearnedModel], None]] = []

    @property
    def training(self) -> bool:
        """Whether a model is being learned now."""
        return self._thread is not None

    def fresh(self) -> LearnedModel | None:
        """The kept model if the open project's decisions and tags are still those it was learned from, else None."""
        session = self._ctx.session
        if session is None or self._kept is None:
            return None
        path, key, model = self._kept
        return model if path == session.project.path and key == model_key(session.project) else None

    def keep(self, path: Path, key: tuple, model: LearnedModel) -> None:
        """Keep a model learned elsewhere (Suggest for All Documents' worker) with what it was learned from."""
        self._kept = (path, key, model)

    def when_ready(self, then: Callable[[LearnedModel], None]) -> bool:
        """Call ``then(model)`` now if the kept model is fresh (True), else once a worker learned one (False)."""
        model = self.fresh()
        if model is not None:
            then(model)
            return True
        self._waiting.append(then)
        if self._thread is None:
            self._thread = LearnThread(self._ctx.session.project.path, self)
            self._thread.learned.connect(self._learned)
            self._thread.failed.connect(self._failed)
            self._thread.start()
        return False

    def _ended(self) -> Path | None:
        """The path the thread that signalled learned from; None if that thread was stopped meanwhile (its word is late)."""
        thread = self.sender()
        if thread is None or thread is not self._thread:
            return None
        self._thread = None
        thread.wait()  # it sent its signal as its last act
        thread.deleteLater()
        return thread.learning.path

    @Slot(object, object)
    def _learned(self, key: tuple, model: LearnedModel) -> None:
        path = self._ended()
        session = self._ctx.session
        if path is None or session is None or session.project.path != path:
            return
        self.keep(path, key, model)
        waiting, self._waiting = self._waiting, []
        for then in waiting:
            then(model)

    @Slot(object)
    def _failed(self, error: NewsmarkError) -> None:
        if self._ended() is None:
            return
        self._waiting = []
        self._ctx.report("Could not learn from your decisions", error)

    def stop(self) -> None:
        """Stop learning (its reader closes before the project does); what waited for the model is dropped."""
        self._waiting = []
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.stop()
            thread.deleteLater()
        self._kept = None
