"""The curator's undo steps: accept versions or auto-merge into gold, and reject; each one transaction."""

from __future__ import annotations

from newsmark.core.curationstore import CurationDecision
from newsmark.core.model import Link, Span
from newsmark.core.review.curation import GoldPlan, apply_plan, take_back
from newsmark.ui.commands import _SessionCommand
from newsmark.ui.session import AnnotationSession


class AddToGoldCommand(_SessionCommand):
    """Copy spans (and links between them) into the gold set: one transaction; undo takes exactly those out."""

    def __init__(self, session: AnnotationSession, plan: GoldPlan, text: str):
        super().__init__(session, text)
        self.plan = plan
        self.spans: list[Span] | None = None
        self.links: list[Link] = []

    def apply(self) -> None:
        project, store = self.session.project, self.session.store
        self.session.open_document(self.plan.document_id)
        if self.spans is None:
            self.spans, self.links = apply_plan(project, self.plan)
        else:
            project.restore_spans(self.spans, self.links)
        store.add(self.spans)  # the links ending at new spans come with them (ShownLinks reads them)
        self.session.links.add(self.links)

    def revert(self) -> None:
        self.session.open_document(self.plan.document_id)
        take_back(self.session.project, self.spans, self.links)
        self.session.links.remove(self.links)
        self.session.store.remove(self.spans)


class RejectCommand(_SessionCommand):
    """Remember that the curator rejected a disagreement's spans and links: one transaction; undo forgets it."""

    def __init__(self, session: AnnotationSession, decisions: list[CurationDecision], text: str):
        super().__init__(session, text)
        self.decisions = decisions
        self.saved: list[CurationDecision] | None = None

    def apply(self) -> None:
        if self.saved is None:
            self.saved = self.session.project.add_curation_decisions(self.decisions)
        else:
            self.session.project.restore_curation_decisions(self.saved)

    def revert(self) -> None:
        self.session.project.delete_curation_decisions([d.id for d in self.saved])
