"""Splitting a project: read what the split needs, make it (``split``), and store it in the project."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from newsmark.core.formats.exporting import documents_with_spans, tag_names
from newsmark.core.review.split import SplitDocument, SplitError, SplitResult, split_documents


def split_inputs(project, annotator: str | None = None) -> list[SplitDocument]:
    """Each document with its span counts per tag (only ``annotator``'s spans, if named)."""
    tags = tag_names(project)
    return [
        SplitDocument(
            document.id, document.sha256, document.text,
            Counter(tags[s.tag_id] for s in spans if annotator is None or s.annotator == annotator),
        )
        for document, spans in documents_with_spans(project)
    ]


def split_project(project, ratios: Mapping[str, float], seed: int = 0, annotator: str | None = None) -> SplitResult:
    """Split the project's documents and store each one's part, replacing any earlier split in one transaction."""
    documents = split_inputs(project, annotator)
    if not documents:
        raise SplitError(f"{project.path.name} has no documents to split")
    if annotator is not None and not any(d.tags for d in documents):
        known = ", ".join(repr(a) for a in project.annotators()) or "none"
        raise SplitError(f"no spans by annotator {annotator!r} in {project.path.name} (annotators: {known})")
    result = split_documents(documents, ratios, seed)
    project.save_split(result.parts, seed=seed, ratios=ratios, annotator=annotator or "")
    return result
