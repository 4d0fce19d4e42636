"""The walk every per-document exporter shares: each document with its text and its spans, in the order they were added."""

from __future__ import annotations

from collections.abc import Iterator

from newsmark.core.model import Document, Span


def documents_with_spans(project) -> Iterator[tuple[Document, list[Span]]]:
    """Each document (those without spans too) with its spans, read one document at a time.

    ``project`` is a Project or a FilteredProject: a filter's documents and spans are what it passes.
    """
    for info in project.documents():
        yield project.document(info.id), project.spans(info.id)


def tag_names(project) -> dict[int, str]:
    """The name of each tag by id."""
    return {t.id: t.name for t in project.tags()}


def link_types_by_id(project) -> dict:
    """Each link type by id (a LinkType: name, symmetric, ...)."""
    return {t.id: t for t in project.link_types()}


def category_names(project) -> dict[int, str]:
    """The name of each document category by id."""
    return {c.id: c.name for c in project.categories()}


def document_links(project, document_id: int, span_ids) -> list:
    """A document's links whose two spans are both in ``span_ids`` (the spans an export holds), in id order."""
    return [k for k in project.links(document_id) if k.source_id in span_ids and k.target_id in span_ids]


def document_labels(project, document_id: int, categories: dict[int, str]) -> list:
    """A document's labels in category order (as the tag set lists them), then by value."""
    order = {c: i for i, c in enumerate(categories)}
    labels = [d for d in project.document_labels(document_id) if d.category_id in order]
    return sorted(labels, key=lambda d: (order[d.category_id], d.value))
