"""The window's file work: projects, recent projects, adding documents, exporting."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu


from newsmark.core.articles.adding import CollectedArticles, add_articles
from newsmark.core.errors import NewsmarkError
from newsmark.core.formats.exportfilter import FilteredProject
from newsmark.core.formats import registry
from newsmark.core.storage import Project
from newsmark.core.articles.plaintext import normalize_newlines, title_from_text
from newsmark.core.suggestionstore import RULE_NAMES
from newsmark.core.tagset import read_tag_set_file, write_tag_set_file
from newsmark.ui import pdfoption
from newsmark.ui.documentcommands import AddDocumentsCommand, LoadAnnotationSetCommand
from newsmark.ui.tagcommands import ImportTagSetCommand

if TYPE_CHECKING:
    from newsmark.ui.context import WindowContext

MAX_RECENT = 8


class FileOps(QObject):
    """Opens, adds and exports on behalf of the window, reporting problems in dialogs."""

    def __init__(self, ctx: WindowContext, show_project: Callable[[Project], None]):
        super().__init__(ctx.parent)
        self._ctx = ctx
        self._show_project = show_project  # the window shows an opened project in place of its own

    # -- projects ----------------------------------------------------------------

    def new_project_from_tag_set(self) -> None:
        """Create a project that starts with a shared tag set."""
        specs = self._ask_tag_set()[1]
        if specs is None:
            return
        path = self._ctx.dialogs.ask_new_project(self._ctx.parent, settings=self._ctx.settings)
        if path is not None:
            self._open(path, create=True, tag_set=specs)

    def _ask_tag_set(self):
        """Ask for a tag set file and read it: (path, tags), or (path, None) when cancelled or unreadable."""
        path = self._ctx.dialogs.ask_tag_set_file(self._ctx.parent, settings=self._ctx.settings)
        if path is None:
            return None, None
        try:
            return path, read_tag_set_file(path)
        except NewsmarkError as e:
            self._ctx.report("Cannot read the tag set", e)
            return path, None

    def export_tag_set(self) -> None:
        """Save the project's tag set as a JSON file."""
        project = self._ctx.session.project
        path = self._ctx.dialogs.ask_tag_set_save_path(
            self._ctx.parent, project.path.with_suffix(".tags.json").name, settings=self._ctx.settings
        )
        if path is None:
            return
        try:
            rules = {name: project.rule_text(name) for name in RULE_NAMES}
            write_tag_set_file(path, self._ctx.session.tags, project.path.stem, rules=rules)
        except (NewsmarkError, OSError) as e:
            self._ctx.report("Export failed", e)
            return
        self._ctx.status(f"Saved the tag set to {path}", 8000)

    def import_tag_set(self) -> None:
        """Merge a tag set file: new tags are added, same-named ones take its color and key; one undo step."""
        path, specs = self._ask_tag_set()
        if specs is None:
            return
        self._ctx.undo_stack.push(ImportTagSetCommand(self._ctx.session, path.name, specs))

    def new_project(self) -> None:
        """Create a project file and show it."""
        path = self._ctx.dialogs.ask_new_project(self._ctx.parent, settings=self._ctx.settings)
        if path is not None:
            self._open(path, create=True)

    def open_project(self) -> None:
        """Open a project file."""
        path = self._ctx.dialogs.ask_open_project(self._ctx.parent, settings=self._ctx.settings)
        if path is not None:
            self._open(path, create=False)

    def _open(self, path: Path, *, create: bool, tag_set=None) -> None:
        if self._ctx.session and path.absolute() == self._ctx.session.project.path:
            return
        project = None
        try:
            project = Project.open(path, create=create, tag_set=tag_set)
            self._show_project(project)  # keeps the shown project if the new one's first reads fail
        except NewsmarkError as e:
            if project is not None:
                project.close()
            self._ctx.report("Cannot open project", e)
            self.forget_project(path)

    def recent_projects(self) -> list[str]:
        """Recently opened project paths, newest first."""
        return [p for p in self._ctx.settings.value("recentProjects", [], type=list) if p]

    def remember_project(self, path: Path) -> None:
        """Put a project at the top of the recent list."""
        recent = [str(path)] + [p for p in self.recent_projects() if p != str(path)]
        self._ctx.settings.setValue("recentProjects", recent[:MAX_RECENT])

    def forget_project(self, path: Path) -> None:
        """Drop a project that can no longer be opened from the recent list."""
        self._ctx.settings.setValue("recentProjects", [p for p in self.recent_projects() if p != str(path)])

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
        paths = self._ctx.dialogs.ask_documents(self._ctx.parent, settings=self._ctx.settings)
        if paths:
            self.add_paths(paths)

    def add_folder(self) -> None:
        """Ask for a folder and add every article file in it and its subfolders."""
        folder = self._ctx.dialogs.ask_document_folder(self._ctx.parent, settings=self._ctx.settings)
        if folder is not None:
            self.add_paths([folder])

    def add_paths(self, paths: list[Path]) -> None:
        """Add article files and folders of them as one undo step; each file that fails is named with its reason."""
        session = self._ctx.session
        shown, going = None, True

        def progress(_done: int, total: int, name: str) -> None:
            nonlocal shown, going
            shown = shown or self._ctx.dialogs.progress(self._ctx.parent, "Adding documents…", total)
            going = shown.step(name)

        collected = CollectedArticles(session.project)
        printed_lines = pdfoption.printed_lines(self._ctx.settings)  # one box in the dialog says it for PDFs and texts
        report = add_articles(
            collected, paths, project=session.project.path, progress=progress, cancel=lambda: not going,
            pdf_printed_lines=printed_lines, keep_lines=printed_lines,
        )
        if shown is not None:
            shown.close()
        self._add_texts(collected.texts, report.count("skipped"))
        known = [r.document_id for r in report.results if r.status == "skipped" and r.document_id is not None]
        if known and not collected.texts:  # only texts already in: show the last of them, as adding it would
            session.open_document(known[-1])
        if report.cancelled:
            self._ctx.status(f"Cancelled: {report.cancelled} file(s) were not added.", 8000)
        problems = report.problems
        if problems:  # one line each, in a box that scrolls: a folder can hold hundreds
            count = len(problems)
            headline = f"{count} file{'s' if count != 1 else ''} could not be added:"
            self._ctx.dialogs.show_problems(self._ctx.parent, "Some files were not added", headline + "\n\n" + "\n".join(problems))

    def paste_document(self) -> None:
        """Add the clipboard's text as a new document."""
        # Stored as every imported text is: \n line endings and NFC, so typed words find what was pasted.
        text = unicodedata.normalize("NFC", normalize_newlines(QGuiApplication.clipboard().text()))
        if not text.strip():
            self._ctx.status("The clipboard holds no text to add.", 6000)
            return
        self._add_texts([(title_from_text(text, "Pasted text"), text, "", {})])

    def _add_texts(self, texts: list[tuple[str, str, str, dict[str, str]]], skipped: int = 0) -> None:
        """Add (title, text, source, metadata) documents as one undo step and say what happened."""
        added = existing = 0
        if texts:
            command = AddDocumentsCommand(self._ctx.session, texts)
            self._ctx.undo_stack.push(command)
            added, existing = len(command.added), len(command.existing)
        if texts or skipped:
            message = f"Added {added} document{'s' if added != 1 else ''}"
            if existing + skipped:
                message += f"; {existing + skipped} already in the project"
            self._ctx.status(message, 8000)

    # -- export -------------------------------------------------------------------------

    def export_set(self) -> None:
        """Export in a chosen format, with the same filters as the command line."""
        session = self._ctx.session
        project = session.project
        choice = self._ctx.dialogs.ask_export_options(
            self._ctx.parent, project.path.with_suffix(""), [t.name for t in session.tags], project.annotators(),
            settings=self._ctx.settings,
        )
        if choice is None:
            return
        try:
            view = FilteredProject(
                project, tags=choice.tags or None, statuses=choice.statuses or None,
                annotators=choice.annotators or None,
                documents=[session.document.id] if choice.shown_document_only and session.document else None,
                split=choice.split,
            )
            report = registry.export(
                view, choice.format, choice.path, plain=choice.plain, language=choice.language, card=True
            )
        except (NewsmarkError, OSError) as e:
            self._ctx.report("Export failed", e)
            return
        count = report.spans
        extras = "".join(
            f", {n:,} {what}{'s' if n != 1 else ''}" for n, what in ((report.links, "link"), (report.labels, "document label"), (report.marks, "done mark")) if n
        )
        lost = report.not_held_line(choice.format)
        self._ctx.status(
            f"Exported {count:,} span{'s' if count != 1 else ''}{extras} to {choice.path}" + (f" ({lost})" if lost else ""),
            12000 if lost else 8000,
        )
        if report.problems:
            # Every line: the box shows the first few and keeps the rest under Show Details.
            summary = report.summary(limit=len(report.problems))
            exactly = "" if report.left_out_count == len(report.problems) else " exactly"  # some were trimmed
            self._ctx.dialogs.show_problems(self._ctx.parent, f"Some spans are not{exactly} in {choice.path.name}", summary)

    def load_set(self) -> None:
        """Add an annotation set's spans, all or none, as one undo step."""
        path = self._ctx.dialogs.ask_annotation_set_path(self._ctx.parent, settings=self._ctx.settings)
        if path is None:
            return
        command = LoadAnnotationSetCommand(self._ctx.session, path)
        self._ctx.undo_stack.push(command)  # a refused set is reported by the window and leaves no step
        if command.error is None:
            spans, tags = command.added
            self._ctx.status(
                f"Loaded {len(spans):,} span{'s' if len(spans) != 1 else ''} ({len(tags)} new tags) from {path.name}", 8000
            )
            not_held = self._ctx.session.last_load.not_held
            if not_held:  # e.g. a brat corpus's events: loaded without them, and the analyst is told which
                count = len(not_held)
                self._ctx.dialogs.show_problems(
                    self._ctx.parent, f"{count} line{'s' if count != 1 else ''} of {path.name} could not be loaded",
                    "Newsmark cannot hold these (the rest of the set was loaded):\n\n" + "\n".join(not_held),
                )

    def export_csv(self) -> None:
        """Write the project's annotation set to a CSV file."""
        project = self._ctx.session.project
        path = self._ctx.dialogs.ask_export_path(
            self._ctx.parent, project.path.with_suffix(".csv").name, settings=self._ctx.settings
        )
        if path is None:
            return
        try:
            count = registry.export(project, "csv", path, card=True).spans
        except (NewsmarkError, OSError) as e:
            self._ctx.report("Export failed", e)
            return
        self._ctx.status(f"Exported {count:,} span{'s' if count != 1 else ''} to {path}", 8000)
