"""Errors a user can cause; caught at the edge (dialog in the GUI, one line in the CLI)."""

from __future__ import annotations


class NewsmarkError(Exception):
    """Base of every error Newsmark reports to its user as a plain message."""


class DocumentImportError(NewsmarkError):
    """A file cannot be read as an article (binary, undecodable, empty, missing)."""


class ProjectError(NewsmarkError):
    """A project file cannot be opened or written."""


class NotAProjectError(ProjectError):
    """The file exists but is not a Newsmark project; it is left untouched."""


class NewerVersionError(ProjectError):
    """The project was written by a newer Newsmark; it is left untouched."""


class ProjectLockedError(ProjectError):
    """Another running Newsmark has the project open for writing."""


class AnnotationSetError(NewsmarkError):
    """An annotation set (e.g. CSV) has bad rows; nothing from it was added.

    ``problems`` holds one ``(row_number, reason)`` per bad row; row numbers
    count the header as row 1, as a spreadsheet shows them.
    """

    def __init__(self, source: str, problems: list[tuple[int, str]], unit: str = "row"):
        self.source = source
        self.problems = problems
        self.unit = unit  # what a number counts: a CSV's "row", a CoNLL file's "line", a DocBin's "doc"
        shown = "; ".join(f"{unit} {n}: {why}" for n, why in problems[:5])
        more = f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__(f"{source}: {len(problems)} bad {unit}(s), nothing added: {shown}{more}")


class NotFoundError(NewsmarkError):
    """A document, tag or span named by the user is not in the project."""


class DamagedProjectError(ProjectError):
    """The project file is damaged (corrupt pages, truncated, a bad header); its message starts "damaged:"."""


class ReadOnlyProjectError(ProjectError):
    """The project (or its folder) cannot be written; its message starts "read-only:"."""


class DiskFullError(ProjectError):
    """The disk is full; the action was not saved and the project is as it was before it."""
