"""Export filters: a read-only view of a project showing only some tags, documents, statuses or annotators.

Every exporter reads a project through ``documents()``, ``document()``, ``spans()``, ``tags()``,
``export_rows()``, ``link_types()``, ``categories()``, ``links()`` and ``document_labels()``; this view
offers the same, so each format gets every filter for free.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsmark.core.errors import NewsmarkError
from newsmark.core.model import STATUSES, Document, DocumentInfo, Span, Tag


class FilteredProject:
    """A project as one export should see it; ``None`` for a filter means "all"."""

    def __init__(
        self,
        project,
        *,
        tags: Iterable[str] | None = None,
        documents: Iterable[int] | None = None,
        statuses: Iterable[str] | None = None,
        annotators: Iterable[str] | None = None,
    ):
        self._project = project
        self.path = project.path
        known = {t.name.casefold(): t for t in project.tags()}
        unknown = [t for t in tags or () if t.casefold() not in known]
        if unknown:
            raise NewsmarkError(f"no tag called {', '.join(map(repr, unknown))} in {project.path.name}")
        bad = [s for s in statuses or () if s not in STATUSES]
        if bad:
            raise NewsmarkError(f"unknown status {', '.join(map(repr, bad))}; use {', '.join(STATUSES)}")
        self._tag_ids = None if tags is None else {known[t.casefold()].id for t in tags}
        self._documents = None if documents is None else set(documents)
        self._statuses = None if statuses is None else set(statuses)
        self._annotators = None if annotators is None else set(annotators)

    def tags(self) -> list[Tag]:
        """The tags the export covers."""
        return [t for t in self._project.tags() if self._tag_ids is None or t.id in self._tag_ids]

    def documents(self) -> list[DocumentInfo]:
        """The documents the export covers."""
        return [d for d in self._project.documents() if self._wants_document(d.id, d.status)]

    def document(self, document_id: int) -> Document:
        """One document with its text."""
        return self._project.document(document_id)

    def spans(self, document_id: int) -> list[Span]:
        """A document's spans that pass the tag and annotator filters."""
        return [s for s in self._project.spans(document_id) if self._wants_span(s.tag_id, s.annotator)]

    def export_rows(self) -> Iterator[tuple]:
        """The CSV rows of the spans that pass every filter."""
        wanted_docs = {d.id for d in self.documents()}
        names = {t.name for t in self.tags()}
        for row in self._project.export_rows():
            # (document_id, title, sha256, span_id, tag, start, end, text, note, annotator, ...)
            if row[0] in wanted_docs and row[4] in names and (self._annotators is None or row[9] in self._annotators):
                yield row

    def link_types(self) -> list:
        """Every link type (a filter keeps links, not types)."""
        return self._project.link_types()

    def categories(self) -> list:
        """Every document category."""
        return self._project.categories()

    def links(self, document_id: int) -> list:
        """A document's links whose two spans are both kept (and by a kept annotator)."""
        kept = {s.id for s in self.spans(document_id)}
        return [
            k for k in self._project.links(document_id)
            if k.source_id in kept and k.target_id in kept and (self._annotators is None or k.annotator in self._annotators)
        ]

    def document_labels(self, document_id: int) -> list:
        """A document's labels by a kept annotator (a tag filter keeps them: they belong to the document)."""
        return [d for d in self._project.document_labels(document_id) if self._annotators is None or d.annotator in self._annotators]

    def _wants_document(self, document_id: int, status: str) -> bool:
        return (self._documents is None or document_id in self._documents) and (
            self._statuses is None or status in self._statuses
        )

    def _wants_span(self, tag_id: int, annotator: str) -> bool:
        return (self._tag_ids is None or tag_id in self._tag_ids) and (
            self._annotators is None or annotator in self._annotators
        )
