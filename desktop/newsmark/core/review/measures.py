"""Agreement measures over plain values: span F1, one-to-one overlap matching, Cohen's kappa, Krippendorff's nominal alpha.

Everything here is pure arithmetic on counts, so the project code and the tests share it; each function
takes what it needs already counted (a confusion or coincidence of labels), never spans or documents.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence


def f1(matches: int, count_a: int, count_b: int) -> float | None:
    """The F1 of two annotators' spans with ``matches`` one-to-one matches: 2m / (|A| + |B|); None if neither has any.

    It is symmetric, so which annotator is taken as the reference does not matter.
    """
    total = count_a + count_b
    return None if total == 0 else 2 * matches / total


def overlap_matches(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> int:
    """How many one-to-one pairs the overlap matching makes between two lists of distinct ``(start, end)`` ranges.

    Identical ranges are paired first. Among the rest, two ranges may pair when they share at least one
    code point (``a.start < b.end and b.start < a.end``); the greedy sweep below takes the unpaired range
    that ends first (on either side) and pairs it with the overlapping unpaired range of the other side
    that ends first. For intervals this yields a largest possible set of pairs (an exchange argument:
    every candidate of the range that ends first covers its last code point).
    """
    exact = set(a).intersection(b)
    if len(exact) == min(len(a), len(b)):
        return len(exact)
    rest_a = [r for r in a if r not in exact]
    rest_b = [r for r in b if r not in exact]
    if len(rest_a) == 1 or len(rest_b) == 1:  # the usual case: one pair at most
        return len(exact) + any(x[0] < y[1] and y[0] < x[1] for x in rest_a for y in rest_b)
    return len(exact) + _greedy_overlaps(rest_a, rest_b)


def _greedy_overlaps(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    if not a or not b:
        return 0
    sides = (sorted(a), sorted(b))  # by start: the order in which ranges become candidates
    pending = [0, 0]  # per side: how many of its ranges (by start) have been offered as candidates
    offered: tuple[list, list] = ([], [])  # per side: a heap of (end, start, index) of offered ranges
    matched = (set(), set())
    order = sorted([(e, s, 0, i) for i, (s, e) in enumerate(sides[0])] + [(e, s, 1, i) for i, (s, e) in enumerate(sides[1])])
    pairs = 0
    for end, start, side, index in order:
        if index in matched[side]:
            continue
        other = 1 - side
        ranges, heap, done = sides[other], offered[other], matched[other]
        k = pending[other]
        while k < len(ranges) and ranges[k][0] < end:
            heapq.heappush(heap, (ranges[k][1], ranges[k][0], k))
            k += 1
        pending[other] = k
        # A range that ends at or before this one starts can never be paired again (see the docstring).
        while heap and (heap[0][2] in done or heap[0][0] <= start):
            heapq.heappop(heap)
        if heap:
            done.add(heapq.heappop(heap)[2])
            matched[side].add(index)
            pairs += 1
    return pairs


def cohen_kappa(confusion: Mapping[tuple[object, object], int]) -> float | None:
    """Cohen's kappa of two annotators from counts of (label of A, label of B); None when chance agreement is 1."""
    total = sum(confusion.values())
    if total == 0:
        return None
    rows: Counter = Counter()
    cols: Counter = Counter()
    agree = 0
    for (x, y), n in confusion.items():
        rows[x] += n
        cols[y] += n
        if x == y:
            agree += n
    expected = sum(rows[c] * cols[c] for c in rows) / (total * total)
    if expected >= 1.0:
        return None  # both gave one and the same label to everything: kappa is undefined
    return (agree / total - expected) / (1.0 - expected)


def nominal_alpha(units: Mapping[tuple, int] | Iterable[tuple[tuple, int]]) -> float | None:
    """Krippendorff's alpha (nominal) from counts of units: ``{(value of coder 1, value of coder 2, …): count}``.

    ``None`` in a tuple is a missing value; units with fewer than two values are not pairable and left out.
    Returns None when there is no pairable value or only one value is ever used (expected disagreement 0).
    """
    items = units.items() if isinstance(units, Mapping) else units
    totals: Counter = Counter()  # n_c: how often each value is pairable
    observed = 0.0  # sum over c != k of the coincidences o_ck
    for values, count in items:
        present = [v for v in values if v is not None]
        m = len(present)
        if m < 2:
            continue
        here = Counter(present)
        for value, n in here.items():
            totals[value] += n * count
        # Coincidences of different values within the unit: (m^2 - sum n_c^2) / (m - 1).
        same = sum(n * n for n in here.values())
        observed += count * (m * m - same) / (m - 1)
    n = sum(totals.values())
    expected = n * n - sum(c * c for c in totals.values())  # sum over c != k of n_c * n_k
    if n == 0 or expected == 0:
        return None
    return 1.0 - (n - 1) * observed / expected
