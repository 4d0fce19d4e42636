"""The CSV annotation set: one row per span, written for spreadsheets and read back exactly."""

from __future__ import annotations

import csv
import itertools
import os
import re
from collections.abc import Iterable
from operator import itemgetter
from typing import TextIO

from newsmark.core.formats.annotationset import (  # noqa: F401 - CsvRow, LoadPlan etc. are read from here by every format
    ATTRIBUTE_PREFIX,
    PALETTE,
    CsvRow,
    DocumentFinder,
    LoadPlan,
    RowTable,
    apply_plan,
    collector_paused,
    load_rows,
    offset,
    plan_rows,
)
from newsmark.core.atomicfile import atomic_text_file
from newsmark.core.attributes import parse_attributes, span_values
from newsmark.core.errors import AnnotationSetError, NewsmarkError

# The order of Project.export_rows(); a file we write has exactly these columns.
COLUMNS = (
    "document_id", "document_title", "document_sha256", "span_id", "tag", "start", "end",
    "text", "note", "annotator", "created_at", "updated_at",
)
# Every text cell that came from outside (typed, loaded or taken from an article): a spreadsheet could
# mistake any of them for a formula. The ids, offsets and hash are numbers and hex that we compute.
TEXT_COLUMNS = ("document_title", "tag", "text", "note", "annotator", "created_at", "updated_at")
REQUIRED_COLUMNS = ("tag", "start", "end", "text")

_TEXT_INDEXES = tuple(COLUMNS.index(c) for c in TEXT_COLUMNS)
# A spreadsheet runs a cell starting with one of = + - @ TAB CR as a formula (OWASP's list). We also
# escape a leading | (old DDE payloads, cmd|' /C calc'!A0) and the fullwidth ＝ ＋ － ＠, which
# East Asian input methods type and some spreadsheets turn into their ASCII forms. Leading quotes are
# counted in so that escaping stays reversible: "'=x" becomes "''=x" and comes back as "'=x".
_NEEDS_ESCAPE = re.compile("'*[=+\\-@\t\r|\uff1d\uff0b\uff0d\uff20]")
_BOM = "\ufeff"
# A span can cover a whole article; the csv module's default 128 KiB cell limit would refuse it.
_FIELD_LIMIT = 2**31 - 1


def escape_cell(value: str) -> str:
    """The cell as a spreadsheet-safe export writes it: a ``'`` before anything formula-like."""
    return "'" + value if _NEEDS_ESCAPE.match(value) else value


def unescape_cell(value: str) -> str:
    """Undo ``escape_cell``; a cell it could not have produced is returned as it is."""
    return value[1:] if value.startswith("'") and _NEEDS_ESCAPE.match(value, 1) else value


def write_csv(
    rows: Iterable[tuple], out: TextIO, *, plain: bool = False, attributes: list[str] = (), extras: tuple[str, ...] = ()
) -> int:
    """Write a BOM, the header and one row per span (``export_rows`` order); returns the rows written.

    Each name in ``attributes`` adds an ``attr_<name>`` column after the fixed ones, holding
    that attribute's value (a row carries its values as JSON in a 13th field). Each name in ``extras``
    adds a last column holding the row's next field (e.g. a suggestion's ``confidence``); loads ignore them.
    ``out`` should be opened with ``encoding="utf-8", newline=""`` so ``\\r\\n`` reaches the file as is.
    """
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    out.write(_BOM)
    writer.writerow(COLUMNS + tuple(ATTRIBUTE_PREFIX + a for a in attributes) + tuple(extras))
    # Extras are text too (a suggester's name may come from a model's metadata).
    text_cells = _TEXT_INDEXES + tuple(range(len(COLUMNS), len(COLUMNS) + len(attributes) + len(extras)))
    count = 0
    for row in rows:
        cells = list(row[:len(COLUMNS)])
        if attributes:
            values = span_values(row[len(COLUMNS)]) if len(row) > len(COLUMNS) else {}
            cells += [values.get(a, "") for a in attributes]
        if extras:
            cells += [str(v) for v in row[len(COLUMNS) + 1:len(COLUMNS) + 1 + len(extras)]]
        if not plain:
            for i in text_cells:
                cells[i] = escape_cell(cells[i])
        writer.writerow(cells)
        count += 1
    return count


def attribute_columns(project) -> list[str]:
    """The attribute names that get a column: every tag's, in tag order, each once."""
    names: list[str] = []
    for tag in project.tags():
        names += [a.name for a in parse_attributes(tag.attributes) if a.name not in names]
    return names


def write_project_csv(project, out: TextIO, *, plain: bool = False) -> int:
    """Write the project's spans as CSV to ``out`` (opened with ``newline=""``); returns the count."""
    return write_csv(project.export_rows(), out, plain=plain, attributes=attribute_columns(project))


