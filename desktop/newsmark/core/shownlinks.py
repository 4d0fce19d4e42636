"""The shown document's links, in one place beside its spans, announcing changes as the span store does.

Views never keep a copy: the article view's painter, the span panel and the span list's link
counts subscribe and receive one ``LinkEvent`` per change. The store follows the span store:
the links of the spans shown come with them (a large document's spans arrive in slices, and so
do their links: 50k links never cost the first paint), and spans deleted take their links with
them (the project file's foreign keys did the same in the same transaction).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from newsmark.core.spanstore import SpanEvent, SpanStore

Link = Any  # newsmark.core.model.Link: a named tuple (id, document_id, type_id, source_id, target_id, ...)


@dataclass(frozen=True, slots=True)
class LinkEvent:
    """One batch of changes: ``kind`` is "reset", "added", "removed" or "changed"; ``links`` as they are now
    (removed ones as they were), ``old`` the changed ones as they were, ``spans`` every span id they touch."""

    kind: str
    links: tuple = ()
    old: tuple = ()
    spans: frozenset[int] = frozenset()


LinkListener = Callable[[LinkEvent], None]


def _ends(links: Iterable[Link]) -> frozenset[int]:
    ends = set()
    for link in links:
        ends.add(link.source_id)
        ends.add(link.target_id)
    return frozenset(ends)


class ShownLinks:
    """The links of the document the span store shows, by id and by the spans at their ends."""

    def __init__(self, spans: SpanStore, read: Callable[[list[int]], list] | None = None) -> None:
        """Follow ``spans``; ``read(span_ids)`` gives the saved links that start or end at those spans."""
        self.document_id: int | None = None
        self._read = read
        self._by_id: dict[int, Link] = {}
        self._by_span: dict[int, list[int]] = {}  # span id -> ids of the links that start or end there
        self._listeners: list[LinkListener] = []
        self._spans = spans
        spans.subscribe(self._on_spans)

    # -- listening ---------------------------------------------------------------

    def subscribe(self, listener: LinkListener) -> None:
        """Call ``listener`` with every event from now on."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: LinkListener) -> None:
        """Stop calling ``listener``."""
        self._listeners.remove(listener)

    def _emit(self, event: LinkEvent) -> None:
        for listener in list(self._listeners):
            listener(event)

    # -- reading ------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Link]:
        return iter(list(self._by_id.values()))

    def __contains__(self, link_id: object) -> bool:
        return link_id in self._by_id

    def get(self, link_id: int) -> Link:
        """A shown link by id (KeyError if absent)."""
        return self._by_id[link_id]

    def of_span(self, span_id: int) -> list[Link]:
        """The links that start or end at a span, oldest first."""
        return [self._by_id[i] for i in self._by_span.get(span_id, ())]

    def of_spans(self, span_ids: Iterable[int]) -> list[Link]:
        """The links that start or end at any of these spans, each once, by id."""
        ids = {i for span_id in span_ids for i in self._by_span.get(span_id, ())}
        return [self._by_id[i] for i in sorted(ids)]

    def count(self, span_id: int) -> int:
        """How many links start or end at a span."""
        return len(self._by_span.get(span_id, ()))

    # -- changing -------------------------------------------------------------------

    def show(self, document_id: int | None, links: Iterable[Link] = ()) -> None:
        """Hold the links of another document (None: none); emits "reset"."""
        self.document_id = document_id
        self._by_id, self._by_span = {}, {}
        for link in links:
            self._put(link)
        self._emit(LinkEvent("reset"))

    def add(self, links: Iterable[Link]) -> list[Link]:
        """Links were saved (or put back); returns those of the shown document, now shown."""
        mine = [k for k in links if k.document_id == self.document_id and k.id not in self._by_id]
        for link in mine:
            self._put(link)
        if mine:
            self._emit(LinkEvent("added", tuple(mine), spans=_ends(mine)))
        return mine

    def remove(self, links: Iterable[Link]) -> list[Link]:
        """Links were deleted; returns the shown ones as they were."""
        gone = [self._drop(k.id) for k in links if k.id in self._by_id]
        if gone:
            self._emit(LinkEvent("removed", tuple(gone), spans=_ends(gone)))
        return gone

    def change(self, links: Iterable[Link]) -> list[Link]:
        """Links were changed in place (type, note); returns the shown ones as they were."""
        old, new = [], []
        for link in links:
            if link.id in self._by_id:
                old.append(self._by_id[link.id])
                self._by_id[link.id] = link
                new.append(link)
        if new:
            self._emit(LinkEvent("changed", tuple(new), tuple(old), spans=_ends(new)))
        return old

    def _put(self, link: Link) -> None:
        self._by_id[link.id] = link
        self._by_span.setdefault(link.source_id, []).append(link.id)
        self._by_span.setdefault(link.target_id, []).append(link.id)

    def _drop(self, link_id: int) -> Link:
        link = self._by_id.pop(link_id)
        for end in (link.source_id, link.target_id):
            ids = self._by_span.get(end)
            if ids is not None:
                ids.remove(link_id)
                if not ids:
                    del self._by_span[end]
        return link

    def _on_spans(self, event: SpanEvent) -> None:
        if event.kind == "reset":
            document_id = self._spans.document_id
            if self._read is not None and document_id is not None:
                self.show(document_id, self._read([s.id for s in self._spans.index]))
            elif self.document_id != document_id:
                self.show(document_id)  # nothing to read them from: another document shows none
        elif event.kind == "added" and event.spans and self._read is not None:
            self.add(self._read([s.id for s in event.spans]))  # a slice read, or spans saved or put back
        elif event.kind == "removed" and event.spans and self._by_id:
            # The file dropped these links with their spans (ON DELETE CASCADE), in the same transaction.
            self.remove(self.of_spans(s.id for s in event.spans))


def broken_links(links: Iterable[Link], kinds: dict, before: Callable[[int], str], after: Callable[[int], str]) -> list:
    """The links a retag leaves not allowed: allowed with the tags ``before`` names (span id -> tag name), not with
    those ``after`` names. A link already not allowed, or of an unknown type, is not counted again."""
    broken = []
    for link in links:
        kind = kinds.get(link.type_id)
        if kind is None:
            continue
        if kind.allows(before(link.source_id), before(link.target_id)) and not kind.allows(
            after(link.source_id), after(link.target_id)
        ):
            broken.append(link)
    return broken
