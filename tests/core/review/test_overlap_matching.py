"""One overlap matching for agreement and the evaluator: as many pairs as possible, the largest overlaps first."""

from __future__ import annotations


from hypothesis import given, settings
from hypothesis import strategies as st

from newsmark.core.review.agreement import compute
from newsmark.core.review.agreementdata import AgreementData
from newsmark.core.review.evaluation import ALL, Mark, evaluate, match_overlaps
from newsmark.core.review.measures import overlap_matches, overlap_pairs


def test_identical_ranges_first_would_lose_a_pair():
    # Pairing (0, 4) with (0, 4) leaves (0, 1) and (3, 5) with nothing; crossing them pairs all four.
    assert overlap_matches([(0, 4), (0, 1)], [(0, 4), (3, 5)]) == 2
    assert sorted(overlap_pairs([(0, 4), (0, 1)], [(0, 4), (3, 5)])) == [(0, 1), (1, 0)]


def test_the_largest_overlap_first_would_lose_a_pair():
    # Gold (0, 10) shares 9 code points with (1, 10), but taking that pair leaves gold (9, 11) alone.
    gold = [Mark(1, "claim", 0, 10), Mark(1, "claim", 9, 11)]
    predicted = [Mark(1, "claim", 1, 10), Mark(1, "claim", 0, 1)]
    assert match_overlaps(gold, predicted) == [(gold[0], predicted[1]), (gold[1], predicted[0])]
    assert evaluate(gold, predicted)[-1].overlap.matched == 2


def test_among_the_largest_matchings_large_overlaps_and_identical_ranges_win():
    assert overlap_pairs([(0, 10)], [(0, 3), (2, 9), (8, 12)]) == [(0, 1)]  # 7 shared beats 3 and 2
    assert overlap_pairs([(0, 4)], [(0, 8), (0, 4)]) == [(0, 1)]  # the same overlap: the identical range
    assert overlap_pairs([(5, 9), (0, 20)], [(0, 20), (5, 9)]) == [(0, 1), (1, 0)]


def test_a_long_chain_of_overlaps_is_matched_without_recursion():
    # Each greedy pair blocks the next: the augmenting path runs the whole chain.
    n = 5000
    a = [(2 * i, 2 * i + 3) for i in range(n)]
    b = [(2 * i + 1, 2 * i + 2) for i in range(n)] + [(-1, 1)]
    assert overlap_matches(a, b) == n


SPANS = st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12)).map(lambda t: (t[0], t[0] + t[1])), max_size=8)


@given(SPANS, SPANS)
def test_pairs_are_one_to_one_overlapping_and_counted_alike_by_every_path(a, b):
    pairs = overlap_pairs(a, b)
    assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})
    assert all(a[i][0] < b[j][1] and b[j][0] < a[i][1] for i, j in pairs)
    assert len(pairs) == overlap_matches(a, b) == overlap_matches(b, a) == len(overlap_pairs(b, a))


TEXT = "word " * 12
ROWS = st.lists(
    st.tuples(st.integers(1, 3), st.integers(1, 2), st.integers(0, 50), st.integers(1, 10)).map(
        lambda t: (t[0], t[1], t[2], t[2] + t[3])),
    max_size=25, unique=True,
)


@settings(deadline=None)
@given(ROWS, ROWS)
def test_evaluate_and_agreement_count_the_same_overlap_matches(gold, system):
    """The evaluator scoring ``system`` against ``gold`` and agreement between them pair the same number of spans."""
    rows = [(*r, "gold") for r in gold] + [(*r, "system") for r in system]
    documents = [(d, f"doc {d}", TEXT) for d in (1, 2, 3)]
    report = compute(AgreementData.from_rows(rows, documents, {1: "claim", 2: "figure"})) if gold and system else None
    # Agreement compares a pair over the documents both annotated; the evaluator scores those alike.
    both = {d for d, *_ in gold} & {d for d, *_ in system}
    marks = lambda rows: [Mark(d, {1: "claim", 2: "figure"}[t], s, e) for d, t, s, e in rows if d in both]  # noqa: E731
    scores = {s.tag: s for s in evaluate(marks(gold), marks(system))}
    for tag in ("claim", "figure", "*"):
        score = scores.get(ALL if tag == "*" else tag)
        pair = report.pair("gold", "system", tag) if report and both and tag in report.tags else None
        matched = score.overlap.matched if score else 0
        assert (pair.overlap if pair else 0) == matched
        if pair and pair.f1_overlap is not None and score.overlap.gold and score.overlap.predicted:
            assert abs(pair.f1_overlap - score.overlap.f1) < 1e-12