def export_csv_file(project, path: str | os.PathLike, *, plain: bool = False) -> int:
    """Write the project's spans to ``path`` atomically: a failed export leaves no half file. Returns the count.

    Whether ``path`` is a safe target is for the caller (``registry.export``) to check.
    """
    with atomic_text_file(path, newline="") as out:
        return write_project_csv(project, out, plain=plain)


# -- reading -------------------------------------------------------------------------


def read_csv(source: TextIO, name: str) -> list[CsvRow]:
    """Read an annotation set's rows (BOM or not, CRLF or LF); a header without the needed columns raises.

    ``source`` should be opened with ``newline=""`` so line breaks inside quoted cells are kept exactly.
    """
    table = _read_table(source, name)
    return [table.row(k) for k in range(len(table.rows))]


def _read_table(source: TextIO, name: str) -> RowTable:
    """``read_csv``'s rows as a RowTable: a cell list per row, no dict, for files of a million rows."""
    csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
    try:
        reader = csv.reader(source, strict=True)
        header = next(reader, None)
        if header is None:
            raise AnnotationSetError(name, [(1, "the file is empty; expected a header row naming the columns")])
        columns = check_header(header, name)
        table = RowTable([c if c in COLUMNS or c.startswith(ATTRIBUTE_PREFIX) else None for c in columns])
        rows, numbers, problems, width = table.rows, table.numbers, table.problems, len(columns)
        for number, cells in enumerate(reader, 2):
            if not any(cells):  # a blank line, as spreadsheets leave at the end
                continue
            if len(cells) != width:
                if any(c.strip() for c in cells[width:]):
                    problems[len(rows)] = f"it has {len(cells)} cells but the header names {width} columns"
                cells = cells[:width] + [None] * (width - len(cells))  # a short row's missing cells are None
            cells.append(None)
            rows.append(cells)
            numbers.append(number)
    except csv.Error as e:
        raise NewsmarkError(f"{name} is not a readable CSV file (line {reader.line_num}: {e})") from None
    return table


def check_header(header: list[str], name: str) -> list[str]:
    """The header's column names (tidied); missing or repeated known columns raise AnnotationSetError."""
    columns = [c.strip().lower() for c in header]
    if columns:
        columns[0] = columns[0].removeprefix(_BOM)  # a BOM the reader's encoding did not take off
    problems = [f"column {c!r} appears twice" for c in COLUMNS if columns.count(c) > 1]
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if "document_sha256" not in columns and "document_id" not in columns:
        missing.insert(0, "document_sha256 or document_id")
    if missing:
        problems.append("missing column(s): " + ", ".join(missing))
    if problems:
        raise AnnotationSetError(name, [(1, "; ".join(problems))])
    return columns


# -- loading into a project ----------------------------------------------------------------


def plan_load(project, rows: list[CsvRow], name: str = "annotation set", *, plain: bool | None = None) -> LoadPlan:
    """Check every row against the project; raise AnnotationSetError naming all bad rows, else the plan.

    ``plain`` says whether text cells hold exact text; ``None`` decides from the file itself.
    """
    return _plan_table(project, RowTable.from_rows(rows), name, plain)


def _plan_table(project, table: RowTable, name: str, plain: bool | None) -> LoadPlan:
    """``plan_load`` for a table: decide how text cells were written, then check every row."""
    docs = DocumentFinder(project)
    escaped = not plain if plain is not None else _looks_escaped(table, docs)
    return plan_rows(project, table, name, unescape_cell if escaped else None, docs)


def _looks_escaped(table: RowTable, docs: DocumentFinder) -> bool:
    """Whether the file's text cells were escaped, judged by cells whose exact text is formula-like."""
    escaped = plain = 0
    # Only a formula-like text cell can be evidence: the exact text is formula-like, and so is "'" before it.
    # Found without a Python loop, as most rows are not; str() makes an absent cell "None", not formula-like.
    formula_like = map(_NEEDS_ESCAPE.match, map(str, map(itemgetter(table.at("text")), table.rows)))
    for row in map(table.row, itertools.compress(itertools.count(), formula_like)):
        doc, _ = docs.find(row)
        start, end, text = offset(row, "start", []), offset(row, "end", []), row.get("text")
        if doc is None or start is None or end is None or text is None or not 0 <= start < end <= len(doc.text):
            continue
        exact = doc.text[start:end]
        if not _NEEDS_ESCAPE.match(exact):
            continue  # both readings agree: no evidence
        if text == "'" + exact:
            escaped += 1
        elif text == exact:
            plain += 1
    # No evidence means our own default export; on mixed evidence the minority rows are reported as bad.
    return escaped >= plain
