"""The Excel workbook annotation set: the CSV contract as typed cells, for spreadsheets that misread CSV.

Sheet ``spans`` has the CSV columns (and ``attr_`` ones) with offsets and ids as numbers and every text
cell typed as a string, so no cell can run as a formula and no ``'`` prefix is needed; ``documents`` and ``tags`` say what the
spans refer to. ``links`` and ``labels`` have the columns of the CSV set's ``NAME.links.csv`` and
``NAME.documents.csv``, and ``done`` those of ``NAME.done.csv`` (done marks). ``load`` reads ``spans``
back through the CSV row checks, and ``links``, ``labels`` and ``done`` (when the workbook has them:
older ones do not) as the CSV companions are read, all in one transaction with the spans.
"""

from __future__ import annotations

import os
import re
import warnings
from collections import Counter
from pathlib import Path

from newsmark.core.atomicfile import atomic_binary_file
from newsmark.core.attributes import span_values
from newsmark.core.errors import AnnotationSetError, NewsmarkError
from newsmark.core.formats import csvlinks, donemarkset, linkload, xlsxlimits
from newsmark.core.formats.annotationset import ATTRIBUTE_PREFIX, LoadPlan, RowTable, plan_rows
from newsmark.core.gcpause import collector_paused
from newsmark.core.formats.csvset import COLUMNS, attribute_columns, check_header
from newsmark.core.formats.exportreport import ExportReport

SPANS, DOCUMENTS, TAGS, LINKS, LABELS, DONE = "spans", "documents", "tags", "links", "labels", "done"
DOCUMENT_COLUMNS = ("document_id", "title", "document_sha256", "source", "status", "characters", "spans")
TAG_COLUMNS = ("tag", "color", "key", "attributes", "spans")
# What Excel shows of a cell; a longer span text is still written whole (see _text_cell).
EXCEL_CELL_LIMIT = 32_767
# Cells a reader takes as whole numbers; the others of the CSV contract are text.
NUMBER_COLUMNS = frozenset((
    "document_id", "span_id", "start", "end", "link_id", "source_span_id", "target_span_id", "source_start", "source_end",
    "target_start", "target_end",
))
# The sheets read beside spans: their columns, as the CSV companions have them.
EXTRA_SHEETS = {LINKS: csvlinks.LINK_COLUMNS, LABELS: csvlinks.LABEL_COLUMNS, DONE: donemarkset.DONE_COLUMNS}
_WIDTHS = {"document_title": 30, "title": 40, "document_sha256": 16, "text": 60, "note": 40, "source": 40, "attributes": 40}
# XML 1.0 cannot hold these; OOXML writes them as _xHHHH_ (and a literal _xHHHH_ as _x005F_xHHHH_).
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]|_(?=x[0-9A-Fa-f]{4}_)")
_ESCAPED = re.compile("_x([0-9A-Fa-f]{4})_")


def escape_text(value: str) -> str:
    """``value`` as an OOXML string holds it: characters XML cannot carry as ``_xHHHH_``."""
    return _UNWRITABLE.sub(lambda m: f"_x{ord(m.group()):04X}_", value)


def unescape_text(value: str) -> str:
    """Undo ``escape_text`` (as Excel and LibreOffice read such strings)."""
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), value) if "_x" in value else value


# -- writing --------------------------------------------------------------------------


def export_xlsx_file(project, path: str | os.PathLike) -> ExportReport:
    """Write the project's spans, documents and tags as a workbook at ``path``, all at once or not at all.

    Whether ``path`` is a safe target is for the caller (``registry.export``) to check.
    """
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    attributes = attribute_columns(project)
    spans = _sheet(workbook, SPANS, COLUMNS + tuple(ATTRIBUTE_PREFIX + a for a in attributes))
    text_cells = [c not in NUMBER_COLUMNS for c in COLUMNS] + [True] * len(attributes)
    per_document, per_tag, count = Counter(), Counter(), 0
    for row in project.export_rows():
        cells = list(row[:len(COLUMNS)])
        if attributes:
            values = span_values(row[len(COLUMNS)]) if len(row) > len(COLUMNS) else {}
            cells += [values.get(a, "") for a in attributes]
        spans.append([_text_cell(spans, v) if is_text else v for v, is_text in zip(cells, text_cells)])
        per_document[row[0]] += 1
        per_tag[row[4]] += 1
        count += 1
    _filter(spans, len(text_cells), count)
    documents = _sheet(workbook, DOCUMENTS, DOCUMENT_COLUMNS)
    infos = project.documents()
    for d in infos:
        documents.append([
            d.id, _text_cell(documents, d.title), d.sha256, _text_cell(documents, d.source_path), d.status, d.chars,
            per_document[d.id],
        ])
    _filter(documents, len(DOCUMENT_COLUMNS), len(infos))
    tags = _sheet(workbook, TAGS, TAG_COLUMNS)
    all_tags = project.tags()
    for t in all_tags:
        tags.append([_text_cell(tags, t.name), t.color, _text_cell(tags, t.key), _text_cell(tags, t.attributes), per_tag[t.name]])
    _filter(tags, len(TAG_COLUMNS), len(all_tags))
    report = ExportReport(count)
    report.links = _typed_sheet(workbook, LINKS, csvlinks.link_rows(project))
    report.labels = _typed_sheet(workbook, LABELS, csvlinks.label_rows(project))
    report.marks = _typed_sheet(workbook, DONE, donemarkset.done_rows(project))
    with atomic_binary_file(path) as out:
        workbook.save(out)
    return report


