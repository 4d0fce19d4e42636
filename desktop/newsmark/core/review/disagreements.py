"""Where two annotators disagree: the spans one has and the other has not, or has with other edges or another tag."""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from newsmark.core.review.agreementdata import AgreementData


@dataclass(frozen=True)
class Disagreement:
    """One place two annotators marked differently; a side is None where that annotator has no span there."""

    document_id: int
    start: int  # where to look: from the first start of the two spans to the last end
    end: int
    tag_a: int | None
    range_a: tuple[int, int] | None
    tag_b: int | None
    range_b: tuple[int, int] | None

    @property
    def kind(self) -> str:
        """In words: only A, only B, another tag, other edges (or both)."""
        if self.range_b is None:
            return "only A"
        if self.range_a is None:
            return "only B"
        if self.tag_a != self.tag_b:
            return "another tag" if self.range_a == self.range_b else "another tag and edges"
        return "other edges"


def disagreements(data: AgreementData, a: str, b: str, tag_id: int | None = None) -> list[Disagreement]:
    """Every disagreement of ``a`` and ``b`` over the documents both annotated, in document and text order.

    ``tag_id`` keeps those where either side has that tag (None: every tag). Spans identical in tag and
    range agree; of the rest, spans that overlap are paired one to one, whatever their tags (earliest
    end first, as in the overlap F1), so "Kursk" tagged a location by one and a claim by the other shows
    as one row, not two.
    """
    found = []
    for document_id in sorted(data.spans):
        by = data.spans[document_id]
        if a not in by or b not in by:
            continue
        mine, theirs = set(by[a]), set(by[b])
        same = mine & theirs
        pairs = _pair(sorted(mine - same, key=lambda s: (s[1], s[2])), sorted(theirs - same, key=lambda s: (s[1], s[2])))
        for x, y in pairs:
            if tag_id is not None and tag_id not in {x and x[0], y and y[0]}:
                continue
            both = [s for s in (x, y) if s]
            found.append(Disagreement(
                document_id, min(s[1] for s in both), max(s[2] for s in both),
                x[0] if x else None, (x[1], x[2]) if x else None,
                y[0] if y else None, (y[1], y[2]) if y else None,
            ))
    return found


def _pair(mine: list, theirs: list) -> list[tuple]:
    """Overlapping spans paired one to one (the range ending first takes the overlapping one ending first), in text order."""
    order = sorted([(s[2], s[1], 0, i) for i, s in enumerate(mine)] + [(s[2], s[1], 1, i) for i, s in enumerate(theirs)])
    sides = (mine, theirs)
    partner: dict[tuple[int, int], tuple[int, int]] = {}
    waiting: tuple[list, list] = ([], [])
    offered = [0, 0]
    for end, start, side, index in order:
        if (side, index) in partner:
            continue
        other = 1 - side
        spans, heap = sides[other], waiting[other]
        while offered[other] < len(spans) and spans[offered[other]][1] < end:
            k = offered[other]
            heapq.heappush(heap, (spans[k][2], k))
            offered[other] += 1
        while heap and ((other, heap[0][1]) in partner or heap[0][0] <= start):
            heapq.heappop(heap)
        if heap:
            k = heapq.heappop(heap)[1]
            partner[side, index] = other, k
            partner[other, k] = side, index
    rows = []
    for i, span in enumerate(mine):
        match = partner.get((0, i))
        rows.append((span, theirs[match[1]] if match else None))
    rows += [(None, span) for k, span in enumerate(theirs) if (1, k) not in partner]
    rows.sort(key=lambda r: min((s[1], s[2]) for s in r if s))
    return rows
