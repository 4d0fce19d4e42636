"""Reviewing suggestions in the window: propose, walk, accept, reject, stop-list and accept all of a tag.

The review keys (Tab, Shift+Tab, Enter/A, Backspace/X, Shift+X, Shift+A, Esc, a tag key, the edge
keys) act only while the review is on, a suggestion is current and no text is selected; otherwise
their actions are disabled and every key does what it always did.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QObject
from PySide6.QtGui import QKeySequence

from newsmark.core.attributes import retagged_values, suggested_values
from newsmark.core.errors import NewsmarkError
from newsmark.core.model import Span
from newsmark.core.suggest.learning import held_note
from newsmark.core.suggest.rulecheck import rule_problems
from newsmark.core.suggest.teamgazetteer import add_stop
from newsmark.core.suggest.suggestion import StoredSuggestion
from newsmark.core.text.edges import move_edge
from newsmark.ui.suggestcommands import AcceptSuggestionsCommand, RejectSuggestionsCommand, SetRulesCommand
from newsmark.ui.suggestionpainter import SuggestionPainter

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget

    from newsmark.ui.actions import Actions
    from newsmark.ui.articleview import ArticleView
    from newsmark.ui.context import WindowContext
    from newsmark.ui.learnedmodels import LearnedModels
    from newsmark.ui.suggestionlist import SuggestionPanel

STATUS_MS = 6000
LEARN_SETTING = "suggest/learn"  # Review › Learn from Decisions; off unless turned on (see bench/bench_learning.py)


class SuggestionReview(QObject):
    """Keeps the shown document's open suggestions on screen and in the list, and turns review keys into commands."""

    def __init__(self, ctx: WindowContext, actions: Actions, view: ArticleView, panel: SuggestionPanel, tabs: QTabWidget,
                 models: LearnedModels):
        super().__init__(ctx.parent)
        self._ctx, self._actions, self._view, self.panel, self._tabs = ctx, actions, view, panel, tabs
        self._models = models  # the model learned from the decisions, kept while they stay the same
        self._waiting_for: int | None = None  # the document to suggest in once the model is learned
        self.painter = SuggestionPainter(view)
        self.rows: list[StoredSuggestion] = []
        self.current: StoredSuggestion | None = None
        self.edges: tuple[int, int] | None = None  # the current suggestion's edges as adjusted, before accepting
        self.on = False  # reviewing: the suggestions are painted and the review keys may act
        self._resume = False
        self._keys_on = False
        self._delete_keys = list(actions.delete_span.shortcuts())
        a = actions
        a.suggest_document.triggered.connect(self.suggest_document)
        a.next_suggestion.triggered.connect(lambda: self.step(forward=True))
        a.previous_suggestion.triggered.connect(lambda: self.step(forward=False))
        a.accept_suggestion.triggered.connect(lambda: self.accept())
        a.reject_suggestion.triggered.connect(lambda: self.reject(stop=False))
        a.reject_and_stop.triggered.connect(lambda: self.reject(stop=True))
        a.accept_all_suggestions.triggered.connect(self.accept_all)
        a.stop_review.triggered.connect(self.stop)
        a.edit_rules.triggered.connect(self.edit_rules)
        a.learn_from_decisions.setChecked(ctx.settings.value(LEARN_SETTING, False, type=bool))
        a.learn_from_decisions.toggled.connect(lambda on: ctx.settings.setValue(LEARN_SETTING, on))
        for other in (a.confirm_link, a.cancel_link):  # Enter and Esc belong to a link being made
            other.enabledChanged.connect(lambda _on: self._update_keys())
        view.selectionChanged.connect(self._update_keys)
        panel.table.clicked.connect(lambda index: self.go_to(self.panel.model.suggestion_at(index.row()).id))

    # -- the session ----------------------------------------------------------------

    def connect_session(self) -> None:
        """Follow a newly opened project: its suggestions, tags and shown document."""
        s = self._ctx.session
        s.document_changed.connect(self.reload)
        s.suggestions_changed.connect(lambda ids: self.reload() if s.document and s.document.id in ids else None)
        s.tags_changed.connect(self._tags_changed)
        self.on = False
        self._resume = True  # a review left open goes on where the analyst left it, once a document shows
        self._tags_changed()

    def _tags_changed(self) -> None:
        self.painter.set_colors(self._ctx.session.tags)
        self.reload()

    def reload(self) -> None:
        """Read the shown document's open suggestions again; the current one stays, or the next one in the text does."""
        session = self._ctx.session
        doc = session.document
        previous = self.current
        self.rows = session.suggestions(doc.id) if doc is not None else []
        by_id = {s.id: s for s in self.rows}
        if previous is not None and previous.id in by_id:
            self.current = by_id[previous.id]
        else:
            self.edges = None
            after = [s for s in self.rows if previous is not None and (s.start, s.end) >= (previous.start, previous.end)]
            self.current = (after or self.rows or [None])[0]
        if previous is not None and (self.current is None or self.current.id != previous.id):
            self.edges = None
        names = {t.id: t.name for t in session.tags}
        self.panel.model.set_rows(self.rows, doc.text if doc else "", names)
        n = len(self.rows)
        self.panel.summary.setText(
            f"{n} open suggestion{'s' if n != 1 else ''}. Tab/Shift+Tab walk them; Enter or A accepts, Backspace or X "
            "rejects, Shift+X rejects and stop-lists, a tag key retags and accepts, Esc stops." if n else
            "No open suggestions. Review › Suggest for This Document (Ctrl+Shift+S) proposes some for this document."
        )
        self._tabs.setTabText(self._tabs.indexOf(self.panel), f"Suggestions ({n})" if n else "Suggestions")
        if self._resume and doc is not None:
            self._resume = False
            if n and not self.on:
                self.start()
                return
        self._show()

    def _show(self) -> None:
        """Paint, select in the list and enable the keys after the current suggestion changed."""
        if self.on:
            spans = [_as_span(s) for s in self.rows]
            current = _as_span(self.current, self.edges) if self.current is not None else None
            self.painter.show(spans, current)
        else:
            self.painter.show([], None)
        row = self.panel.model.row_of(self.current.id) if self.current is not None else None
        table = self.panel.table
        if row is None:
            table.clearSelection()
        else:
            index = self.panel.model.index(row, 0)
            table.selectionModel().setCurrentIndex(index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
            table.scrollTo(index)
        self._update_keys()

    # -- keys ---------------------------------------------------------------------------

    def takes_keys(self) -> bool:
        """Whether the review keys act now: reviewing, a suggestion current, no text selected."""
        return self.on and self.current is not None and self._view.selection_range() is None

    def _update_keys(self) -> None:
        on = self.takes_keys()
        a = self._actions
        link_pending = a.confirm_link.isEnabled()
        for action in (a.next_suggestion, a.previous_suggestion, a.reject_suggestion, a.reject_and_stop,
                       a.accept_all_suggestions):
            action.setEnabled(on)
        a.accept_suggestion.setEnabled(on and not link_pending)  # Enter finishes a link being made
        a.stop_review.setEnabled(self.on and not link_pending)  # and Esc cancels it
        if on != self._keys_on:  # Backspace rejects while reviewing; Delete still deletes the selected span
            self._keys_on = on
            keys = [k for k in self._delete_keys if k != QKeySequence("Backspace")] if on else self._delete_keys
            a.delete_span.setShortcuts(keys)

    def tag_key(self, tag_id: int) -> bool:
        """A tag key while reviewing: retag the current suggestion and accept it (True if the review took the key)."""
        if not self.takes_keys():
            return False
        self.accept(tag_id)
        return True

    def edge_key(self, edge: str, *, grow: bool, by: str) -> bool:
        """An edge key while reviewing: move the current suggestion's edge before it is accepted (True if taken)."""
        if not self.takes_keys():
            return False
        start, end = self.edges or (self.current.start, self.current.end)
        moved = move_edge(self._ctx.session.document.text, start, end, edge=edge, grow=grow, by=by)
        if moved is None:
            self._ctx.status(f"The suggestion's {edge} cannot move further.", STATUS_MS)
        else:
            self.edges = moved
            text = " ".join(self._ctx.session.document.text[moved[0]:moved[1]].split())
            self._ctx.status(f"Suggestion now “{text[:60]}” — Enter accepts it so", STATUS_MS)
            self._show()
        return True

    # -- actions ------------------------------------------------------------------------

    def suggest_document(self) -> None:
        """Run the suggesters on the shown document, keep what they propose (one transaction) and start reviewing."""
        session = self._ctx.session
        if session.document is None:
            self._ctx.status("Open a document first.", STATUS_MS)
            return
        if not self._actions.learn_from_decisions.isChecked():
            self._suggest(session.document.id, None)
            return
        # Stale or no model: it is learned on a worker and the suggestions wait for it (the rules alone would
        # propose again what the analyst rejected, then change under the cursor once it came).
        asked = self._waiting_for is not None and self._models.training  # a second press while learning: one run
        self._waiting_for = session.document.id
        if not asked and not self._models.when_ready(self._learned):
            self._ctx.status("Learning from your decisions… the suggestions follow.", STATUS_MS)

    def _learned(self, model) -> None:
        document_id, self._waiting_for = self._waiting_for, None
        if document_id is not None:
            self._suggest(document_id, model)

    def _suggest(self, document_id: int, learned) -> None:
        session = self._ctx.session
        try:
            n, held = session.suggest_and_count(document_id, learned=learned)
        except (NewsmarkError, OSError) as e:
            self._ctx.report("Could not suggest", e)
            return
        self.start()
        said = f"{n} suggestion{'s' if n != 1 else ''} to review in this document" if n else "Nothing new to suggest in this document"
        self._ctx.status(f"{said}{held_note(held)}.", STATUS_MS)

    def start(self) -> None:
        """Review: paint the suggestions, show their list and make the first one current."""
        self.on = True
        self._tabs.setCurrentWidget(self.panel)
        self._view.clear_selection()
        self.reload()
        self._reveal()

    def stop(self) -> None:
        """Stop reviewing: the suggestions stay stored, unpainted; the keys work as usual again."""
        self.on = False
        self._show()

    def go_to(self, suggestion_id: int) -> None:
        """Make a suggestion current (a click in the list)."""
        chosen = next((s for s in self.rows if s.id == suggestion_id), None)
        if chosen is not None:
            self.on, self.current, self.edges = True, chosen, None
            self._view.clear_selection()
            self._show()
            self._reveal()

    def step(self, *, forward: bool) -> None:
        """The next (or previous) suggestion in the text, wrapping around."""
        if not self.rows:
            return
        i = next((k for k, s in enumerate(self.rows) if s.id == self.current.id), 0) if self.current else -1
        self.current = self.rows[(i + (1 if forward else -1)) % len(self.rows)]
        self.edges = None
        self._show()
        self._reveal()

    def _reveal(self) -> None:
        if self.current is None:
            return
        cursor = self._view.textCursor()
        cursor.setPosition(self._view.offsets.to_utf16(self.current.start))
        self._view.setTextCursor(cursor)
        self._view.centerCursor()
        self._view.viewport().update()
        tag = self._ctx.session.tag(self.current.tag_id)
        i = self.rows.index(self.current) + 1
        self._ctx.status(
            f"Suggestion {i} of {len(self.rows)}: {tag.name if tag else '?'} ({self.current.confidence:.2f}, "
            f"{self.current.suggester}) — Enter accepts, Backspace rejects", STATUS_MS,
        )

    def accept(self, tag_id: int | None = None) -> None:
        """Accept the current suggestion (retagged, with edges as adjusted): one undo step, one transaction."""
        s, session = self.current, self._ctx.session
        if s is None:
            return
        changes = self._decision(s, tag_id)
        tag = session.tag(changes.get("tag_id", s.tag_id))
        start, end = self.edges or (s.start, s.end)
        text = " ".join(session.document.text[start:end].split())
        self._push(AcceptSuggestionsCommand(
            session, [(s.id, changes)], s.document_id, f"Accept {tag.name if tag else '?'} “{text[:30]}”"
        ))

    def _decision(self, s: StoredSuggestion, tag_id: int | None) -> dict:
        session = self._ctx.session
        suggested_tag = session.tag(s.tag_id)
        attributes = suggested_values(suggested_tag, s.attributes)
        changes: dict = {}
        if tag_id is not None and tag_id != s.tag_id:
            changes["tag_id"] = tag_id
            attributes = retagged_values(attributes, suggested_tag, session.tag(tag_id))
        changes["attributes"] = attributes
        if self.edges is not None and s.id == (self.current.id if self.current else None):
            changes["start"], changes["end"] = self.edges
        return changes

    def reject(self, *, stop: bool) -> None:
        """Reject the current suggestion (with ``stop``, also stop its text in the team gazetteer): one step."""
        s, session = self.current, self._ctx.session
        if s is None:
            return
        name = " ".join(session.document.text[s.start:s.end].split())  # one line, as a gazetteer name is
        gazetteer = None
        if stop:
            before = session.project.rule_text("gazetteer")
            gazetteer = (before, add_stop(before, name))
        tag = session.tag(s.tag_id)
        what = "Reject and stop-list" if stop else "Reject"
        self._push(RejectSuggestionsCommand(
            session, [s.id], s.document_id, f"{what} {tag.name if tag else '?'} “{name[:30]}”", gazetteer
        ))

    def accept_all(self) -> None:
        """Accept every open suggestion of one tag at or above a confidence in this document: one step."""
        session = self._ctx.session
        if not self.rows:
            return
        confidences: dict[str, list[float]] = {}
        for s in self.rows:
            tag = session.tag(s.tag_id)
            if tag is not None:
                confidences.setdefault(tag.name, []).append(s.confidence)
        current = session.tag(self.current.tag_id).name if self.current else None
        answer = self._ctx.dialogs.ask_accept_suggestions(self._ctx.parent, confidences, current)
        if answer is None:
            return
        name, threshold = answer
        chosen = [s for s in self.rows if (t := session.tag(s.tag_id)) and t.name == name and s.confidence >= threshold]
        if not chosen:
            self._ctx.status(f"No {name} suggestion has confidence {threshold:.2f} or more.", STATUS_MS)
            return
        self.edges = None
        decisions = [(s.id, self._decision(s, None)) for s in chosen]
        self._push(AcceptSuggestionsCommand(
            session, decisions, chosen[0].document_id, f"Accept {len(chosen)} {name} suggestions ≥ {threshold:.2f}"
        ))

    def edit_rules(self) -> None:
        """Edit the team's gazetteer and patterns; checked before saving, saved as one undoable step."""
        project = self._ctx.session.project
        old = (project.rule_text("gazetteer"), project.rule_text("patterns"))
        new = self._ctx.dialogs.ask_team_rules(self._ctx.parent, *old, rule_problems)
        if new is None or tuple(new) == old:
            return
        problems = rule_problems(*new)
        if problems:
            self._ctx.dialogs.show_error(self._ctx.parent, "Team rules not saved", "\n".join(problems[:10]))
            return
        self._push(SetRulesCommand(self._ctx.session, old, tuple(new)))

    def _push(self, command) -> None:
        stack = self._ctx.undo_stack
        before = stack.index()
        stack.push(command)
        if stack.index() > before:
            self._ctx.status(f"{command.text()} — saved (Ctrl+Z undoes it)", STATUS_MS)
            self._reveal_after_decision()

    def _reveal_after_decision(self) -> None:
        if self.on and self.current is not None:
            self._view.clear_selection()
            self._reveal()


def _as_span(s: StoredSuggestion, edges: tuple[int, int] | None = None) -> Span:
    """A suggestion as a span to paint (its id is the suggestion's), with its edges as adjusted."""
    start, end = edges or (s.start, s.end)
    return Span(s.id, s.document_id, s.tag_id, start, end)