def _typed_sheet(workbook, title: str, rows: list[tuple]) -> int:
    """A sheet of ``EXTRA_SHEETS`` holding ``rows``: ids and offsets as numbers, the rest as text. Returns its row count."""
    columns = EXTRA_SHEETS[title]
    sheet = _sheet(workbook, title, columns)
    numbers = [c in NUMBER_COLUMNS for c in columns]
    for row in rows:
        sheet.append([v if is_number else _text_cell(sheet, v) for v, is_number in zip(row, numbers)])
    _filter(sheet, len(columns), len(rows))
    return len(rows)


def _sheet(workbook, title: str, columns: tuple[str, ...]):
    """A write-only sheet with its header row, frozen, and its columns sized for reading."""
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(title)
    for i, column in enumerate(columns, 1):
        sheet.column_dimensions[get_column_letter(i)].width = _WIDTHS.get(column, 14)
    sheet.freeze_panes = "A2"  # before the first row: a write-only sheet writes its views with it
    sheet.append([_text_cell(sheet, c) for c in columns])
    return sheet


def _filter(sheet, width: int, rows: int) -> None:
    """Turn on the auto-filter over the header and every row."""
    from openpyxl.utils import get_column_letter

    sheet.auto_filter.ref = f"A1:{get_column_letter(width)}{rows + 1}"


def _text_cell(sheet, value):
    """A cell typed as a string whatever it holds, and whole.

    openpyxl would make text starting with ``=`` a formula and ``#N/A`` an error, and cuts text
    after 32,767 characters without a word: such values get a cell built by hand.
    """
    if not value:
        return None  # an empty cell, read back as empty text
    value = escape_text(value)
    if value[0] not in "=#" and len(value) <= EXCEL_CELL_LIMIT:
        return value  # openpyxl types any other str as a string, as it is
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet)
    cell._value, cell.data_type = value, "s"  # the setter would truncate or retype it
    return cell


# -- reading --------------------------------------------------------------------------


def load_xlsx_file(project, path: str | os.PathLike) -> LoadPlan:
    """Read, check and add the spans, links and labels of a workbook: every row goes in, or none does."""
    path = Path(path)
    with collector_paused():
        table, sheets = read_workbook(path)
        plan = plan_rows(project, table, f"{path.name}, sheet {SPANS}")
        extras = linkload.Extras()
        for title, read in (
            (LINKS, csvlinks.read_link_rows), (LABELS, csvlinks.read_label_rows), (DONE, donemarkset.read_mark_rows),
        ):
            if title in sheets:  # ends matched to the spans sheet's rows by span_id, as the CSV companions' are
                read(sheets[title], table, f"{path.name}, sheet {title}", None, extras)
        del table, sheets
        linkload.apply_set(project, plan, extras, path.name)
    return plan


def read_workbook(path: Path) -> tuple[RowTable, dict[str, tuple[list[str], list[tuple[int, list[str]]]]]]:
    """The spans sheet as a RowTable, and the links and labels sheets the workbook has as (header, numbered rows).

    The ZIP's directory is checked against the caps before openpyxl reads anything. A cell of the
    wrong kind marks its spans row bad (plan_rows names them all); in ``links`` or ``labels`` it
    refuses the whole workbook here.
    """
    from openpyxl import load_workbook

    try:
        source = open(path, "rb")
    except IsADirectoryError:
        raise NewsmarkError(f"{path} is a folder, not an Excel workbook") from None
    except OSError as e:
        raise NewsmarkError(f"cannot read {path}: {e.strerror or e}") from None
    with source, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions it drops; the values are what count
        xlsxlimits.check_package(source, path.name)  # before openpyxl unpacks anything
        source.seek(0)
        try:
            workbook = load_workbook(source, read_only=True, data_only=False, keep_links=False)
        except Exception as e:  # a hostile package fails in many ways inside openpyxl; each is one line for the user
            raise NewsmarkError(f"{path.name} is not a readable Excel workbook (.xlsx): {_reason(e)}") from None
        try:
            if SPANS not in workbook.sheetnames:
                names = ", ".join(repr(n) for n in workbook.sheetnames[:10]) or "none"
                raise NewsmarkError(
                    f"{path.name} has no sheet named {SPANS!r} (its sheets: {names}); Newsmark reads spans from that sheet"
                )
            try:
                table = _table(_rows(workbook[SPANS]), f"{path.name}, sheet {SPANS}")
                sheets = {
                    title: _extra_rows(_rows(workbook[title]), columns, f"{path.name}, sheet {title}")
                    for title, columns in EXTRA_SHEETS.items() if title in workbook.sheetnames
                }
                return table, {title: rows for title, rows in sheets.items() if rows[0]}  # an empty sheet holds nothing
            except NewsmarkError:
                raise
            except Exception as e:
                raise NewsmarkError(f"{path.name} is not a readable Excel workbook (.xlsx): {_reason(e)}") from None
        finally:
            workbook.close()


