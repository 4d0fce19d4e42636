"""Export filters: a read-only view of a project showing only some tags, documents, statuses, annotators or one split part.

Every exporter reads a project through ``documents()``, ``document()``, ``spans()``, ``tags()``,
``export_rows()`` and the link reads (``links()``, ``all_links()``, ``document_labels()``, ...); this view
offers the same, so each format gets every filter for free. A link is kept only when both its spans
are; with an annotator filter, only those annotators' links and document labels are kept. With
``suggestions``, the open suggestions come too, as spans by the annotator ``suggested:<suggester>``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator
from operator import itemgetter

from newsmark.core.donemarks import DoneMark
from newsmark.core.errors import NewsmarkError
from newsmark.core.splitstore import PARTS, NoSplitError, SplitInfo
from newsmark.core.model import STATUSES, Category, Document, DocumentInfo, DocumentLabel, Link, LinkType, Span, Tag


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
        suggestions: bool = False,
        split: str | None = None,
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
        self._kept: set[int] | None = None
        self._suggestions = suggestions
        self._first_suggestion_id = 0
        if suggestions:
            # Suggestions are numbered after every span, so an export's span ids stay unique.
            self._first_suggestion_id = project.newest_ids()[0]
        self._asked = {
            "tags": None if tags is None else list(tags),
            **{name: None if chosen is None else sorted(chosen) for name, chosen in (
                ("documents", self._documents), ("statuses", self._statuses), ("annotators", self._annotators))},
        }
        self.split = split
        self._split_documents = None if split is None else _part_documents(project, split)

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
        spans = self._project.spans(document_id) + self._suggested_spans(document_id)
        return [s for s in spans if self._wants_span(s.tag_id, s.annotator)]

    def export_rows(self) -> Iterator[tuple]:
        """The CSV rows of the spans that pass every filter."""
        wanted_docs = {d.id for d in self.documents()}
        names = {t.name for t in self.tags()}
        for row in self._rows():
            # (document_id, title, sha256, span_id, tag, start, end, text, note, annotator, ...)
            if row[0] in wanted_docs and row[4] in names and (self._annotators is None or row[9] in self._annotators):
                yield row

    def _rows(self) -> Iterator[tuple]:
        """The project's rows, each document's open suggestions after its spans when they are asked for."""
        if not self._suggestions:
            yield from self._project.export_rows()
            return
        rows = itertools.groupby(self._project.export_rows(), key=itemgetter(0))
        pending = next(rows, None)
        tags = {t.id: t.name for t in self._project.tags()}
        for info in self._project.documents():
            if pending is not None and pending[0] == info.id:
                yield from pending[1]
                pending = next(rows, None)
            suggested = self._suggested_spans(info.id)
            if suggested:
                doc = self._project.document(info.id)
                for s in suggested:
                    yield (info.id, doc.title, doc.sha256, s.id, tags[s.tag_id], s.start, s.end, doc.text[s.start:s.end],
                           s.note, s.annotator, s.created_at, s.updated_at, s.attributes)

    def _suggested_spans(self, document_id: int) -> list[Span]:
        """A document's open suggestions as spans (none unless the export asks for them)."""
        if not self._suggestions:
            return []
        return [
            Span(self._first_suggestion_id + s.id, document_id, s.tag_id, s.start, s.end, "", f"suggested:{s.suggester}",
                 s.created_at, s.created_at, s.attributes)
            for s in self._project.suggestions(document_id)
        ]

    @property
    def source(self):
        """The whole project this view shows part of."""
        return self._project

    def filters(self) -> list[str]:
        """The filters in words, for a data card: e.g. ``["split: test", "tags: claim, quote"]``."""
        said = [f"split: {self.split}"] if self.split is not None else []
        for name, values in self._asked.items():
            if values is not None:
                said.append(f"{name}: {', '.join(map(str, values))}")
        return said

    def split_parts(self) -> dict[int, str]:
        """Each split document's part (of the whole project; empty when it was never split)."""
        return self._project.split_parts()

    def split_info(self) -> SplitInfo | None:
        """How the project's split was made; None when it was never split."""
        return self._project.split_info()

    def link_types(self) -> list[LinkType]:
        """Every link type of the project (a format's schema lists them all)."""
        return self._project.link_types()

    def link_type(self, type_id: int) -> LinkType:
        """One link type by id."""
        return self._project.link_type(type_id)

    def categories(self) -> list[Category]:
        """Every document category of the project."""
        return self._project.categories()

    def category(self, category_id: int) -> Category:
        """One document category by id."""
        return self._project.category(category_id)

    def links(self, document_id: int) -> list[Link]:
        """A kept document's links whose two spans are both kept."""
        if document_id not in self._kept_documents():
            return []
        return self._kept_links(self._project.links(document_id), document_id)

    def all_links(self) -> Iterator[Link]:
        """The kept links of every kept document, by document then id."""
        for info in self.documents():
            yield from self._kept_links(self._project.links(info.id), info.id)

    def links_of_spans(self, span_ids: Iterable[int]) -> list[Link]:
        """The kept links that start or end at any of these spans."""
        found = self._project.links_of_spans(span_ids)
        documents = self._kept_documents()
        kept = []
        for document_id in sorted({k.document_id for k in found} & documents):
            kept += self._kept_links([k for k in found if k.document_id == document_id], document_id)
        return sorted(kept)

    def document_labels(self, document_id: int) -> list[DocumentLabel]:
        """A kept document's labels (only the chosen annotators', with that filter)."""
        if document_id not in self._kept_documents():
            return []
        return [label for label in self._project.document_labels(document_id) if self._wants_annotator(label.annotator)]

    def labels_by_document(self) -> dict[int, list[DocumentLabel]]:
        """The labels of every kept document (those without any left out)."""
        documents = self._kept_documents()
        found = {}
        for document_id, labels in self._project.labels_by_document().items():
            labels = [label for label in labels if self._wants_annotator(label.annotator)]
            if document_id in documents and labels:
                found[document_id] = labels
        return found

    def done_marks(self, document_id: int | None = None) -> list[DoneMark]:
        """The done marks of the kept documents (or of one), only the chosen annotators', with that filter."""
        documents = self._kept_documents()
        return [
            m for m in self._project.done_marks(document_id)
            if m.document_id in documents and self._wants_annotator(m.annotator)
        ]

    def _kept_documents(self) -> set[int]:
        # Once per view: exporters ask per document, and listing the documents costs a query each time.
        if self._kept is None:
            self._kept = {d.id for d in self.documents()}
        return self._kept

    def _kept_links(self, links: list[Link], document_id: int) -> list[Link]:
        if self._tag_ids is None and self._annotators is None:
            return links  # every span of a kept document is kept
        spans = {s.id for s in self.spans(document_id)}
        return [k for k in links if k.source_id in spans and k.target_id in spans and self._wants_annotator(k.annotator)]

    def _wants_annotator(self, annotator: str) -> bool:
        return self._annotators is None or annotator in self._annotators

    def _wants_document(self, document_id: int, status: str) -> bool:
        return (
            (self._documents is None or document_id in self._documents)
            and (self._statuses is None or status in self._statuses)
            and (self._split_documents is None or document_id in self._split_documents)
        )

    def _wants_span(self, tag_id: int, annotator: str) -> bool:
        return (self._tag_ids is None or tag_id in self._tag_ids) and (
            self._annotators is None or annotator in self._annotators
        )


def _part_documents(project, part: str) -> set[int]:
    """The ids of the documents in one part of the project's split; one clear error if there is none."""
    if part not in PARTS:
        raise NewsmarkError(f"unknown split part {part!r}; use {', '.join(PARTS)}")
    parts = project.split_parts()
    if not parts:
        raise NoSplitError(
            f"{project.path.name} has not been split into {'/'.join(PARTS)}; run: newsmark split {project.path.name}"
        )
    return {document_id for document_id, p in parts.items() if p == part}
