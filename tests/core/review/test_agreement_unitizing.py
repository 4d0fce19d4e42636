"""Krippendorff's αu reproduces DKPro Agreement's published test cases and its own per-position sweep."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsmark.core.review.unitizing import category_disagreement, observed_sum, unitizing_alpha, usable_units


def study(units, raters):
    """DKPro's addUnit(offset, length, rater, category) calls as our mapping: category -> each rater's ranges."""
    categories = {}
    for offset, length, rater, category in units:
        categories.setdefault(category, [[] for _ in range(raters)])[rater].append((offset, offset + length))
    return categories


# Krippendorff (2004: p. 254), DKPro's unitizing/Krippendorff2004Test: a continuum from 150, 300 long.
K2004 = study([(225, 70, 0, "c"), (370, 30, 0, "c"), (220, 80, 1, "c"), (355, 20, 1, "c"), (400, 20, 1, "c"),
               (180, 60, 0, "k"), (300, 50, 0, "k"), (180, 60, 1, "k"), (300, 50, 1, "k")], 2)


def krippendorff_1995(stretch: float):
    """Krippendorff (1995: p. 57), DKPro's Krippendorff1995Test: four pairs of coders, 24 positions stretched."""
    units = [(2, 8, 0, "A"), (14, 6, 0, "A"), (4, 4, 1, "A"), (15, 2, 1, "A"),
             (0, 18, 0, "B"), (0, 2, 1, "B"), (2, 1, 1, "B"), (3, 1, 1, "B"), (4, 1, 1, "B"), (5, 1, 1, "B"),
             (6, 3, 1, "B"), (9, 1, 1, "B"),
             (2, 6, 0, "C"), (10, 2, 0, "C"), (14, 4, 0, "C"), (20, 2, 0, "C"), (0, 2, 1, "C"), (4, 4, 1, "C"),
             (10, 4, 1, "C"), (16, 2, 1, "C"), (20, 2, 1, "C"),
             (0, 2, 0, "D"), (2, 8, 0, "D"), (10, 4, 0, "D"), (14, 6, 0, "D"), (20, 4, 0, "D"), (0, 4, 1, "D"),
             (4, 4, 1, "D"), (8, 7, 1, "D"), (15, 2, 1, "D"), (17, 7, 1, "D")]
    return study([(int(o * stretch), int(n * stretch), r, c) for o, n, r, c in units], 2), int(24 * stretch)


def disagreement(categories, category, begin, length):
    return category_disagreement([usable_units(u) for u in categories[category]], begin, length)


def test_krippendorff_2004_example_as_dkpro():
    overall, per = unitizing_alpha(K2004, 150, 300)
    assert round(overall, 3) == 0.859  # DKPro: 0.8591 ± 0.0005
    assert abs(overall - 0.8591) < 0.0005
    c, k = disagreement(K2004, "c", 150, 300), disagreement(K2004, "k", 150, 300)
    assert round(float(c.observed), 4) == 0.0144 and round(float(c.expected), 4) == 0.0532
    assert round(c.alpha, 4) == 0.7286 == round(per["c"], 4)
    assert float(k.observed) == 0.0 and round(float(k.expected), 4) == 0.0490 and k.alpha == 1.0


def test_distances_of_the_2004_example():
    # DKPro's testDistanceMetric2: two overlapping units, and a unit alone in the other coder's gap.
    assert observed_sum([(225, 295)], [(220, 300)]) == 50
    assert observed_sum([(370, 400)], [(355, 375)]) == 850
    assert observed_sum([], [(400, 420)]) == 400


def test_dkpro_unitizing_agreement_example():
    # r0: -11111111-   r1: --1-1-1---  (UnitizingAgreementTest)
    example = study([(1, 8, 0, "A"), (2, 1, 1, "A"), (4, 1, 1, "A"), (6, 1, 1, "A")], 2)
    a = disagreement(example, "A", 0, 10)
    assert round(float(a.observed), 4) == 0.9100
    assert round(float(a.expected), 4) == 0.5352  # DKPro: 0.5351 ± 0.0001; exactly 0.53518…
    assert round(a.alpha, 4) == -0.7003


def test_one_unit_gives_zero_and_none_gives_no_value():
    assert unitizing_alpha(study([(0, 1, 0, "X")], 3), 0, 20) == (0.0, {"X": 0.0})
    assert unitizing_alpha(study([], 3), 0, 20) == (None, {})


def test_krippendorff_1995_observed_disagreement():
    example, length = krippendorff_1995(1)
    observed = {c: round(float(disagreement(example, c, 0, length).observed), 5) for c in "ABCD"}
    assert observed == {"A": 0.03125, "B": 2.26736, "C": 0.02778, "D": 0.38715}


def test_krippendorff_1995_stretched_as_dkpro():
    example, length = krippendorff_1995(12 / 24)
    c = disagreement(example, "C", 0, length)
    assert round(float(c.observed), 5) == 0.02778 and round(float(c.expected), 5) == 0.05494
    assert abs(c.alpha - 0.494) < 0.02
    example, length = krippendorff_1995(1_200_000 / 24)
    published = {"A": (0.06990, 0.553), "B": (1.17731, -0.926), "C": (0.08642, 0.679), "D": (0.41445, 0.066)}
    for category, (expected, alpha) in published.items():
        found = disagreement(example, category, 0, length)
        assert abs(float(found.expected) - expected) < 0.005  # DKPro's own tolerances for this case
        assert abs(found.alpha - alpha) < 0.02
    assert round(float(disagreement(example, "A", 0, length).expected), 4) == 0.0699


def test_overlapping_units_of_one_rater_follow_inceptions_rule():
    # Earlier start (longer first) wins; a unit overlapping a dropped one is dropped too.
    assert usable_units([(0, 10), (5, 15), (12, 20), (20, 22), (0, 3)]) == [(0, 10), (20, 22)]


def dkpro_sweep(first, second, begin, length):
    """DKPro's observed-disagreement walk, one segment (unit or gap) of each rater at a time."""
    def segments(units):
        out, position = [], begin
        for start, end in units:
            if start > position:
                out.append((position, start, False))
            out.append((start, end, True))
            position = end
        if position < begin + length:
            out.append((position, begin + length, False))
        return out

    def distance(a, b):
        (s1, e1, u1), (s2, e2, u2) = a, b
        if u1 and u2 and s1 < e2 and s2 < e1:
            return (s1 - s2) ** 2 + (e1 - e2) ** 2
        if u1 and not u2 and s2 <= s1 and e1 <= e2:
            return (e1 - s1) ** 2
        if u2 and not u1 and s1 <= s2 and e2 <= e1:
            return (e2 - s2) ** 2
        return 0

    total, one, two = 0, segments(first), segments(second)
    i = j = 0
    while i < len(one) and j < len(two):
        total += distance(one[i], two[j])
        if one[i][1] <= two[j][1]:
            i += 1
        else:
            j += 1
    return total


RANGES = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)).map(lambda t: (t[0], t[0] + t[1])), max_size=8)


@given(RANGES, RANGES)
def test_interval_arithmetic_equals_the_sweep(a, b):
    first, second = usable_units(a), usable_units(b)
    assert observed_sum(first, second) == dkpro_sweep(first, second, 0, 80)
