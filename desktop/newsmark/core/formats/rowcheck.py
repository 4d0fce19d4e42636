"""Why a row of an annotation set cannot become a span: its document, offsets, text, tag and attribute values.

The full check ``annotationset`` runs on every row its fast path does not take; each reason is one
sentence the load's error lists by row number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsmark.core.attributes import check_value
from newsmark.core.errors import NewsmarkError
from newsmark.core.model import Document

ATTRIBUTE_PREFIX = "attr_"  # the columns holding span attribute values
_INTEGER = re.compile(r"[+-]?[0-9]+")


@dataclass(frozen=True, slots=True)
class CsvRow:
    """One data row as its cells by column name (``None`` for an absent column), not yet checked."""

    number: int  # as a spreadsheet shows it: the header is row 1
    cells: dict[str, str | None]
    problem: str = ""  # a fault found while reading, e.g. more cells than the header has

    def get(self, column: str) -> str | None:
        """The raw cell of ``column``, or ``None`` when the file has no such column or the row is short."""
        return self.cells.get(column)


# More digits than any offset or id can have (SQLite's integers have 19); longer cells are refused
# unparsed: Python's int() raises on over 4,300 digits and takes quadratic time below that.
MAX_DIGITS = 18


def check_row(row: CsvRow, cell, docs: DocumentFinder) -> list[str]:
    """Why a row cannot become a span (empty when it can)."""
    reasons: list[str] = []
    doc, why = docs.find(row)
    if why:
        reasons.append(why)
    start, end = offset(row, "start", reasons), offset(row, "end", reasons)
    if start is not None and end is not None:
        text = cell("text")
        if start >= end:
            reasons.append(f"start {start} is not before end {end}")
        elif doc is not None and end > len(doc.text):
            reasons.append(f"end {end} is past the end of document {doc.id} ({len(doc.text)} characters)")
        elif doc is not None and text is None:
            reasons.append("the text cell is missing")
        elif doc is not None and text != doc.text[start:end]:
            reasons.append(
                f"text {excerpt(text)} is not the document's text at [{start}, {end}): {excerpt(doc.text[start:end])}"
            )
    if not (cell("tag") or "").strip():
        reasons.append("the tag is empty")
    return reasons


def checked_values(row: CsvRow, cell, specs: dict, reasons: list[str]) -> dict[str, str]:
    """A row's ``attr_`` cells as values, checked against its tag's attributes where it defines them."""
    values = {}
    for column in row.cells:
        if not column.startswith(ATTRIBUTE_PREFIX):
            continue
        name, raw = column[len(ATTRIBUTE_PREFIX):], cell(column) or ""
        if not raw:
            continue
        try:
            values[name] = check_value(specs[name], raw) if name in specs else raw
        except NewsmarkError as e:
            reasons.append(str(e))
    return values


class DocumentFinder:
    """Finds a row's document by text hash, else by id, reading each document once."""

    def __init__(self, project):
        self._project = project
        self._by_id: dict[int, Document | None] = {}
        self._by_sha: dict[str, int | None] = {}

    def find(self, row: CsvRow) -> tuple[Document | None, str]:
        """The row's document, or ``None`` and why not."""
        sha = (row.get("document_sha256") or "").strip().lower()
        if sha:
            if sha not in self._by_sha:
                self._by_sha[sha] = self._project.find_document(sha)
            if self._by_sha[sha] is None:
                return None, f"no document in the project has document_sha256 {sha[:12]}…"
            return self._document(self._by_sha[sha]), ""
        given = (row.get("document_id") or "").strip()
        if not given:
            return None, "no document_sha256 or document_id says which document the span is in"
        if not _INTEGER.fullmatch(given):
            return None, f"document_id {excerpt(given)} is not a whole number"
        if len(given.lstrip("+-")) > MAX_DIGITS:
            return None, f"document_id {digits(given)} is not a document of the project"
        doc = self._document(int(given))
        return (doc, "") if doc is not None else (None, f"there is no document {int(given)} in the project")

    def _document(self, document_id: int) -> Document | None:
        if document_id not in self._by_id:
            try:
                self._by_id[document_id] = self._project.document(document_id)
            except NewsmarkError:  # NotFoundError
                self._by_id[document_id] = None
        return self._by_id[document_id]


def offset(row: CsvRow, column: str, reasons: list[str]) -> int | None:
    """The row's start or end as a non-negative int, or ``None`` after adding why not to ``reasons``."""
    given = (row.get(column) or "").strip()
    if not given:
        reasons.append(f"{column} is empty")
        return None
    if not _INTEGER.fullmatch(given):
        reasons.append(f"{column} {excerpt(given)} is not a whole number")
        return None
    if len(given.lstrip("+-")) > MAX_DIGITS:
        reasons.append(f"{column} {digits(given)} is past the end of any document")
        return None
    value = int(given)
    if value < 0:
        reasons.append(f"{column} {value} is negative")
        return None
    return value


def digits(number: str) -> str:
    """A long number shortened for a message, with its length."""
    return f"{number[:10]}… ({len(number):,} digits)"


def excerpt(text: str, limit: int = 40) -> str:
    """A short quoted piece of text, with line breaks visible, for an error message."""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
