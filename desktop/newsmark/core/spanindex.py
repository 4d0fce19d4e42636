"""The sorted span index of one document: which spans meet a range, fast, for painting."""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from operator import attrgetter, sub

from newsmark.core.model import Span

_order = attrgetter("start", "end", "id")  # text order; C-level, for sorting 200k spans
_start = attrgetter("start")
_end = attrgetter("end")
_id = attrgetter("id")


class _LengthClass:
    """The spans whose length lies in [2**k, 2**(k+1)), sorted by (start, id), their starts alongside."""

    __slots__ = ("longest", "shortest", "spans", "starts")

    def __init__(self, k: int, spans: list[Span]):
        self.shortest = 1 << k
        self.spans = spans
        # Machine ints side by side: a bisect here chases no pointers to scattered int objects (measured
        # 1.7x faster than a list of the spans' own starts), and 200k of them take 1.6 MB.
        self.starts = array("q", map(_start, spans))
        # Only ever raised, never lowered on removal: an upper bound is all a query needs, and the
        # true maximum (not 2**(k+1) - 1) keeps the look-back left of a query as short as the data allows.
        self.longest = max(map(sub, map(_end, spans), self.starts), default=self.shortest)

    def position(self, span: Span) -> int:
        """Where ``span`` is, or would go, in (start, id) order."""
        lo = bisect_left(self.starts, span.start)
        hi = bisect_right(self.starts, span.start, lo)
        return bisect_left(self.spans, span.id, lo, hi, key=_id)