def _rows(sheet):
    sheet.reset_dimensions()  # the size a file declares may be wrong: read every row and cell it holds
    return sheet.iter_rows()


def _extra_rows(rows, columns: tuple[str, ...], name: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """A links or labels sheet as its header and numbered rows of text cells; any cell of the wrong kind raises."""
    rows = iter(rows)
    header = [str(c.value).strip().lower() if c.value is not None else "" for c in next(rows, None) or ()]
    while header and not header[-1]:
        header.pop()
    read, problems = [], []
    for number, cells in enumerate(rows, 2):
        reasons: list[str] = []
        values = [(_value(cell, column, reasons) or "") if column in columns else "" for column, cell in zip(header, cells)]
        if len(cells) > len(header) and any(c.value not in (None, "") for c in cells[len(header):]):
            reasons.append(f"it has cells beyond the {len(header)} columns the header names")
        if reasons:
            problems.append((number, "; ".join(reasons)))
        elif any(values):
            read.append((number, values))
    if problems:
        raise AnnotationSetError(name, problems)
    return header, read


def _table(rows, name: str) -> RowTable:
    """The rows of a sheet as a RowTable, the header checked as a CSV header is."""
    rows = iter(rows)
    header_cells = next(rows, None)
    header = [str(c.value) if c.value is not None else "" for c in header_cells or ()]
    columns = check_header([h.strip() for h in header] if header else [], name)
    known = [c if c in COLUMNS or c.startswith(ATTRIBUTE_PREFIX) else None for c in columns]
    table = RowTable(known)
    width = len(columns)
    for number, cells in enumerate(rows, 2):
        values, problems = [], []
        for column, cell in zip(known, cells):
            values.append(_value(cell, column, problems) if column else None)
        if len(cells) > width and any(c.value not in (None, "") for c in cells[width:]):
            problems.append(f"it has cells beyond the {width} columns the header names")
        if not any(v for v in values) and not problems:
            continue  # a blank row
        values += [None] * (width - len(values) + 1)  # short rows, then the trailing None every RowTable row has
        if problems:
            table.problems[len(table.rows)] = "; ".join(problems)
        table.rows.append(values)
        table.numbers.append(number)
    return table


def _value(cell, column: str, problems: list[str]) -> str | None:
    """The cell as the CSV checks read it; a formula, date, error or truth value adds a problem instead."""
    value = cell.value
    if value is None:
        return None
    if cell.data_type == "f":
        problems.append(f"{column} is a formula ({_short(str(value))}); Newsmark reads values, save the sheet with values only")
    elif cell.data_type == "e":
        problems.append(f"{column} is the error {_short(str(value))}")
    elif isinstance(value, str):
        return unescape_text(value)
    elif isinstance(value, bool):
        problems.append(f"{column} is {'TRUE' if value else 'FALSE'}, a truth value, not {_expected(column)}")
    elif isinstance(value, int):
        return str(value)
    elif isinstance(value, float):
        if value.is_integer() and abs(value) < 2**53:
            return str(int(value))
        if column in NUMBER_COLUMNS:
            problems.append(f"{column} {value!r} is not a whole number")
        else:
            return repr(value)
    else:  # a date or a time: the cell was typed or converted by a spreadsheet
        problems.append(f"{column} is a date or time ({_short(str(value))}), not {_expected(column)}")
    return None


def _expected(column: str) -> str:
    return "a whole number" if column in NUMBER_COLUMNS else "text"


def _short(text: str, limit: int = 30) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def _reason(error: Exception) -> str:
    """An exception from openpyxl or zipfile in a few words on one line."""
    text = " ".join(str(error).split()) or type(error).__name__
    return text if len(text) <= 120 else text[:119] + "…"
