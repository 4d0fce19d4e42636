"""The main window: documents on the left, the article in the middle, its spans on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QMainWindow,
)

from newsmark.core.errors import NewsmarkError
from newsmark.core.model import Span
from newsmark.core.storage import Project
from newsmark.ui import dialogs, windowlayout
from newsmark.ui.annotator import Annotator
from newsmark.ui.actions import build_actions, build_tag_actions, color_icon
from newsmark.ui.columnfit import FillColumn
from newsmark.ui.context import WindowContext
from newsmark.ui.documentlistmodel import DocumentIdRole
from newsmark.ui.documentcontrols import DocumentControls
from newsmark.ui.fileops import FileOps
from newsmark.ui.finder import Finder
from newsmark.ui.labels import DocumentLabeler
from newsmark.ui.learnedmodels import LearnedModels
from newsmark.ui.linking import Linker
from newsmark.ui.menus import Menus
from newsmark.ui.navigation import Navigator
from newsmark.ui.review.curation import Curation
from newsmark.ui.review.agreement import AgreementView
from newsmark.ui.review.statistics import StatisticsControls
from newsmark.ui.session import AnnotationSession
from newsmark.ui.spanactions import STATUS_TIMEOUT_MS, SpanActions
from newsmark.ui.spanpanel import SpanEditor
from newsmark.ui.suggestall import SuggestAll
from newsmark.ui.suggestreview import SuggestionReview
from newsmark.ui.theme import ThemeControls
from newsmark.ui.spantable import END, NOTE, START, TAG, TEXT
from newsmark.ui.spantableview import keep_selection_across_resets, keep_sort_indicator
from newsmark.ui.undostack import UndoStack



class MainWindow(QMainWindow):
    """Newsmark's window over one open project."""

    def __init__(self, project: Project, settings: QSettings):
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.undo_stack = UndoStack(self)
        self._build_layout()
        self.context = WindowContext(
            session=None, undo_stack=self.undo_stack, status=self.statusBar().showMessage, dialogs=dialogs,
            settings=settings, parent=self,
        )
        self._build_actions()
        self._create_controllers()
        self.menus.build_menu_bar(self.menuBar(), self.files.fill_recent_menu)
        self.labeler.actions_changed = self.menus.build_label_menu
        self.recent_menu = self.menus.recent_menu
        self._connect_fixed()
        self._restore_settings()
        self.set_project(project)

    @property
    def session(self) -> AnnotationSession | None:
        """The open project's session; it lives in the context, where the controllers read it."""
        return self.context.session

    @session.setter
    def session(self, session: AnnotationSession | None) -> None:
        self.context.session = session

    # -- layout ----------------------------------------------------------------------

    def _build_layout(self) -> None:
        w = self.widgets = windowlayout.build(self)
        # The widgets the window itself works on, by the names the tests know them by.
        self.view, self.tag_bar, self.find_bar = w.view, w.tag_bar, w.find_bar
        self.document_list, self.span_table, self.tag_filter, self.text_filter = (
            w.document_list, w.span_table, w.tag_filter, w.text_filter
        )
        self.splitter, self.counts_label = w.splitter, w.counts_label
        # The text column fills the spare width but stays readable (never ResizeToContents: it reads every row).
        self._text_column = FillColumn(self.span_table, TEXT, self.fontMetrics().horizontalAdvance("x" * 14))

    def _build_actions(self) -> None:
        self.actions = build_actions(self, self.undo_stack)
        self.actions.snap_to_words.setChecked(self.settings.value("snapToWords", True, type=bool))
        self.actions.snap_to_words.toggled.connect(self._snap_toggled)
        self.tag_actions, self.retag_actions = [], []

    def _snap_toggled(self, on: bool) -> None:
        self.settings.setValue("snapToWords", on)
        self.statusBar().showMessage(
            "Snap to words: ON — new selections widen to whole words" if on
            else "Snap to words: OFF — new selections are tagged as selected (white space and punctuation trimmed)",
            STATUS_TIMEOUT_MS,
        )

    def _create_controllers(self) -> None:
        ctx, w = self.context, self.widgets
        self.files = FileOps(ctx, self.set_project)
        self.documents = DocumentControls(ctx, self.actions, w.document_list, w.document_panel, w.document_filter)
        self.span_editor = SpanEditor(ctx, w.span_panel, w.view, self.selected_spans)
        self.finder = Finder(ctx, w.find_bar, w.view, self.selected_spans)
        self.navigator = Navigator(ctx, w.view, self.selected_spans, self.select_span_row)
        self.menus = Menus(ctx, self.actions, w.view, self.select_span_row)
        self.annotator = Annotator(ctx, w.annotator_label)
        self.linker = Linker(ctx, self.actions, w.view, w.link_list, self.selected_spans, self.select_span_row)
        self.span_actions = SpanActions(
            ctx, w.view, self.actions.snap_to_words, self.linker, self.selected_spans, self.select_span_row
        )
        self.labeler = DocumentLabeler(ctx, w.label_panel, w.label_filter, self.documents)
        self.annotator.changed = self.labeler.show_document  # "yours" on the label panel follows the name
        a = self.actions
        self.learned = LearnedModels(ctx)  # the model learned from the decisions, trained off this thread and kept
        self.review = SuggestionReview(ctx, self.actions, w.view, w.suggestion_panel, w.span_tabs, self.learned)
        self.suggest_all = SuggestAll(ctx, self.actions.suggest_all, self.actions.learn_from_decisions, self.learned)
        self.suggest_all.finished.connect(lambda *_: self.review.start())  # review what came for the shown document
        self.theme = ThemeControls(ctx, {"system": a.theme_system, "light": a.theme_light, "dark": a.theme_dark})
        self.curation = Curation(ctx, a, w.view, lambda panel: self.addDockWidget(Qt.RightDockWidgetArea, panel))
        self.curation.curator_changed.connect(self.annotator.set_curating)  # the status bar names whom spans go to
        self.agreement = AgreementView(ctx, w.view, self.select_span_row)
        self.statistics = StatisticsControls(ctx, a.show_statistics)

    def _restore_settings(self) -> None:
        settings = self.settings
        self.setAcceptDrops(True)
        self.resize(1280, 800)
        family = settings.value("view/fontFamily", "", type=str)
        size = settings.value("view/textSize", 0.0, type=float)
        self.view.set_reading_font(family or self.view.font().family(), size or self.view.text_size)
        self._set_line_spacing(settings.value("view/lineSpacing", 1.0, type=float))
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
            self.splitter.restoreState(settings.value("window/splitter"))

    def _connect_fixed(self) -> None:
        a = self.actions
        a.new_project.triggered.connect(self.files.new_project)
        a.new_from_tag_set.triggered.connect(self.files.new_project_from_tag_set)
        a.import_tag_set.triggered.connect(self.files.import_tag_set)
        a.export_tag_set.triggered.connect(self.files.export_tag_set)
        a.open_project.triggered.connect(self.files.open_project)
        a.add_documents.triggered.connect(self.files.add_documents)
        a.add_folder.triggered.connect(self.files.add_folder)
        a.paste_document.triggered.connect(self.files.paste_document)
        a.export_csv.triggered.connect(self.files.export_csv)
        a.export_set.triggered.connect(self.files.export_set)
        a.load_set.triggered.connect(self.files.load_set)
        a.quit.triggered.connect(self.close)
        # Undo and redo say what they did, as the action itself did when it was made.
        self.undo_stack.undone.connect(lambda text: self.statusBar().showMessage(f"Undone: {text} — saved", STATUS_TIMEOUT_MS))
        self.undo_stack.redone.connect(lambda text: self.statusBar().showMessage(f"Redone: {text} — saved", STATUS_TIMEOUT_MS))
        a.set_annotator.triggered.connect(self.annotator.change)
        a.delete_span.triggered.connect(self.span_actions.delete_selected_spans)
        a.edit_note.triggered.connect(self.span_actions.edit_selected_note)
        a.focus_span_list.triggered.connect(self.span_table.setFocus)
        a.next_span.triggered.connect(lambda: self.navigator.jump(forward=True))
        a.previous_span.triggered.connect(lambda: self.navigator.jump(forward=False))
        a.next_same_tag.triggered.connect(lambda: self.navigator.jump(forward=True, same_tag=True))
        a.previous_same_tag.triggered.connect(lambda: self.navigator.jump(forward=False, same_tag=True))
        a.edit_tag_set.triggered.connect(lambda: dialogs.show_tag_set_editor(self.context))
        a.find.triggered.connect(self.finder.open)
        a.find_next.triggered.connect(lambda: self.finder.step(forward=True))
        a.find_previous.triggered.connect(lambda: self.finder.step(forward=False))
        a.tag_everywhere.triggered.connect(self.finder.tag_everywhere)
        for move in (a.grow_end, a.shrink_end, a.grow_start, a.shrink_start,
                     a.grow_end_word, a.shrink_end_word, a.grow_start_word, a.shrink_start_word):
            move.triggered.connect(lambda _=False, m=move: self._edge_key(*m.data()))
        a.zoom_in.triggered.connect(lambda: self._zoom(+1))
        a.zoom_out.triggered.connect(lambda: self._zoom(-1))
        a.zoom_reset.triggered.connect(lambda: self._zoom(0))
        a.choose_font.triggered.connect(self._choose_font)
        for action in (a.single_spacing, a.wide_spacing, a.double_spacing):
            action.triggered.connect(lambda _=False, spacing=action.data(): self._set_line_spacing(spacing))
        a.show_shortcuts.triggered.connect(lambda: dialogs.show_shortcuts(self, self.menus.shortcut_rows()))
        a.show_agreement.triggered.connect(self.agreement.open)
        self.view.span_clicked.connect(self.select_span_row)
        self.view.edge_dragged.connect(self.span_actions.drag_edge)
        self.view.context_menu_requested.connect(lambda pos, spans: self.menus.span_menu(spans, True).exec(pos))
        self.span_table.customContextMenuRequested.connect(
            lambda pos: self.menus.span_menu(self.selected_spans(), False).exec(self.span_table.viewport().mapToGlobal(pos))
        )
        self.tag_filter.currentIndexChanged.connect(self._apply_filter)
        self.text_filter.textChanged.connect(self._apply_filter)
        self.span_table.activated.connect(self._show_row)
        self.span_table.clicked.connect(self._show_row)

    # -- project and document ---------------------------------------------------------

    def set_project(self, project: Project) -> None:
        """Show another project; the previous one is closed (it is already saved).

        If the new project cannot be read, this raises before anything changes: the old one stays shown.
        """
        new = AnnotationSession(project, self)  # reads the tags and documents: a damaged file fails here
        self.agreement.close()  # its figures and places belong to the project shown until now
        self.curation.project_merge.stop()  # its worker reads the project shown until now
        self.statistics.stop()  # its reader closes before the writer does (the writer then tidies the WAL away)
        self.learned.stop()  # so does the learning's
        if self.session is not None:
            self.session.close()
            self.session.deleteLater()
        self.undo_stack.clear()
        self.session = s = new
        self.statistics.changed()  # another project: an open statistics panel counts it
        s.document_changed.connect(self._on_document_changed)
        s.spans_changed.connect(self._on_spans_changed)
        s.document_edited.connect(self._show_title)
        s.tags_changed.connect(self._set_tags)
        s.failed.connect(lambda message: dialogs.show_error(self, "Could not save", message))
        s.span_model.note_edited = self.span_actions._on_note_edited
        self.view.follow(s.store)
        self.span_table.setModel(s.span_model)
        keep_selection_across_resets(self.span_table)
        keep_sort_indicator(self.span_table)
        self.span_table.selectionModel().selectionChanged.connect(self.span_editor.show_span)
        s.spans_changed.connect(self.span_editor.show_span)
        self.span_table.selectionModel().selectionChanged.connect(self.linker.show_links)
        self.span_table.sortByColumn(START, Qt.AscendingOrder)  # text order, shown in the header
        header = self.span_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        # Narrow fixed columns, so the stretched Text column keeps room in a small window.
        digits = self.fontMetrics().horizontalAdvance("0000000")
        for column, width in ((TAG, 84), (START, digits), (END, digits), (NOTE, 80)):
            self.span_table.setColumnWidth(column, width)
        self._text_column.fit()
        self.document_list.setModel(s.document_model)
        self.document_list.selectionModel().currentRowChanged.connect(self._on_document_row)
        self._set_tags()
        self.annotator.apply()
        self.documents.connect_session()
        self.linker.connect_session()
        self.labeler.connect_session()
        self.curation.connect_session()
        self.review.connect_session()
        self.files.remember_project(project.path)
        last = self.settings.value(f"lastDocument/{project.path}", None)
        rows = s.document_model.rowCount()
        row = s.document_model.row_of(int(last)) if last is not None else None
        if rows:
            self.document_list.setCurrentIndex(s.document_model.index(row if row is not None else 0))
        else:
            s.open_document(None)
            self._on_document_changed()

    def _set_tags(self) -> None:
        for action in self.tag_actions + self.retag_actions:
            self.removeAction(action)
            action.deleteLater()
        tags = self.session.tags
        self.tag_actions, self.retag_actions = build_tag_actions(self, tags)
        for action in self.tag_actions:
            # While a suggestion is current (and no text selected) a tag key retags and accepts it.
            action.triggered.connect(lambda _=False, a=action: self.review.tag_key(a.data()) or self.span_actions.tag_selection(a.data()))
        for action in self.retag_actions:
            action.triggered.connect(lambda _=False, a=action: self.span_actions.retag_selected(a.data()))
        self.tag_bar.set_actions(self.tag_actions)
        self.find_bar.set_tags(tags)
        self.view.set_tags(tags)
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem("All tags", None)
        for tag in tags:
            self.tag_filter.addItem(color_icon(tag.color), tag.name, tag.id)
        self.tag_filter.blockSignals(False)
        self.menus.build_tag_menu(self.tag_actions, self.retag_actions)

    def _on_document_row(self, current, _previous) -> None:
        if current.isValid():
            try:
                self.session.open_document(current.data(DocumentIdRole))
            except NewsmarkError as e:  # a damaged document: say so; the others stay reachable
                self.report("Cannot open document", e)
                shown = self.session.document
                row = self.session.document_model.row_of(shown.id) if shown is not None else None
                if row is not None:  # the list points back at the document still shown
                    self.document_list.selectionModel().setCurrentIndex(
                        self.session.document_model.index(row), QItemSelectionModel.ClearAndSelect
                    )

    def _on_document_changed(self) -> None:
        doc = self.session.document
        # The previous document's span must not stay selected: the panel would edit it, its edge bars
        # would be painted at its offsets in this text. A model reset drops the selection silently.
        self.span_table.clearSelection()
        self.span_editor.show_span()
        self.view.set_document(doc.text if doc else "", self.session.index)
        if doc is not None:
            self.settings.setValue(f"lastDocument/{self.session.project.path}", doc.id)
            row = self.session.document_model.row_of(doc.id)
            if row is not None and self.document_list.currentIndex().row() != row:
                self.document_list.selectionModel().setCurrentIndex(
                    self.session.document_model.index(row), QItemSelectionModel.ClearAndSelect
                )
        self._show_title()
        self.documents.show_document()
        self.finder.refresh()
        self._on_spans_changed()

    def _show_title(self) -> None:
        doc, name = self.session.document, self.session.project.path.name
        self.setWindowTitle(f"{doc.title} — {name} — Newsmark" if doc else f"{name} — Newsmark")

    def _on_spans_changed(self) -> None:
        counts = self.session.span_counts()
        parts = [f"{t.name} {counts.get(t.id, 0)}" for t in self.session.tags]
        total = sum(counts.values())
        self.counts_label.setText(" · ".join(parts) + f"  —  {total} span{'s' if total != 1 else ''}")

    def _choose_font(self) -> None:
        font = dialogs.ask_font(self, self.view.font())
        if font is not None:
            self.view.set_reading_font(font.family(), font.pointSizeF())
            self.settings.setValue("view/fontFamily", font.family())
            self.settings.setValue("view/textSize", self.view.text_size)

    def _set_line_spacing(self, spacing: float) -> None:
        a = self.actions
        known = {x.data(): x for x in (a.single_spacing, a.wide_spacing, a.double_spacing)}
        spacing = spacing if spacing in known else 1.0  # a value from elsewhere (an older or edited setting)
        known[spacing].setChecked(True)
        self.view.set_line_spacing(spacing)
        self.settings.setValue("view/lineSpacing", spacing)

    def _zoom(self, steps: int) -> None:
        self.view.zoom(steps)
        self.settings.setValue("view/textSize", self.view.text_size)

    def _apply_filter(self) -> None:
        self.session.span_model.set_filter(self.tag_filter.currentData(), self.text_filter.text())

    def _edge_key(self, edge: str, grow: bool, by: str) -> None:
        """An edge key moves the current suggestion's edge while reviewing, else the selected span's."""
        if not self.review.edge_key(edge, grow=grow, by=by):
            self.span_actions.adjust_edge(edge, grow=grow, by=by)

    # -- spans --------------------------------------------------------------------------

    def selected_spans(self) -> list[Span]:
        """The spans selected in the span table, in table order."""
        rows = sorted({i.row() for i in self.span_table.selectionModel().selectedRows()})
        return [self.session.span_model.span_at(r) for r in rows]

    def select_span_row(self, span_id: int) -> None:
        """Select a span's row in the table (the text selection is left alone)."""
        row = self.session.span_model.row_of(span_id)
        if row is None:
            return
        index = self.session.span_model.index(row, 0)
        self.span_table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
        )
        self.span_table.scrollTo(index)

    def _show_row(self, index) -> None:
        span = self.session.span_model.span_at(index.row())
        self.view.select_range(span.start, span.end)

    # -- window events -------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls() and all(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.files.add_paths(paths)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.suggest_all.stop()  # its worker thread ends before the project closes
        self.agreement.close()  # stops its computation before the window goes
        self.curation.project_merge.stop()  # its worker's reader closes before the project
        self.statistics.stop()  # its worker's read-only connection closes before the project
        self.learned.stop()  # and the learning's
        if self.session is not None:
            self.session.close()
        super().closeEvent(event)

    def report(self, title: str, error: NewsmarkError | OSError) -> None:
        """Show a user-caused error in a dialog."""
        self.context.report(title, error)
