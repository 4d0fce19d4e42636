"""Bulk changes over many documents update the window once, in proportion to what changed."""

from __future__ import annotations

import pytest
from newsmark.core.storage import Project
from newsmark.core.text.search import Query
from newsmark.ui.tagcommands import DeleteTagCommand

from tests.ui.conftest import rows

DOCUMENTS = 12


@pytest.fixture
def corpus(tmp_path, open_window, dialog):
    path = tmp_path / "corpus.newsmark"
    with Project.open(path, create=True) as p:
        for i in range(DOCUMENTS):
            p.add_document(f"Article {i}", f"Report {i}: Kursk said one thing. Kursk said another.\n")
    window = open_window(path)
    window.documents.filter.setCurrentIndex(1)  # "Not done": the status filter is active
    dialog.answer("ask_annotate_all", True)
    return window, path


class Spy:
    """Counts what the document list model and view are told."""

    def __init__(self, window, monkeypatch):
        model = window.document_list.model()
        self.changed: list[tuple[int, int]] = []
        self.resets = 0
        self.hidden = 0
        model.dataChanged.connect(lambda top, bottom, _roles=(): self.changed.append((top.row(), bottom.row())))
        model.modelReset.connect(self._reset)
        set_hidden = window.document_list.setRowHidden

        def counted(row, hide):
            self.hidden += 1
            set_hidden(row, hide)

        monkeypatch.setattr(window.document_list, "setRowHidden", counted)

    def _reset(self):
        self.resets += 1

    def clear(self):
        self.changed, self.resets, self.hidden = [], 0, 0


def _counts(window):
    model = window.document_list.model()
    return [model.document_at(r).spans for r in range(model.rowCount())]


def test_tag_all_in_every_document_its_undo_and_redo_each_repaint_the_list_once(corpus, monkeypatch):
    window, path = corpus
    spy = Spy(window, monkeypatch)
    window.finder.annotate(Query("Kursk", whole_word=True), tag_id=1, everywhere=True)
    assert len(rows(path)) == 2 * DOCUMENTS
    # One signal for the whole batch, no reset, and the status filter not run again row by row.
    assert (spy.changed, spy.resets, spy.hidden) == ([(0, DOCUMENTS - 1)], 0, 0)
    assert _counts(window) == [2] * DOCUMENTS
    assert window.span_table.model().rowCount() == 2
    for step, expected in ((window.actions.undo, 0), (window.actions.redo, 2)):
        spy.clear()
        step.trigger()
        assert (spy.changed, spy.resets, spy.hidden) == ([(0, DOCUMENTS - 1)], 0, 0)
        assert _counts(window) == [expected] * DOCUMENTS
        assert window.span_table.model().rowCount() == expected


def test_deleting_a_tag_with_spans_everywhere_and_its_undo_repaint_the_list_once(corpus, monkeypatch):
    window, _path = corpus
    window.finder.annotate(Query("said"), tag_id=2, everywhere=True)
    window.finder.annotate(Query("Kursk"), tag_id=1, everywhere=True)
    session = window.session
    spy = Spy(window, monkeypatch)
    window.undo_stack.push(DeleteTagCommand(session, session.tag(2), None))
    assert (spy.changed, spy.resets, spy.hidden) == ([(0, DOCUMENTS - 1)], 0, 0)
    assert _counts(window) == [2] * DOCUMENTS
    assert sorted(s.tag_id for s in session.index) == [1, 1]
    spy.clear()
    window.actions.undo.trigger()
    assert (spy.changed, spy.resets, spy.hidden) == ([(0, DOCUMENTS - 1)], 0, 0)
    assert _counts(window) == [4] * DOCUMENTS
    assert sorted(s.tag_id for s in session.index) == [1, 1, 2, 2]


def test_moving_a_tags_spans_to_another_tag_and_back_changes_the_shown_rows_in_place(corpus, monkeypatch):
    window, path = corpus
    window.finder.annotate(Query("Kursk"), tag_id=2, everywhere=True)
    session = window.session
    table = window.span_table.model()
    resets = []
    table.modelReset.connect(lambda: resets.append(1))
    window.undo_stack.push(DeleteTagCommand(session, session.tag(2), 3))
    assert [table.span_at(r).tag_id for r in range(table.rowCount())] == [3, 3]
    assert session.span_counts()[3] == 2 and _counts(window) == [2] * DOCUMENTS
    window.actions.undo.trigger()
    assert [table.span_at(r).tag_id for r in range(table.rowCount())] == [2, 2]
    assert rows(path, "SELECT DISTINCT tag_id FROM spans") == [(2,)]
    assert resets == []  # two changed rows are changed in place: the selection and scroll position stay


def test_undoing_and_redoing_an_add_of_many_documents_changes_the_list_once_each(corpus, dialog, tmp_path):
    window, path = corpus
    files = []
    for i in range(5):
        files.append(tmp_path / f"new{i}.txt")
        files[-1].write_text(f"New article {i} about Kursk.\n", encoding="utf-8")
    dialog.answer("ask_documents", files)
    window.actions.add_documents.trigger()
    model = window.document_list.model()
    assert model.rowCount() == DOCUMENTS + 5
    inserted, removed = [], []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    window.actions.undo.trigger()
    assert removed == [(DOCUMENTS, DOCUMENTS + 4)] and model.rowCount() == DOCUMENTS
    assert rows(path, "SELECT count(*) FROM documents") == [(DOCUMENTS,)]
    window.actions.redo.trigger()
    assert inserted == [(DOCUMENTS, DOCUMENTS + 4)] and model.rowCount() == DOCUMENTS + 5
    assert window.session.document.title.startswith("New article 4")
