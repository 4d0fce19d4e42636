"""The Excel workbook set: typed cells no spreadsheet can run, a frozen filtered header, exact round trips, capped reading."""

from __future__ import annotations

import datetime
import io
import re
import zipfile

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmark.core.errors import AnnotationSetError, NewsmarkError
from newsmark.core.formats import registry, xlsxlimits, xlsxset
from newsmark.core.formats.csvset import COLUMNS
from newsmark.core.storage import Project

TEXT = "Seoul said =11,000 troops.\r\nNot true, said @Kremlin: -5% +3 #N/A\n'=quoted\tend 👨‍👩‍👧 _x0041_ \x0c\x01 café"
FORMULAS = ("=11,000", "@Kremlin", "-5%", "+3", "#N/A", "'=quoted")


@pytest.fixture
def project(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as p:
        doc, _ = p.add_document("=HYPERLINK(\"x\")", TEXT)
        for i, piece in enumerate(FORMULAS):
            at = TEXT.index(piece)
            p.add_span(doc.id, 1 + i % 4, at, at + len(piece), note="=1+1" if i == 0 else "")
        p.add_span(doc.id, 2, TEXT.index("_x0041_"), len(TEXT))  # control characters and a literal _xHHHH_
        p.add_span(doc.id, 3, 0, len(TEXT))  # a line break inside, \r\n kept
        yield p


def _fresh(tmp_path, name="fresh.newsmark"):
    project = Project.open(tmp_path / name, create=True)
    project.add_document("=HYPERLINK(\"x\")", TEXT)
    return project


def _values(path) -> dict[str, list[tuple]]:
    """Every sheet's cells, but span ids: they are local to a project, and a load numbers spans in file order."""
    book = openpyxl.load_workbook(path)
    sheets = {sheet.title: [[c.value for c in row] for row in sheet.iter_rows()] for sheet in book.worksheets}
    for row in sheets["spans"][1:]:
        row[COLUMNS.index("span_id")] = None
    return sheets


def test_the_workbook_has_typed_cells_a_frozen_filtered_header_and_five_sheets(project, tmp_path):
    path = tmp_path / "set.xlsx"
    assert registry.export(project, "xlsx", path).spans == 8
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["spans", "documents", "tags", "links", "labels", "done"]
    spans = book["spans"]
    header = [c.value for c in spans[1]]
    assert header[:len(COLUMNS)] == list(COLUMNS) and all(c.startswith("attr_") for c in header[len(COLUMNS):])
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{openpyxl.utils.get_column_letter(sheet.max_column)}{sheet.max_row}"
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type in ("s", "n"), (cell.coordinate, cell.value)  # no formula, error or date
    rows = list(spans.iter_rows(min_row=2))
    by_column = {c: COLUMNS.index(c) for c in COLUMNS}
    for row in rows:
        for column in ("document_id", "span_id", "start", "end"):
            cell = row[by_column[column]]
            assert cell.data_type == "n" and type(cell.value) is int
        text = row[by_column["text"]]
        assert text.data_type == "s"
    texts = [row[by_column["text"]].value for row in rows]
    for piece in FORMULAS:
        assert piece in texts  # stored as the text itself: no ' prefix, typed as a string
    assert rows[0][by_column["document_title"]].value == '=HYPERLINK("x")'
    assert rows[0][by_column["document_title"]].data_type == "s"
    assert [c.value for c in book["documents"][2]][:3] == [1, '=HYPERLINK("x")', project.documents()[0].sha256]
    assert [c.value for c in book["tags"][1]] == list(xlsxset.TAG_COLUMNS)


def test_formula_looking_text_is_an_inline_string_in_the_xml(project, tmp_path):
    path = tmp_path / "set.xlsx"
    registry.export(project, "xlsx", path)
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet
    assert 't="e"' not in sheet


def test_export_load_export_gives_the_same_workbook(project, tmp_path):
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    registry.export(project, "xlsx", first)
    with _fresh(tmp_path) as fresh:
        plan = registry.load(fresh, first)
        assert len(plan.spans) == 8
        registry.export(fresh, "xlsx", second)
        loaded = {(s.start, s.end, s.note) for s in fresh.spans(1)}
    assert loaded == {(s.start, s.end, s.note) for s in project.spans(1)}
    assert _values(first) == _values(second)


def test_a_span_longer_than_an_excel_cell_is_written_whole(tmp_path):
    text = "x" * 40_000
    with Project.open(tmp_path / "p.newsmark", create=True) as p:
        doc, _ = p.add_document("Long", text)
        p.add_span(doc.id, 1, 0, len(text))
        registry.export(p, "xlsx", tmp_path / "long.xlsx")  # openpyxl alone would cut it at 32,767
    with _fresh(tmp_path) as fresh:
        fresh.add_document("Long", text)
        assert len(registry.load(fresh, tmp_path / "long.xlsx").spans) == 1


@given(st.text())
def test_escaping_text_for_xml_round_trips_and_leaves_nothing_xml_cannot_hold(text):
    escaped = xlsxset.escape_text(text)
    assert xlsxset.unescape_text(escaped) == text
    assert not any(ord(c) < 32 and c not in "\t\n\r" or c in "\ufffe\uffff" or 0xD800 <= ord(c) <= 0xDFFF for c in escaped)


def test_our_workbook_and_others_are_told_by_content(project, tmp_path):
    path = tmp_path / "set.data"
    registry.export(project, "xlsx", path)
    assert registry.detect(path).name == "xlsx"
    docx = io.BytesIO()
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    assert not xlsxlimits.looks_like_xlsx(docx.getvalue())
    assert not xlsxlimits.looks_like_xlsx(b"document_sha256,tag,start,end,text\r\n")


def test_export_to_stdout_is_refused_with_why(project):
    with pytest.raises(NewsmarkError, match="-o FILE.xlsx"):
        registry.export_stream(project, "xlsx", io.StringIO())


# -- hostile workbooks ------------------------------------------------------------------


def test_a_real_zip_bomb_is_refused_before_it_is_unpacked(project, tmp_path, monkeypatch):
    path = tmp_path / "bomb.xlsx"
    registry.export(project, "xlsx", path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", bytes(64 * 2**20))  # 64 MB of zeros in about 64 KB
    assert path.stat().st_size < 2**20
    monkeypatch.setattr(xlsxlimits, "MAX_WHOLE_PART", 32 * 2**20)
    opened = []
    monkeypatch.setattr(zipfile.ZipFile, "open", lambda *a, **k: opened.append(a) or pytest.fail("a part was unpacked"))
    with _fresh(tmp_path) as fresh, pytest.raises(NewsmarkError, match="sharedStrings.xml unpacks to 64 MB") as refused:
        registry.load(fresh, path)
    assert "\n" not in str(refused.value) and not opened


def _workbook(tmp_path, rows, title="spans", name="set.xlsx"):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    book.save(tmp_path / name)
    return tmp_path / name


def test_wrong_kinds_of_cells_are_named_row_by_row_and_nothing_is_added(tmp_path):
    with _fresh(tmp_path) as fresh:
        doc = fresh.documents()[0]
        header = ["document_sha256", "tag", "start", "end", "text"]
        good = [doc.sha256, "claim", 0, 5, "Seoul"]
        path = _workbook(tmp_path, [
            header, good,
            [doc.sha256, "claim", datetime.datetime(2024, 1, 1), 5, "Seoul"],
            [doc.sha256, "claim", True, 5, "Seoul"],
            [doc.sha256, "claim", 0.5, 5, "Seoul"],
            [doc.sha256, "claim", "=1-1", 5, "Seoul"],  # openpyxl writes it as a formula
            [doc.sha256, "claim", "zero", 5, "Seoul"],
        ])
        with pytest.raises(AnnotationSetError) as refused:
            registry.load(fresh, path)
        assert [n for n, _ in refused.value.problems] == [3, 4, 5, 6, 7]
        reasons = " | ".join(why for _, why in refused.value.problems)
        for words in ("date or time", "truth value", "0.5 is not a whole number", "formula", "'zero' is not a whole number"):
            assert words in reasons
        assert "\n" not in str(refused.value)
        assert fresh.documents()[0].spans == 0


def test_numbers_saved_as_floats_and_digits_saved_as_text_are_read_as_offsets(tmp_path):
    with _fresh(tmp_path) as fresh:
        doc = fresh.documents()[0]
        path = _workbook(tmp_path, [
            ["document_id", "tag", "start", "end", "text"], [doc.id, "claim", 0.0, "5", "Seoul"],
        ])
        assert len(registry.load(fresh, path).spans) == 1


def test_a_workbook_without_a_spans_sheet_or_columns_is_refused_in_one_line(tmp_path):
    with _fresh(tmp_path) as fresh:
        wrong = _workbook(tmp_path, [["document_id", "tag", "start", "end", "text"]], title="Sheet1", name="a.xlsx")
        with pytest.raises(NewsmarkError, match="no sheet named 'spans' \\(its sheets: 'Sheet1'\\)"):
            registry.load(fresh, wrong)
        missing = _workbook(tmp_path, [["document_id", "tag", "start", "text"]], name="b.xlsx")
        with pytest.raises(AnnotationSetError, match="missing column\\(s\\): end"):
            registry.load(fresh, missing)


def test_too_many_parts_are_refused_from_the_directory_count(project, tmp_path, monkeypatch):
    path = tmp_path / "set.xlsx"
    registry.export(project, "xlsx", path)
    monkeypatch.setattr(xlsxlimits, "MAX_MEMBERS", 5)
    monkeypatch.setattr(zipfile, "ZipFile", lambda *a, **k: pytest.fail("zipfile read the directory"))
    with _fresh(tmp_path) as fresh, pytest.raises(NewsmarkError, match="more than 5 parts"):
        registry.load(fresh, path)


def test_a_sheet_that_declares_a_smaller_size_is_still_read_whole(project, tmp_path):
    path, lying = tmp_path / "set.xlsx", tmp_path / "lying.xlsx"
    registry.export(project, "xlsx", path)
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(lying, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                # openpyxl's reader trusts this and would stop at B2; our writer writes none
                data, count = re.subn(rb"</sheetPr>", b'</sheetPr><dimension ref="A1:B2"/>', data)
                assert count == 1
            out.writestr(info, data)
    with _fresh(tmp_path) as fresh:
        assert len(registry.load(fresh, lying).spans) == 8
