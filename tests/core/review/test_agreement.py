"""A project's agreement: which documents count, token labels, pairs with gold, αu over documents laid end to end."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmark.core.review.agreement import TooFewAnnotatorsError, compute, project_agreement
from newsmark.core.review.agreementdata import AgreementData
from newsmark.core.review.measures import cohen_kappa
from newsmark.core.review.tokenlabels import OUTSIDE, document_labels
from newsmark.core.review.unitizing import unitizing_alpha
from newsmark.core.storage import Project
from newsmark.core.text.tokens import tokenize

TEXT = "Officials said 8,000 troops moved to Kursk on Tuesday, the ministry said."
TAGS = {1: "claim", 2: "figure"}


def test_kappa_by_hand_on_tokens():
    rows = [(1, 1, 0, 9, "ana"), (1, 1, 37, 42, "ana"), (1, 1, 0, 9, "ben")]
    report = compute(AgreementData.from_rows(rows, [(1, "Kursk", TEXT)], TAGS))
    # 14 tokens; ana marks Officials and Kursk as claims, ben Officials: (1,1)=1, (1,0)=1, (0,0)=12.
    # Observed 13/14, chance (2·1 + 12·13)/14² = 158/196, kappa = (182 - 158)/(196 - 158) = 24/38.
    assert report.pair("ana", "ben", "claim").kappa == pytest.approx(24 / 38)
    assert report.pair("ben", "ana", "*").kappa == pytest.approx(24 / 38)
    row = report.pair("ana", "ben", "claim")
    assert (row.spans_a, row.spans_b, row.exact, row.overlap, row.f1_exact) == (2, 1, 1, 1, pytest.approx(2 / 3))


def test_only_documents_both_annotated_count():
    rows = [(1, 1, 0, 9, "ana"), (1, 1, 0, 9, "ben"), (2, 1, 0, 4, "ana"), (3, 2, 0, 4, "ben")]
    documents = [(1, "a", TEXT), (2, "b", "Only ana read it."), (3, "c", "Only ben read it.")]
    report = compute(AgreementData.from_rows(rows, documents, TAGS))
    assert report.pair("ana", "ben").documents == 1
    assert report.pair("ana", "ben").f1_exact == 1.0 and report.pair("ana", "ben").kappa == 1.0
    assert report.tags == ["claim", "*"]


def test_each_annotator_against_gold():
    rows = [(1, 1, 0, 9, "gold"), (1, 2, 15, 20, "gold"),
            (1, 1, 0, 9, "ana"), (1, 2, 15, 20, "ana"),
            (1, 1, 0, 14, "ben")]
    report = compute(AgreementData.from_rows(rows, [(1, "Kursk", TEXT)], TAGS))
    assert report.pair("ana", "gold").f1_exact == 1.0 and report.pair("ana", "gold").kappa == 1.0
    ben = report.pair("ben", "gold")
    assert (ben.f1_exact, ben.f1_overlap) == (0.0, pytest.approx(2 / 3))  # one of gold's two found, edges apart


def test_unitizing_alpha_lays_the_documents_end_to_end():
    short = "Kyiv said so."
    rows = [(1, 1, 0, 9, "ana"), (1, 1, 0, 14, "ben"), (2, 2, 0, 4, "ana"), (2, 2, 5, 9, "ben")]
    report = compute(AgreementData.from_rows(rows, [(1, "a", TEXT), (2, "b", short)], TAGS))
    n = len(TEXT)
    expected, per = unitizing_alpha({1: [[(0, 9)], [(0, 14)]], 2: [[(n, n + 4)], [(n + 5, n + 9)]]}, 0, n + len(short))
    assert [g.alpha_unitizing for g in report.all] == [per[1], per[2], expected]
    assert report.all[-1].documents == 2


def test_duplicate_spans_count_once():
    rows = [(1, 1, 0, 9, "ana"), (1, 1, 0, 9, "ana"), (1, 1, 0, 9, "ben")]
    assert compute(AgreementData.from_rows(rows, [(1, "a", TEXT)], TAGS)).pair("ana", "ben").spans_a == 1


def test_from_a_project_file(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as project:
        doc, _ = project.add_document("Kursk", TEXT)
        claim = project.tags()[0].id
        project.add_span(doc.id, claim, 0, 9, annotator="ana")
        with pytest.raises(TooFewAnnotatorsError, match=r"has 1 annotator \(ana\)"):
            project_agreement(project)
        project.add_span(doc.id, claim, 0, 9, annotator="ben")
        data, report = project_agreement(project)
    assert data.texts == {doc.id: TEXT} and report.pair("ana", "ben").kappa == 1.0


def naive_labels(text, annotators, positions):
    """Every token of the tokenizer, labelled the obvious way."""
    counted = Counter()
    for token in tokenize(text):
        best, masks = [], []
        for spans in annotators:
            under = [s for s in spans if s[1] < token.end and token.start < s[2]]
            under.sort(key=lambda s: (s[1] - s[2], s[1], positions[s[0]]))
            best.append(under[0][0] if under else OUTSIDE)
            masks.append(sum({1 << positions[s[0]] for s in under}))
        counted[tuple(best), tuple(masks)] += 1
    return counted


WORDS = st.lists(st.sampled_from(["Kyiv", "said", " ", "8,000", "don't", "e\u0301", "👍🏽", ".", "\n", "Rostov-on-Don"]),
                 min_size=1, max_size=12).map("".join)


@st.composite
def labelled(draw):
    text = draw(WORDS)
    span = st.tuples(st.sampled_from([1, 2]), st.integers(0, len(text) - 1), st.integers(1, 12)).map(
        lambda t: (t[0], t[1], min(len(text), t[1] + t[2])))
    return text, draw(st.lists(st.lists(span, max_size=4, unique=True), min_size=2, max_size=3))


@given(labelled())
def test_token_labels_equal_the_obvious_way(case):
    text, annotators = case
    positions = {1: 0, 2: 1}
    assert document_labels(text, annotators, positions) == +naive_labels(text, annotators, positions)


def test_kappa_needs_two_labels():
    assert cohen_kappa({(OUTSIDE, OUTSIDE): 14}) is None


def test_disagreements_pair_overlapping_spans_whatever_their_tags():
    from newsmark.core.review.disagreements import disagreements

    rows = [(1, 1, 0, 9, "ana"), (1, 2, 15, 20, "ana"), (1, 1, 37, 42, "ana"),
            (1, 1, 0, 9, "ben"), (1, 2, 15, 27, "ben"), (1, 2, 37, 42, "ben"), (1, 1, 60, 68, "ben")]
    data = AgreementData.from_rows(rows, [(1, "Kursk", TEXT)], TAGS)
    found = disagreements(data, "ana", "ben")
    assert [(d.start, d.kind, d.tag_a, d.tag_b) for d in found] == [
        (15, "other edges", 2, 2), (37, "another tag", 1, 2), (60, "only B", None, 1)]
    assert [d.start for d in disagreements(data, "ana", "ben", tag_id=2)] == [15, 37]
    assert disagreements(data, "ana", "ana") == []


def test_analysts_finds_up_to_two_names_in_spans_and_document_labels(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as project:
        assert project.analysts() == []
        doc, _ = project.add_document("A", "Kyiv and Kursk.", "a.txt")
        project.add_span(doc.id, project.tags()[0].id, 0, 4, annotator="ana")
        project.add_span(doc.id, project.tags()[0].id, 9, 14, annotator="ana")
        assert project.analysts() == ["ana"]
        genre = next(c.id for c in project.categories() if c.name == "genre")
        project.set_document_labels(doc.id, genre, ["news"], annotator="ben")  # labels alone make a second analyst
        assert project.analysts() == ["ana", "ben"]
        project.add_span(doc.id, project.tags()[0].id, 0, 5, annotator="cy")
        assert len(project.analysts()) == 2 and project.analysts(3) == ["ana", "ben", "cy"]
