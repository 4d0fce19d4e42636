"""Adding an annotation set to a project: every row is checked against it, then all spans go in or none.

Every format's reader (CSV, JSONL, Label Studio, brat) gives rows of cells by column name; ``plan_rows``
checks them and ``apply_plan`` adds them. A set can hold a million rows, so rows that are already
exact (whole-number offsets, a known document, the document's text) take a tight path; any other row
goes through ``_Planner.check``, the one place that says what is wrong with a row and how (the reasons
come from ``rowcheck``).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import itemgetter

from newsmark.core.attributes import check_value, parse_attributes
from newsmark.core.gcpause import collector_paused
from newsmark.core.errors import AnnotationSetError, NewsmarkError
from newsmark.core.model import Span, default_annotator, now_iso
from newsmark.core.formats.rowcheck import (  # noqa: F401 - the formats read CsvRow, DocumentFinder, offset etc. from here
    ATTRIBUTE_PREFIX, MAX_DIGITS, CsvRow, DocumentFinder, check_row, checked_values, offset,
)
from newsmark.core.tagnames import tag_name_problem
from newsmark.core.tagset import TagSpec

# The cells that came from outside, which a spreadsheet-safe file escapes (with the attr_ ones).
FREE_TEXT = ("tag", "text", "note", "annotator", "created_at", "updated_at")
# Okabe-Ito, without black: tags a load creates stay distinguishable with color blindness.
PALETTE = ("#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7")
# Built without Span.__new__, which is a Python function: a set can hold a million spans.
_new_span = tuple.__new__


class RowTable:
    """Many rows in little memory: each a list of its cells in column order, then one ``None``.

    The trailing ``None`` is what a column the table lacks reads as (see ``at``).
    """

    def __init__(self, columns: list[str | None], source: list[CsvRow] | None = None):
        # A None column is one the rows carry but nobody reads; a repeated name reads its last cell.
        self.index = {c: i for i, c in enumerate(columns) if c is not None}
        self.width = len(columns)
        self.rows: list[list[str | None]] = []
        self.numbers: list[int] = []
        self.problems: dict[int, str] = {}  # by position in rows: faults found while reading
        self._source = source

    @classmethod
    def from_rows(cls, rows: list[CsvRow]) -> RowTable:
        """The table of rows a reader built one by one."""
        columns = list(dict.fromkeys(itertools.chain.from_iterable(r.cells for r in rows)))
        table = cls(columns, rows)
        table.rows = [[*map(r.cells.get, columns), None] for r in rows]
        table.numbers = [r.number for r in rows]
        table.problems = {k: r.problem for k, r in enumerate(rows) if r.problem}
        return table

    def at(self, column: str) -> int:
        """Where a column's cell is in each row (the trailing ``None`` when the table has no such column)."""
        return self.index.get(column, self.width)

    def row(self, k: int) -> CsvRow:
        """The k-th row as a CsvRow."""
        if self._source is not None:
            return self._source[k]
        cells = self.rows[k]
        return CsvRow(self.numbers[k], {c: cells[i] for c, i in self.index.items()}, self.problems.get(k, ""))


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
    # Beyond spans (see linkload): what was added, so an undo can take it out again.
    links: list = field(default_factory=list)  # the Links added, with their ids
    skipped_links: int = 0  # identical to a link already in the project, or to an earlier one of the set
    labels: list = field(default_factory=list)  # the DocumentLabels added
    skipped_labels: int = 0  # already given to the document
    new_link_types: list = field(default_factory=list)  # LinkTypes created
    new_categories: list = field(default_factory=list)  # Categories created
    done_marks: list = field(default_factory=list)  # the DoneMarks added (see donemarkset)
    skipped_marks: int = 0  # done marks the project had already
    not_held: list[str] = field(default_factory=list)  # lines of the set this format's load cannot hold, said why
    kept_not_allowed: list[str] = field(default_factory=list)  # links kept though their type does not allow them

    @property
    def skipped(self) -> int:
        """How many rows were left out as duplicates."""
        return self.skipped_existing + self.skipped_repeated


def load_rows(project, name: str, rows: list[CsvRow], problems: list[tuple[int, str]]) -> LoadPlan:
    """Add the rows another format's reader produced (their text exact), all or none; reader problems count too."""
    if problems:
        raise AnnotationSetError(name, problems)
    with collector_paused():
        plan = plan_rows(project, RowTable.from_rows(rows), name)
        apply_plan(project, plan)
    return plan


