"""Done marks in annotation sets: one row per document and analyst who finished it, written and read back by every set that has a place.

The CSV set writes them to ``NAME.done.csv`` (a companion of its own, not rows of
``NAME.documents.csv``: that file is one row per document label, and an older Newsmark reading a
mark there would take it for a label with no category); the workbook to a sheet ``done`` of the same
columns; JSONL to ``newsmark.done`` and Label Studio to ``meta.newsmark.done`` (a list of
``{"annotator", "marked_at"}``). ``load`` adds them with the set's spans, all or none; a mark for a
document the project lacks is a problem row like any other. Loading marks never changes a
document's status: the status is the project's own, a mark is an analyst's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsmark.core.donemarks import DoneMark
from newsmark.core.errors import AnnotationSetError
from newsmark.core.model import now_iso

DONE_COLUMNS = ("document_sha256", "document_id", "document_title", "annotator", "marked_at")
DONE_TEXT = tuple(DONE_COLUMNS.index(c) for c in ("document_title", "annotator", "marked_at"))


@dataclass(frozen=True, slots=True)
class MarkRow:
    """One done mark as a reader found it."""

    number: int  # the row or line, for problem messages
    document: str  # the document's sha256
    annotator: str
    marked_at: str = ""
    where: str = ""  # a prefix for problem messages, e.g. "set.done.csv: "


def done_path(path: Path) -> Path:
    """``NAME.done.csv`` beside ``NAME.csv``."""
    return path.with_name(f"{path.stem}.done.csv")


def marks_of(project, document_id: int) -> list[DoneMark]:
    """A document's done marks as the export sees them (a filtered view keeps the chosen annotators')."""
    return project.done_marks(document_id)


def done_rows(project) -> list[tuple]:
    """One row per done mark of the documents the export holds, by document then annotator."""
    by_document: dict[int, list[DoneMark]] = {}
    for mark in project.done_marks():
        by_document.setdefault(mark.document_id, []).append(mark)
    return [
        (info.sha256, info.id, info.title, m.annotator, m.marked_at)
        for info in project.documents()
        for m in by_document.get(info.id, ())
    ]


def meta_marks(marks: list[DoneMark]) -> list[dict]:
    """The ``done`` list a JSON record carries."""
    return [{"annotator": m.annotator, "marked_at": m.marked_at} for m in marks]


def read_meta_marks(value, number: int, digest: str, need, text_of, where: str = "") -> list[MarkRow]:
    """The ``done`` list of a JSON record (``need``/``text_of`` the format's checks, naming what is wrong)."""
    rows = []
    for i, item in enumerate(need(value or [], list, "newsmark.done", "a list")):
        item = need(item, dict, f"newsmark.done {i + 1}", "an object")
        rows.append(MarkRow(
            number, digest, text_of(item, "annotator", "newsmark.done's annotator"),
            text_of(item, "marked_at", "newsmark.done's marked_at"), where,
        ))
    return rows


def read_mark_rows(read, table, name: str, unescape, extras) -> None:
    """Add to ``extras.marks`` the done marks of ``read`` (header, numbered rows of text cells), as csvlinks reads labels."""
    header, rows = read
    missing = [c for c in ("document_sha256", "annotator") if c not in header]
    if missing:
        raise AnnotationSetError(name, [(1, "missing column(s): " + ", ".join(missing))])
    problems = []
    for number, cells in rows:
        if len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
            problems.append((number, f"it has {len(cells)} cells but the header names {len(header)} columns"))
            continue
        row = dict(zip(header, cells))
        if unescape is not None:
            row |= {c: unescape(row[c]) for c in ("annotator", "marked_at") if row.get(c)}
        extras.marks.append(MarkRow(
            number, (row.get("document_sha256") or "").strip().lower(), row.get("annotator") or "",
            row.get("marked_at") or "", where=f"{name}: ",
        ))
    if problems:
        raise AnnotationSetError(name, problems)


def check_marks(project, rows: list[MarkRow], document_of, problem) -> tuple[list[DoneMark], int]:
    """The marks of ``rows`` the project lacks yet, and how many it has already.

    ``document_of(sha, row)`` finds a document's id (noting a problem when there is none);
    ``problem(row, reason)`` notes what else is wrong with a row.
    """
    have = {(m.document_id, m.annotator) for m in project.done_marks()} if rows else set()
    new: dict[tuple[int, str], DoneMark] = {}
    skipped = 0
    stamp = now_iso()
    for row in rows:
        document_id = document_of(row.document, row)
        who = row.annotator.strip()
        if not who:
            problem(row, "a done mark names no annotator")
            continue
        if document_id is None:
            continue
        key = (document_id, who)
        if key in have or key in new:
            skipped += 1
            continue
        new[key] = DoneMark(document_id, who, row.marked_at.strip() or stamp)
    return list(new.values()), skipped
