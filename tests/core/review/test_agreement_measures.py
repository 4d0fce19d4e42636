"""Span F1, the one-to-one overlap matching, Cohen's kappa and nominal alpha against hand-worked and published values."""

from __future__ import annotations

import math
from collections import Counter
from itertools import permutations

import krippendorff
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmark.core.review.measures import cohen_kappa, f1, nominal_alpha, overlap_matches

# Krippendorff (1995), pair A digitized (DKPro's Krippendorff1995Test): Bertha's and Bill's 24 positions.
BERTHA = [0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0]
BILL = [0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0]


def test_cohen_kappa_by_hand():
    confusion = Counter(zip(BERTHA, BILL))
    assert confusion == {(0, 0): 10, (1, 0): 8, (1, 1): 6}
    # Observed 16/24; Bertha says 1 for 14, Bill for 6: chance (14·6 + 10·18)/24² = 264/576.
    # kappa = (16/24 - 264/576) / (1 - 264/576) = 120/312 = 0.3846…
    assert cohen_kappa(confusion) == pytest.approx(120 / 312)
    assert round(cohen_kappa(confusion), 3) == 0.385  # DKPro: 0.385


def test_nominal_alpha_of_the_same_data_as_dkpro():
    assert round(nominal_alpha(Counter(zip(BERTHA, BILL))), 3) == 0.329  # DKPro: 0.329


def test_undefined_values():
    assert f1(0, 0, 0) is None and f1(1, 1, 1) == 1.0
    assert cohen_kappa({("O", "O"): 5}) is None and cohen_kappa({}) is None
    assert nominal_alpha({("O", "O"): 5}) is None and nominal_alpha({("a", None): 3}) is None


def test_wikipedia_example_of_alpha():
    # en.wikipedia.org/wiki/Krippendorff's_alpha#A_computational_example: nominal alpha = 1 - 3/9.72 = 0.691.
    rows = [[None, None, None, None, None, 3, 4, 1, 2, 1, 1, 3, 3, None, 3],
            [1, None, 2, 1, 3, 3, 4, 3, None, None, None, None, None, None, None],
            [None, None, 2, 1, 3, 4, 4, None, 2, 1, 1, 3, 3, None, 4]]
    assert nominal_alpha(Counter(zip(*rows))) == pytest.approx(1 - 3 / 9.72)


CODES = st.one_of(st.none(), st.integers(0, 3))


@given(st.integers(2, 4).flatmap(lambda m: st.lists(st.lists(CODES, min_size=m, max_size=m), min_size=1, max_size=30)))
def test_nominal_alpha_equals_the_krippendorff_package(units):
    ours = nominal_alpha(Counter(map(tuple, units)))
    data = np.array([[np.nan if v is None else v for v in unit] for unit in units], dtype=float).T
    pairable = [[v for v in unit if v is not None] for unit in units]
    values = {v for unit in pairable if len(unit) > 1 for v in unit}
    if ours is None:
        assert len(values) < 2
        return
    assert ours == pytest.approx(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"), abs=1e-9)


def test_overlap_matching_pairs_overlaps_one_to_one():
    assert overlap_matches([(0, 5), (10, 20)], [(0, 5), (12, 14)]) == 2
    assert overlap_matches([(0, 10)], [(2, 3), (5, 6)]) == 1  # one to one: a long span matches one short span
    assert overlap_matches([(0, 5)], [(5, 9)]) == 0  # touching is not overlapping
    assert overlap_matches([(0, 4), (3, 8)], [(3, 5), (0, 2)]) == 2  # the greedy choice does not block a match


def best_matching(a, b):
    """The largest one-to-one pairing of overlapping ranges, by trying every assignment."""
    if len(a) > len(b):
        a, b = b, a
    best = 0
    for chosen in permutations(range(len(b)), len(a)):
        best = max(best, sum(1 for x, k in zip(a, chosen) if x[0] < b[k][1] and b[k][0] < x[1]))
    return best


SPANS = st.lists(st.tuples(st.integers(0, 30), st.integers(1, 10)).map(lambda t: (t[0], t[0] + t[1])),
                 max_size=5, unique=True)


@given(SPANS, SPANS)
def test_overlap_matching_is_as_large_as_possible(a, b):
    found = overlap_matches(a, b)
    assert found == best_matching(a, b) == overlap_matches(b, a)
    assert len(set(a) & set(b)) <= found <= min(len(a), len(b))
    assert not math.isnan(f1(found, len(a), len(b)) or 0)
