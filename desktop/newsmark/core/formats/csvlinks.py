"""The CSV set's companion files: ``NAME.links.csv`` (one row per link), ``NAME.documents.csv`` (one row per document label), ``NAME.done.csv`` (done marks, see donemarkset).

Labels get a file of their own, one row per label, rather than ``doc_<category>`` columns on the span
rows: a document without spans keeps its labels, a multi-choice category needs no joined cell, and
each label keeps its annotator and time. Both files are written beside the spans file (the links
file wherever ``--links`` says), escaped for spreadsheets like it, and read back by ``load``: a link
row's ends are the spans file's rows with its ``source_span_id``/``target_span_id``, else the span the
project has at ``source_start``-``source_end`` (matched by document + offsets + tag + annotator).
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

from newsmark.core.atomicfile import atomic_text_file
from newsmark.core.errors import AnnotationSetError, NewsmarkError
from newsmark.core.formats.exportreport import ExportReport
from newsmark.core.formats.annotationset import LoadPlan, RowTable, offset
from newsmark.core.gcpause import collector_paused
from newsmark.core.formats.csvset import (
    _BOM, _FIELD_LIMIT, _plan_table, _read_table, escape_cell, unescape_cell, write_project_csv,
)
from newsmark.core.formats.donemarkset import DONE_COLUMNS, DONE_TEXT, done_path, done_rows, read_mark_rows
from newsmark.core.formats.exporting import category_names, document_labels, document_links, link_types_by_id
from newsmark.core.formats.linkload import Extras, LabelRow, LinkRow, apply_set

LINK_COLUMNS = (
    "document_sha256", "link_id", "type", "source_span_id", "target_span_id", "source_start", "source_end",
    "target_start", "target_end", "note", "annotator", "created_at",
)
LABEL_COLUMNS = ("document_sha256", "document_id", "document_title", "category", "value", "annotator", "created_at")
_LINK_TEXT = tuple(LINK_COLUMNS.index(c) for c in ("type", "note", "annotator", "created_at"))
_LABEL_TEXT = tuple(LABEL_COLUMNS.index(c) for c in ("document_title", "category", "value", "annotator", "created_at"))


def links_path(path: Path) -> Path:
    """``NAME.links.csv`` beside ``NAME.csv``."""
    return path.with_name(f"{path.stem}.links.csv")


def documents_path(path: Path) -> Path:
    """``NAME.documents.csv`` beside ``NAME.csv``."""
    return path.with_name(f"{path.stem}.documents.csv")


def link_rows(project) -> list[tuple]:
    """One row per link whose two spans the export holds, by document then link id."""
    types = link_types_by_id(project)
    rows = []
    for info in project.documents():
        spans = {s.id: s for s in project.spans(info.id)}
        for k in document_links(project, info.id, spans):
            source, target = spans[k.source_id], spans[k.target_id]
            rows.append((
                info.sha256, k.id, types[k.type_id].name, k.source_id, k.target_id, source.start, source.end,
                target.start, target.end, k.note, k.annotator, k.created_at,
            ))
    return rows


def label_rows(project) -> list[tuple]:
    """One row per document label, by document, category (in tag-set order), value."""
    categories = category_names(project)
    return [
        (info.sha256, info.id, info.title, categories[d.category_id], d.value, d.annotator, d.created_at)
        for info in project.documents()
        for d in document_labels(project, info.id, categories)
    ]


def write_rows(out, columns: tuple[str, ...], rows: list[tuple], text_cells: tuple[int, ...], plain: bool) -> None:
    """A BOM, the header and the rows, CRLF, text cells escaped unless ``plain`` (as the spans file)."""
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    out.write(_BOM)
    writer.writerow(columns)
    for row in rows:
        cells = list(row)
        if not plain:
            for i in text_cells:
                cells[i] = escape_cell(cells[i])
        writer.writerow(cells)


def companions(project, path: Path, links: Path | None):
    """The companion files an export to ``path`` writes: (path, columns, rows, text cells) of each.

    A companion is written when it has rows, or when a file of its name is already there (an older
    export's links must not be read back with these spans).
    """
    found = []
    for target, columns, rows, text in (
        (links or links_path(path), LINK_COLUMNS, link_rows(project), _LINK_TEXT),
        (documents_path(path), LABEL_COLUMNS, label_rows(project), _LABEL_TEXT),
        (done_path(path), DONE_COLUMNS, done_rows(project), DONE_TEXT),
    ):
        if rows or target.exists() or (target is links):
            found.append((target, columns, rows, text))
    return found


def export_csv_set(project, path: Path, options, check) -> ExportReport:
    """Write the spans file and its companions; each file is whole or absent, all targets checked first."""
    found = companions(project, path, options.links)
    for target, *_ in found:
        check(target)
    with atomic_text_file(path, newline="") as out:
        report = ExportReport(write_project_csv(project, out, plain=options.plain))
    for target, columns, rows, text in found:
        with atomic_text_file(target, newline="") as out:
            write_rows(out, columns, rows, text, options.plain)
        report.files.append(target)
        if columns is LINK_COLUMNS:
            report.links = len(rows)
        elif columns is DONE_COLUMNS:
            report.marks = len(rows)
        else:
            report.labels = len(rows)
    return report


# -- reading ---------------------------------------------------------------------------


def read_extras(path: Path, table: RowTable, links: Path | None, check, unescape) -> Extras:
    """The links and labels in the companions of the spans file at ``path`` (absent files hold none)."""
    extras = Extras()
    link_file = links or links_path(path)
    if links is not None and not links.is_file():
        raise NewsmarkError(f"there is no links file {links}")
    for target, reader in (
        (link_file, read_link_rows), (documents_path(path), read_label_rows), (done_path(path), read_mark_rows),
    ):
        if target.is_file():
            if check is not None:
                check(target)
            reader(_read(target), table, target.name, unescape, extras)
    return extras


def _read(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    csv.field_size_limit(max(csv.field_size_limit(), _FIELD_LIMIT))
    try:
        with open(path, encoding="utf-8-sig", newline="") as source:
            reader = csv.reader(source, strict=True)
            header = [c.strip().lower() for c in next(reader, [])]
            return header, [(n, cells) for n, cells in enumerate(reader, 2) if any(cells)]
    except UnicodeDecodeError:
        raise NewsmarkError(f"{path.name} is not UTF-8 text") from None
    except csv.Error as e:
        raise NewsmarkError(f"{path.name} is not a readable CSV file: {e}") from None
    except OSError as e:
        raise NewsmarkError(f"cannot read {path}: {e.strerror or e}") from None


def _cells(header, cells, needed, name, number, unescape, text=()) -> dict[str, str]:
    if len(cells) > len(header) and any(c.strip() for c in cells[len(header):]):
        raise AnnotationSetError(name, [(number, f"it has {len(cells)} cells but the header names {len(header)} columns")])
    row = dict(zip(header, cells))
    if unescape is not None:
        row |= {c: unescape(row[c]) for c in text if row.get(c)}
    return row


def _check_header(header, needed, name) -> None:
    missing = [c for c in needed if c not in header]
    if missing:
        raise AnnotationSetError(name, [(1, "missing column(s): " + ", ".join(missing))])


def read_link_rows(read, table: RowTable, name: str, unescape, extras: Extras) -> None:
    """Add to ``extras`` the links of ``read`` (header, numbered rows of text cells), their ends matched to ``table``'s rows."""
    header, rows = read
    _check_header(header, ("document_sha256", "type", "source_start", "source_end", "target_start", "target_end"), name)
    by_id = {}
    at_id, at_sha = table.at("span_id"), table.at("document_sha256")
    for k, cells in enumerate(table.rows):
        if cells[at_id]:
            by_id[(cells[at_sha] or "").strip().lower(), cells[at_id].strip()] = k
    problems = []
    for number, cells in rows:
        row = _cells(header, cells, (), name, number, unescape, ("type", "note", "annotator", "created_at"))
        sha = (row.get("document_sha256") or "").strip().lower()
        reasons: list[str] = []
        ends = []
        for which in ("source", "target"):
            where = [offset(_Cells(row), f"{which}_{e}", reasons) for e in ("start", "end")]
            k = by_id.get((sha, (row.get(f"{which}_span_id") or "").strip()))
            if k is None:
                ends.append(tuple(where))
                continue
            span = table.row(k)
            if None not in where and (span.get("start"), span.get("end")) != tuple(map(str, where)):
                reasons.append(f"{which}_span_id {row[f'{which}_span_id']} is at {span.get('start')}-{span.get('end')} "
                               f"in the spans file, not {where[0]}-{where[1]}")
            ends.append(span)
        if reasons:
            problems.append((number, "; ".join(reasons)))
            continue
        extras.links.append(LinkRow(
            number, sha, row.get("type") or "", ends[0], ends[1], row.get("note") or "", row.get("annotator") or "",
            row.get("created_at") or "", where=f"{name}: ",
        ))
    if problems:
        raise AnnotationSetError(name, problems)


def read_label_rows(read, table: RowTable, name: str, unescape, extras: Extras) -> None:
    """Add to ``extras`` the document labels of ``read`` (header, numbered rows of text cells)."""
    header, rows = read
    _check_header(header, ("document_sha256", "category", "value"), name)
    for number, cells in rows:
        row = _cells(header, cells, (), name, number, unescape, ("category", "value", "annotator", "created_at"))
        extras.labels.append(LabelRow(
            number, (row.get("document_sha256") or "").strip().lower(), row.get("category") or "", row.get("value") or "",
            row.get("annotator") or "", row.get("created_at") or "", where=f"{name}: ",
        ))


class _Cells:
    """A dict row read like a CsvRow (``get``), for the shared offset check."""

    def __init__(self, row: dict):
        self.get = row.get


def load_csv_file(project, path: str | os.PathLike, *, plain: bool | None = None, links=None, check=None) -> LoadPlan:
    """Read, check and add an annotation set file: every row goes in, or none does. Returns what was done.

    Its links and document labels come from ``NAME.links.csv`` (or ``links``) and ``NAME.documents.csv``
    beside it, when they are there (see csvlinks); ``check`` may refuse each before it is read.
    """
    path = Path(path)
    with collector_paused():
        try:
            with open(path, encoding="utf-8-sig", newline="") as source:
                table = _read_table(source, path.name)
        except UnicodeDecodeError:
            raise NewsmarkError(
                f"{path.name} is not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\" and try again"
            ) from None
        except IsADirectoryError:
            raise NewsmarkError(f"{path} is a folder, not a CSV file") from None
        except OSError as e:
            raise NewsmarkError(f"cannot read {path}: {e.strerror or e}") from None
        plan = _plan_table(project, table, path.name, plain)
        unescape = unescape_cell if plan.escaped else None
        extras = read_extras(path, table, None if links is None else Path(links), check, unescape)
        del table  # the cells: the plan holds what is kept of them, and the insert needs the memory
        apply_set(project, plan, extras, path.name, unescape)
    return plan
