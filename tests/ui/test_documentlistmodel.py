"""The document list model under Qt's model checks."""

from __future__ import annotations

from newsmark.core.model import DocumentInfo, Span
from newsmark.core.spanstore import SpanStore
from newsmark.ui.documentlistmodel import DocumentListModel


def test_document_list_passes_qt_model_checks(qtmodeltester):
    docs = [
        DocumentInfo(id=i, title=f"Article {i}", source_path=f"/a/{i}.txt", sha256=f"{i:064x}", added_at="", chars=100 * i, spans=i)
        for i in range(1, 6)
    ]
    store = SpanStore({d.id: d.spans for d in docs})
    model = DocumentListModel(docs, store)
    qtmodeltester.check(model)
    model.document_removed(3)
    store.add([Span(100, 4, 1, 0, 5), Span(101, 4, 1, 5, 9)])
    assert [model.document_at(r).id for r in range(model.rowCount())] == [1, 2, 4, 5]
    assert model.document_at(2).spans == 6
    qtmodeltester.check(model)


def test_documents_come_back_in_their_places_in_one_insertion_per_gap(qtmodeltester):
    docs = [DocumentInfo(i, f"Article {i}", "", f"{i:064x}", "", 10, 0) for i in range(1, 9)]
    model = DocumentListModel(docs)
    qtmodeltester.check(model)
    inserted, removed = [], []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    model.documents_removed([2, 3, 4, 7, 8])
    assert removed == [(6, 7), (1, 3)]  # two runs, the last first
    model.documents_added([d for d in docs if d.id in (8, 3, 2, 7, 4)])
    assert inserted == [(3, 4), (1, 3)]
    assert [model.document_at(r).id for r in range(model.rowCount())] == list(range(1, 9))
