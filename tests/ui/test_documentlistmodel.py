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
