"""Each controller works with a WindowContext and its own widgets alone: no MainWindow is made here."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QComboBox, QListView, QMenuBar, QWidget

from newsmark.core.storage import Project
from newsmark.core.text.search import Query
from newsmark.ui import dialogs
from newsmark.ui.actions import build_actions, build_tag_actions
from newsmark.ui.articleview import ArticleView
from newsmark.ui.commands import AddSpanCommand
from newsmark.ui.context import WindowContext
from newsmark.ui.documentcontrols import DocumentControls, DocumentPanel
from newsmark.ui.fileops import FileOps
from newsmark.ui.findbar import FindBar
from newsmark.ui.finder import Finder
from newsmark.ui.menus import Menus
from newsmark.ui.navigation import Navigator
from newsmark.ui.session import AnnotationSession
from newsmark.ui.spanactions import SpanActions
from newsmark.ui.spanpanel import SpanEditor, SpanPanel
from newsmark.ui.tageditor import TagSetEditor
from tests.ui.conftest import ARTICLE, rows


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def ctx(parent, project_path, settings, dialog):
    """A context over the test project with the first document shown; status messages are kept in ``ctx.said``."""
    project = Project.open(project_path)
    session = AnnotationSession(project, parent)
    session.open_document(project.documents()[0].id)
    said: list[str] = []
    context = WindowContext(
        session=session, undo_stack=QUndoStack(parent), status=lambda message, _ms: said.append(message),
        dialogs=dialogs, settings=settings, parent=parent,
    )
    context.said = said
    yield context
    context.session.project.close()


def tag_id(ctx, name):
    return next(t.id for t in ctx.session.tags if t.name == name)


def tag(ctx, word, tag_name="location"):
    start = ARTICLE.index(word)
    command = AddSpanCommand(ctx.session, ctx.session.document.id, tag_id(ctx, tag_name), start, start + len(word))
    ctx.undo_stack.push(command)
    return command.span


def article_view(ctx, parent):
    view = ArticleView(parent)
    view.set_document(ctx.session.document.text, ctx.session.index)
    view.set_tags(ctx.session.tags)
    return view


def test_file_operations_add_documents_and_open_projects_through_the_context(ctx, dialog, tmp_path, project_path):
    shown = []
    files = FileOps(ctx, shown.append)
    article = tmp_path / "seoul.txt"
    article.write_text("Seoul\n\nBody.\n", encoding="utf-8")
    dialog.answer("ask_documents", [article])
    files.add_documents()
    assert [d.title for d in ctx.session.project.documents()] == ["Kyiv", "Seoul"]
    assert "Added 1 document" in ctx.said[-1]
    ctx.undo_stack.undo()
    assert rows(project_path, "SELECT title FROM documents") == [("Kyiv",)]
    other = tmp_path / "other.newsmark"
    dialog.answer("ask_new_project", other)
    files.new_project()
    (project,) = shown  # the controller hands the opened project over; it never shows it itself
    project.close()
    files.remember_project(other)
    assert ctx.settings.value("recentProjects", [], type=list) == [str(other)]  # the settings handed down


def test_document_controls_set_status_filter_and_jump_on_their_own_widgets(ctx, parent, project_path):
    ctx.session.add_document("Seoul", "Seoul\n\nBody.\n", "")
    document_list = QListView(parent)
    document_list.setModel(ctx.session.document_model)
    document_list.setCurrentIndex(ctx.session.document_model.index(0))
    controls = DocumentControls(
        ctx, build_actions(parent, ctx.undo_stack), document_list, DocumentPanel(parent), QComboBox(parent)
    )
    controls.connect_session()
    controls.show_document()
    controls.set_status("done")
    assert rows(project_path, "SELECT title, status FROM documents") == [("Kyiv", "done"), ("Seoul", "todo")]
    assert controls.panel.status.currentData() == "done"
    controls.filter.setCurrentIndex(controls.filter.findText("Not done"))
    assert [document_list.isRowHidden(r) for r in range(2)] == [True, False]
    controls.next_not_done()
    assert document_list.currentIndex().row() == 1
    ctx.undo_stack.undo()
    assert rows(project_path, "SELECT status FROM documents") == [("todo",), ("todo",)]


def test_the_finder_tags_a_word_everywhere_after_the_preview(ctx, parent, dialog, project_path):
    ctx.session.add_document("Kursk", "Kursk again: Kursk.\n", "")
    view = article_view(ctx, parent)
    finder = Finder(ctx, FindBar(parent), view, lambda: [])
    dialog.answer("ask_annotate_all", True)
    finder.annotate(Query("Kursk", case_sensitive=True, whole_word=True), tag_id(ctx, "location"), everywhere=True)
    ((name, (tag_name, preview, total, skipped)),) = dialog.calls
    assert (name, tag_name, total, skipped) == ("ask_annotate_all", "location", 3, 0)
    assert rows(project_path, "SELECT count(*) FROM spans") == [(3,)]
    assert ctx.said[-1].startswith("Tag 3 matches")
    finder.tag_everywhere()  # nothing selected: the selection callable says so
    assert ctx.said[-1] == "Select a span first: its text is tagged everywhere."
    ctx.undo_stack.undo()
    assert rows(project_path, "SELECT count(*) FROM spans") == [(0,)]


def test_the_span_editor_shows_the_selected_span_and_saves_its_note(ctx, parent, project_path):
    span = tag(ctx, "Kursk")
    selected = [span]
    editor = SpanEditor(ctx, SpanPanel(parent), article_view(ctx, parent), lambda: selected)
    editor.show_span()
    assert editor.panel.summary.text() == "location: “Kursk”"
    editor.panel.note.setText("a city")
    editor.panel.note.editingFinished.emit()
    assert rows(project_path, "SELECT note FROM spans") == [("a city",)]
    selected.clear()
    editor.show_span()
    assert not editor.panel.isEnabled()


def test_span_actions_tag_retag_and_delete_through_the_context(ctx, parent, project_path):
    from PySide6.QtGui import QAction

    view = article_view(ctx, parent)
    snap = QAction(parent)
    snap.setCheckable(True)
    snap.setChecked(True)
    selected, chosen = [], []
    linker = SimpleNamespace(confirm_retag=lambda spans, tag: True)  # no links here: nothing to ask
    actions = SpanActions(ctx, view, snap, linker, lambda: selected, chosen.append)
    start = ARTICLE.index("Kursk")
    view.select_range(start + 1, start + 3)  # snapped to the whole word
    actions.tag_selection(tag_id(ctx, "location"))
    (span,) = ctx.session.project.spans(ctx.session.document.id)
    assert (span.start, span.end) == (start, start + 5) and chosen == [span.id]
    selected.append(span)
    actions.retag_selected(tag_id(ctx, "claim"))
    assert rows(project_path, "SELECT tag_id FROM spans") == [(tag_id(ctx, "claim"),)]
    selected[:] = ctx.session.project.spans(ctx.session.document.id)
    actions.delete_selected_spans()
    assert rows(project_path, "SELECT count(*) FROM spans") == [(0,)]
    assert ctx.said[-1].endswith("— saved (Ctrl+Z undoes it)") and ctx.undo_stack.count() == 3


def test_the_navigator_walks_the_spans_from_the_selected_span_or_the_text_cursor(ctx, parent):
    kyiv, kursk = (tag(ctx, word) for word in ("Kyiv", "Kursk"))
    view = article_view(ctx, parent)
    chosen = []  # span ids, as the span table would select them
    navigator = Navigator(ctx, view, lambda: [s for s in (kyiv, kursk) if s.id in chosen[-1:]], chosen.append)
    navigator.jump(forward=True)
    assert chosen == [kyiv.id] and view.selection_range() == (kyiv.start, kyiv.end)
    navigator.jump(forward=True)
    navigator.jump(forward=False)
    assert chosen == [kyiv.id, kursk.id, kyiv.id]
    navigator.jump(forward=False)
    assert ctx.said == ["No more spans that way."]
    chosen.clear()
    navigator.jump(forward=True, same_tag=True)
    assert ctx.said[-1].startswith("Select a span first")


def test_menus_are_built_from_the_actions_and_follow_the_tag_set(ctx, parent):
    actions = build_actions(parent, ctx.undo_stack)
    chosen = []
    menus = Menus(ctx, actions, article_view(ctx, parent), chosen.append)
    bar = QMenuBar(parent)
    menus.build_menu_bar(bar, lambda menu: menu.addAction("recent"))
    assert [a.text() for a in bar.actions()] == ["&File", "&Edit", "&View", "&Review", "&Help"]
    menus.build_tag_menu(*build_tag_actions(parent, ctx.session.tags))
    assert [a.text() for a in menus.tag_menu.actions()] == [t.name for t in ctx.session.tags]
    span = tag(ctx, "Kursk")
    menu = menus.span_menu([span], True)
    assert [a.text() for a in menu.actions()] == ["Change Tag To", "Edit &Note…", "&Delete Span", "Start &Link"]
    assert chosen == [span.id]  # the span actions work on the span under the pointer
    assert ("Tag selection as claim", "1", "Tag the selected text as claim") in menus.shortcut_rows()


def test_the_tag_set_editor_edits_through_the_context(ctx, dialog, project_path):
    editor = TagSetEditor(ctx)
    dialog.answer("ask_tag_name", "actor")
    editor.add_tag()
    assert [t.name for t in ctx.session.tags][-1] == "actor"
    assert editor.list.item(editor.list.count() - 1).text() == "5   actor"
    ctx.undo_stack.undo()
    assert rows(project_path, "SELECT count(*) FROM tags WHERE name = 'actor'") == [(0,)]


def test_a_context_asks_and_reports_through_whatever_dialogs_it_was_given(ctx, parent):
    shown = []
    ctx.dialogs = SimpleNamespace(show_error=lambda *args: shown.append(args))  # a stand-in, not the module
    ctx.report("Export failed", OSError("disk full"))
    assert shown == [(parent, "Export failed", "disk full")]
