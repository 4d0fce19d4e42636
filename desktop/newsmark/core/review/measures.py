"""Agreement measures over plain values: span F1, the one-to-one overlap matching, Cohen's kappa, Krippendorff's nominal alpha.

Everything here is pure arithmetic on counts, so the project code and the tests share it; each function
takes what it needs already counted (a confusion or coincidence of labels), never spans or documents.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence


def f1(matches: int, count_a: int, count_b: int) -> float | None:
    """The F1 of two annotators' spans with ``matches`` one-to-one matches: 2m / (|A| + |B|); None if neither has any.

    It is symmetric, so which annotator is taken as the reference does not matter.
    """
    total = count_a + count_b
    return None if total == 0 else 2 * matches / total


def overlap_matches(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> int:
    """How many pairs ``overlap_pairs`` makes between two lists of ``(start, end)`` ranges."""
    # Shortcuts for the usual small lists, each provably the size of a largest matching (agreement calls
    # this per document and tag): no matching beats the shorter list, identical ranges are one matching,
    # and a lone range pairs once if it overlaps anything.
    shorter = min(len(a), len(b))
    if shorter == 0:
        return 0
    if shorter == 1:
        return int(any(x[0] < y[1] and y[0] < x[1] for x in a for y in b))
    if len(set(a).intersection(b)) == shorter:
        return shorter
    return len(overlap_pairs(a, b))


def overlap_pairs(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The one-to-one overlap matching of two lists of ``(start, end)`` ranges, as ``(index in a, index in b)`` in a's order.

    Two ranges may pair when they share at least one code point (``a.start < b.end and b.start < a.end``).
    The matching is as large as possible: no other one-to-one pairing has more pairs. Among the largest,
    it prefers large overlaps: pairs are taken by the most shared code points first (then the least text
    left unshared, so identical ranges pair with each other; then text order), and only where that
    greedy pass leaves a pair possible are earlier pairs moved along an augmenting path to make room.
    Agreement's overlap F1 and the evaluator's overlap scores both count these pairs.
    """
    adjacent = _candidates(a, b)
    pick_a: list[int | None] = [None] * len(a)
    pick_b: list[int | None] = [None] * len(b)
    for _key, i, j in sorted((key, i, j) for i, options in enumerate(adjacent) for key, j in options):
        if pick_a[i] is None and pick_b[j] is None:
            pick_a[i], pick_b[j] = j, i
    options = [[j for _key, j in sorted(found)] for found in adjacent]  # each range's partners, best first
    _augment(options, pick_a, pick_b)
    return [(i, j) for i, j in enumerate(pick_a) if j is not None]


def _candidates(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> list[list[tuple[tuple, int]]]:
    """For each range of ``a``: ``(preference key, index in b)`` of every range of ``b`` it overlaps."""
    found: list[list[tuple[tuple, int]]] = [[] for _ in a]
    order_a = sorted(range(len(a)), key=lambda i: a[i])
    order_b = sorted(range(len(b)), key=lambda j: b[j])
    first = 0
    for i in order_a:  # a sweep: by start, a range of b that ends before this one starts meets no later one
        start, end = a[i]
        while first < len(order_b) and b[order_b[first]][1] <= start:
            first += 1
        for j in order_b[first:]:
            other_start, other_end = b[j]
            if other_start >= end:
                break
            shared = min(end, other_end) - max(start, other_start)
            if shared > 0:
                unshared = max(end, other_end) - min(start, other_start) - shared
                found[i].append(((-shared, unshared, start, end, other_start, other_end), j))
    return found


def _augment(options: list[list[int]], pick_a: list[int | None], pick_b: list[int | None]) -> None:
    """Grow the matching along augmenting paths until there is none: then it is a largest one (Berge)."""
    grown = True
    while grown:
        grown = False
        seen: set[int] = set()  # within a pass that changes nothing, a range of b that failed once fails again
        for root, picked in enumerate(pick_a):
            if picked is None and options[root] and _augment_from(root, options, pick_a, pick_b, seen):
                grown = True


def _augment_from(root: int, options: list[list[int]], pick_a: list, pick_b: list, seen: set[int]) -> bool:
    """Depth first (without recursion: a chain of overlaps may be long) along alternating paths from ``root``."""
    stack = [(root, iter(options[root]))]
    path: list[int] = []  # the range of b taken at each depth
    while stack:
        i, rest = stack[-1]
        for j in rest:
            if j in seen:
                continue
            seen.add(j)
            path.append(j)
            if pick_b[j] is None:
                for (x, _rest), y in zip(stack, path):
                    pick_a[x], pick_b[y] = y, x
                return True
            stack.append((pick_b[j], iter(options[pick_b[j]])))
            break
        else:
            stack.pop()
            if path:
                path.pop()
    return False


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
