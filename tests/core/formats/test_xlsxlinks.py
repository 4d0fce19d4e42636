"""The workbook's links and labels sheets: the CSV companions' columns as typed cells, read back all or nothing."""

from __future__ import annotations

import datetime
import re

import openpyxl
import pytest

import tests.core.formats.test_linkformats as linked
from newsmark.core.errors import AnnotationSetError
from newsmark.core.formats import csvlinks, registry
from newsmark.core.storage import Project

source = linked.source  # the project with five spans, three links and four labels
NUMBERS = {"document_id", "link_id", "source_span_id", "target_span_id", "source_start", "source_end", "target_start",
           "target_end"}


def _export(source, tmp_path):
    path = tmp_path / "set.xlsx"
    with Project.open(source, readonly=True) as p:
        report = registry.export(p, "xlsx", path)
    assert (report.links, report.labels) == (3, 4)
    return path


def _edit(path, sheet: str, row: int, column: str, value) -> None:
    """Set one cell of ``sheet``, found by its header, and save the workbook in place."""
    book = openpyxl.load_workbook(path)
    header = [c.value for c in book[sheet][1]]
    book[sheet].cell(row, header.index(column) + 1, value)
    book.save(path)


def test_links_and_labels_sheets_have_the_csv_columns_as_typed_cells(source, tmp_path):
    book = openpyxl.load_workbook(_export(source, tmp_path))
    for title, columns, rows in (("links", csvlinks.LINK_COLUMNS, 3), ("labels", csvlinks.LABEL_COLUMNS, 4)):
        sheet = book[title]
        assert [c.value for c in sheet[1]] == list(columns)
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:{chr(64 + len(columns))}{rows + 1}"
        for row in sheet.iter_rows(min_row=2):
            assert len(row) == len(columns)
            for column, cell in zip(columns, row):
                if column in NUMBERS:
                    assert type(cell.value) is int, (title, column)
                else:
                    assert cell.value is None or (cell.data_type == "s" and isinstance(cell.value, str)), (title, column)
    assert [c.value for c in book["links"][2]][2:9] == ["evidence", 1, 2, *linked.at(linked.KYIV, "8,000 troops"),
                                                        *linked.at(linked.KYIV, "troops” moved")]
    assert book["links"][2][9].value == "the figure\nbacks it"


def test_an_older_workbook_without_links_or_labels_still_loads_its_spans(source, tmp_path):
    path = _export(source, tmp_path)
    book = openpyxl.load_workbook(path)
    del book["links"], book["labels"]
    book.save(path)
    with linked.fresh(tmp_path / "b.newsmark") as p:
        plan = registry.load(p, path)
        assert (len(plan.spans), len(plan.links), len(plan.labels)) == (5, 0, 0)


def test_an_empty_links_sheet_holds_no_links(source, tmp_path):
    path = _export(source, tmp_path)
    book = openpyxl.load_workbook(path)
    del book["links"]
    book.create_sheet("links")
    book.save(path)
    with linked.fresh(tmp_path / "b.newsmark") as p:
        plan = registry.load(p, path)
        assert (len(plan.spans), len(plan.links), len(plan.labels)) == (5, 0, 4)


def test_a_link_to_a_span_not_in_the_workbook_adds_nothing_at_all(source, tmp_path):
    path = _export(source, tmp_path)
    _edit(path, "links", 2, "source_span_id", 99)
    _edit(path, "links", 2, "source_start", 1)  # no span of the project or the sheet is there either
    with linked.fresh(tmp_path / "b.newsmark") as p:
        with pytest.raises(AnnotationSetError, match="set.xlsx, sheet links: .*source") as caught:
            registry.load(p, path)
        assert [n for n, _ in caught.value.problems] == [2]
        assert linked.contents(p) == (set(), set(), set())


@pytest.mark.parametrize("value, why", [
    (True, "source_start is TRUE, a truth value, not a whole number"),
    (2.5, "source_start 2.5 is not a whole number"),
    (datetime.datetime(2024, 1, 2), "source_start is a date or time"),
    ("=1+1", "source_start is a formula ('=1+1')"),
    ("four", "source_start 'four' is not a whole number"),
])
def test_a_wrong_kind_of_offset_cell_in_links_adds_nothing_at_all(source, tmp_path, value, why):
    path = _export(source, tmp_path)
    _edit(path, "links", 3, "source_start", value)
    with linked.fresh(tmp_path / "b.newsmark") as p:
        with pytest.raises(AnnotationSetError, match=re.escape(f"row 3: {why}")):
            registry.load(p, path)
        assert linked.contents(p) == (set(), set(), set())


def test_a_label_the_category_does_not_offer_adds_nothing_from_the_workbook(source, tmp_path):
    path = _export(source, tmp_path)
    book = openpyxl.load_workbook(path)
    rows = [[c.value for c in row] for row in book["labels"].iter_rows()]
    row = next(i for i, r in enumerate(rows, 1) if "news" in r)
    _edit(path, "labels", row, "value", "gossip")
    with linked.fresh(tmp_path / "b.newsmark") as p:
        with pytest.raises(AnnotationSetError, match="genre offers news, opinion, analysis, not 'gossip'"):
            registry.load(p, path)
        assert linked.contents(p) == (set(), set(), set())


def test_a_link_sheet_without_its_columns_is_refused(source, tmp_path):
    path = _export(source, tmp_path)
    _edit(path, "links", 1, "type", "kind")
    with linked.fresh(tmp_path / "b.newsmark") as p:
        with pytest.raises(AnnotationSetError, match="missing column.*type"):
            registry.load(p, path)
        assert linked.contents(p) == (set(), set(), set())
