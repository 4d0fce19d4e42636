"""The analyst's objects: documents, tags, spans, links and document labels, as plain immutable values."""

from __future__ import annotations

import getpass
import hashlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import NamedTuple


def now_iso() -> str:
    """The current UTC time as ISO 8601 with milliseconds and a ``Z``."""
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def sha256_text(text: str) -> str:
    """The hex SHA-256 of a document's stored text (UTF-8)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Document:
    """An article: its text is what every span offset counts into (code points, ``\\n`` line ends)."""

    id: int
    title: str
    text: str
    source_path: str
    sha256: str
    added_at: str
    status: str = "todo"
    author: str = ""
    published: str = ""
    url: str = ""
    site: str = ""
    origin: str = "{}"  # JSON: the file's name, format and metadata as it was read (see docs/schema.md)


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """A document without its text, for lists of many documents."""

    id: int
    title: str
    source_path: str
    sha256: str
    added_at: str
    chars: int
    spans: int
    status: str = "todo"


# A document's review status, in workflow order, with the words the analyst sees.
STATUSES = {"todo": "To do", "in_progress": "In progress", "done": "Done", "reviewed": "Reviewed"}
# The metadata an analyst may edit, with labels.
DOCUMENT_FIELDS = {
    "title": "Title", "source_path": "Source", "author": "Author", "published": "Date", "url": "URL", "site": "Site"
}


@dataclass(frozen=True, slots=True)
class Tag:
    """A kind of mark (claim, figure, ...): its color and the key that applies it."""

    id: int
    name: str
    color: str  # "#rrggbb"
    key: str  # one character, "" for none
    position: int
    attributes: str = "[]"  # JSON list of attribute definitions (see core.attributes)


class Span(NamedTuple):
    """A tagged range ``[start, end)`` of a document's text, in code points.

    A named tuple rather than a dataclass: a project loads hundreds of thousands
    of these, and tuples are built several times faster.
    """

    id: int
    document_id: int
    tag_id: int
    start: int
    end: int
    note: str = ""
    annotator: str = ""
    created_at: str = ""
    updated_at: str = ""
    attributes: str = "{}"  # JSON object: attribute name -> value

    def with_changes(self, **changes) -> "Span":
        """A copy with some fields changed."""
        return self._replace(**changes)


class Link(NamedTuple):
    """A typed, directed pair of spans of one document: source span -> target span."""

    id: int
    document_id: int
    type_id: int
    source_id: int
    target_id: int
    note: str = ""
    annotator: str = ""
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True, slots=True)
class LinkType:
    """A kind of link (evidence, said_by, ...): its color, key, and which tags it may join."""

    id: int
    name: str
    color: str  # "#rrggbb"
    key: str = ""
    position: int = 0
    sources: tuple[str, ...] = ()  # tag names a source span may have; () means any tag
    targets: tuple[str, ...] = ()  # likewise for the target span
    symmetric: bool = False  # "same_as": the two ends are interchangeable

    def allows(self, source_tag: str, target_tag: str) -> bool:
        """Whether a link of this type may go from a span tagged ``source_tag`` to one tagged ``target_tag``."""
        return _fits(self.sources, source_tag) and _fits(self.targets, target_tag) or (
            self.symmetric and _fits(self.sources, target_tag) and _fits(self.targets, source_tag)
        )


def _fits(names: tuple[str, ...], tag: str) -> bool:
    # Tag names are unique regardless of case, so they match regardless of case.
    return not names or tag.casefold() in {n.casefold() for n in names}


@dataclass(frozen=True, slots=True)
class Category:
    """A question asked of a whole document (topic, genre, stance) and the answers it offers."""

    id: int
    name: str
    choices: tuple[str, ...]
    multiple: bool = False  # several choices at once (topic), or one (genre)
    key: str = ""
    position: int = 0


class DocumentLabel(NamedTuple):
    """One answer of a category given to a document."""

    document_id: int
    category_id: int
    value: str
    annotator: str = ""
    created_at: str = ""


class Removal(tuple):
    """What a removal took away, as the pair ``(document or tag, spans)`` older callers unpack.

    It also carries the links and document labels removed with it, and a document's other rows
    (suggestions, curation decisions, split part: ``core.documentrows``), so that handing it back
    to the matching restore method puts everything back.
    """

    links: tuple[Link, ...]
    labels: tuple[DocumentLabel, ...]
    rows: tuple

    def __new__(cls, item, spans, links=(), labels=(), rows=()):
        """A removal of ``item`` with its spans, links, labels and other rows."""
        self = super().__new__(cls, (item, spans))
        self.links = tuple(links)
        self.labels = tuple(labels)
        self.rows = tuple(rows)
        return self


# Who the spans of the action under way belong to, when the caller knows better than the login.
_ANNOTATING_AS: ContextVar[str] = ContextVar("annotating_as", default="")


@contextmanager
def annotating_as(name: str | None) -> Iterator[None]:
    """Within this block, spans that name no annotator get ``name`` (when it is not empty)."""
    token = _ANNOTATING_AS.set((name or "").strip())
    try:
        yield
    finally:
        _ANNOTATING_AS.reset(token)


def default_annotator() -> str:
    """Who is annotating: the name given by ``annotating_as``, else ``NEWSMARK_ANNOTATOR``, else the login name."""
    name = _ANNOTATING_AS.get() or os.environ.get("NEWSMARK_ANNOTATOR", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, e.g. in some containers
        return ""
