"""The session's suggestions: store, accept, reject and reopen them, one transaction each, then tell the stores."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from newsmark.core.model import Span
from newsmark.core.suggest.learning import last_held, newly_held
from newsmark.core.suggest.running import project_suggester
from newsmark.core.suggest.suggestion import StoredSuggestion, Suggestion


class SessionSuggestions:
    """Mixed into ``AnnotationSession``: each method is one project call or one ``transaction``.

    Expects ``project``, ``store``, ``links``, ``annotator``, ``open_document`` and the
    ``suggestions_changed`` signal (a set of document ids) from the session it is mixed into.
    """

    def suggestions(self, document_id: int) -> list[StoredSuggestion]:
        """The open suggestions of a document, in text order."""
        return self.project.suggestions(document_id)

    def suggest_and_count(self, document_id: int, *, learned=None) -> tuple[int, int]:
        """Run the project's suggesters (with its team rules) on one document and keep what they propose, in one
        transaction, through ``learned`` (a model learned from the decisions, see ``ui/learnedmodels.py``) if given:
        (open, held back by it). A broken rule file is a NewsmarkError naming its line."""
        suggester = project_suggester(self.project, learned=learned)
        text = self.project.document(document_id).text
        stored = self.store_suggestions({document_id: suggester(text)})
        return stored, newly_held(self.project, {document_id: last_held(suggester)})

    def store_suggestions(self, found: Mapping[int, Iterable[Suggestion]]) -> int:
        """Replace these documents' open suggestions with ``found`` (one transaction)."""
        stored = self.project.store_suggestions(found)
        self.suggestions_changed.emit(set(found))
        return stored

    def accept_suggestions(self, decisions: list[tuple[int, dict]]) -> list[tuple[int, Span]]:
        """Accept suggestions as spans carrying the analyst's name; the span store hears of them in one batch."""
        spans = self.project.accept_suggestions(decisions, annotator=self.annotator)
        self.store.add(spans)
        self.suggestions_changed.emit({s.document_id for s in spans})
        return [(suggestion_id, span) for (suggestion_id, _changes), span in zip(decisions, spans)]

    def reaccept_suggestions(self, accepted: list[tuple[int, Span]], links: list) -> None:
        """Redo an accept: the same spans (ids) and their links come back, in one transaction."""
        self.project.reaccept_suggestions(accepted, links)
        spans = [span for _id, span in accepted]
        self.store.add(spans)
        self.links.add(links)
        self.suggestions_changed.emit({s.document_id for s in spans})

    def reject_suggestions(self, ids: list[int], document_id: int, gazetteer: str | None = None) -> None:
        """Reject suggestions (and, given ``gazetteer``, save the team gazetteer too) in one transaction."""
        with self.project.transaction():
            self.project.reject_suggestions(ids, annotator=self.annotator)
            if gazetteer is not None:
                self.project.set_rule_text("gazetteer", gazetteer)
        self.suggestions_changed.emit({document_id})

    def reopen_suggestions(self, ids: list[int], document_id: int, gazetteer: str | None = None) -> list:
        """Undo decisions in one transaction (accepted spans go); returns the links that went with those spans."""
        with self.project.transaction():
            gone = self.project.reopen_suggestions(ids)
            if gazetteer is not None:
                self.project.set_rule_text("gazetteer", gazetteer)
        self.store.remove([span for span, _links in gone])
        self.suggestions_changed.emit({document_id})
        return [link for _span, links in gone for link in links]

    def set_rules(self, gazetteer: str, patterns: str) -> None:
        """Save the team's gazetteer and patterns texts together, in one transaction."""
        with self.project.transaction():
            self.project.set_rule_text("gazetteer", gazetteer)
            self.project.set_rule_text("patterns", patterns)
