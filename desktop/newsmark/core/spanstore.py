"""The spans the window shows, in one place: the shown document's index and tag counts, every document's span count.

Views never keep a copy: they subscribe and receive one ``SpanEvent`` per change,
so a bulk change (tag all, a loaded set, its undo) costs its subscribers what changed,
not the size of the corpus.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from operator import attrgetter

from newsmark.core.model import Span
from newsmark.core.spanindex import SpanIndex

_document = attrgetter("document_id")
_tag = attrgetter("tag_id")
_REBUILD_AT = 1_000  # a batch this large and a quarter of the index or more: rebuild the index instead


@dataclass(frozen=True, slots=True)
class SpanEvent:
    """One batch of changes to the store.

    ``kind`` is "reset" (another document is shown, or its spans were read again: read the store),
    "added", "removed" or "changed". ``spans`` are the shown document's spans it concerns (as they
    are now; removed ones as they were), ``old`` the changed ones as they were, and ``documents``
    the documents whose span count changed (only their rows need repainting).
    """

    kind: str
    spans: tuple[Span, ...] = ()
    old: tuple[Span, ...] = ()
    documents: frozenset[int] = frozenset()


Listener = Callable[[SpanEvent], None]


class SpanStore:
    """The shown document's spans (index and per-tag counts) and each document's span count, announcing changes."""

    def __init__(self, document_counts: dict[int, int] | None = None) -> None:
        self.document_id: int | None = None
        self.text = ""  # the shown document's text, which the offsets count into
        self.index = SpanIndex()  # always this object: views painting from it follow every change
        self._tags: Counter[int] = Counter()
        self._documents: dict[int, int] = dict(document_counts or {})
        self._listeners: list[Listener] = []

    # -- listening ---------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """Call ``listener`` with every event from now on, in the order subscribed."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        """Stop calling ``listener``."""
        self._listeners.remove(listener)

    def _emit(self, event: SpanEvent) -> None:
        for listener in list(self._listeners):
            listener(event)

    # -- reading ------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.index)

    def __contains__(self, span_id: object) -> bool:
        return span_id in self.index

    def get(self, span_id: int) -> Span:
        """A shown span by id (KeyError if absent)."""
        return self.index.get(span_id)

    def tag_counts(self) -> dict[int, int]:
        """How many spans of each tag the shown document has (tags with none left out)."""
        return {tag: n for tag, n in self._tags.items() if n}

    def document_count(self, document_id: int) -> int:
        """How many spans a document has (0 for one the store does not know)."""
        return self._documents.get(document_id, 0)

    # -- changing -------------------------------------------------------------------

    def show(self, document_id: int | None, text: str = "", spans: Iterable[Span] = ()) -> None:
        """Show another document (None: none), its text and these of its spans; emits "reset"."""
        spans = self._shared(spans)
        self.index.reset(spans)
        self.document_id, self.text = document_id, text
        self._tags = Counter(map(_tag, spans))
        self._emit(SpanEvent("reset"))

    def set_document(self, document_id: int, count: int) -> None:
        """A document came (back) with ``count`` spans; emits "added" for its count."""
        self.set_documents({document_id: count})

    def set_documents(self, counts: dict[int, int]) -> None:
        """Documents came (back) with these span counts: one "added" event for all of them."""
        self._documents.update(counts)
        if counts:
            self._emit(SpanEvent("added", documents=frozenset(counts)))

    def forget_document(self, document_id: int) -> None:
        """A document was removed with its spans (shown: nothing is shown any more)."""
        self.forget_documents([document_id])

    def forget_documents(self, document_ids: Iterable[int]) -> None:
        """Documents were removed with their spans: one "removed" event for all of them."""
        gone = frozenset(document_ids)
        for document_id in gone:
            self._documents.pop(document_id, None)
        if self.document_id in gone:
            self.show(None)
        if gone:
            self._emit(SpanEvent("removed", documents=gone))

    def add(self, spans: Iterable[Span]) -> list[Span]:
        """New spans were saved (any documents); returns those of the shown document, now shown."""
        spans = list(spans)
        documents = Counter(map(_document, spans))
        self._count(documents, +1)
        return self._show_more(spans, frozenset(documents))

    def load(self, spans: Iterable[Span]) -> list[Span]:
        """More of the shown document's saved spans were read (a deferred slice): shown, counts unchanged.

        A span shown already (saved by an edit while the slices were still coming) is skipped,
        so no span is ever shown twice.
        """
        return self._show_more(self._shared(spans), frozenset())

    def _shared(self, spans: Iterable[Span]) -> list[Span]:
        """The spans with equal texts (annotator, times, attributes, note) made one object each.

        Read from SQLite, every span brings its own copies: about 250 bytes a span, half the memory
        of a document with 200k spans, where most of these texts repeat (one annotator, one load).
        The table of texts lasts one call (one slice), so unique texts never cost more than they did.
        """
        share = {}.setdefault
        return [
            Span(i, d, t, a, b, share(n, n), share(w, w), share(c, c), share(u, u), share(x, x))
            for i, d, t, a, b, n, w, c, u, x in spans
        ]

    def _show_more(self, spans: list[Span], documents: frozenset[int]) -> list[Span]:
        mine = [s for s in spans if s.document_id == self.document_id and s.id not in self.index]
        if len(mine) > _REBUILD_AT and len(mine) * 4 > len(self.index):
            self.index.reset([*self.index, *mine])  # one sort beats many list inserts
        else:
            self.index.add_many(mine)
        self._tags.update(map(_tag, mine))
        if mine or documents:
            self._emit(SpanEvent("added", tuple(mine), documents=documents))
        return mine

    def remove(self, spans: Iterable[Span]) -> list[Span]:
        """Spans were deleted (any documents); returns the shown ones as they were."""
        spans = list(spans)
        if self.document_id is None:
            mine = []
        elif len(spans) > _REBUILD_AT and len(spans) * 4 > len(self.index):
            gone = {s.id for s in spans if s.document_id == self.document_id}
            mine = [s for s in self.index if s.id in gone]
            self.index.reset([s for s in self.index if s.id not in gone])  # one pass beats many list deletes
        else:
            mine = [self.index.remove(s.id) for s in spans if s.document_id == self.document_id and s.id in self.index]
        self._tags.subtract(map(_tag, mine))
        documents = Counter(map(_document, spans))
        self._count(documents, -1)
        if mine or documents:
            self._emit(SpanEvent("removed", tuple(mine), documents=frozenset(documents)))
        return mine

    def change(self, spans: Iterable[Span]) -> list[Span]:
        """Spans were changed in place (tag, edges, note, ...); returns the shown ones as they were."""
        old, new, unread = [], [], []
        for span in spans:
            if span.document_id != self.document_id:
                continue
            if span.id not in self.index:
                unread.append(span)  # saved but not read yet (a large document's later slices)
                continue
            before = self.index.get(span.id)
            self.index.replace(span)
            old.append(before)
            new.append(span)
        self._tags.subtract(map(_tag, old))
        self._tags.update(map(_tag, new))
        if new:
            self._emit(SpanEvent("changed", tuple(new), tuple(old)))
        if unread:
            self.load(unread)
        return old

    def _count(self, documents: Counter[int], sign: int) -> None:
        counts = self._documents
        for document_id, n in documents.items():
            counts[document_id] = counts.get(document_id, 0) + sign * n
