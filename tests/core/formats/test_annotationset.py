"""Checking an annotation set's rows: the fast path agrees with the full check on every row, good or bad."""

from __future__ import annotations

import gc
import tempfile
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmark.core.formats import annotationset
from newsmark.core.formats.annotationset import CsvRow, DocumentFinder, RowTable, _Planner, plan_rows
from newsmark.core.formats.csvlinks import load_csv_file
from newsmark.core.formats.csvset import COLUMNS, unescape_cell, write_csv
from newsmark.core.errors import AnnotationSetError
from newsmark.core.model import sha256_text
from newsmark.core.storage import Project

TEXT = "Seoul said =11,000 troops.\r\nNot true, said @Kremlin: -5% +3\n'=quoted\tend 👨‍👩‍👧"
OTHER = "A second article, with its own words."
STAMP = "2024-05-05T05:05:05.000Z"


@pytest.fixture(scope="module")
def project():
    with tempfile.TemporaryDirectory() as folder:
        with Project.open(Path(folder) / "p.newsmark", create=True) as p:
            doc, _ = p.add_document("T", TEXT)
            p.add_document("O", OTHER)
            p.add_span(doc.id, p.tags()[0].id, 0, 5, annotator="tester")  # rows naming it are skipped, not added
            yield p


def _reference(project, table: RowTable, name: str, unescape) -> annotationset.LoadPlan:
    """The plan as the full check makes it, row by row, with no fast path."""
    planner = _Planner(project, DocumentFinder(project), unescape)
    for k in range(len(table.rows)):
        planner.check(table.row(k))
    if planner.problems:
        raise AnnotationSetError(name, planner.problems)
    return planner.plan


def _outcome(plan_function, project, table, unescape):
    """The plan, or the problems it was refused for."""
    try:
        return plan_function(project, table, "set.csv", unescape)
    except AnnotationSetError as e:
        return e.problems


def _offsets(draw, text: str) -> tuple[str | None, str | None, int, int]:
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, min(len(text), start + 12)))
    spelled = st.sampled_from(["{}", " {} ", "+{}", "00{}", "{}.0", "-{}", "", "٣", "x", None, "{}0000"])
    start_cell, end_cell = draw(spelled), draw(st.one_of(st.just("{}"), spelled))
    return (
        start_cell.format(start) if start_cell is not None else None,
        end_cell.format(end) if end_cell is not None else None,
        start, end,
    )


@st.composite
def rows(draw) -> CsvRow:
    """A row as a reader gives it: mostly good, often wrong in one or more cells, sometimes in many."""
    doc_id, text = draw(st.sampled_from([(1, TEXT), (2, OTHER)]))
    sha = sha256_text(text)
    sha_cell, id_cell = draw(st.sampled_from([
        (sha, None), (sha, ""), (f" {sha.upper()} ", "2"), ("", str(doc_id)), ("", f" {doc_id} "), (None, str(doc_id)),
        ("f" * 64, str(doc_id)), ("", "99"), ("", "abc"), ("", ""), (None, None),
    ]))
    start_cell, end_cell, start, end = _offsets(draw, text)
    exact = text[start:end]
    text_cell = draw(st.sampled_from([exact, exact, "'" + exact, exact + "x", "", None]))
    cells = {
        "document_sha256": sha_cell, "document_id": id_cell, "start": start_cell, "end": end_cell, "text": text_cell,
        "tag": draw(st.sampled_from(["claim", "figure", " Figure ", "new tag", "New Tag", "'=odd", "=odd", "", "  ", None])),
        "note": draw(st.sampled_from(["", "a note", "=n", "'=n", None])),
        "annotator": draw(st.sampled_from(["", "tester", "other", "'-who", None])),
        "created_at": draw(st.sampled_from(["", " 2024-01-01 ", None])),
        "updated_at": draw(st.sampled_from(["", "2024-01-02", None])),
        "attr_value": draw(st.sampled_from(["", "", "12", "1,200", "many", " ", "'=3", None])),
        "attr_status": draw(st.sampled_from(["", "", "true", "bogus", None])),
        "attr_free": draw(st.sampled_from(["", "anything"])),
    }
    problem = draw(st.sampled_from(["", "", "", "", "it has 14 cells but the header names 12 columns"]))
    return CsvRow(draw(st.integers(2, 10_000)), cells, problem)


@settings(max_examples=200, deadline=None)
@given(st.lists(rows(), max_size=12), st.booleans())
def test_the_fast_path_plans_or_refuses_exactly_as_the_full_check(project, given_rows, escaped):
    unescape = unescape_cell if escaped else None
    table = RowTable.from_rows(given_rows)
    with mock.patch.object(annotationset, "now_iso", return_value=STAMP):
        assert _outcome(plan_rows, project, table, unescape) == _outcome(_reference, project, table, unescape)


