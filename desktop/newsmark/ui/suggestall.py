"""Suggest for every document without stalling the window: the suggesters run on a worker thread.

Only the GUI thread touches the project: it reads a small batch of texts, hands them to the worker
(which runs the pure suggesters and nothing else), and stores each batch's results in one
transaction when they come back. Two batches are in flight, so the worker never waits for the
GUI thread. Cancel stops sending; what was stored stays, and late results are dropped.

With Learn from Decisions on and no fresh model kept, the worker first learns one through a read-only
connection of its own (``learnedmodels.ReadOnlyLearning``); the batches wait behind it in its queue,
the progress dialog says "Learning from your decisions…", and Cancel stops the learning too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from newsmark.core.errors import NewsmarkError
from newsmark.core.suggest.learning import TrainingStopped, held_note, last_held, newly_held
from newsmark.core.suggest.running import project_suggester, screened
from newsmark.ui.learnedmodels import ReadOnlyLearning

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from newsmark.ui.context import WindowContext
    from newsmark.ui.learnedmodels import LearnedModels

# A batch is read, and its results stored, by the GUI thread: about 1 ms a document (bench/bench_suggest_all.py),
# so a few articles at a time keep every pause of the window short.
BATCH_CHARACTERS = 30_000
BATCH_DOCUMENTS = 8
IN_FLIGHT = 2
LEARNING = "Learning from your decisions…"
CANCEL_POLL_MS = 100  # how often Cancel is looked at while the worker learns (no batch comes back meanwhile)


class SuggestWorker(QObject):
    """Runs the suggesters on texts it is given; it never sees the project."""

    done = Signal(int, object, object)  # batch number, {document id: [Suggestion]}, {document id: [held back]}
    learned = Signal(object, object)  # what the model was learned from, the LearnedModel
    failed = Signal(object)  # the NewsmarkError that stopped the learning

    def __init__(self, suggester, learning: ReadOnlyLearning | None = None):
        super().__init__()
        # Built on the GUI thread from the project's tags, rules and learned model: a pure function of a text from here on.
        self._suggester = suggester
        self.learning = learning  # given: learn a model (its own read-only connection) before the first batch

    @Slot()
    def learn(self) -> None:
        """Learn from the project's decisions and suggest through the model from now on."""
        try:
            key, model = self.learning.run()
        except TrainingStopped:
            return
        except NewsmarkError as e:
            self.learning.stop()  # the batches behind come back empty
            self.failed.emit(e)
            return
        self._suggester = screened(self._suggester, model)
        self.learned.emit(key, model)

    @Slot(int, object)
    def run(self, batch: int, texts: list[tuple[int, str]]) -> None:
        """Suggest for each (document id, text) and send the results back (nothing once the learning was stopped)."""
        found, held = {}, {}
        if self.learning is not None and self.learning.stopped:
            texts = []
        for document_id, text in texts:
            found[document_id] = self._suggester(text)
            held[document_id] = last_held(self._suggester)  # what the learned model held back
        self.done.emit(batch, found, held)


def batches(lengths: list[tuple[int, int]], characters: int | None = None, documents: int | None = None) -> list[list[int]]:
    """Document ids in batches of at most ``documents`` and about ``characters`` (a long document is a batch alone)."""
    characters = BATCH_CHARACTERS if characters is None else characters
    documents = BATCH_DOCUMENTS if documents is None else documents
    out: list[list[int]] = []
    size = 0
    for document_id, length in lengths:
        if not out or len(out[-1]) >= documents or (size + length > characters and out[-1]):
            out.append([])
            size = 0
        out[-1].append(document_id)
        size += length
    return out


