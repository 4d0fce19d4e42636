"""The CSV annotation set: one row per span, written for spreadsheets and read back exactly."""

from __future__ import annotations

import csv
import json
import itertools
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from newsmark.core.atomicfile import atomic_text_file
from newsmark.core.attributes import check_value, parse_attributes, span_values
from newsmark.core.errors import AnnotationSetError, NewsmarkError
from newsmark.core.model import Document, Span, default_annotator, now_iso
from newsmark.core.tagset import TagSpec

# The order of Project.export_rows(); a file we write has exactly these columns.
COLUMNS = (
    "document_id", "document_title", "document_sha256", "span_id", "tag", "start", "end",
    "text", "note", "annotator", "created_at", "updated_at",
)
# Free text a person typed or an article holds: the cells a spreadsheet could mistake for formulas.
TEXT_COLUMNS = ("document_title", "tag", "text", "note", "annotator")
REQUIRED_COLUMNS = ("tag", "start", "end", "text")
# Okabe-Ito, without black: tags a load creates stay distinguishable with color blindness.
PALETTE = ("#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7")

_TEXT_INDEXES = tuple(COLUMNS.index(c) for c in TEXT_COLUMNS)
# A spreadsheet runs a cell starting with one of = + - @ TAB CR as a formula. Leading quotes are
# counted in so that escaping stays reversible: "'=x" becomes "''=x" and comes back as "'=x".
_NEEDS_ESCAPE = re.compile("'*[=+\\-@\t\r]")
_INTEGER = re.compile(r"[+-]?[0-9]+")
_BOM = "\ufeff"
ATTRIBUTE_PREFIX = "attr_"
# A span can cover a whole article; the csv module's default 128 KiB cell limit would refuse it.
_FIELD_LIMIT = 2**31 - 1


def escape_cell(value: str) -> str:
    """The cell as a spreadsheet-safe export writes it: a ``'`` before anything formula-like."""
    return "'" + value if _NEEDS_ESCAPE.match(value) else value


def unescape_cell(value: str) -> str:
    """Undo ``escape_cell``; a cell it could not have produced is returned as it is."""
    return value[1:] if value.startswith("'") and _NEEDS_ESCAPE.match(value, 1) else value


def write_csv(rows: Iterable[tuple], out: TextIO, *, plain: bool = False, attributes: list[str] = ()) -> int:
    """Write a BOM, the header and one row per span (``export_rows`` order); returns the rows written.

    Each name in ``attributes`` adds an ``attr_<name>`` column after the fixed ones, holding
    that attribute's value (a row carries its values as JSON in a 13th field).
    ``out`` should be opened with ``encoding="utf-8", newline=""`` so ``\\r\\n`` reaches the file as is.
    """
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    out.write(_BOM)
    writer.writerow(COLUMNS + tuple(ATTRIBUTE_PREFIX + a for a in attributes))
    text_cells = _TEXT_INDEXES + tuple(range(len(COLUMNS), len(COLUMNS) + len(attributes)))
    count = 0
    for row in rows:
        cells = list(row[:len(COLUMNS)])
        if attributes:
            values = span_values(row[len(COLUMNS)]) if len(row) > len(COLUMNS) else {}
            cells += [values.get(a, "") for a in attributes]
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


def export_csv_file(project, path: str | os.PathLike, *, plain: bool = False) -> int:
    """Write the project's spans to ``path`` atomically: a failed export leaves no half file. Returns the count."""
    path = Path(path)
    if path.exists() and path.resolve() == Path(project.path).resolve():
        raise NewsmarkError(f"{path.name} is the project itself; choose another file for the CSV")
    with atomic_text_file(path, newline="") as out:
        return write_csv(project.export_rows(), out, plain=plain, attributes=attribute_columns(project))


# -- reading -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CsvRow:
    """One data row as its cells by column name (``None`` for an absent column), not yet checked."""

    number: int  # as a spreadsheet shows it: the header is row 1
    cells: dict[str, str | None]
    problem: str = ""  # a fault found while reading, e.g. more cells than the header has

    def get(self, column: str) -> str | None:
        """The raw cell of ``column``, or ``None`` when the file has no such column or the row is short."""
        return self.cells.get(column)


