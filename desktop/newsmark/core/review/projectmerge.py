"""Auto-merge over a whole project: each document's plan read and computed in turn, all applied in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from newsmark.core.model import Link, Span
from newsmark.core.review.curation import GoldPlan, Review, apply_plan, auto_merge_plan, review


class MergeStopped(Exception):
    """The one reading the project asked to stop."""


@dataclass(frozen=True)
class MergeCount:
    """What an auto-merge of the whole project would copy into gold for one number of annotators that must agree."""

    documents: int
    spans: int
    links: int


def document_review(project, document_id: int, curator: str, symmetric: set[int]) -> Review:
    """One document's review as it is saved now (as ``newsmark curate`` and the curation panel read it)."""
    rejected = {(d.start, d.end, d.tag_id, d.detail) for d in project.curation_decisions(document_id, curator)}
    return review(project.spans(document_id), project.links(document_id), curator=curator, rejected=rejected,
                  symmetric=symmetric)


def project_plans(
    project, curator: str, at_least: list[int], progress: Callable[[int, int], None] | None = None,
) -> dict[int, list[GoldPlan]]:
    """For each number in ``at_least``, every document's non-empty auto-merge plan (k above a document's annotators
    means all of them, as ``curate --auto-merge`` reads it); ``progress(done, total)`` may raise MergeStopped."""
    symmetric = {t.id for t in project.link_types() if t.symmetric}
    documents = [d.id for d in project.documents()]
    plans: dict[int, list[GoldPlan]] = {k: [] for k in at_least}
    for done, document_id in enumerate(documents, 1):
        rev = document_review(project, document_id, curator, symmetric)
        if rev.annotators:
            for k in at_least:
                plan = auto_merge_plan(rev, k)
                if plan:
                    plans[k].append(plan)
        if progress is not None:
            progress(done, len(documents))
    return plans


def counted(plans: list[GoldPlan]) -> MergeCount:
    """How many documents, spans and links these plans copy."""
    return MergeCount(len(plans), sum(len(p.spans) for p in plans), sum(len(p.links) for p in plans))


def apply_plans(project, plans: list[GoldPlan]) -> tuple[list[Span], list[Link]]:
    """Apply every plan in one transaction (all or none); returns what was added, for undo."""
    spans: list[Span] = []
    links: list[Link] = []
    with project.transaction():
        for plan in plans:
            added, linked = apply_plan(project, plan)
            spans += added
            links += linked
    return spans, links
