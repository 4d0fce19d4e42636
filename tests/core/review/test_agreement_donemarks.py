"""Agreement counts a document for an analyst who has a span in it or marked it done (format 11's done marks)."""

from __future__ import annotations

import pytest

from newsmark.core.review.agreement import compute, project_agreement
from newsmark.core.review.agreementdata import AgreementData
from newsmark.core.review.disagreements import disagreements
from newsmark.core.review.unitizing import unitizing_alpha
from newsmark.core.storage import Project

from tests.core.test_storage import old_project

TEXT = "Officials said 8,000 troops moved to Kursk on Tuesday, the ministry said."  # 14 tokens
SHORT = "Kyiv said so."  # 4 tokens
TAGS = {1: "claim"}
ROWS = [(1, 1, 0, 9, "ana"), (1, 1, 0, 9, "ben"), (2, 1, 0, 4, "ben")]
DOCUMENTS = [(1, "Kursk", TEXT), (2, "Kyiv", SHORT)]


def test_a_document_an_analyst_finished_empty_is_compared_with_the_others_spans():
    """ana and ben both mark "Officials" a claim in document 1; in document 2 ben marks "Kyiv", ana marks nothing.

    Without ana's done mark only document 1 counts: F1 1, kappa 1.
    With it both count: ana has 1 span, ben 2, 1 the same: F1 = 2·1 / (1 + 2) = 2/3.
    Tokens 14 + 4 = 18: both claim 1 (Officials), only ben 1 (Kyiv), neither 16.
    Kappa: observed 17/18, chance (1·2 + 17·16) / 18² = 274/324, so (306 − 274) / (324 − 274) = 32/50.
    Alpha: 36 pairable values, 3 claim and 33 O; observed disagreement 2/36, expected 2·3·33 / (36·35) = 198/1260:
    1 − (2/36) / (198/1260) = 1 − 35/99 = 64/99.
    """
    before = compute(AgreementData.from_rows(ROWS, DOCUMENTS, TAGS))
    assert before.pair("ana", "ben").documents == 1
    assert (before.pair("ana", "ben").f1_exact, before.pair("ana", "ben").kappa) == (1.0, 1.0)
    data = AgreementData.from_rows(ROWS, DOCUMENTS, TAGS, done=[(2, "ana")])
    report = compute(data)
    row = report.pair("ana", "ben", "claim")
    assert (row.documents, row.spans_a, row.spans_b, row.exact) == (2, 1, 2, 1)
    assert (row.f1_exact, row.f1_overlap) == (pytest.approx(2 / 3), pytest.approx(2 / 3))
    assert row.kappa == pytest.approx(32 / 50) and report.pair("ana", "ben").kappa == pytest.approx(32 / 50)
    everyone = report.all[-1]
    assert everyone.documents == 2 and everyone.alpha_nominal == pytest.approx(64 / 99)
    n = len(TEXT)  # αu: the two documents end to end, ana's nothing in the second against ben's Kyiv
    expected, _ = unitizing_alpha({1: [[(0, 9)], [(0, 9), (n, n + 4)]]}, 0, n + len(SHORT))
    assert everyone.alpha_unitizing == pytest.approx(expected) and expected < 1
    assert [(d.document_id, d.kind) for d in disagreements(data, "ana", "ben")] == [(2, "only B")]


def test_an_analyst_with_done_marks_and_no_span_at_all_is_an_annotator():
    data = AgreementData.from_rows([(2, 1, 0, 4, "ben")], DOCUMENTS, TAGS, done=[(2, "ana"), (1, "ana")])
    assert data.annotators() == ["ana", "ben"]
    row = compute(data).pair("ana", "ben")
    assert (row.documents, row.spans_a, row.spans_b, row.f1_exact) == (1, 0, 1, 0.0)  # document 1: only ana counts


def test_a_project_reads_its_done_marks_and_without_any_gives_the_same_numbers_as_before(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as p:
        claim = p.tags()[0].id
        first, _ = p.add_document("Kursk", TEXT)
        second, _ = p.add_document("Kyiv", SHORT)
        for document_id, tag, start, end, name in ROWS:
            p.add_span((first, second)[document_id - 1].id, claim, start, end, annotator=name)
        p.set_status(second.id, "in_progress", "ana")  # no mark: nothing changes
        _, unmarked = project_agreement(p)
        assert unmarked.pair("ana", "ben").documents == 1
        assert unmarked == compute(AgreementData.from_rows(ROWS, DOCUMENTS, {claim: "claim"}))
        p.set_status(second.id, "done", "ana")
        data, marked = project_agreement(p)
        assert marked.pair("ana", "ben").documents == 2 and data.texts[second.id] == SHORT
        assert project_agreement(p, second.id)[1].pair("ana", "ben").f1_exact == 0.0
        assert p.analysts(3) == ["ana", "ben"]


def test_an_upgraded_format_10_project_gives_exactly_its_old_numbers(tmp_path):
    path = tmp_path / "v10.newsmark"
    spans = (
        'INSERT INTO spans (document_id, tag_id, start, "end", annotator, created_at, updated_at) VALUES (?, 1, ?, ?, ?, "t", "t")',
        [(d, s, e, name) for d, _tag, s, e, name in ROWS],
    )
    documents = (
        "INSERT INTO documents (id, title, text, chars, sha256, added_at, status) VALUES (?, ?, ?, ?, 'x', 't', 'done')",
        [(i, title, text, len(text)) for i, title, text in DOCUMENTS],
    )
    old_project(path, 10, documents, spans).close()
    with Project.open(path, readonly=True) as p:  # read as format 10 is
        _, as_it_was = project_agreement(p)
    with Project.open(path) as p:  # upgraded to 11: done documents with no marks
        _, upgraded = project_agreement(p)
    assert upgraded == as_it_was and upgraded.pair("ana", "ben").documents == 1
