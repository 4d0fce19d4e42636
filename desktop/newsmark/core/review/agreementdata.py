"""What agreement is computed from: each document's spans by annotator, its length and text, and the tag names."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

# A span as agreement sees it: (tag id, start, end); a document's spans by annotator, sorted, without duplicates.
Range = tuple[int, int, int]


@dataclass
class AgreementData:
    """Every span as (document, annotator, tag, range), the documents' lengths, titles and texts, the tags' names."""

    spans: dict[int, dict[str, list[Range]]]
    lengths: dict[int, int]
    tags: dict[int, str]  # id -> name, in the project's tag order
    titles: dict[int, str] = field(default_factory=dict)
    texts: dict[int, str] = field(default_factory=dict)  # only documents that two annotators or more annotated

    @classmethod
    def from_rows(
        cls, rows: Iterable[tuple[int, int, int, int, str]], documents: Iterable[tuple[int, str, str]],
        tags: dict[int, str], done: Iterable[tuple[int, str]] = (),
    ) -> "AgreementData":
        """From span rows ``(document_id, tag_id, start, end, annotator)``, documents ``(id, title, text)``
        and done marks ``(document_id, annotator)``."""
        return cls._with_texts(_with_done(_grouped(rows), done), documents, tags)

    @classmethod
    def _with_texts(cls, spans: dict, documents: Iterable[tuple[int, str, str]], tags: dict[int, str]) -> "AgreementData":
        data = cls({}, {}, dict(tags))
        for document_id, title, text in documents:
            if document_id in spans and len(spans[document_id]) > 1:
                data.lengths[document_id] = len(text)
                data.titles[document_id] = title
                data.texts[document_id] = text
        data.spans = {d: spans[d] for d in data.texts}
        return data

    @classmethod
    def from_project(cls, project, document_id: int | None = None) -> "AgreementData":
        """Read a project (or one of its documents): its span keys in one query, then the texts that are needed."""
        keys = project.span_keys()
        if document_id is not None:
            project.document_length(document_id)  # a NotFoundError names a document that is not there
            keys = [k for k in keys if k[0] == document_id]
        marks = [m[:2] for m in project.done_marks(document_id)]
        spans = _with_done(_grouped(keys), marks)
        shared = [d for d, by in spans.items() if len(by) > 1]
        # One query reads every text in order; one query per document is quicker only for a few of many.
        texts = project.document_texts() if len(shared) > 200 else project.document_texts(shared) if shared else ()
        return cls._with_texts(spans, texts, {t.id: t.name for t in project.tags()})

    def annotators(self) -> list[str]:
        """Everyone with a span or a done mark in these documents, sorted."""
        return sorted({a for by in self.spans.values() for a in by})


def _with_done(spans: dict[int, dict[str, list[Range]]], done: Iterable[tuple[int, str]]) -> dict:
    """Count a document for an analyst who marked it done: their spans there, or none at all (an empty list)."""
    for document_id, annotator in done:
        spans.setdefault(document_id, {}).setdefault(annotator, [])
    return spans


def _grouped(rows: Iterable[tuple[int, int, int, int, str]]) -> dict[int, dict[str, list[Range]]]:
    """Rows as document -> annotator -> sorted distinct (tag, start, end): split by document, then each sorted.

    One sort per document, not one of every row: a sort of a million rows is one call that holds
    Python's GIL for seconds, and the window's thread waits that long when a worker reads agreement.
    """
    by_document: dict[int, list[tuple[int, int, int, int, str]]] = {}
    for row in rows:
        found = by_document.get(row[0])
        if found is None:
            found = by_document[row[0]] = []
        found.append(row)
    spans: dict[int, dict[str, list[Range]]] = {}
    for document_id in sorted(by_document):
        by = spans[document_id] = {}
        for _document, tag_id, start, end, annotator in sorted(set(by_document[document_id])):
            found = by.get(annotator)
            if found is None:
                found = by[annotator] = []
            found.append((tag_id, start, end))
    return spans
