"""Scoring marks against gold: exact and one-to-one overlap matches, per tag and overall, and attribute accuracy."""

from __future__ import annotations

from hypothesis import given, strategies as st
from newsmark.core.review.evaluation import ALL, Mark, evaluate, match_overlaps, same_value


def m(tag, start, end, doc=1, **attributes):
    return Mark(doc, tag, start, end, attributes)


def by_tag(scores):
    return {s.tag: s for s in scores}


def test_exact_and_overlap_scores_per_tag_and_overall():
    gold = [m("figure", 0, 5), m("figure", 10, 15), m("quote", 20, 40), m("quote", 50, 60)]
    predicted = [m("figure", 0, 5), m("figure", 9, 15), m("quote", 21, 39), m("location", 70, 75)]
    scores = by_tag(evaluate(gold, predicted))
    figure, quote, location, everything = scores["figure"], scores["quote"], scores["location"], scores[ALL]
    assert (figure.exact.matched, figure.overlap.matched) == (1, 2)
    assert (figure.exact.precision, figure.overlap.recall) == (0.5, 1.0)
    assert (quote.exact.matched, quote.overlap.matched, quote.overlap.recall) == (0, 1, 0.5)
    assert (location.exact.gold, location.exact.predicted, location.overlap.precision) == (0, 1, 0.0)
    assert (everything.overlap.matched, everything.overlap.gold, everything.overlap.predicted) == (3, 4, 4)
    assert abs(everything.overlap.f1 - 0.75) < 1e-12
    assert [s.tag for s in evaluate(gold, predicted)] == ["figure", "location", "quote", ALL]


def test_one_long_prediction_matches_one_gold_span_only():
    gold = [m("claim", 0, 10), m("claim", 12, 20)]
    pairs = match_overlaps(gold, [m("claim", 0, 20)])
    assert pairs == [(gold[0], m("claim", 0, 20))]  # the larger overlap wins
    score = evaluate(gold, [m("claim", 0, 20)])[0]
    assert (score.overlap.matched, score.overlap.recall, score.overlap.precision) == (1, 0.5, 1.0)


def test_documents_and_tags_never_match_across():
    assert evaluate([m("figure", 0, 5, doc=1)], [m("figure", 0, 5, doc=2)])[-1].overlap.matched == 0
    assert evaluate([m("figure", 0, 5)], [m("quote", 0, 5)])[-1].overlap.matched == 0


def test_attribute_accuracy_compares_numbers_as_numbers_and_text_loosely():
    gold = [m("figure", 0, 5, value="8000", unit="troops"), m("quote", 10, 20, speaker="Robert A. Wood")]
    predicted = [m("figure", 0, 5, value="8,000.0", unit="soldiers"), m("quote", 11, 20, speaker="robert a.  wood")]
    scores = by_tag(evaluate(gold, predicted))
    assert scores["figure"].attributes == {"value": [1, 1], "unit": [0, 1]}
    assert scores["quote"].attributes == {"speaker": [1, 1]}
    assert scores[ALL].attributes == {"figure.value": [1, 1], "figure.unit": [0, 1], "quote.speaker": [1, 1]}
    assert not same_value("3", None) and not same_value("yes", "") and same_value(3.5, "3.5")


def test_nothing_to_find_and_nothing_found_is_perfect():
    (everything,) = evaluate([], [])
    assert (everything.exact.precision, everything.exact.recall, everything.exact.f1) == (1.0, 1.0, 1.0)


marks = st.lists(
    st.builds(lambda d, t, a, n: m(t, a, a + n, doc=d), st.integers(1, 3), st.sampled_from(["figure", "quote"]),
              st.integers(0, 60), st.integers(1, 15)),
    max_size=25, unique_by=lambda x: x[:4],
)


@given(marks, marks)
def test_exact_never_beats_overlap_and_matches_are_one_to_one(gold, predicted):
    everything = evaluate(gold, predicted)[-1]
    assert everything.exact.matched <= everything.overlap.matched <= min(len(gold), len(predicted))
    for doc in (1, 2, 3):
        for tag in ("figure", "quote"):
            g = [x for x in gold if (x.document_id, x.tag) == (doc, tag)]
            p = [x for x in predicted if (x.document_id, x.tag) == (doc, tag)]
            pairs = match_overlaps(g, p)
            assert len({id(a) for a, _ in pairs}) == len(pairs) == len({id(b) for _, b in pairs})
            assert all(min(a.end, b.end) > max(a.start, b.start) for a, b in pairs)


@given(marks)
def test_a_set_scored_against_itself_is_perfect(gold):
    everything = evaluate(gold, gold)[-1]
    assert everything.exact.f1 == everything.overlap.f1 == 1.0