def apply_plan(project, plan: LoadPlan) -> int:
    """Add a plan's tags and spans in one transaction; returns how many spans were added."""
    return project.add_annotation_set(plan.new_tags, plan.spans)


def plan_rows(
    project, table: RowTable, name: str, unescape: Callable[[str], str] | None = None, docs: DocumentFinder | None = None,
    unit: str = "row",
) -> LoadPlan:
    """Check every row against the project; raise AnnotationSetError naming all bad rows, else the plan.

    ``unescape`` undoes a spreadsheet-safe file's escaping of free-text cells; ``None`` reads them as exact.
    ``unit`` is what the rows' numbers count (a CoNLL file's lines), as the error says it.
    """
    planner = _Planner(project, docs or DocumentFinder(project), unescape)
    at, problems = table.at, table.problems
    cells_of = itemgetter(*(at(c) for c in (
        "document_sha256", "document_id", "tag", "start", "end", "text", "note", "annotator", "created_at", "updated_at"
    )))
    attributes = [(c[len(ATTRIBUTE_PREFIX):], i) for c, i in table.index.items() if c.startswith(ATTRIBUTE_PREFIX)]
    # The trailing None keeps this a tuple with a single attribute column too.
    attribute_cells = itemgetter(*(i for _, i in attributes), table.width)
    documents: dict[tuple, tuple[int, str, int] | bool] = {}  # by (sha256 cell, id cell); False: not found
    tag_ids: dict[str, int] = {}  # by tag cell, once the tag is known or planned
    tags, specs, no_specs = planner.tags, planner.specs, {}
    existing, seen, spans = planner.existing, planner.seen, planner.plan.spans
    stamp, annotator = planner.stamp, planner.annotator
    skipped_existing = skipped_repeated = 0
    for k, cells in enumerate(table.rows):
        sha, given_id, tag, start, end, text, note, who, created, updated = cells_of(cells)
        doc = documents.get((sha, given_id))
        if doc is None:
            doc = documents[sha, given_id] = planner.document(sha, given_id)
        # Anything but plain digits (signs, spaces, other scripts' digits) is for the reference check.
        if not (
            doc and start and end and start.isascii() and start.isdigit() and end.isascii() and end.isdigit()
            and len(start) <= MAX_DIGITS and len(end) <= MAX_DIGITS
        ) or (problems and k in problems):
            planner.check(table.row(k))
            continue
        start, end = int(start), int(end)
        doc_id, doc_text, length = doc
        if unescape is not None:
            if text and text[0] == "'":
                text = unescape(text)
            if note and note[0] == "'":
                note = unescape(note)
            if who and who[0] == "'":
                who = unescape(who)
            if created and created[0] == "'":
                created = unescape(created)
            if updated and updated[0] == "'":
                updated = unescape(updated)
        if not start < end <= length or text != doc_text[start:end]:
            planner.check(table.row(k))
            continue
        tag_id = tag_ids.get(tag)
        if tag_id is None:
            tag_name = ((unescape(tag) if unescape is not None else tag) if tag else "").strip()
            if not tag_name:
                planner.check(table.row(k))
                continue
            tag_id = tags.get(tag_name.casefold())  # None: a new tag, made once the row proves good
            if tag_id is not None:
                tag_ids[tag] = tag_id
            elif tag_name_problem(tag_name):
                planner.check(table.row(k))
                continue
        values = "{}"
        if attributes and any(attribute_cells(cells)):
            values = _attribute_values(cells, attributes, specs.get(tag_id, no_specs), unescape)
            if values is None:
                planner.check(table.row(k))
                continue
        if tag_id is None:
            tag_id = tag_ids[tag] = planner.tag_id(tag_name)
        key = (doc_id, tag_id, start, end, who or annotator)
        if existing and key in existing:
            skipped_existing += 1
            continue
        before = len(seen)
        seen.add(key)  # one hash of the key, not two: a repeat leaves the set as it was
        if len(seen) == before:
            skipped_repeated += 1
        else:
            spans.append(_new_span(Span, (
                0, doc_id, tag_id, start, end, note or "", key[4],
                (created or "").strip() or stamp, (updated or "").strip() or stamp, values,
            )))
    planner.plan.skipped_existing += skipped_existing
    planner.plan.skipped_repeated += skipped_repeated
    if planner.problems:
        raise AnnotationSetError(name, planner.problems, unit)
    return planner.plan