class SuggestAll(QObject):
    """Suggest for all documents, with progress and Cancel, storing each batch as it comes."""

    _send = Signal(int, object)
    _send_learn = Signal()
    finished = Signal(int, int)  # documents done, suggestions open in them

    def __init__(self, ctx: WindowContext, action: QAction, learn: QAction | None = None,
                 models: LearnedModels | None = None):
        super().__init__(ctx.parent)
        self._ctx = ctx
        self._learn = learn  # checked: suggest through the model learned from the decisions (the kept one, or the worker's)
        self._models = models
        self._poll = QTimer(self)
        self._poll.setInterval(CANCEL_POLL_MS)
        self._poll.timeout.connect(self._look_at_cancel)
        self._thread: QThread | None = None
        self._worker: SuggestWorker | None = None
        action.triggered.connect(self.start)

    @property
    def running(self) -> bool:
        """Whether a run is under way."""
        return self._thread is not None

    def start(self) -> None:
        """Start suggesting in every document (nothing happens if a run is under way)."""
        session = self._ctx.session
        if self.running or session is None:
            return
        infos = session.project.documents()
        if not infos:
            self._ctx.status("There are no documents to suggest in.", 6000)
            return
        learning = None
        try:
            suggester = project_suggester(session.project)
            if self._learn is not None and self._learn.isChecked():
                model = self._models.fresh() if self._models is not None else None
                if model is None:
                    learning = ReadOnlyLearning(session.project.path)
                else:
                    suggester = screened(suggester, model)
        except NewsmarkError as e:  # a team rule file that does not parse
            self._ctx.report("Could not suggest", e)
            return
        self._batches = batches([(d.id, d.chars) for d in infos])
        self._total = len(infos)
        self._next = self._in_flight = self._documents = self._stored = 0
        self._held = 0  # suggestions the learned model held back in the stored documents
        self._cancelled = False
        self._waiting: list[dict] = []  # results that came while one batch was being stored
        self._busy = False
        self._thread = QThread(self)
        self._thread.setObjectName("suggestWorker")
        self._worker = SuggestWorker(suggester, learning)
        self._worker.moveToThread(self._thread)
        self._send.connect(self._worker.run)
        self._send_learn.connect(self._worker.learn)
        self._worker.done.connect(self._on_done)
        self._worker.learned.connect(self._on_learned)
        self._worker.failed.connect(self._on_failed)
        self._thread.start()
        self._progress = self._ctx.dialogs.progress(self._ctx.parent, "Suggesting in every document", len(self._batches))
        if learning is not None:
            self._send_learn.emit()  # first in the worker's queue: the batches wait behind it
            self._progress.note(LEARNING)
            self._poll.start()
        for _ in range(IN_FLIGHT):
            self._send_next()

    def _send_next(self) -> None:
        if self._cancelled or self._next >= len(self._batches):
            return
        ids = self._batches[self._next]
        texts = [(document_id, text) for document_id, _title, text in self._ctx.session.project.document_texts(ids)]
        self._send.emit(self._next, texts)
        self._next += 1
        self._in_flight += 1

    @Slot(object, object)
    def _on_learned(self, key: tuple, model) -> None:
        self._poll.stop()
        if self._models is not None and self._worker is not None:
            self._models.keep(self._worker.learning.path, key, model)  # Suggest for This Document reuses it

    @Slot(object)
    def _on_failed(self, error: NewsmarkError) -> None:
        self._poll.stop()
        if self._thread is not None and not self._cancelled:
            self._cancelled = True
            self._ctx.report("Could not learn from your decisions", error)

    def _look_at_cancel(self) -> None:
        if self._thread is None or self._worker is None:
            self._poll.stop()
        elif not self._progress.note(LEARNING):
            self._poll.stop()
            self._cancelled = True  # the batches in flight come back empty; then the run ends as after any Cancel
            self._worker.learning.stop()

    def _on_done(self, _batch: int, found: dict, held: dict) -> None:
        self._waiting.append((found, held))
        if not self._busy:  # the progress dialog's step runs the event loop: a result coming then waits its turn
            self._store_next()

    def _store_next(self) -> None:
        if not self._waiting or self._thread is None:
            return
        found, held = self._waiting.pop(0)
        self._busy = True
        try:
            self._store(found, held)
        finally:
            self._busy = False
        if self._waiting:  # one batch per pass of the event loop, so the window never waits for two
            QTimer.singleShot(0, self._store_next)

    def _store(self, found: dict, held: dict) -> None:
        self._in_flight -= 1
        if not self._cancelled:
            try:
                # Counted a batch at a time (a few indexed reads), not over the whole project at the end.
                self._held += newly_held(self._ctx.session.project, held)
                self._stored += self._ctx.session.store_suggestions(found)  # one transaction per batch
            except (NewsmarkError, OSError) as e:
                self._cancelled = True
                self._ctx.report("Could not store suggestions", e)
            else:
                self._documents += len(found)
                self._send_next()
                if not self._progress.step(f"{self._documents} of {self._total} documents"):
                    self._cancelled = True
        self._maybe_finish()

    def _maybe_finish(self) -> None:
        if self._thread is None or self._in_flight or not (self._cancelled or self._next >= len(self._batches)):
            return
        self.stop()
        held = self._held  # a document whose batch was dropped is not stored and not counted
        self.finished.emit(self._documents, self._stored)  # the review starts; then the status says how it went
        what = "Stopped" if self._documents < self._total else "Done"
        self._ctx.status(
            f"{what}: {self._stored} suggestion{'s' if self._stored != 1 else ''} in {self._documents} of "
            f"{self._total} documents{held_note(held)} (each batch is saved as it comes).", 10000,
        )

    def stop(self) -> None:
        """End the worker thread (a run in progress stops; what was stored stays)."""
        if self._thread is None:
            return
        self._cancelled = True
        self._poll.stop()
        self._progress.close()
        thread, worker = self._thread, self._worker
        if worker.learning is not None:
            worker.learning.stop()  # a learning under way ends within milliseconds, so the wait below is short
        self._thread = self._worker = None
        self._send.disconnect(worker.run)
        self._send_learn.disconnect(worker.learn)
        thread.quit()
        thread.wait()
        worker.deleteLater()
        thread.deleteLater()
