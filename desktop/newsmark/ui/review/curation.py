"""Review mode: settle the annotators' disagreements over the shown document into the gold set, by keyboard."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from newsmark.core.curationstore import CurationDecision
from newsmark.core.review.curation import (
    GOLD, Disagreement, Review, Version, accept_plan, auto_merge_plan, canonical_attributes,
)
from newsmark.core.review.projectmerge import document_review
from newsmark.ui.review.automergedialog import LINK_ROW
from newsmark.ui.review.curationcommands import AddToGoldCommand, RejectCommand
from newsmark.ui.review.curationpanel import EVERYONE, CurationPanel
from newsmark.ui.review.curationshown import filtering, listed, version_shown
from newsmark.ui.review.projectmerge import ProjectMerge

if TYPE_CHECKING:
    from newsmark.ui.actions import Actions
    from newsmark.ui.articleview import ArticleView
    from newsmark.ui.context import WindowContext

CURATOR_SETTING = "curation/curator"
STATUS_MS = 6000


class Curation(QObject):
    """Turns review mode on and off, keeps the panel and the text's marks current, and pushes the curator's steps."""

    # Whose name spans made by hand carry: the curator's while review mode is on, None when it ends.
    curator_changed = Signal(object)

    def __init__(
        self, ctx: WindowContext, actions: Actions, view: ArticleView, add_panel: Callable[[CurationPanel], None]
    ):
        super().__init__(ctx.parent)
        self._ctx, self._actions, self._view = ctx, actions, view
        self.project_merge = ProjectMerge(ctx)  # auto-merge of every document, on a worker
        self.panel = CurationPanel(ctx.parent)
        self.panel.setFeatures(CurationPanel.DockWidgetMovable | CurationPanel.DockWidgetFloatable)  # off: Ctrl+Alt+G
        add_panel(self.panel)
        self.panel.hide()
        self.review: Review | None = None
        self.current: int | None = None  # index of the current disagreement in the review
        self._listed: list[int] = []  # the disagreements the panel lists (Show may hide some), by index
        self.shown = EVERYONE
        self._suspended: dict[QAction, list[QKeySequence]] = {}
        a = actions
        a.curate_document.toggled.connect(self.set_on)
        a.auto_merge.triggered.connect(self.auto_merge)
        a.next_disagreement.triggered.connect(lambda: self.step(forward=True))
        a.previous_disagreement.triggered.connect(lambda: self.step(forward=False))
        for n, action in enumerate(a.accept_versions):
            action.triggered.connect(lambda _=False, n=n: self.accept([n]))
        a.accept_all_versions.triggered.connect(self.accept_all)
        a.reject_disagreement.triggered.connect(self.reject)
        self.panel.auto_merge.clicked.connect(a.auto_merge.trigger)
        self.panel.curator_chosen.connect(self.set_curator)
        self.panel.shown_chosen.connect(self.show_annotator)
        self.panel.row_chosen.connect(self.go_to)
        ctx.undo_stack.indexChanged.connect(lambda _i: self.refresh())

    @property
    def on(self) -> bool:
        """Whether review mode is on."""
        return self._actions.curate_document.isChecked()

    @property
    def curator(self) -> str:
        """The gold set's annotator name (a setting; ``gold`` unless chosen)."""
        return self._ctx.settings.value(CURATOR_SETTING, GOLD, type=str) or GOLD

    def connect_session(self) -> None:
        """Follow the session just opened (the window calls this after it connected its own slots)."""
        s = self._ctx.session
        s.document_changed.connect(self._on_document_changed)
        s.tags_changed.connect(self._suspend_keys)  # the window made new tag actions: their keys rest again
        self.refresh()

    # -- on and off ---------------------------------------------------------------------------

    def set_on(self, on: bool) -> None:
        """Turn review mode on (the panel, the marks, the keys) or off (all as it was)."""
        for action in self._actions.review_keys():
            action.setEnabled(on)
        if on:
            self.curator_changed.emit(self.curator)  # hand-made spans go to gold
            self._suspend_keys()
            self.panel.show()
            self.current = None
            self.refresh()
            self.step(forward=True, quiet=True)
            self._ctx.status(f"Review mode: {self._summary()} (Ctrl+Alt+G leaves it)", STATUS_MS)
        else:
            self.curator_changed.emit(None)
            self._restore_keys()
            self.panel.hide()
            self.review, self.current = None, None
            self._view.set_marks([])
            self._view.set_span_filter(None)

    def _suspend_keys(self) -> None:
        """Take review mode's keys from any other action that has them (a tag's key "1", say) until it ends."""
        if not self.on:
            return
        mine = set(self._actions.review_keys())
        keys = {k.toString() for a in mine for k in a.shortcuts()}
        # What the window listens to (a replaced tag action is gone); QWidget.actions: the window names its own "actions".
        for action in QWidget.actions(self._ctx.parent):
            shortcuts = action.shortcuts()
            if action in mine or not any(k.toString() in keys for k in shortcuts):
                continue
            self._suspended[action] = shortcuts
            action.setShortcuts([k for k in shortcuts if k.toString() not in keys])

    def _restore_keys(self) -> None:
        for action, shortcuts in self._suspended.items():
            try:
                action.setShortcuts(shortcuts)
            except RuntimeError:  # a tag action the window has since replaced
                pass
        self._suspended = {}

    # -- what the panel and the text show ---------------------------------------------------------

    def _on_document_changed(self) -> None:
        self.current = None
        self.refresh()
        if self.on:
            self.step(forward=True, quiet=True)

    def read_review(self) -> Review | None:
        """The shown document's review as it is saved now (None: no document)."""
        session = self._ctx.session
        doc = session.document if session is not None else None
        if doc is None:
            return None
        symmetric = {t.id for t in session.link_types if t.symmetric}
        return document_review(session.project, doc.id, self.curator, symmetric)

    def refresh(self) -> None:
        """Read the review again and show it (only in review mode)."""
        if not self.on or not self._ctx.session.project.writable:  # closed: the window is closing or switching
            return
        before = self._identity()
        self.review = rev = self.read_review()
        found = rev.disagreements if rev else []
        self.current = next((i for i, d in enumerate(found) if _identity(d) == before), None)
        self.panel.set_names(self.curator, rev.annotators if rev else [], self.shown)
        self._render()

    def _render(self) -> None:
        """List the disagreements the Show choice keeps (the current one stays only if it is listed)."""
        rev = self.review
        found = rev.disagreements if rev else []
        self._listed = listed(found, self.shown, rev.annotators) if rev else []
        if self.current not in self._listed:
            self.current = None
        row = self._listed.index(self.current) if self.current is not None else None
        self.panel.set_rows([self._row(found[i]) for i in self._listed], row, self._summary())
        self._show_current()

    def _identity(self):
        d = self.disagreement()
        return _identity(d) if d else None

    def disagreement(self) -> Disagreement | None:
        """The current disagreement, if any."""
        if self.review is None or self.current is None or self.current >= len(self.review.disagreements):
            return None
        return self.review.disagreements[self.current]

    def _summary(self) -> str:
        rev = self.review
        if rev is None:
            return "No document is shown."
        if not rev.annotators:
            return "No annotator has spans in this document."
        total = len(self._listed)
        left = sum(not rev.disagreements[i].settled for i in self._listed)
        who = ", ".join(rev.annotators)
        if filtering(self.shown, rev.annotators):
            return (f"{left} of {total} disagreements open where {self.shown} has a version ({rev.open_count()} of "
                    f"{len(rev.disagreements)} in all) — {who}; gold: {rev.curator}")
        return f"{left} of {total} disagreements open — {who}; gold: {rev.curator}"

    def _row(self, d: Disagreement) -> str:
        return f"{'✓' if d.settled else '•'} {d.describe()}: “{self._excerpt(d.start, d.end)}”"

    def _excerpt(self, start: int, end: int, width: int = 40) -> str:
        text = " ".join(self._ctx.session.document.text[start:end].split())
        return text if len(text) <= width else text[:width // 2 - 1] + "…" + text[-(width // 2 - 1):]

    def _show_current(self) -> None:
        d = self.disagreement()
        found = self.review.disagreements if self.review else []
        names = self.review.annotators if self.review else []
        shown = [found[i] for i in self._listed if not found[i].settled]
        self._view.set_marks([(x.start, x.end) for x in shown], (d.start, d.end) if d else None)
        # A version keeps its number when others are hidden: its key accepts it whatever Show hides.
        self.panel.set_versions([(str(n), v.annotator, self._version_text(v, d)) for n, v in enumerate(d.versions, 1)
                                 if version_shown(v.annotator, self.shown, names)] if d else [])
        if d is not None:
            self.panel.disagreements.setCurrentRow(self._listed.index(self.current))
            self._view.select_range(d.start, d.end)

    def _version_text(self, version: Version, d: Disagreement) -> str:
        session = self._ctx.session
        tag = lambda s: session.tag(s.tag_id).name if session.tag(s.tag_id) else "?"  # noqa: E731
        spans = {s.id: s for s in version.spans}
        if d.kind == "links":
            parts = []
            for k in version.links:
                kind = session.link_type(k.type_id)
                source, target = spans[k.source_id], spans[k.target_id]
                parts.append(f"{kind.name if kind else '?'}: {tag(source)} “{self._excerpt(source.start, source.end, 24)}” → "
                             f"{tag(target)} “{self._excerpt(target.start, target.end, 24)}”")
            return "\n".join(parts) or "(no link)"
        lines = []
        for s in version.spans:
            values = _values_text(s.attributes)
            lines.append(f"{tag(s)} “{self._excerpt(s.start, s.end)}” {s.start}–{s.end} {values}".rstrip())
        return "\n".join(lines) or "(nothing)"

    def show_annotator(self, name: str) -> None:
        """Paint only one annotator's spans (or the gold set's); "" paints everyone's."""
        self.shown = name or EVERYONE
        self._view.set_span_filter(None if not name else (lambda s, name=name: s.annotator == name))
        if self.on and self.review is not None:
            self._render()
            if self.current is None:
                self.step(forward=True, quiet=True)

    def set_curator(self, name: str) -> None:
        """Curate into another annotator name's gold set (remembered)."""
        if not name or name == self.curator:
            return
        self._ctx.settings.setValue(CURATOR_SETTING, name)
        if self.on:
            self.curator_changed.emit(name)
        self.refresh()
        if self.current is None:
            self.step(forward=True, quiet=True)
        self._ctx.status(f"Curating into “{name}”: {self._summary()}", STATUS_MS)

    # -- moving ----------------------------------------------------------------------------------

    def go_to(self, row: int) -> None:
        """Make a disagreement current (clicked in the list)."""
        if self.review and 0 <= row < len(self._listed) and self._listed[row] != self.current:
            self.current = self._listed[row]
            self._show_current()

    def step(self, *, forward: bool, quiet: bool = False) -> None:
        """Go to the next (or previous) listed disagreement gold has not settled, wrapping around."""
        found = self.review.disagreements if self.review else []
        n = len(self._listed)
        here = self._listed.index(self.current) if self.current is not None else (-1 if forward else n)
        order = [(here + i) % n for i in range(1, n + 1)] if forward else [(here - i) % n for i in range(1, n + 1)]
        target = next((self._listed[i] for i in order if not found[self._listed[i]].settled), None)
        if target is None:
            if not quiet:
                self._ctx.status("Every disagreement is settled in the gold set." if n else "No disagreements here.",
                                 STATUS_MS)
            return
        self.current = target
        self._show_current()

    # -- deciding ---------------------------------------------------------------------------------

    def accept(self, chosen: list[int]) -> None:
        """Copy these versions (0-based) of the current disagreement into gold: one undo step; then go on."""
        d = self._need_current()
        if d is None:
            return
        if max(chosen) >= len(d.versions):
            self._ctx.status(f"There are only {len(d.versions)} versions here.", STATUS_MS)
            return
        hidden = [d.versions[i].annotator for i in chosen
                  if not version_shown(d.versions[i].annotator, self.shown, self.review.annotators)]
        if hidden:
            self._ctx.status(f"{', '.join(hidden)}’s version is hidden by Show; show Everyone to accept it.", STATUS_MS)
            return
        versions = [d.versions[i] for i in chosen]
        if not any(v.links if d.kind == "links" else v.spans for v in versions):
            self.reject()  # a version that has nothing: keep nothing
            return
        plan = accept_plan(self.review, d, chosen)
        if not plan:
            self._ctx.status("The gold set has that version already.", STATUS_MS)
            return
        names = " and ".join(f"{v.annotator}’s" for v in versions)
        text = f"Accept {names} version of “{self._excerpt(d.start, d.end, 30)}” into {self.curator}"
        self._push(AddToGoldCommand(self._ctx.session, plan, text))

    def accept_all(self) -> None:
        """Copy every version of the current disagreement Show lists into gold."""
        d = self._need_current()
        if d is not None:
            self.accept([i for i, v in enumerate(d.versions) if version_shown(v.annotator, self.shown, self.review.annotators)])

    def reject(self) -> None:
        """Keep every version of the current disagreement out of gold, and remember that: one undo step."""
        d = self._need_current()
        if d is None:
            return
        doc = self._ctx.session.document.id
        decisions = [CurationDecision(0, doc, start, end, tag, detail, self.curator) for start, end, tag, detail in
                     sorted(d.units)]
        text = f"Reject “{self._excerpt(d.start, d.end, 30)}” from {self.curator}"
        self._push(RejectCommand(self._ctx.session, decisions, text))

    def _need_current(self) -> Disagreement | None:
        d = self.disagreement()
        if d is None:
            self._ctx.status("No disagreement is chosen: N goes to the next one.", STATUS_MS)
        return d

    def _push(self, command) -> None:
        stack = self._ctx.undo_stack
        before = stack.index()
        stack.push(command)  # the stack's index moves: refresh() reads the review again
        if stack.index() > before:
            self._ctx.status(f"{command.text()} — saved (Ctrl+Z undoes it)", STATUS_MS)
            self.step(forward=True, quiet=True)

    def auto_merge(self) -> None:
        """Preview, then copy every span enough annotators agree on (in the shown document or all) into gold: one undo step."""
        if self.project_merge.running or self._ctx.session is None:
            return
        rev = self.review if self.on else self.read_review()

        def preview(at_least: int) -> list[str]:
            if rev is None:
                return []
            plan = auto_merge_plan(rev, at_least)
            return [f"{self._tag_name(s.tag_id)} “{self._excerpt(s.start, s.end, 60)}”" for s in plan.spans] + [
                self._link_line(*link) for link in plan.links]

        curator = rev.curator if rev is not None else self.curator
        choice = self._ctx.dialogs.ask_auto_merge(self._ctx.parent, rev.annotators if rev else [], curator, preview,
                                                  counter=lambda: self.project_merge.counter(curator))
        if choice is None:
            return
        at_least, whole = choice
        if whole:
            self.project_merge.start(curator, at_least)
            return
        if rev is None or not rev.annotators:
            self._ctx.status("The shown document has no annotator's spans to merge.", STATUS_MS)
            return
        plan = auto_merge_plan(rev, at_least)
        if not plan:
            self._ctx.status(f"The gold set has every span that {at_least} annotators agree on already.", STATUS_MS)
            return
        n, m = len(plan.spans), len(plan.links)
        links = f" and {m} link{'s' if m != 1 else ''}" if m else ""
        self._push(AddToGoldCommand(
            self._ctx.session, plan, f"Auto-merge {n} span{'s' if n != 1 else ''}{links} into {rev.curator}"))

    def _link_line(self, type_id: int, source: tuple, target: tuple) -> str:
        """A link of an auto-merge plan as the preview lists it (its ends are span keys: tag, start, end, values)."""
        kind = self._ctx.session.link_type(type_id)
        return (f"{LINK_ROW}{kind.name if kind else '?'}: {self._tag_name(source[0])} “{self._excerpt(source[1], source[2], 24)}” → "
                f"{self._tag_name(target[0])} “{self._excerpt(target[1], target[2], 24)}”")

    def _tag_name(self, tag_id: int) -> str:
        tag = self._ctx.session.tag(tag_id)
        return tag.name if tag else "?"


def _values_text(attributes: str) -> str:
    """A span's attribute values as "name: value, …" (a damaged value as it is stored)."""
    try:
        values = json.loads(canonical_attributes(attributes))
    except ValueError:
        return attributes
    return ", ".join(f"{k}: {v}" for k, v in values.items()) if isinstance(values, dict) else attributes


def _identity(d: Disagreement) -> tuple:
    return (d.start, d.end, d.kind)
