"""The window's menu bar and context menus, made from the actions in ``actions``."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from newsmark.core.model import Span

if TYPE_CHECKING:
    from newsmark.ui.actions import Actions
    from newsmark.ui.articleview import ArticleView
    from newsmark.ui.context import WindowContext


class Menus:
    """Builds the menu bar and the span context menus; the tag submenus follow the tag set."""

    def __init__(
        self, ctx: WindowContext, actions: Actions, view: ArticleView, select_span_row: Callable[[int], None]
    ):
        self._ctx = ctx
        self.actions = actions
        self._view = view
        self._select_span_row = select_span_row
        self.tag_actions: list[QAction] = []
        self.retag_actions: list[QAction] = []
        self.recent_menu: QMenu | None = None
        self.tag_menu: QMenu | None = None
        self.retag_menu: QMenu | None = None
        self.label_menu: QMenu | None = None
        self.label_actions: list[QAction] = []

    def build_menu_bar(self, bar: QMenuBar, fill_recent_menu: Callable[[QMenu], None]) -> None:
        """File, Edit, View, Review and Help menus."""
        a = self.actions
        file = bar.addMenu("&File")
        file.addAction(a.new_project)
        file.addAction(a.new_from_tag_set)
        file.addAction(a.open_project)
        self.recent_menu = file.addMenu("Open &Recent")
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(lambda: fill_recent_menu(self.recent_menu))
        file.addSeparator()
        file.addAction(a.add_documents)
        file.addAction(a.add_folder)
        file.addAction(a.paste_document)
        file.addAction(a.remove_document)
        file.addAction(a.export_csv)
        file.addAction(a.export_set)
        file.addAction(a.load_set)
        file.addSeparator()
        file.addAction(a.import_tag_set)
        file.addAction(a.export_tag_set)
        file.addSeparator()
        file.addAction(a.quit)
        edit = bar.addMenu("&Edit")
        edit.addAction(a.undo)
        edit.addAction(a.redo)
        edit.addSeparator()
        self.tag_menu = edit.addMenu("&Tag Selection As")
        self.retag_menu = edit.addMenu("&Change Tag To")
        edit.addAction(a.edit_note)
        edit.addAction(a.delete_span)
        edit.addAction(a.tag_everywhere)
        edit.addActions([a.start_link, a.delete_link, a.edit_link_note, a.change_link_type])
        edges = edit.addMenu("Span &Edges")
        edges.addActions([a.grow_start, a.shrink_start, a.shrink_end, a.grow_end])
        edges.addSeparator()
        edges.addActions([a.grow_start_word, a.shrink_start_word, a.shrink_end_word, a.grow_end_word])
        edit.addSeparator()
        edit.addActions([a.edit_tag_set, a.find, a.find_next, a.find_previous])
        edit.addSeparator()
        edit.addAction(a.snap_to_words)
        edit.addAction(a.set_annotator)
        view = bar.addMenu("&View")
        view.addAction(a.focus_span_list)
        view.addAction(a.next_not_done)
        status = view.addMenu("Document &Status")
        status.addActions([a.mark_todo, a.mark_in_progress, a.mark_done, a.mark_reviewed])
        self.label_menu = view.addMenu("Document &Labels")
        view.addSeparator()
        view.addActions([a.next_span, a.previous_span, a.next_same_tag, a.previous_same_tag])
        view.addActions([a.show_all_links, a.show_link_counts])
        view.addSeparator()
        view.addActions([a.zoom_in, a.zoom_out, a.zoom_reset, a.choose_font])
        spacing = view.addMenu("&Line Spacing")
        spacing.addActions([a.single_spacing, a.wide_spacing, a.double_spacing])
        theme = view.addMenu("T&heme")
        theme.addActions([a.theme_system, a.theme_light, a.theme_dark])
        review = self.review_menu(bar)
        review.addActions([a.suggest_document, a.suggest_all, a.learn_from_decisions, a.edit_rules])
        review.addSeparator()
        review.addActions([a.next_suggestion, a.previous_suggestion, a.accept_suggestion, a.reject_suggestion,
                           a.reject_and_stop, a.accept_all_suggestions, a.stop_review])
        review.addSeparator()
        review.addAction(a.curate_document)
        review.addAction(a.auto_merge)
        review.addSeparator()
        review.addActions([a.next_disagreement, a.previous_disagreement, *a.accept_versions[:3], a.accept_all_versions,
                           a.reject_disagreement])
        review.addSeparator()
        review.addAction(a.show_agreement)
        review.addAction(a.show_statistics)
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(a.show_shortcuts)

    @staticmethod
    def review_menu(bar: QMenuBar) -> QMenu:
        """The Review menu (objectName ``reviewMenu``), made the first time it is asked for."""
        found = bar.findChild(QMenu, "reviewMenu")
        if found is None:
            found = bar.addMenu("&Review")
            found.setObjectName("reviewMenu")
        return found

    def build_tag_menu(self, tag_actions: list[QAction], retag_actions: list[QAction]) -> None:
        """Refill the tag submenus after the tag set changed (the window made the new tag actions)."""
        self.tag_actions, self.retag_actions = tag_actions, retag_actions
        self.tag_menu.clear()
        self.tag_menu.addActions(self.tag_actions)
        self.retag_menu.clear()
        self.retag_menu.addActions(self.retag_actions)

    def build_label_menu(self, label_actions: list[QAction]) -> None:
        """Refill the document labels submenu after the categories changed."""
        self.label_actions = label_actions
        self.label_menu.clear()
        self.label_menu.addActions(label_actions)
        self.label_menu.menuAction().setVisible(bool(label_actions))

    def span_menu(self, spans: list[Span], from_text: bool) -> QMenu:
        """A context menu for the text selection and the span under the pointer (innermost first)."""
        menu = QMenu(self._ctx.parent)
        if from_text and self._view.selection_range() is not None:
            # The tags right in the menu, one click away (with their keys shown), not in a submenu.
            menu.addSection("Tag selection as")
            menu.addActions(self.tag_actions)
        if from_text and spans:
            self._select_span_row(spans[0].id)  # the span actions below work on the selected span
        if len(spans) > 1 and from_text:
            # Overlapping spans: one submenu each; opening it selects that span for its actions.
            menu.addSeparator()
            session = self._ctx.session
            for span in spans:
                tag = session.tag(span.tag_id)
                text = " ".join(session.document.text[span.start:span.end].split())
                sub = menu.addMenu(f"{tag.name if tag else '?'}: “{text if len(text) <= 30 else text[:29] + '…'}”")
                sub.aboutToShow.connect(lambda s=span: self._select_span_row(s.id))
                self._span_actions(sub)
        elif spans:
            if not menu.isEmpty():
                menu.addSeparator()
            self._span_actions(menu)
        return menu

    def _span_actions(self, menu: QMenu) -> None:
        retag = menu.addMenu("Change Tag To")
        retag.addActions(self.retag_actions)
        menu.addAction(self.actions.edit_note)
        menu.addAction(self.actions.delete_span)
        menu.addAction(self.actions.start_link)

    def shortcut_rows(self) -> list[tuple[str, str, str]]:
        """(full name, primary key, what it does) for every action with a shortcut, as the overview lists them.

        Only the first key is shown: the platform's aliases ("F14", "Undo") would only crowd the list.
        """
        named = [(a, a.text().replace("&", "")) for a in self.actions.all()]
        named += [(a, f"Tag selection as {a.text()}") for a in self.tag_actions]
        named += [(a, f"Change tag to {a.text()}") for a in self.retag_actions]
        named += [(a, a.text()) for a in self.label_actions]
        rows = []
        for action, name in named:
            keys = action.shortcut().toString(QKeySequence.NativeText)
            if keys:
                rows.append((name, keys, action.toolTip()))
        return rows
