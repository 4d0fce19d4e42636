"""Marking a document done in the window records the analyst's done mark: one transaction, one undo step."""

from __future__ import annotations

from newsmark.core.storage import Project

from tests.ui.conftest import trigger
from tests.ui.review.test_agreement_view import cell, open_agreement


ONE = (1, 1, 0, 0)  # one BEGIN, one COMMIT, no rollback, no write outside it (as tests/ui/test_transactions.py)


def _marks(window):
    return [(m.document_id, m.annotator) for m in window.session.project.done_marks()]


def test_done_records_the_analysts_mark_and_undo_and_redo_take_it_away_and_back(busy_window, counter):
    window, stack = busy_window, busy_window.undo_stack
    doc = window.session.document.id
    assert counter.count(lambda: trigger(window, "markStatus:done")) == ONE
    assert _marks(window) == [(doc, "tester")] and window.session.document.status == "done"
    marked = window.session.project.done_marks()
    assert counter.count(lambda: trigger(window, "undo")) == ONE
    assert _marks(window) == [] and window.session.document.status == "todo"
    assert counter.count(lambda: trigger(window, "redo")) == ONE
    assert window.session.project.done_marks() == marked  # the same mark, time and all
    assert stack.count() == 1


def test_back_to_in_progress_takes_only_the_analysts_mark_away_and_undo_puts_it_back(busy_window, counter):
    window = busy_window
    doc = window.session.document.id
    window.session.project.set_status(doc, "reviewed", "ana")
    trigger(window, "markStatus:done")
    assert _marks(window) == [(doc, "ana"), (doc, "tester")]
    assert counter.count(lambda: trigger(window, "markStatus:in_progress")) == ONE
    assert _marks(window) == [(doc, "ana")]
    trigger(window, "undo")
    assert _marks(window) == [(doc, "ana"), (doc, "tester")] and window.session.document.status == "done"


def test_the_matrix_compares_a_document_one_analyst_finished_empty(open_window, tmp_path, qtbot):
    path = tmp_path / "team.newsmark"
    with Project.open(path, create=True) as p:
        doc, _ = p.add_document("Kyiv", "Kyiv said so. Kursk too.")
        location = p.tags()[3].id
        p.add_span(doc.id, location, 0, 4, annotator="ben")
        p.set_status(doc.id, "done", "ana")  # ana read it and found no location
    window = open_window(path)
    dialog = open_agreement(window, qtbot)
    assert dialog.report.annotators == ["ana", "ben"]
    assert cell(dialog, "ana", "ben").text().startswith("F1 0.000 / 0.000")


def test_loading_a_set_with_done_marks_is_one_step_and_undo_takes_only_its_marks_out(busy_window, counter, dialog, tmp_path):
    window = busy_window
    project = window.session.project
    first, second = (d.sha256 for d in project.documents())
    project.set_status(1, "done", "ana")  # there already: the load skips it and its undo leaves it
    (tmp_path / "set.csv").write_text("document_sha256,tag,start,end,text,annotator\n", encoding="utf-8")
    (tmp_path / "set.done.csv").write_text(
        f"document_sha256,annotator,marked_at\n{first},ana,2026-01-01T00:00:00\n{second},bo,2026-01-02T00:00:00\n",
        encoding="utf-8",
    )
    dialog.answer("ask_annotation_set_path", tmp_path / "set.csv")
    assert counter.count(lambda: trigger(window, "loadSet")) == ONE
    assert _marks(window) == [(1, "ana"), (2, "bo")]
    assert counter.count(lambda: trigger(window, "undo")) == ONE
    assert _marks(window) == [(1, "ana")]
    assert counter.count(lambda: trigger(window, "redo")) == ONE
    assert [tuple(m) for m in project.done_marks()][1] == (2, "bo", "2026-01-02T00:00:00")
