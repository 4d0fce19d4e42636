"""A large document's spans arrive in slices: the first screen at once, the rest between events, never a stall."""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer, Signal

from newsmark.core.model import Document

EAGER_SPANS = 5_000  # documents with more spans show the first screen's spans first
FIRST_SCREEN_CHARS = 20_000  # generously more text than any window shows at once
SLICE_MS = 25.0  # the time one slice aims to take: the event loop (and a repaint) turns between slices
FIRST_SLICE = 1_000  # spans read in the first slice; later slices are sized from how long the last one took


class SliceLoader(QObject):
    """Shows a document's spans in the session's span store: all at once, or a large document's in slices.

    Each slice is a fresh query for the spans after the last one read in (start, id) order,
    so edits made between slices are seen: a span saved meanwhile is already shown and skipped
    by the store, a deleted one is no longer read.
    """

    finished = Signal()  # every span of the shown document is in the store

    def __init__(self, session):
        super().__init__(session)
        self._session = session
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._next_slice)
        self._document_id: int | None = None
        self._after = (0, 0)
        self._size = FIRST_SLICE

    @property
    def loading(self) -> bool:
        """Whether slices are still to come."""
        return self._document_id is not None

    def start(self, document: Document) -> None:
        """Show ``document``: its spans at once, or its first screen's now and the rest in slices."""
        self.stop()
        project, store = self._session.project, self._session.store
        if project.count_spans(document.id) <= EAGER_SPANS:
            store.show(document.id, document.text, project.spans(document.id))
            self.finished.emit()
            return
        store.show(document.id, document.text, project.spans(document.id, starting_before=FIRST_SCREEN_CHARS))
        self._document_id, self._size = document.id, FIRST_SLICE
        self._after = (FIRST_SCREEN_CHARS - 1, 1 << 62)  # every span starting at FIRST_SCREEN_CHARS or later
        self._timer.start()

    def stop(self) -> None:
        """Read no more slices (another document is shown)."""
        self._timer.stop()
        self._document_id = None

    def _next_slice(self) -> None:
        store = self._session.store
        if self._document_id is None or store.document_id != self._document_id:
            self.stop()
            return
        t0 = time.perf_counter()
        spans = self._session.project.spans_after(self._document_id, *self._after, limit=self._size)
        store.load(spans)
        # Spans are named tuples, which the cycle collector keeps watching; its full passes over 200k of
        # them stalled the event loop for 50-150 ms, several times per load. They live as long as the
        # document is shown and refer to no other object, so they are set aside from its passes
        # (refcounting still frees them when another document is shown).
        gc.freeze()
        if len(spans) < self._size:
            self.stop()
            self.finished.emit()
            return
        self._after = (spans[-1].start, spans[-1].id)
        took = max((time.perf_counter() - t0) * 1000, 0.5)
        # Aim the next slice at SLICE_MS, changing its size at most fourfold at a time.
        self._size = int(min(max(self._size * SLICE_MS / took, self._size / 4, 200), self._size * 4))
        self._timer.start()