def _attribute_values(cells: list, attributes: list[tuple[str, int]], specs: dict, unescape) -> str | None:
    """A good row's attribute values as JSON; ``None`` when a value is bad (the reference check says why)."""
    values = {}
    for name, i in attributes:
        raw = cells[i]
        if not raw:
            continue
        if unescape is not None and raw[0] == "'":
            raw = unescape(raw)
        if name in specs:
            try:
                raw = check_value(specs[name], raw)
            except NewsmarkError:
                return None
        values[name] = raw
    return json.dumps(values, ensure_ascii=False, sort_keys=True) if values else "{}"


class _Planner:
    """One plan in the making: the project's tags, the duplicate keys, the problems so far."""

    def __init__(self, project, docs: DocumentFinder, unescape: Callable[[str], str] | None):
        self.docs, self.unescape = docs, unescape
        project_tags = project.tags()
        self.tags = {t.name.casefold(): t.id for t in project_tags}
        self.specs = {t.id: {a.name: a for a in parse_attributes(t.attributes)} for t in project_tags}
        self.colors = _new_tag_colors(t.color for t in project_tags)
        self.existing, self.seen = project.span_keys(), set()
        self.plan = LoadPlan(escaped=unescape is not None)
        self.problems: list[tuple[int, str]] = []
        self.stamp, self.annotator = now_iso(), default_annotator()

    def document(self, sha: str | None, given_id: str | None) -> tuple[int, str, int] | bool:
        """The (id, text, length) of the document these cells name, or ``False``."""
        doc, _ = self.docs.find(CsvRow(0, {"document_sha256": sha, "document_id": given_id}))
        return (doc.id, doc.text, len(doc.text)) if doc is not None else False

    def tag_id(self, name: str) -> int:
        """The id of the tag with this name, planning a new tag if there is none."""
        key = name.casefold()
        if key not in self.tags:
            self.plan.new_tags.append(TagSpec(name, next(self.colors)))
            self.tags[key] = -len(self.plan.new_tags)
        return self.tags[key]

    def check(self, row: CsvRow) -> None:
        """Check one row in full: note why it is bad, or plan its span (unless it is a duplicate)."""
        cell = self._cell_reader(row)
        reasons = [row.problem] if row.problem else check_row(row, cell, self.docs)
        tag = (cell("tag") or "").strip()
        if tag and tag.casefold() not in self.tags and (problem := tag_name_problem(tag)):
            reasons.append(problem)  # a tag the project has is taken as it is; a new one must be a good name
        specs = self.specs.get(self.tags.get((cell("tag") or "").strip().casefold()), {})
        values = checked_values(row, cell, specs, reasons)
        if reasons:
            self.problems.append((row.number, "; ".join(reasons)))
            return
        doc, _ = self.docs.find(row)
        start, end, tag_id = int(cell("start")), int(cell("end")), self.tag_id(cell("tag").strip())
        span = Span(
            0, doc.id, tag_id, start, end, cell("note") or "", cell("annotator") or self.annotator,
            (cell("created_at") or "").strip() or self.stamp, (cell("updated_at") or "").strip() or self.stamp,
            json.dumps(values, ensure_ascii=False, sort_keys=True) if values else "{}",
        )
        key = (span.document_id, span.tag_id, start, end, span.annotator)
        if key in self.existing:
            self.plan.skipped_existing += 1
        elif key in self.seen:
            self.plan.skipped_repeated += 1
        else:
            self.seen.add(key)
            self.plan.spans.append(span)

    def _cell_reader(self, row: CsvRow):
        """A function giving the row's cell by column, with free-text cells unescaped when the file is escaped."""
        unescape = self.unescape

        def cell(column: str) -> str | None:
            value = row.get(column)
            if unescape is not None and value is not None and (column in FREE_TEXT or column.startswith(ATTRIBUTE_PREFIX)):
                return unescape(value)
            return value

        return cell


def _new_tag_colors(used: Iterable[str]):
    """Colors for new tags: palette colors no tag has yet, then the whole palette round and round."""
    taken = {c.lower() for c in used}
    return itertools.chain([c for c in PALETTE if c not in taken], itertools.cycle(PALETTE))
