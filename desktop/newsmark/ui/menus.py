"""The window's menu bar and context menus, made from the actions in ``actions``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from newsmark.core.model import Span

if TYPE_CHECKING:
    from newsmark.ui.mainwindow import MainWindow


def build_menu_bar(window: "MainWindow") -> None:
    """File, Edit, View and Help menus."""
    a = window.actions
    bar = window.menuBar()
    file = bar.addMenu("&File")
    file.addAction(a.new_project)
    file.addAction(a.new_from_tag_set)
    file.addAction(a.open_project)
    window.recent_menu = file.addMenu("Open &Recent")
    window.recent_menu.setObjectName("recentMenu")
    window.recent_menu.aboutToShow.connect(lambda: window.files.fill_recent_menu(window.recent_menu))
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
    window.tag_menu = edit.addMenu("&Tag Selection As")
    window.retag_menu = edit.addMenu("&Change Tag To")
    edit.addAction(a.edit_note)
    edit.addAction(a.delete_span)
    edit.addAction(a.tag_everywhere)
    edges = edit.addMenu("Span &Edges")
    edges.addActions([a.grow_start, a.shrink_start, a.shrink_end, a.grow_end])
    edit.addSeparator()
    edit.addActions([a.edit_tag_set, a.find, a.find_next, a.find_previous])
    edit.addSeparator()
    edit.addAction(a.snap_to_words)
    view = bar.addMenu("&View")
    view.addAction(a.focus_span_list)
    view.addAction(a.next_not_done)
    status = view.addMenu("Document &Status")
    status.addActions([a.mark_todo, a.mark_in_progress, a.mark_done, a.mark_reviewed])
    view.addSeparator()
    view.addActions([a.next_span, a.previous_span, a.next_same_tag, a.previous_same_tag])
    view.addSeparator()
    view.addActions([a.zoom_in, a.zoom_out, a.zoom_reset, a.choose_font])
    spacing = view.addMenu("&Line Spacing")
    spacing.addActions([a.single_spacing, a.wide_spacing, a.double_spacing])
    help_menu = bar.addMenu("&Help")
    help_menu.addAction(a.show_shortcuts)


def build_tag_menu(window: "MainWindow") -> None:
    """Refill the tag submenus after the tag set changed."""
    window.tag_menu.clear()
    window.tag_menu.addActions(window.tag_actions)
    window.retag_menu.clear()
    window.retag_menu.addActions(window.retag_actions)


def span_menu(window: "MainWindow", spans: list[Span], from_text: bool) -> QMenu:
    """A context menu for the text selection and the span under the pointer (innermost first)."""
    menu = QMenu(window)
    if from_text and window.view.selection_range() is not None:
        tag = menu.addMenu("Tag Selection As")
        tag.addActions(window.tag_actions)
    if from_text and spans:
        window.select_span_row(spans[0].id)  # the span actions below work on the selected span
    if len(spans) > 1 and from_text:
        # Overlapping spans: one submenu each; opening it selects that span for its actions.
        menu.addSeparator()
        for span in spans:
            tag = window.session.tag(span.tag_id)
            text = " ".join(window.session.document.text[span.start:span.end].split())
            sub = menu.addMenu(f"{tag.name if tag else '?'}: “{text if len(text) <= 30 else text[:29] + '…'}”")
            sub.aboutToShow.connect(lambda s=span: window.select_span_row(s.id))
            _span_actions(window, sub)
    elif spans:
        if not menu.isEmpty():
            menu.addSeparator()
        _span_actions(window, menu)
    return menu


def _span_actions(window: "MainWindow", menu: QMenu) -> None:
    retag = menu.addMenu("Change Tag To")
    retag.addActions(window.retag_actions)
    menu.addAction(window.actions.edit_note)
    menu.addAction(window.actions.delete_span)


def shortcut_rows(window: "MainWindow") -> list[tuple[str, str, str]]:
    """(menu text, keys, what it does) for every action with a shortcut, as the overview lists them."""
    named = [(a, a.text().replace("&", "")) for a in window.actions.all()]
    named += [(a, f"Tag selection as {a.text()}") for a in window.tag_actions]
    named += [(a, f"Change tag to {a.text()}") for a in window.retag_actions]
    rows = []
    for action, name in named:
        keys = ", ".join(k.toString(QKeySequence.NativeText) for k in action.shortcuts())
        if keys:
            rows.append((name, keys, action.toolTip()))
    return rows