@settings(max_examples=100, deadline=None)
@given(st.lists(rows(), max_size=12), st.booleans())
def test_a_table_read_as_a_file_is_checked_like_its_rows(project, given_rows, escaped):
    """The reader's table (cell lists, absent columns read as None) gives what the rows' own dicts give."""
    columns = list(dict.fromkeys(c for r in given_rows for c in r.cells))
    table = RowTable(columns)
    for k, row in enumerate(given_rows):
        table.rows.append([*map(row.cells.get, columns), None])
        table.numbers.append(row.number)
        if row.problem:
            table.problems[k] = row.problem
    unescape = unescape_cell if escaped else None
    with mock.patch.object(annotationset, "now_iso", return_value=STAMP):
        assert _outcome(plan_rows, project, table, unescape) == _outcome(plan_rows, project, RowTable.from_rows(given_rows), unescape)


# -- a big file with one bad row at its very end ---------------------------------------------------

ROWS = 5_000
LONG = "".join(f"word{i:05d} " for i in range(ROWS // 2 + 10))


def _big_file(tmp_path, doc, last: dict | None = None, extra: str = "") -> Path:
    """ROWS good rows of distinct spans with attribute columns, then ``last`` (cells changed from a good row)."""
    def row(i, **cells):
        values = dict(document_id=doc.id, document_title="T", document_sha256=doc.sha256, span_id=i, tag="figure",
                      start=i, end=i + 4, text=LONG[i:i + 4], note="", annotator="bench", created_at=STAMP,
                      updated_at=STAMP, attributes='{"value": "7"}')
        values.update(cells)
        return tuple(values[c] for c in COLUMNS) + (values["attributes"],)
    rows = [row(i) for i in range(ROWS)]
    if last is not None:
        rows.append(row(ROWS, **last))
    path = tmp_path / "big.csv"
    with open(path, "w", encoding="utf-8", newline="") as out:
        write_csv(rows, out, attributes=["value", "unit"])
    if extra:
        path.write_text(path.read_text(encoding="utf-8").rstrip("\r\n") + extra + "\r\n", encoding="utf-8", newline="")
    return path


@pytest.fixture
def big(tmp_path):
    with Project.open(tmp_path / "big.newsmark", create=True) as p:
        p.add_document("Other", OTHER)
        doc, _ = p.add_document("Long", LONG)
        yield p, doc


@pytest.mark.parametrize("last, extra, message", [
    (dict(document_sha256="e" * 64, document_id=""), "", "no document in the project has document_sha256 eeeeeeeeeeee"),
    (dict(document_sha256="", document_id=7), "", "there is no document 7 in the project"),
    (dict(start=len(LONG) - 2, end=len(LONG) + 1, text="x"), "", f"end {len(LONG) + 1} is past the end of document 2"),
    (dict(start=5, end=5, text=""), "", "start 5 is not before end 5"),
    (dict(start=-3), "", "start -3 is negative"),
    (dict(start=" 1e3"), "", "start '1e3' is not a whole number"),
    (dict(text="wrong"), "", f"text 'wrong' is not the document's text at [{ROWS}, {ROWS + 4})"),
    (dict(tag=" "), "", "the tag is empty"),
    (dict(attributes='{"value": "many"}'), "", "value must be a number, not 'many'"),
    ({}, ",surplus", "it has 15 cells but the header names 14 columns"),
])
def test_a_bad_last_row_of_a_big_file_is_named_and_nothing_is_added(big, tmp_path, last, extra, message):
    project, doc = big
    tags_before = project.tags()
    with pytest.raises(AnnotationSetError) as e:
        load_csv_file(project, _big_file(tmp_path, doc, last, extra))
    ((number, why),) = e.value.problems
    assert number == ROWS + 2 and message in why
    assert project.count_spans(doc.id) == 0 and project.tags() == tags_before
    assert gc.isenabled()


def test_a_big_file_loads_every_row_and_skips_a_repeat_at_its_end(big, tmp_path):
    project, doc = big
    plan = load_csv_file(project, _big_file(tmp_path, doc, dict(start=ROWS - 1, end=ROWS + 3, text=LONG[ROWS - 1:ROWS + 3])))
    assert (len(plan.spans), plan.skipped_repeated, plan.skipped_existing) == (ROWS, 1, 0)
    assert project.count_spans(doc.id) == ROWS and gc.isenabled()
    spans = project.spans(doc.id)
    assert spans[-1].attributes == '{"value": "7"}' and spans[-1].annotator == "bench"
    again = load_csv_file(project, _big_file(tmp_path, doc))
    assert (len(again.spans), again.skipped_existing) == (0, ROWS)
