"""The document list model under Qt's model checks."""

from __future__ import annotations

from newsmark.core.model import DocumentInfo
from newsmark.ui.documentlistmodel import DocumentListModel


def test_document_list_passes_qt_model_checks(qtmodeltester):
    docs = [
        DocumentInfo(id=i, title=f"Article {i}", source_path=f"/a/{i}.txt", sha256=f"{i:064x}", added_at="", chars=100 * i, spans=i)
        for i in range(1, 6)
    ]
    model = DocumentListModel(docs)
    qtmodeltester.check(model)
    model.document_removed(3)
    model.span_count_changed(4, +2)
    assert [model.document_at(r).id for r in range(model.rowCount())] == [1, 2, 4, 5]
    assert model.document_at(2).spans == 6
    qtmodeltester.check(model)
