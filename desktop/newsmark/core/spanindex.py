"""The sorted span index of one document: which spans meet a range, fast, for painting."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from operator import attrgetter

from newsmark.core.model import Span


_order = attrgetter("start", "end", "id")  # text order; C-level, for sorting 200k spans
_bucket_key = attrgetter("start", "id")


class _LengthClass:
    """Spans whose length lies in [2**k, 2**(k+1)), kept sorted by (start, id)."""

    __slots__ = ("keys", "spans", "longest")

    def __init__(self, k: int):
        self.keys: list[tuple[int, int]] = []
        self.spans: list[Span] = []
        self.longest = 2 ** (k + 1) - 1


class SpanIndex:
    """Spans bucketed by length class, so a range query looks only where a meeting span can start.

    A span of length < 2**(k+1) that meets [a, b) starts in (a - 2**(k+1), b): one bisect
    per class bounds the scan, even when a few spans are very long.
    """

    def __init__(self, spans: Iterable[Span] = ()):
        self.reset(spans)

    def reset(self, spans: Iterable[Span]) -> None:
        """Hold exactly these spans (the same object, so views that paint from it follow)."""
        spans = sorted(spans, key=_bucket_key)
        self._by_id: dict[int, Span] = {s.id: s for s in spans}
        if len(self._by_id) != len(spans):
            raise ValueError("a span id appears twice")
        self._classes: dict[int, _LengthClass] = {}
        # One pass over spans already in (start, id) order leaves each class sorted.
        for span in spans:
            k = (span.end - span.start).bit_length() - 1
            bucket = self._classes.get(k)
            if bucket is None:
                bucket = self._classes[k] = _LengthClass(k)
            bucket.spans.append(span)
        for bucket in self._classes.values():
            bucket.keys = list(map(_bucket_key, bucket.spans))

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, span_id: int) -> bool:
        return span_id in self._by_id

    def get(self, span_id: int) -> Span:
        """A span by id (KeyError if absent)."""
        return self._by_id[span_id]

    def add(self, span: Span) -> None:
        """Add a span; its id must be new."""
        if span.id in self._by_id:
            raise ValueError(f"span {span.id} is already in the index")
        self._by_id[span.id] = span
        k = _class_of(span)
        bucket = self._classes.get(k) or self._classes.setdefault(k, _LengthClass(k))
        i = bisect_left(bucket.keys, (span.start, span.id))
        bucket.keys.insert(i, (span.start, span.id))
        bucket.spans.insert(i, span)

    def remove(self, span_id: int) -> Span:
        """Remove a span by id and return it (KeyError if absent)."""
        span = self._by_id.pop(span_id)
        bucket = self._classes[_class_of(span)]
        i = bisect_left(bucket.keys, (span.start, span.id))
        del bucket.keys[i]
        del bucket.spans[i]
        return span

    def replace(self, span: Span) -> None:
        """Swap in a changed span with the same id."""
        self.remove(span.id)
        self.add(span)

    def overlapping(self, start: int, end: int) -> list[Span]:
        """Spans meeting [start, end), sorted by (start, end, id)."""
        found = []
        for bucket in self._classes.values():
            lo = bisect_left(bucket.keys, (start - bucket.longest + 1, -1))
            hi = bisect_left(bucket.keys, (end, -1))
            found.extend(s for s in bucket.spans[lo:hi] if s.end > start)
        found.sort(key=_order)
        return found

    def covering(self, pos: int) -> list[Span]:
        """Spans with start <= pos < end, sorted by (start, end, id)."""
        return self.overlapping(pos, pos + 1)

    def __iter__(self) -> Iterator[Span]:
        return iter(sorted(self._by_id.values(), key=_order))

    def next_after(self, pos: int, tag_id: int | None = None) -> Span | None:
        """The first span (in text order) starting after ``pos``, optionally of one tag."""
        found = []
        for bucket in self._classes.values():
            i = bisect_left(bucket.keys, (pos + 1, -1))
            found += _first_run(bucket.spans[i:], tag_id)
        return min(found, key=_order, default=None)

    def previous_before(self, pos: int, tag_id: int | None = None) -> Span | None:
        """The last span (in text order) starting before ``pos``, optionally of one tag."""
        found = []
        for bucket in self._classes.values():
            i = bisect_left(bucket.keys, (pos, -1))
            found += _first_run(reversed(bucket.spans[:i]), tag_id)
        return max(found, key=_order, default=None)


def _first_run(spans: Iterable[Span], tag_id: int | None) -> list[Span]:
    """The matching spans that share the first matching span's start (a bucket orders them by id, not end)."""
    run: list[Span] = []
    for span in spans:
        if tag_id is not None and span.tag_id != tag_id:
            continue
        if run and span.start != run[0].start:
            break
        run.append(span)
    return run


def _class_of(span: Span) -> int:
    return (span.end - span.start).bit_length() - 1