def read_csv(source: TextIO, name: str) -> list[CsvRow]:
    """Read an annotation set's rows (BOM or not, CRLF or LF); a header without the needed columns raises.

    ``source`` should be opened with ``newline=""`` so line breaks inside quoted cells are kept exactly.
    """
    csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
    try:
        reader = csv.reader(source, strict=True)
        header = next(reader, None)
        if header is None:
            raise AnnotationSetError(name, [(1, "the file is empty; expected a header row naming the columns")])
        columns = _check_header(header, name)
        rows = []
        for number, cells in enumerate(reader, 2):
            if not any(cells):  # a blank line, as spreadsheets leave at the end
                continue
            problem = ""
            extra = [c for c in cells[len(columns):] if c.strip()]
            if extra:
                problem = f"it has {len(cells)} cells but the header names {len(columns)} columns"
            values = {
                c: cells[i] if i < len(cells) else None
                for i, c in enumerate(columns)
                if c in COLUMNS or c.startswith(ATTRIBUTE_PREFIX)
            }
            rows.append(CsvRow(number, values, problem))
    except csv.Error as e:
        raise NewsmarkError(f"{name} is not a readable CSV file (line {reader.line_num}: {e})") from None
    return rows


def _check_header(header: list[str], name: str) -> list[str]:
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


@dataclass
class LoadPlan:
    """What loading an annotation set will add: checked spans, the tags to create, what was skipped.

    A span whose ``tag_id`` is ``-n`` uses the n-th tag of ``new_tags`` (see ``Project.add_annotation_set``).
    """

    spans: list[Span] = field(default_factory=list)
    new_tags: list[TagSpec] = field(default_factory=list)
    skipped_existing: int = 0  # identical to a span already in the project
    skipped_repeated: int = 0  # identical to an earlier row of the same file
    escaped: bool = True  # whether text cells were read as a spreadsheet-safe export

    @property
    def skipped(self) -> int:
        """How many rows were left out as duplicates."""
        return self.skipped_existing + self.skipped_repeated


def plan_load(project, rows: list[CsvRow], name: str = "annotation set", *, plain: bool | None = None) -> LoadPlan:
    """Check every row against the project; raise AnnotationSetError naming all bad rows, else the plan.

    ``plain`` says whether text cells hold exact text; ``None`` decides from the file itself.
    """
    docs = _DocumentFinder(project)
    escaped = not plain if plain is not None else _looks_escaped(rows, docs)
    tags = {t.name.casefold(): t.id for t in project.tags()}
    specs = {t.id: {a.name: a for a in parse_attributes(t.attributes)} for t in project.tags()}
    colors = _new_tag_colors(t.color for t in project.tags())
    existing, seen = project.span_keys(), set()
    plan = LoadPlan(escaped=escaped)
    problems: list[tuple[int, str]] = []
    stamp, annotator = now_iso(), default_annotator()
    for row in rows:
        cell = _cell_reader(row, escaped)
        reasons = [row.problem] if row.problem else _check_row(row, cell, docs)
        values = _attribute_values(row, cell, specs.get(tags.get((cell("tag") or "").strip().casefold()), {}), reasons)
        if reasons:
            problems.append((row.number, "; ".join(reasons)))
            continue
        doc, _ = docs.find(row)
        start, end, tag_name = int(cell("start")), int(cell("end")), cell("tag").strip()
        if tag_name.casefold() not in tags:
            plan.new_tags.append(TagSpec(tag_name, next(colors)))
            tags[tag_name.casefold()] = -len(plan.new_tags)
        span = Span(
            0, doc.id, tags[tag_name.casefold()], start, end, cell("note") or "", cell("annotator") or annotator,
            (cell("created_at") or "").strip() or stamp, (cell("updated_at") or "").strip() or stamp,
            json.dumps(values, ensure_ascii=False, sort_keys=True) if values else "{}",
        )
        key = (span.document_id, span.tag_id, start, end, span.annotator)
        if key in existing:
            plan.skipped_existing += 1
        elif key in seen:
            plan.skipped_repeated += 1
        else:
            seen.add(key)
            plan.spans.append(span)
    if problems:
        raise AnnotationSetError(name, problems)
    return plan


