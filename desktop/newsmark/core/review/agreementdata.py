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
        tags: dict[int, str],
    ) -> "AgreementData":
        """From span rows ``(document_id, tag_id, start, end, annotator)`` and documents ``(id, title, text)``."""
        spans: dict[int, dict[str, set[Range]]] = {}
        for document_id, tag_id, start, end, annotator in rows:
            spans.setdefault(document_id, {}).setdefault(annotator, set()).add((tag_id, start, end))
        data = cls({d: {a: sorted(r) for a, r in by.items()} for d, by in spans.items()}, {}, dict(tags))
        shared = {d for d, by in data.spans.items() if len(by) > 1}
        for document_id, title, text in documents:
            data.lengths[document_id] = len(text)
            data.titles[document_id] = title
            if document_id in shared:
                data.texts[document_id] = text
        data.spans = {d: by for d, by in data.spans.items() if d in data.lengths}
        return data

    @classmethod
    def from_project(cls, project, document_id: int | None = None) -> "AgreementData":
        """Read a project (or one of its documents) in a few queries: span keys, then the texts that are needed."""
        keys = project.span_keys()
        if document_id is not None:
            project.document_length(document_id)  # a NotFoundError names a document that is not there
            keys = [k for k in keys if k[0] == document_id]
        annotators: dict[int, set[str]] = {}
        for key in keys:
            annotators.setdefault(key[0], set()).add(key[4])
        shared = [d for d, names in annotators.items() if len(names) > 1]
        tags = {t.id: t.name for t in project.tags()}
        texts = project.document_texts(shared) if shared else iter(())
        return cls.from_rows(keys, texts, tags)

    def annotators(self) -> list[str]:
        """Everyone with a span in these documents, sorted."""
        return sorted({a for by in self.spans.values() for a in by})
