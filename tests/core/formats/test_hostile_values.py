"""Values from outside: tag names are short printable text, offsets whole numbers, every outside CSV cell escaped."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsmark.core.errors import AnnotationSetError, NewsmarkError
from newsmark.core.formats import registry
from newsmark.core.formats.csvset import escape_cell, unescape_cell
from newsmark.core.model import Span, sha256_text
from newsmark.core.storage import Project
from newsmark.core.tagnames import MAX_TAG_NAME, check_tag_name, tag_name_problem
from newsmark.core.tagset import parse_tag_set

TEXT = "Kyiv said 8,000 troops moved.\n"
SHA = sha256_text(TEXT)


@pytest.fixture
def project(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as p:
        p.add_document("Kyiv", TEXT)
        yield p


def _load(project, tmp_path, name: str, data: str):
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    return registry.load(project, path)


# -- tag names ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["pla\x00ce", "tab\there", "line\nbreak", "del\x7f", "c\x851", "\u202eecalp", "a\u2028b",
                                  "x" * (MAX_TAG_NAME + 1)])
def test_bad_tag_names_are_refused_everywhere(project, tmp_path, name):
    assert tag_name_problem(name)
    with pytest.raises(NewsmarkError):
        project.add_tag(name, "#000000")
    with pytest.raises(NewsmarkError):
        project.update_tag(1, name=name)
    with pytest.raises(NewsmarkError, match="tag 1"):
        parse_tag_set({"tags": [{"name": name, "color": "#000000"}]})
    with pytest.raises(AnnotationSetError, match="row 1"):
        _load(project, tmp_path, "set.jsonl", json.dumps({"text": TEXT, "label": [[0, 4, name]]}) + "\n")
    assert [t.name for t in project.tags()] == ["claim", "figure", "quote", "location"]


@pytest.mark.parametrize("name", ["claim", "x" * MAX_TAG_NAME, "family 👨‍👩‍👧", "Ämter", "مكان"])
def test_good_tag_names_pass(name):
    assert tag_name_problem(name) == "" and check_tag_name(f"  {name} ") == name


def test_a_csv_with_a_control_character_in_a_new_tag_names_the_row(project, tmp_path):
    with pytest.raises(AnnotationSetError, match=r"row 2: the tag name 'pl\\x1bace' holds the control character U\+001B"):
        _load(project, tmp_path, "set.csv", f"document_sha256,tag,start,end,text\n{SHA},pl\x1bace,0,4,Kyiv\n")


# -- wrong JSON types -------------------------------------------------------------------------


def test_label_studio_labels_as_a_string_is_refused_not_split_into_letters(project, tmp_path):
    task = {"data": {"text": TEXT}, "annotations": [{"result": [
        {"type": "labels", "value": {"start": 0, "end": 4, "text": "Kyiv", "labels": "quote"}}]}]}
    with pytest.raises(AnnotationSetError, match="value.labels must be a list of tag names, not text"):
        _load(project, tmp_path, "set.json", json.dumps([task]))
    assert [t.name for t in project.tags()] == ["claim", "figure", "quote", "location"]


@pytest.mark.parametrize("label, why", [
    ([True, 7, "claim"], "label 1's start must be a whole number, not true"),
    ([0, 4.0, "claim"], "label 1's end must be a whole number, not the number 4.0"),
    ([0, 4, 7], "label 1's tag must be text, not the number 7"),
    ({"start": 0}, "label 1 must be a list [start, end, tag], not an object"),
])
def test_jsonl_offsets_must_be_whole_numbers_not_booleans(project, tmp_path, label, why):
    with pytest.raises(AnnotationSetError, match="row 1: not a document line: " + why.replace("[", r"\[").replace("]", r"\]")):
        _load(project, tmp_path, "set.jsonl", json.dumps({"text": TEXT, "label": [label]}) + "\n")
    assert sum(d.spans for d in project.documents()) == 0


# -- huge numbers and deep nesting -------------------------------------------------------------


def test_an_offset_of_5000_digits_is_one_bad_row(project, tmp_path):
    rows = f"document_sha256,tag,start,end,text\n{SHA},claim,0,4,Kyiv\n{SHA},claim,{'9' * 5000},{'9' * 5001},Kyiv\n"
    with pytest.raises(AnnotationSetError, match=r"1 bad row\(s\).*row 3: start 9999999999… \(5,000 digits\) is past"):
        _load(project, tmp_path, "set.csv", rows)


@pytest.mark.parametrize("given", ["9" * 5000, "99999999999999999999"])  # too long for int(); too big for SQLite
def test_a_document_id_too_long_for_any_document_is_one_bad_row(project, tmp_path, given):
    with pytest.raises(AnnotationSetError, match="row 2: document_id 9999999999… .* is not a document of the project"):
        _load(project, tmp_path, "set.csv", f"document_id,tag,start,end,text\n{given},claim,0,4,Kyiv\n")


def test_brat_offsets_of_5000_digits_are_one_bad_line(project, tmp_path):
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "a.ann").write_text(f"T1\tclaim 0 {'9' * 5000}\tKyiv\n", encoding="utf-8")
    with pytest.raises(AnnotationSetError, match="row 1: a.ann: T1's offsets .* are past the end of any document"):
        registry.load(project, folder)


@pytest.mark.parametrize("name, data", [
    ("set.json", "[" * 1000 + "]" * 1000),
    ("set.jsonl", '{"text": "x", "label": ' + "[" * 1000 + "]" * 1000 + "}\n"),
])
def test_json_nested_a_thousand_deep_is_one_line(project, tmp_path, name, data):
    with pytest.raises(NewsmarkError, match="nested too deeply") as caught:
        _load(project, tmp_path, name, data)
    assert "\n" not in str(caught.value)


# -- spreadsheet-safe CSV ------------------------------------------------------------------------


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "|calc", "＝1+1", "＋1",
                                  "－1", "＠x"])
def test_every_formula_like_start_is_escaped(cell):
    assert escape_cell(cell) == "'" + cell and unescape_cell(escape_cell(cell)) == cell


def test_loaded_times_are_escaped_on_export_and_come_back_exact(project, tmp_path):
    hostile = '=HYPERLINK("http://evil.example","click")'
    project.add_spans([Span(0, 1, 1, 0, 4, "", "ana", hostile, "＝1+1")])
    out = tmp_path / "out.csv"
    registry.export(project, "csv", out)
    data = out.read_text(encoding="utf-8-sig")
    assert ",'=HYPERLINK(" in data.replace('"', "") and ",'＝1+1" in data
    assert f",{hostile}" not in data and ",=HYPERLINK" not in data.replace('"', "")
    with Project.open(tmp_path / "fresh.newsmark", create=True) as fresh:
        fresh.add_document("Kyiv", TEXT)
        registry.load(fresh, out)
        (span,) = fresh.spans(1)
        assert (span.created_at, span.updated_at) == (hostile, "＝1+1")
        again = tmp_path / "again.csv"
        registry.export(fresh, "csv", again)
    assert again.read_bytes() == out.read_bytes()


@given(st.text(st.sampled_from("'=+-@|\t\r\n x＝＋－＠é"), max_size=8))
def test_escaping_is_reversible(cell):
    assert unescape_cell(escape_cell(cell)) == cell


outside_text = st.text(st.sampled_from("'=+-@|\t\r\nax ＝＋－＠é,\""), min_size=1, max_size=6)


@settings(max_examples=30)
@given(st.lists(st.tuples(outside_text, outside_text, outside_text), min_size=1, max_size=3))
def test_export_load_export_is_byte_identical_with_formula_like_cells(cells):
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        with Project.open(folder / "a.newsmark", create=True) as a, Project.open(folder / "b.newsmark", create=True) as b:
            a.add_document("=T", TEXT)
            b.add_document("=T", TEXT)
            # Times are read stripped (a blank one means "now"), so only their inside is hostile here.
            a.add_spans([Span(0, 1, 1 + i % 4, 0, 4 + i, note, "ann" + who, f"T{when}Z", f"T{when}Z")
                          for i, (note, who, when) in enumerate(cells)])
            first = folder / "a.csv"
            registry.export(a, "csv", first)
            registry.load(b, first)
            second = folder / "b.csv"
            registry.export(b, "csv", second)
            assert second.read_bytes() == first.read_bytes()
            assert [s[5:9] for s in b.spans(1)] == [s[5:9] for s in a.spans(1)]
