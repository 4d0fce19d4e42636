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
