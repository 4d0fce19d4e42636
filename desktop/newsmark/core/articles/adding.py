"""Adding articles to a project, one way for the command line and the window: folders, reading, duplicates, report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from newsmark.core.articles import article_files, read_article, shown_name
from newsmark.core.articles.plaintext import ImportedText, readable_name
from newsmark.core.errors import DocumentImportError
from newsmark.core.model import sha256_text
from newsmark.core import projectfiles



class ArticleSink(Protocol):
    """Where read articles go: a project now (ProjectSink), or a list for one undo step (CollectedArticles)."""

    def find(self, sha256: str) -> tuple[int, str] | None:
        """The id and title of a document already holding this text, if any."""

    def add(self, imported: ImportedText) -> int | None:
        """Add the article; its document id, or None when it is only added later."""


@dataclass(frozen=True)
class FileResult:
    """What became of one file: added, skipped (its text is already in) or failed, with a line saying why."""

    name: str  # named from the folder it was found in
    status: str  # "added", "skipped" or "failed"
    document_id: int | None = None
    title: str = ""
    message: str = ""


@dataclass
class AddReport:
    """What one add did, file by file, in the order the files were found."""

    total: int = 0  # article files found
    results: list[FileResult] = field(default_factory=list)
    cancelled: int = 0  # files not read because the add was cancelled

    def count(self, status: str) -> int:
        """How many files ended with ``status``."""
        return sum(result.status == status for result in self.results)

    @property
    def problems(self) -> list[str]:
        """One line per file that failed."""
        return [result.message for result in self.results if result.status == "failed"]


def add_articles(
    sink: ArticleSink,
    paths: list[Path],
    *,
    project: Path | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    on_result: Callable[[FileResult], None] | None = None,
    pdf_printed_lines: bool = False,
    keep_lines: bool = False,
) -> AddReport:
    """Add the article files and folders of them in ``paths`` to ``sink``, and report on each file.

    A text already in the sink, or read earlier in this add, is skipped (compared by SHA-256).
    ``project`` (the project's path) and its companion files are never opened, even when found
    in a folder. ``progress(done, total, name)`` is called before each file, then ``cancel()``:
    True stops before that file. ``on_result`` hears of each file as soon as it is done.
    ``pdf_printed_lines`` keeps each printed line of a PDF instead of rebuilding its paragraphs;
    ``keep_lines`` keeps each line of a hard-wrapped text file or page instead of joining a paragraph's.
    """
    report = AddReport()
    unreadable: list[tuple[Path, OSError]] = []
    files, empty = article_files(paths, unreadable)
    failed_folders = {folder for folder, _ in unreadable}
    for folder in empty:
        if folder not in failed_folders:
            name = readable_name(str(folder))
            message = f'"{name}" holds no article files; nothing was added from it'
            _record(report, on_result, FileResult(name, "failed", message=message))
    for folder, error in unreadable:
        name = shown_name(folder, paths)
        _record(report, on_result, FileResult(name, "failed", message=_folder_error(name, error)))
    report.total = len(files)
    seen: dict[str, FileResult] = {}
    for done, file in enumerate(files):
        name = shown_name(file, paths)
        if progress is not None:
            progress(done, len(files), name)
        if cancel is not None and cancel():
            report.cancelled = len(files) - done  # what was read so far still goes in
            break
        _record(report, on_result, _add_one(sink, file, name, project, seen, pdf_printed_lines, keep_lines))
    return report


def is_project_file(path: Path, project: Path | None) -> bool:
    """Whether ``path`` is the project file or one of its companions (-wal, -shm, .lock, backups…): ``projectfiles``.

    Nothing is opened: closing any descriptor of the project file would drop SQLite's locks on it.
    """
    found = projectfiles.project_file(path, project)
    return found is not None and found.own


class ProjectSink:
    """Adds straight to a project file, made only once the first article is read and removed again if none went in."""

    def __init__(self, path: Path):
        self.path = path
        self.project = None
        self._created = False
        self.added = 0

    def find(self, sha256: str) -> tuple[int, str] | None:
        """The id and title of the project's document with this text, if any."""
        document_id = self._open().find_document(sha256)
        return None if document_id is None else (document_id, self.project.document(document_id).title)

    def add(self, imported: ImportedText) -> int:
        """Add the article as a document of its own (one transaction)."""
        doc, _new = self._open().add_document(imported.title, imported.text, imported.source_path, **imported.metadata())
        self.added += 1
        return doc.id

    def close(self) -> None:
        """Close the project; one this add made and put nothing in is removed, so no empty project is left behind."""
        if self.project is None:
            return
        self.project.close()
        self.project = None
        if self._created and not self.added:
            for suffix in ("-wal", "-shm", "-journal", ""):
                Path(f"{self._path}{suffix}").unlink(missing_ok=True)

    def _open(self):
        from newsmark.core.storage import Project  # imported here: reading articles needs no database

        if self.project is None:
            self._path = Path(self.path).expanduser().absolute()
            self._created = not self._path.exists()
            self.project = Project.open(self._path, create=True)
        return self.project


class CollectedArticles:
    """Collects read articles as (title, text, source, metadata) to add later as one undo step."""

    def __init__(self, project):
        self.project = project
        self.texts: list[tuple[str, str, str, dict[str, str]]] = []

    def find(self, sha256: str) -> tuple[int, str] | None:
        """The id of the project's document with this text, if any (its title is not needed here)."""
        document_id = self.project.find_document(sha256)
        return None if document_id is None else (document_id, "")

    def add(self, imported: ImportedText) -> None:
        """Keep the article for the later step."""
        self.texts.append((imported.title, imported.text, imported.source_path, imported.metadata()))


def _add_one(
    sink: ArticleSink, file: Path, name: str, project: Path | None, seen: dict[str, FileResult], pdf_printed_lines: bool,
    keep_lines: bool,
) -> FileResult:
    """Read one file and hand it to the sink, unless it fails or its text is already there."""
    found = projectfiles.project_file(file, project)
    if found is not None and found.own:
        return FileResult(name, "failed", message=f'"{name}" is the project\'s own file; it is never added as an article.')
    if found is not None and found.project:  # any other project, or a journal of one: never opened here
        return FileResult(name, "failed", message=f'"{name}" is a Newsmark project file; it is never added as an article.')
    try:
        imported = read_article(file, name, pdf_printed_lines=pdf_printed_lines, keep_lines=keep_lines)
    except DocumentImportError as e:
        return FileResult(name, "failed", message=str(e))
    digest = sha256_text(imported.text)
    earlier = seen.get(digest)
    known = (earlier.document_id, earlier.title) if earlier and earlier.document_id is not None else None
    known = known or (None if earlier else sink.find(digest))
    if known is not None:
        message = f'skipped "{name}": its text is already in the project as document {known[0]}'
        return FileResult(name, "skipped", known[0], known[1] or imported.title, message)
    if earlier is not None:
        return FileResult(name, "skipped", None, imported.title, f'skipped "{name}": it has the same text as "{earlier.name}"')
    result = FileResult(name, "added", sink.add(imported), imported.title)
    seen[digest] = result
    return result


def _record(report: AddReport, on_result, result: FileResult) -> None:
    report.results.append(result)
    if on_result is not None:
        on_result(result)


def _folder_error(name: str, error: OSError) -> str:
    """The line for a folder whose list of files cannot be read."""
    reason = "permission denied" if isinstance(error, PermissionError) else (error.strerror or str(error)).lower()
    return f'"{name}" cannot be read ({reason}); the files in it were not added.'
