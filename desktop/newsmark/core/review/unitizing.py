"""Krippendorff's unitizing alpha (αu, 1995/2004) over a continuum of code points, as DKPro Agreement computes it.

Each annotator (rater) divides the continuum into units of a category and the gaps between them.
Observed disagreement of a category sums, over every pair of raters, the squared differences of the
starts and of the ends of each pair of overlapping units, plus the squared length of every unit that
lies wholly in the other rater's gap; it is normalised by R(R-1)L²/2. Expected disagreement follows
DKPro's formula from the lengths of the units and of all raters' gaps. This is interval arithmetic
over sorted units: no loop visits the code points one by one, so long documents cost nothing extra.

A rater's units of one category may not overlap; like INCEpTION, a unit that overlaps an earlier one
(by start, longer first) of the same rater and category is left out, as is any unit after it that
overlaps a unit left out that way.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction


@dataclass(frozen=True)
class CategoryDisagreement:
    """A category's observed and expected disagreement, exact."""

    observed: Fraction
    expected: Fraction

    @property
    def alpha(self) -> float | None:
        """1 - observed/expected; 0 when they are equal (as DKPro has it); None when nothing is expected."""
        if self.observed == self.expected:
            return 0.0
        if self.expected == 0:
            return None
        return float(1 - self.observed / self.expected)


def usable_units(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """One rater's ranges of one category without overlaps, sorted: INCEpTION's rule (see the module docstring)."""
    if isinstance(ranges, list) and all(a[1] <= b[0] for a, b in zip(ranges, ranges[1:])):
        if all(s < e for s, e in ranges):
            return ranges  # already sorted, distinct and apart: the usual case, kept as it is
    kept, reach = [], None
    for start, end in sorted(set(ranges), key=lambda r: (r[0], -r[1])):
        if end <= start:
            continue
        if reach is None or start >= reach:
            kept.append((start, end))
        reach = end if reach is None else max(reach, end)
    return kept


def observed_sum(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> int:
    """The unnormalised observed disagreement of two raters' sorted, non-overlapping units of one category."""
    total, j, n = 0, 0, len(b)
    alone_b = [True] * n
    for start, end in a:
        while j < n and b[j][1] <= start:
            j += 1
        k, alone = j, True
        while k < n and b[k][0] < end:
            # b[k] overlaps (start, end): both end after the other starts.
            total += (start - b[k][0]) ** 2 + (end - b[k][1]) ** 2
            alone = alone_b[k] = False
            k += 1
        if alone:
            total += (end - start) ** 2
    total += sum((e - s) ** 2 for (s, e), lone in zip(b, alone_b) if lone)
    return total


def gaps(units: Sequence[tuple[int, int]], begin: int, length: int) -> list[int]:
    """The lengths of the stretches of the continuum that a rater's sorted units leave uncovered."""
    found, position = [], begin
    for start, end in units:
        if start > position:
            found.append(start - position)
        position = max(position, end)
    if begin + length > position:
        found.append(begin + length - position)
    return found


def category_disagreement(raters: Sequence[Sequence[tuple[int, int]]], begin: int, length: int) -> CategoryDisagreement:
    """Observed and expected disagreement of one category; ``raters`` holds each rater's usable units."""
    r = len(raters)
    observed = sum(observed_sum(raters[i], raters[j]) for i in range(r) for j in range(i + 1, r))
    lengths = [e - s for units in raters for s, e in units]
    count = len(lengths)
    all_gaps = sorted(g for units in raters for g in gaps(units, begin, length))
    # suffix[i]: the sum of gaps from i on, so the gaps at least as long as a unit are summed in one step.
    suffix = [0] * (len(all_gaps) + 1)
    for i in range(len(all_gaps) - 1, -1, -1):
        suffix[i] = suffix[i + 1] + all_gaps[i]
    expected = 0
    for unit in lengths:
        # (N_c - 1)(2l³ - 3l² + l)/3, exact: l(l-1)(2l-1) is always a multiple of 6.
        expected += (count - 1) * (unit * (unit - 1) * (2 * unit - 1)) // 3
        first = bisect.bisect_left(all_gaps, unit)
        longer = len(all_gaps) - first
        expected += unit * unit * (suffix[first] - (unit - 1) * longer)
    squared = sum(x * (x - 1) for x in lengths)
    denominator = length * (r * length * (r * length - 1) - squared)
    observed_fraction = Fraction(2 * observed, r * (r - 1) * length * length) if length else Fraction(0)
    expected_fraction = Fraction(2 * expected, denominator) if denominator else Fraction(0)
    return CategoryDisagreement(observed_fraction, expected_fraction)


def unitizing_alpha(
    categories: Mapping[object, Sequence[Sequence[tuple[int, int]]]], begin: int, length: int
) -> tuple[float | None, dict[object, float | None]]:
    """αu overall and per category: ``categories`` maps each category to every rater's units (any order, overlaps allowed).

    Overall αu is 1 - (mean observed) / (mean expected) over the categories that have at least one unit;
    None when there are none (DKPro: NaN).
    """
    per: dict[object, CategoryDisagreement] = {}
    for category, raters in categories.items():
        usable = [usable_units(units) for units in raters]
        if any(usable):
            per[category] = category_disagreement(usable, begin, length)
    if not per:
        return None, {}
    observed = sum(d.observed for d in per.values())
    expected = sum(d.expected for d in per.values())
    overall = CategoryDisagreement(observed, expected).alpha
    return overall, {category: d.alpha for category, d in per.items()}
