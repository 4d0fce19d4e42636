"""Undo commands of the review: accept, reject (and stop-list) suggestions, and save the team's rules; one transaction each."""

from __future__ import annotations

from newsmark.core.model import Span
from newsmark.ui.commands import _SessionCommand
from newsmark.ui.session import AnnotationSession


class AcceptSuggestionsCommand(_SessionCommand):
    """Accept one or many suggestions as spans; undo opens them again (their spans go), redo brings the same spans."""

    def __init__(self, session: AnnotationSession, decisions: list[tuple[int, dict]], document_id: int, text: str):
        super().__init__(session, text)
        self.decisions = decisions
        self.document_id = document_id
        self.accepted: list[tuple[int, Span]] | None = None
        self.links: list = []  # links made to the accepted spans since, taken out by an undo and put back by a redo

    def apply(self) -> None:
        if self.accepted is None:
            self.accepted = self.session.accept_suggestions(self.decisions)
        else:
            self.session.reaccept_suggestions(self.accepted, self.links)

    def revert(self) -> None:
        self.links = self.session.reopen_suggestions([i for i, _span in self.accepted], self.document_id)


class RejectSuggestionsCommand(_SessionCommand):
    """Reject suggestions (optionally stopping their text in the team gazetteer too); undo opens them again."""

    def __init__(
        self, session: AnnotationSession, ids: list[int], document_id: int, text: str,
        gazetteer: tuple[str, str] | None = None,
    ):
        super().__init__(session, text)
        self.ids, self.document_id = ids, document_id
        self.gazetteer = gazetteer  # (before, after) when the rejection also adds to the stop list

    def apply(self) -> None:
        after = self.gazetteer[1] if self.gazetteer else None
        self.session.reject_suggestions(self.ids, self.document_id, after)

    def revert(self) -> None:
        before = self.gazetteer[0] if self.gazetteer else None
        self.session.reopen_suggestions(self.ids, self.document_id, before)


class SetRulesCommand(_SessionCommand):
    """Save the team's gazetteer and patterns texts; undo puts the old texts back."""

    def __init__(self, session: AnnotationSession, old: tuple[str, str], new: tuple[str, str]):
        super().__init__(session, "Edit team rules")
        self.old, self.new = old, new

    def apply(self) -> None:
        self.session.set_rules(*self.new)

    def revert(self) -> None:
        self.session.set_rules(*self.old)
