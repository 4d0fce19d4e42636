"""Agreement on document labels: kappa worked by hand, alpha equal to the krippendorff package, units and edge cases."""

from __future__ import annotations

import krippendorff
import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmark.core.review.labelagreement import LabelCategory, compute_labels, project_label_agreement
from newsmark.core.storage import Project

TOPIC, GENRE = LabelCategory(1, "topic", True), LabelCategory(2, "genre", False)


def genre_rows():
    """Ten documents ana and ben both labelled: 4 both news, 3 both opinion, 2 ana news/ben opinion, 1 the reverse."""
    pairs = [("news", "news")] * 4 + [("opinion", "opinion")] * 3 + [("news", "opinion")] * 2 + [("opinion", "news")]
    rows = []
    for document_id, (a, b) in enumerate(pairs, 1):
        rows += [(document_id, 2, a, "ana"), (document_id, 2, b, "ben")]
    return rows


def test_kappa_of_a_single_choice_category_by_hand():
    # Observed 7/10. ana says news 6 times, ben 5: chance (6·5 + 4·5)/10² = 0.5; kappa (0.7 - 0.5)/(1 - 0.5) = 0.4.
    rows = genre_rows() + [(11, 2, "news", "ana")]  # only ana labelled document 11: no unit
    report = compute_labels(rows, [TOPIC, GENRE])
    assert report.categories == ["genre"] and report.annotators == ["ana", "ben"]
    (pair,) = report.pairs
    assert (pair.category, pair.annotator_a, pair.annotator_b, pair.documents, pair.units) == ("genre", "ana", "ben", 10, 10)
    assert pair.observed == pytest.approx(0.7)
    assert pair.kappa == pytest.approx(0.4)
    (group,) = report.all
    assert (group.category, group.annotators, group.documents, group.units) == ("genre", 2, 10, 10)


def test_several_values_are_yes_no_units_among_the_values_anyone_gave():
    rows = [(1, 1, "war", "ana"), (1, 1, "economy", "ana"), (1, 1, "war", "ben"), (1, 1, "other", "cy"),
            (2, 1, "politics", "ana"), (2, 1, "politics", "ben"),
            (3, 1, "society", "ana"), (3, 1, "society", "cy")]
    report = compute_labels(rows, [TOPIC, GENRE])
    ana_ben = report.pair("ben", "ana", "topic")
    # Units of ana and ben: war (yes, yes), economy (yes, no), other (no, no: cy gave it), politics (yes, yes).
    # Observed 3/4; ana says yes 3 times, ben 2: chance (3·2 + 1·2)/4² = 0.5; kappa (0.75 - 0.5)/0.5 = 0.5.
    assert (ana_ben.documents, ana_ben.units) == (2, 4)
    assert ana_ben.observed == pytest.approx(0.75) and ana_ben.kappa == pytest.approx(0.5)
    ben_cy = report.pair("ben", "cy", "topic")
    # Document 1 only: war (yes, no), economy (no, no), other (no, yes). Observed 1/3; each says yes once:
    # chance (1·1 + 2·2)/3² = 5/9; kappa (1/3 - 5/9)/(1 - 5/9) = -0.5.
    assert (ben_cy.documents, ben_cy.units) == (1, 3)
    assert ben_cy.observed == pytest.approx(1 / 3) and ben_cy.kappa == pytest.approx(-0.5)
    (group,) = report.all
    assert (group.documents, group.units) == (3, 4 + 1)
    # Units: war (T, T, F), economy (T, F, F), other (F, F, T), politics (T, T, –), society (T, –, T).
    data = np.array([[1, 1, 0, 1, 1], [1, 0, 0, 1, np.nan], [0, 0, 1, np.nan, 1]], dtype=float)
    assert group.alpha == pytest.approx(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


def test_undefined_figures_are_none():
    same = [(d, 2, "news", who) for d in (1, 2) for who in ("ana", "gold")]
    report = compute_labels(same, [GENRE])
    assert report.pairs[0].observed == 1.0 and report.pairs[0].kappa is None and report.all[0].alpha is None
    alone = compute_labels([(1, 2, "news", "ana"), (2, 2, "opinion", "ben")], [GENRE])
    assert alone.pairs[0].documents == 0 and alone.all[0].documents == 0 and alone.all[0].alpha is None
    empty = compute_labels([], [TOPIC, GENRE])
    assert (empty.annotators, empty.categories, empty.pairs, empty.all) == ([], [], [], [])


ANSWERS = st.one_of(st.none(), st.sampled_from(["news", "opinion", "analysis"]))


@given(st.integers(2, 4).flatmap(lambda m: st.lists(st.lists(ANSWERS, min_size=m, max_size=m), min_size=1, max_size=25)))
def test_single_choice_alpha_equals_the_krippendorff_package(table):
    names = ["ana", "ben", "cy", "gold"]
    rows = [(d, 2, value, names[i]) for d, answers in enumerate(table) for i, value in enumerate(answers) if value]
    report = compute_labels(rows, [GENRE])
    if not rows:
        assert report.all == []
        return
    ours = report.all[0].alpha
    pairable = {v for answers in table if sum(v is not None for v in answers) > 1 for v in answers if v is not None}
    if len(pairable) < 2:
        assert ours is None
        return
    code = {"news": 0, "opinion": 1, "analysis": 2}
    data = np.array([[np.nan if v is None else code[v] for v in answers] for answers in table], dtype=float).T
    assert ours == pytest.approx(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"), abs=1e-9)


CHOICES = ["politics", "economy", "war"]


@given(st.lists(st.lists(st.one_of(st.none(), st.sets(st.sampled_from(CHOICES), min_size=1)), min_size=3, max_size=3),
                min_size=1, max_size=15))
def test_several_values_alpha_equals_the_package_over_document_value_units(table):
    names = ["ana", "ben", "gold"]
    rows = [(d, 1, v, names[i]) for d, answers in enumerate(table) for i, given in enumerate(answers) if given
            for v in given]
    report = compute_labels(rows, [TOPIC])
    units = []  # built here from the definition: each value anyone gave a document two or more labelled
    for answers in table:
        if sum(a is not None for a in answers) > 1:
            for value in set().union(*(a for a in answers if a)):
                units.append([np.nan if a is None else float(value in a) for a in answers])
    ours = report.all[0].alpha if report.all else None
    if not units or len({v for u in units for v in u if not np.isnan(v)}) < 2:
        assert ours is None
        return
    assert report.all[0].units == len(units)
    data = np.array(units, dtype=float).T
    assert ours == pytest.approx(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"), abs=1e-9)


def test_a_project_with_and_without_labels(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as project:
        assert project_label_agreement(project).pairs == []
        genre = next(c for c in project.categories() if c.name == "genre")
        first, _ = project.add_document("One", "A first text.")
        second, _ = project.add_document("Two", "A second text.")
        for document, a, b in ((first, "news", "news"), (second, "news", "opinion")):
            project.set_document_labels(document.id, genre.id, [a], annotator="ana")
            project.set_document_labels(document.id, genre.id, [b], annotator="gold")
        report = project_label_agreement(project)
        assert [(p.annotator_a, p.annotator_b, p.documents, p.observed) for p in report.pairs] == [("ana", "gold", 2, 0.5)]
        assert project_label_agreement(project, first.id).pairs[0].observed == 1.0