class SpanIndex:
    """One document's spans bucketed by length class, so a range query looks only where a meeting span can start.

    A span of class k that meets [a, b) starts in (a - longest_k, b), one bisect away; the part of
    that run starting after a - 2**k meets [a, b) for certain and is copied unchecked. Only spans of
    class k starting in (a - longest_k, a - 2**k] are looked at in vain, so a few very long spans
    (each in its own class) never slow the query for the many short ones.
    """

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self.reset(spans)

    def reset(self, spans: Iterable[Span]) -> None:
        """Hold exactly these spans (the same object, so views that paint from it follow)."""
        spans = list(spans)
        by_id = dict(zip(map(_id, spans), spans))
        if len(by_id) != len(spans):
            raise ValueError("a span id appears twice")
        # Two stable sorts on plain int keys beat one on (start, id) tuples by about 2x; sorting once
        # and splitting the run keeps every class sorted: O(n log n), not n inserts.
        ordered = sorted(spans, key=_id)
        ordered.sort(key=_start)
        lengths = list(map(sub, map(_end, ordered), map(_start, ordered)))
        if lengths and min(lengths) < 1:
            bad = ordered[lengths.index(min(lengths))]
            raise ValueError(f"span {bad.id} is empty or reversed: [{bad.start}, {bad.end})")
        groups: dict[int, list[Span]] = {}
        for span, length in zip(ordered, lengths):
            k = length.bit_length()
            group = groups.get(k)
            if group is None:
                groups[k] = [span]
            else:
                group.append(span)
        # Built fully before being assigned, so a bad input leaves the index as it was.
        self._by_id: dict[int, Span] = by_id
        self._classes: dict[int, _LengthClass] = {k - 1: _LengthClass(k - 1, g) for k, g in groups.items()}

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, span_id: object) -> bool:
        return span_id in self._by_id

    def get(self, span_id: int) -> Span:
        """A span by id (KeyError if absent)."""
        return self._by_id[span_id]

    def add(self, span: Span) -> None:
        """Add a span; its id must be new and its range non-empty (ValueError)."""
        if span.id in self._by_id:
            raise ValueError(f"span {span.id} is already in the index")
        _check_range(span)
        self._insert(span)

    def add_many(self, spans: Iterable[Span]) -> None:
        """Add spans (new ids, non-empty ranges); a run that starts at or after each class's last span is appended in one go.

        A large document's later slices arrive in text order, so nearly every span lands at the end of its class.
        """
        spans = sorted(spans, key=_id)
        spans.sort(key=_start)  # (start, id) order, as within each class
        by_class: dict[int, list[Span]] = {}
        for span in spans:
            if span.id in self._by_id:
                raise ValueError(f"span {span.id} is already in the index")
            _check_range(span)
            by_class.setdefault(_class_of(span), []).append(span)
        if len({s.id for s in spans}) != len(spans):
            raise ValueError("a span id appears twice")
        for k, group in by_class.items():
            bucket = self._classes.get(k)
            if bucket is None:
                self._classes[k] = _LengthClass(k, group)
            elif (bucket.starts[-1], bucket.spans[-1].id) < (group[0].start, group[0].id):
                bucket.spans += group
                bucket.starts.extend(map(_start, group))
                bucket.longest = max(bucket.longest, max(map(sub, map(_end, group), map(_start, group))))
            else:
                for span in group:
                    self._insert(span)
                continue
            self._by_id.update(zip(map(_id, group), group))

    def remove(self, span_id: int) -> Span:
        """Remove a span by id and return it (KeyError if absent)."""
        span = self._by_id.pop(span_id)
        k = _class_of(span)
        bucket = self._classes[k]
        i = bucket.position(span)
        del bucket.starts[i]
        del bucket.spans[i]
        if not bucket.spans:
            # An empty class would cost every query two bisects, and dropping it resets its length bound.
            del self._classes[k]
        return span

    def replace(self, span: Span) -> None:
        """Swap in a changed span with the same id (KeyError if absent, ValueError if its range is empty)."""
        if span.id not in self._by_id:
            raise KeyError(span.id)
        _check_range(span)  # before removing, so a bad edit leaves the old span in place
        self.remove(span.id)
        self._insert(span)

    def overlapping(self, start: int, end: int) -> list[Span]:
        """Spans with ``s.start < end and s.end > start``, sorted by (start, end, id)."""
        found: list[Span] = []
        for bucket in self._classes.values():
            starts = bucket.starts
            hi = bisect_left(starts, end)
            lo = bisect_left(starts, start - bucket.longest + 1, 0, hi)
            if lo == hi:
                continue
            sure = bisect_left(starts, start - bucket.shortest + 1, lo, hi)
            if lo < sure:
                found += [s for s in bucket.spans[lo:sure] if s.end > start]
            found += bucket.spans[sure:hi]
        # Each class is in (start, id) order; a sort of these few runs is near-linear.
        found.sort(key=_order)
        return found

    def covering(self, pos: int) -> list[Span]:
        """Spans with ``start <= pos < end``, sorted by (start, end, id)."""
        return self.overlapping(pos, pos + 1)

    def __iter__(self) -> Iterator[Span]:
        """All spans, sorted by (start, end, id)."""
        return iter(sorted(self._by_id.values(), key=_order))

    def next_after(self, pos: int, tag_id: int | None = None) -> Span | None:
        """The first span in (start, end, id) order with start > ``pos``, optionally of one tag."""
        best: Span | None = None
        for bucket in self._classes.values():
            starts, spans = bucket.starts, bucket.spans
            i = bisect_right(starts, pos)
            if tag_id is not None:
                # Skip to this class's first span of the tag, but never past the best start found so far.
                limit = len(spans) if best is None else bisect_right(starts, best.start, i)
                while i < limit and spans[i].tag_id != tag_id:
                    i += 1
                if i == limit:
                    continue
            elif i == len(spans):
                continue
            # Within one start a class is in id order, not end order: the whole run competes.
            run_end = bisect_right(starts, starts[i], i)
            for span in spans[i:run_end]:
                if (tag_id is None or span.tag_id == tag_id) and (best is None or _order(span) < _order(best)):
                    best = span
        return best

    def previous_before(self, pos: int, tag_id: int | None = None) -> Span | None:
        """The last span in (start, end, id) order with start < ``pos``, optionally of one tag."""
        best: Span | None = None
        for bucket in self._classes.values():
            starts, spans = bucket.starts, bucket.spans
            i = bisect_left(starts, pos) - 1
            if tag_id is not None:
                limit = -1 if best is None else bisect_left(starts, best.start, 0, i + 1) - 1
                while i > limit and spans[i].tag_id != tag_id:
                    i -= 1
                if i == limit:
                    continue
            elif i < 0:
                continue
            run_start = bisect_left(starts, starts[i], 0, i)
            for span in spans[run_start : i + 1]:
                if (tag_id is None or span.tag_id == tag_id) and (best is None or _order(span) > _order(best)):
                    best = span
        return best

    def _insert(self, span: Span) -> None:
        self._by_id[span.id] = span
        k = _class_of(span)
        bucket = self._classes.get(k)
        if bucket is None:
            self._classes[k] = _LengthClass(k, [span])
            return
        i = bucket.position(span)
        bucket.starts.insert(i, span.start)
        bucket.spans.insert(i, span)
        bucket.longest = max(bucket.longest, span.end - span.start)


def _class_of(span: Span) -> int:
    return (span.end - span.start).bit_length() - 1


def _check_range(span: Span) -> None:
    # An empty span has no length class, and the database refuses one anyway (CHECK start < end).
    if span.start >= span.end:
        raise ValueError(f"span {span.id} is empty or reversed: [{span.start}, {span.end})")