def _check_row(row: CsvRow, cell, docs: _DocumentFinder) -> list[str]:
    """Why a row cannot become a span (empty when it can)."""
    reasons: list[str] = []
    doc, why = docs.find(row)
    if why:
        reasons.append(why)
    start, end = _offset(row, "start", reasons), _offset(row, "end", reasons)
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
                f"text {_excerpt(text)} is not the document's text at [{start}, {end}): {_excerpt(doc.text[start:end])}"
            )
    if not (cell("tag") or "").strip():
        reasons.append("the tag is empty")
    return reasons


def _attribute_values(row: CsvRow, cell, specs: dict, reasons: list[str]) -> dict[str, str]:
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


def load_rows(project, name: str, rows: list[CsvRow], problems: list[tuple[int, str]]) -> LoadPlan:
    """Add the rows another format's reader produced (their text exact), all or none; reader problems count too."""
    if problems:
        raise AnnotationSetError(name, problems)
    plan = plan_load(project, rows, name, plain=True)
    apply_plan(project, plan)
    return plan


def apply_plan(project, plan: LoadPlan) -> int:
    """Add a plan's tags and spans in one transaction; returns how many spans were added."""
    return project.add_annotation_set(plan.new_tags, plan.spans)


def load_csv_file(project, path: str | os.PathLike, *, plain: bool | None = None) -> LoadPlan:
    """Read, check and add an annotation set file: every row goes in, or none does. Returns what was done."""
    path = Path(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as source:
            rows = read_csv(source, path.name)
    except UnicodeDecodeError:
        raise NewsmarkError(
            f"{path.name} is not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\" and try again"
        ) from None
    except IsADirectoryError:
        raise NewsmarkError(f"{path} is a folder, not a CSV file") from None
    except OSError as e:
        raise NewsmarkError(f"cannot read {path}: {e.strerror or e}") from None
    plan = plan_load(project, rows, path.name, plain=plain)
    apply_plan(project, plan)
    return plan


class _DocumentFinder:
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
            return None, f"document_id {given!r} is not a whole number"
        doc = self._document(int(given))
        return (doc, "") if doc is not None else (None, f"there is no document {int(given)} in the project")

    def _document(self, document_id: int) -> Document | None:
        if document_id not in self._by_id:
            try:
                self._by_id[document_id] = self._project.document(document_id)
            except NewsmarkError:  # NotFoundError
                self._by_id[document_id] = None
        return self._by_id[document_id]


def _looks_escaped(rows: list[CsvRow], docs: _DocumentFinder) -> bool:
    """Whether the file's text cells were escaped, judged by cells whose exact text is formula-like."""
    escaped = plain = 0
    for row in rows:
        doc, _ = docs.find(row)
        start, end, text = _offset(row, "start", []), _offset(row, "end", []), row.get("text")
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


def _cell_reader(row: CsvRow, escaped: bool):
    """A function giving the row's cell by column, with text cells unescaped when the file is escaped."""

    def cell(column: str) -> str | None:
        value = row.get(column)
        if escaped and value is not None and (column in TEXT_COLUMNS or column.startswith(ATTRIBUTE_PREFIX)):
            return unescape_cell(value)
        return value

    return cell


def _offset(row: CsvRow, column: str, reasons: list[str]) -> int | None:
    """The row's start or end as a non-negative int, or ``None`` after adding why not to ``reasons``."""
    given = (row.get(column) or "").strip()
    if not given:
        reasons.append(f"{column} is empty")
        return None
    if not _INTEGER.fullmatch(given):
        reasons.append(f"{column} {given!r} is not a whole number")
        return None
    value = int(given)
    if value < 0:
        reasons.append(f"{column} {value} is negative")
        return None
    return value


def _new_tag_colors(used: Iterable[str]):
    """Colors for new tags: palette colors no tag has yet, then the whole palette round and round."""
    taken = {c.lower() for c in used}
    return itertools.chain([c for c in PALETTE if c not in taken], itertools.cycle(PALETTE))


def _excerpt(text: str, limit: int = 40) -> str:
    """A short quoted piece of text, with line breaks visible, for an error message."""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
