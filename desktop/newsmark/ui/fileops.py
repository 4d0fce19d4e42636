"""The window's file work: projects, recent projects, adding documents, exporting."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu


from newsmark.core.formats import csvset
from newsmark.core.articles import article_files, read_article, shown_name
from newsmark.core.errors import NewsmarkError
from newsmark.core.formats.exportfilter import FilteredProject
from newsmark.core.formats.exporting import export_annotation_set
from newsmark.core.storage import Project
from newsmark.core.articles.plaintext import normalize_newlines, title_from_text
from newsmark.ui import dialogs
from newsmark.core.tagset import read_tag_set_file, write_tag_set_file
from newsmark.ui.commands import AddDocumentsCommand, ImportTagSetCommand, LoadAnnotationSetCommand

if TYPE_CHECKING:
    from newsmark.ui.mainwindow import MainWindow

MAX_RECENT = 8


class FileOps(QObject):
    """Opens, adds and exports on behalf of the window, reporting problems in dialogs."""

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window

    # -- projects ----------------------------------------------------------------

    def new_project_from_tag_set(self) -> None:
        """Create a project that starts with a shared tag set."""
        specs = self._ask_tag_set()[1]
        if specs is None:
            return
        path = dialogs.ask_new_project(self.window)
        if path is not None:
            self._open(path, create=True, tag_set=specs)

    def _ask_tag_set(self):
        """Ask for a tag set file and read it: (path, tags), or (path, None) when cancelled or unreadable."""
        path = dialogs.ask_tag_set_file(self.window)
        if path is None:
            return None, None
        try:
            return path, read_tag_set_file(path)
        except NewsmarkError as e:
            self.window.report("Cannot read the tag set", e)
            return path, None

    def export_tag_set(self) -> None:
        """Save the project's tag set as a JSON file."""
        project = self.window.session.project
        path = dialogs.ask_tag_set_save_path(self.window, str(project.path.with_suffix(".tags.json")))
        if path is None:
            return
        try:
            write_tag_set_file(path, self.window.session.tags, project.path.stem)
        except (NewsmarkError, OSError) as e:
            self.window.report("Export failed", e)
            return
        self.window.statusBar().showMessage(f"Saved the tag set to {path}", 8000)

    def import_tag_set(self) -> None:
        """Merge a tag set file: new tags are added, same-named ones take its color and key; one undo step."""
        path, specs = self._ask_tag_set()
        if specs is None:
            return
        self.window.undo_stack.push(ImportTagSetCommand(self.window.session, path.name, specs))

    def new_project(self) -> None:
        """Create a project file and show it."""
        path = dialogs.ask_new_project(self.window)
        if path is not None:
            self._open(path, create=True)

    def open_project(self) -> None:
        """Open a project file."""
        path = dialogs.ask_open_project(self.window)
        if path is not None:
            self._open(path, create=False)

    def _open(self, path: Path, *, create: bool, tag_set=None) -> None:
        if self.window.session and path.absolute() == self.window.session.project.path:
            return
        try:
            project = Project.open(path, create=create, tag_set=tag_set)
        except NewsmarkError as e:
            self.window.report("Cannot open project", e)
            self.forget_project(path)
            return
        self.window.set_project(project)

    def recent_projects(self) -> list[str]:
        """Recently opened project paths, newest first."""
        return [p for p in self.window.settings.value("recentProjects", [], type=list) if p]

    def remember_project(self, path: Path) -> None:
        """Put a project at the top of the recent list."""
        recent = [str(path)] + [p for p in self.recent_projects() if p != str(path)]
        self.window.settings.setValue("recentProjects", recent[:MAX_RECENT])

    def forget_project(self, path: Path) -> None:
        """Drop a project that can no longer be opened from the recent list."""
        self.window.settings.setValue("recentProjects", [p for p in self.recent_projects() if p != str(path)])

    def fill_recent_menu(self, menu: QMenu) -> None:
        """List the recent projects in a menu."""
        menu.clear()
        for name in self.recent_projects():
            action = menu.addAction(name)
            action.triggered.connect(lambda _=False, p=name: self._open(Path(p), create=False))
        if menu.isEmpty():
            menu.addAction("No recent projects").setEnabled(False)

    # -- documents ------------------------------------------------------------------

    def add_documents(self) -> None:
        """Ask for article files and add them."""
        paths = dialogs.ask_documents(self.window)
        if paths:
            self.add_paths(paths)

    def add_folder(self) -> None:
        """Ask for a folder and add every article file in it and its subfolders."""
        folder = dialogs.ask_document_folder(self.window)
        if folder is not None:
            self.add_paths([folder])

    def add_paths(self, paths: list[Path]) -> None:
        """Add article files and folders of them as one undo step; each file that fails is named with its reason."""
        given, (paths, empty) = paths, article_files(paths)
        problems = [f'"{p}" holds no article files.' for p in empty]
        texts, cancelled = [], 0
        progress = dialogs.progress(self.window, "Adding documents…", len(paths))
        for done, path in enumerate(paths):
            if not progress.step(path.name):
                cancelled = len(paths) - done  # what was read so far still goes in
                break
            try:
                imported = read_article(path, shown_name(path, given))
            except NewsmarkError as e:
                problems.append(str(e))
                continue
            texts.append((imported.title, imported.text, imported.source_path, imported.metadata()))
        progress.close()
        self._add_texts(texts)
        if cancelled:
            self.window.statusBar().showMessage(f"Cancelled: {cancelled} file(s) were not added.", 8000)
        if problems:  # one line each, in a box that scrolls: a folder can hold hundreds
            count = len(problems)
            headline = f"{count} file{'s' if count != 1 else ''} could not be added:"
            dialogs.show_problems(self.window, "Some files were not added", headline + "\n\n" + "\n".join(problems))

    def paste_document(self) -> None:
        """Add the clipboard's text as a new document."""
        text = normalize_newlines(QGuiApplication.clipboard().text())
        if not text.strip():
            self.window.statusBar().showMessage("The clipboard holds no text to add.", 6000)
            return
        self._add_texts([(title_from_text(text, "Pasted text"), text, "", {})])

    def _add_texts(self, texts: list[tuple[str, str, str, dict[str, str]]]) -> None:
        """Add (title, text, source, metadata) documents as one undo step and say what happened."""
        if texts:
            command = AddDocumentsCommand(self.window.session, texts)
            self.window.undo_stack.push(command)
            added = len(command.added)
            message = f"Added {added} document{'s' if added != 1 else ''}"
            if command.existing:
                message += f"; {len(command.existing)} already in the project"
            self.window.statusBar().showMessage(message, 8000)

    # -- export -------------------------------------------------------------------------

    def export_set(self) -> None:
        """Export in a chosen format, with the same filters as the command line."""
        session = self.window.session
        project = session.project
        choice = dialogs.ask_export_options(
            self.window, project.path.with_suffix(""), [t.name for t in session.tags], project.annotators()
        )
        if choice is None:
            return
        try:
            view = FilteredProject(
                project, tags=choice.tags or None, statuses=choice.statuses or None,
                annotators=choice.annotators or None,
                documents=[session.document.id] if choice.shown_document_only and session.document else None,
            )
            report = export_annotation_set(
                view, choice.format, choice.path, plain=choice.plain, language=choice.language
            )
        except (NewsmarkError, OSError) as e:
            self.window.report("Export failed", e)
            return
        count = report.spans
        self.window.statusBar().showMessage(f"Exported {count:,} span{'s' if count != 1 else ''} to {choice.path}", 8000)
        if report.problems:
            # Every line: the box shows the first few and keeps the rest under Show Details.
            summary = report.summary(limit=len(report.problems))
            dialogs.show_problems(self.window, f"Some spans are not in {choice.path.name}", summary)

    def load_set(self) -> None:
        """Add an annotation set's spans, all or none, as one undo step."""
        path = dialogs.ask_annotation_set_path(self.window)
        if path is None:
            return
        command = LoadAnnotationSetCommand(self.window.session, path)
        self.window.undo_stack.push(command)  # a refused set is reported by the window and leaves no step
        if command.error is None:
            spans, tags = command.added
            self.window.statusBar().showMessage(
                f"Loaded {len(spans):,} span{'s' if len(spans) != 1 else ''} ({len(tags)} new tags) from {path.name}", 8000
            )

    def export_csv(self) -> None:
        """Write the project's annotation set to a CSV file."""
        project = self.window.session.project
        path = dialogs.ask_export_path(self.window, str(project.path.with_suffix(".csv")))
        if path is None:
            return
        try:
            count = csvset.export_csv_file(project, path)
        except (NewsmarkError, OSError) as e:
            self.window.report("Export failed", e)
            return
        self.window.statusBar().showMessage(f"Exported {count:,} span{'s' if count != 1 else ''} to {path}", 8000)
