"""The CSV annotation set: exact columns, spreadsheet-safe escaping both ways, loads all rows or none."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmark.core.formats import csvlinks, csvset
from newsmark.core.formats.csvset import COLUMNS, CsvRow, escape_cell, plan_load, read_csv, unescape_cell, write_csv
from newsmark.core.errors import AnnotationSetError, NewsmarkError
from newsmark.core.storage import Project

TEXT = "Seoul said =11,000 troops.\r\nNot true, said @Kremlin: -5% +3\n'=quoted\tend 👨‍👩‍👧"


@pytest.fixture
def project(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as p:
        yield p


def _row(**cells) -> tuple:
    """An export row with defaults for the cells a test does not care about."""
    values = dict(document_id=1, document_title="T", document_sha256="0" * 64, span_id=1, tag="claim", start=0, end=1,
                  text="x", note="", annotator="tester", created_at="2024-01-01T00:00:00.000Z",
                  updated_at="2024-01-01T00:00:00.000Z")
    values.update(cells)
    return tuple(values[c] for c in COLUMNS)


def _csv(rows, *, plain=False) -> str:
    out = io.StringIO(newline="")
    write_csv(rows, out, plain=plain)
    return out.getvalue()


def _read(data: str) -> list[CsvRow]:
    return read_csv(io.StringIO(data, newline=""), "set.csv")


def _span_csv(doc, tag, start, end, *, text=None, **extra) -> str:
    """A one-row CSV for a span of ``doc``, as our default export would write it."""
    return _csv([_row(document_id=doc.id, document_sha256=doc.sha256, tag=tag, start=start, end=end,
                      text=doc.text[start:end] if text is None else text, **extra)])


# -- writing --------------------------------------------------------------------------


def test_header_bom_and_crlf():
    data = _csv([_row()])
    assert data.startswith("\ufeff" + ",".join(COLUMNS) + "\r\n")
    assert data.endswith("\r\n") and data.count("\r\n") == 2


def test_write_returns_the_row_count_and_streams_a_generator():
    def rows():
        for i in range(1000):
            yield _row(span_id=i)
    assert write_csv(rows(), io.StringIO(newline="")) == 1000


def test_text_with_line_breaks_and_commas_is_quoted():
    data = _csv([_row(text='a,"b"\r\nc\nd')])
    assert '"a,""b""\r\nc\nd"' in data


@pytest.mark.parametrize("value", ["=SUM(A1)", "+1", "-2", "@me", "\tx", "\rx", "'=x", "''-x"])
def test_formula_like_text_cells_get_a_quote(value):
    assert escape_cell(value) == "'" + value
    assert unescape_cell(escape_cell(value)) == value
    row = next(csv.reader(io.StringIO(_csv([_row(text=value, note=value, tag=value)]).split("\r\n", 1)[1], newline="")))
    assert row[COLUMNS.index("text")] == row[COLUMNS.index("note")] == row[COLUMNS.index("tag")] == "'" + value


@pytest.mark.parametrize("value", ["plain", "", "'quoted", "a=b", "1-2", "''x"])
def test_ordinary_cells_are_left_alone(value):
    assert escape_cell(value) == value == unescape_cell(value)


def test_number_columns_are_never_escaped_and_plain_writes_exact_text():
    data = _csv([_row(start=-1, text="=x")], plain=True)
    body = next(csv.reader(io.StringIO(data.split("\r\n", 1)[1], newline="")))
    assert body[COLUMNS.index("start")] == "-1" and body[COLUMNS.index("text")] == "=x"


# No NUL: articles never hold it (it marks binary files) and the csv reader refuses it.
text_cells = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=30) | st.sampled_from(
    ["=1+1", "-", "@", "'", "''=", "\r\n", "a\r\nb", "👍🏽", "\t=", '"', ",", "\ufeff"]
)


@given(st.lists(st.tuples(text_cells, text_cells, text_cells, text_cells, text_cells), max_size=5), st.booleans())
def test_write_then_read_gives_the_same_text(cells, plain):
    rows = [_row(document_title=a, tag=b, text=c, note=d, annotator=e, span_id=i) for i, (a, b, c, d, e) in enumerate(cells)]
    data = _csv(rows, plain=plain)
    # Through real bytes, as a file is written and read.
    read = read_csv(io.TextIOWrapper(io.BytesIO(data.encode("utf-8")), encoding="utf-8", newline=""), "set.csv")
    assert len(read) == len(rows)
    for got, want in zip(read, rows):
        for column in csvset.TEXT_COLUMNS:
            value = got.get(column)
            assert (value if plain else unescape_cell(value)) == want[COLUMNS.index(column)]
        assert int(got.get("start")) == 0


# -- reading --------------------------------------------------------------------------


def test_reads_without_bom_with_lf_and_extra_columns_in_any_order():
    data = "weird,text,end,start,tag,document_id\nzz,ab,2,0,claim,1\r\n\n"
    (row,) = _read(data)
    assert (row.number, row.get("text"), row.get("start"), row.get("document_id"), row.get("note")) == (2, "ab", "0", "1", None)
    assert "weird" not in row.cells


def test_bom_left_by_the_reader_is_ignored():
    (row,) = _read("\ufeffdocument_id,tag,start,end,text\n1,claim,0,1,x\n")
    assert row.get("document_id") == "1"


@pytest.mark.parametrize(
    "header, missing",
    [("tag,start,end,text", "document_sha256 or document_id"), ("document_id,tag,start,text", "end"), ("", "expected a header")],
)
def test_missing_columns_are_named(header, missing):
    with pytest.raises(AnnotationSetError) as e:
        _read(header + ("\n" if header else ""))
    assert missing in str(e.value) and e.value.problems[0][0] == 1


def test_broken_quoting_is_a_clear_error():
    with pytest.raises(NewsmarkError, match="not a readable CSV file"):
        _read('document_id,tag,start,end,text\n1,claim,0,1,"x"y\n')


# -- loading --------------------------------------------------------------------------


def test_load_adds_spans_and_creates_missing_tags(project):
    doc, _ = project.add_document("T", TEXT)
    data = _span_csv(doc, "claim", 0, 5) + _span_csv(doc, "rumour", 11, 18).split("\r\n", 1)[1]
    plan = plan_load(project, _read(data))
    assert [t.name for t in plan.new_tags] == ["rumour"] and plan.new_tags[0].color in csvset.PALETTE
    assert csvset.apply_plan(project, plan) == 2
    rumour = next(t for t in project.tags() if t.name == "rumour")
    assert rumour.key == "" and rumour.color == plan.new_tags[0].color
    spans = project.spans(doc.id)
    assert [(s.start, s.end, s.annotator, s.created_at) for s in spans] == [
        (0, 5, "tester", "2024-01-01T00:00:00.000Z"), (11, 18, "tester", "2024-01-01T00:00:00.000Z")
    ]
    assert spans[1].tag_id == rumour.id


def test_minimal_columns_take_defaults(project, monkeypatch):
    doc, _ = project.add_document("T", TEXT)
    monkeypatch.setenv("NEWSMARK_ANNOTATOR", "someone")
    plan = plan_load(project, _read(f"document_id,tag,start,end,text\n{doc.id},claim,0,5,Seoul\n"))
    (span,) = plan.spans
    assert span.annotator == "someone" and span.note == "" and span.created_at == span.updated_at != ""


def test_document_is_matched_by_sha256_before_id(project):
    project.add_document("Other", "Other text entirely.")
    doc, _ = project.add_document("T", TEXT)
    data = f"document_sha256,document_id,tag,start,end,text\n{doc.sha256},1,claim,0,5,Seoul\n"
    assert plan_load(project, _read(data)).spans[0].document_id == doc.id


def test_duplicates_of_the_project_and_of_earlier_rows_are_skipped(project):
    doc, _ = project.add_document("T", TEXT)
    project.add_span(doc.id, 1, 0, 5, annotator="tester")
    body = _span_csv(doc, "claim", 0, 5).split("\r\n", 1)[1] + _span_csv(doc, "figure", 12, 18).split("\r\n", 1)[1]
    data = _span_csv(doc, "claim", 0, 5) + body + _span_csv(doc, "claim", 0, 5, annotator="other").split("\r\n", 1)[1]
    plan = plan_load(project, _read(data))
    assert (plan.skipped_existing, plan.skipped_repeated, len(plan.spans)) == (2, 0, 2)
    assert plan.skipped == 2 and {s.annotator for s in plan.spans} == {"tester", "other"}


def test_repeated_rows_in_the_file_are_added_once(project):
    doc, _ = project.add_document("T", TEXT)
    one = _span_csv(doc, "new tag", 0, 5)
    plan = plan_load(project, _read(one + one.split("\r\n", 1)[1]))
    assert (len(plan.spans), plan.skipped_repeated, len(plan.new_tags)) == (1, 1, 1)


def _problems(project, data, **kw) -> dict[int, str]:
    with pytest.raises(AnnotationSetError) as e:
        plan_load(project, _read(data), "set.csv", **kw)
    return dict(e.value.problems)


def test_every_bad_row_is_named_and_nothing_is_added(project):
    doc, _ = project.add_document("T", TEXT)
    sha = doc.sha256
    data = "\n".join([
        "document_sha256,document_id,tag,start,end,text",
        f"{sha},,claim,0,5,Seoul",          # 2 good
        f"{'f' * 64},,claim,0,5,Seoul",     # 3 unknown sha
        ",99,claim,0,5,Seoul",              # 4 unknown id
        ",,claim,0,5,Seoul",                # 5 no document at all
        f"{sha},,claim,x,5,Seoul",          # 6 not a number
        f"{sha},,claim,-1,5,Seoul",         # 7 negative
        f"{sha},,claim,0,9999,Seoul",       # 8 out of range
        f"{sha},,claim,5,5,",               # 9 start >= end
        f"{sha},,claim,0,5,Seoux",          # 10 text differs
        f"{sha},,,0,5,Seoul",               # 11 empty tag
        f"{sha},,claim,0.0,5,Seoul",        # 12 not an integer
        f"{sha},,claim,0,5,Seoul,extra",    # 13 too many cells
        f"{sha},,claim,0,",                 # 14 short row: no text
        ",abc,claim,0,5,Seoul",             # 15 document_id not a number
        f"{sha},,  ,0,5,Seoul",             # 16 blank tag
        "",
    ])
    before = project.tags()
    problems = _problems(project, data)
    assert sorted(problems) == list(range(3, 17))
    assert "document_sha256 ffffffffffff" in problems[3]
    assert "no document 99" in problems[4]
    assert "document_sha256 or document_id" in problems[5]
    assert "'x' is not a whole number" in problems[6]
    assert "start -1 is negative" in problems[7]
    assert "past the end of document" in problems[8]
    assert "start 5 is not before end 5" in problems[9]
    assert "'Seoux' is not the document's text at [0, 5): 'Seoul'" in problems[10]
    assert "tag is empty" in problems[11] and "tag is empty" in problems[16]
    assert "'0.0' is not a whole number" in problems[12]
    assert "7 cells" in problems[13]
    assert "end is empty" in problems[14]
    assert "document_id 'abc'" in problems[15]
    assert project.spans(doc.id) == [] and project.tags() == before


def test_bad_rows_stop_the_whole_file_loading(project, tmp_path):
    doc, _ = project.add_document("T", TEXT)
    path = tmp_path / "set.csv"
    path.write_text(_span_csv(doc, "newtag", 0, 5) + f"{doc.id},T,{doc.sha256},1,claim,0,5,Nope,,,,\r\n",
                    encoding="utf-8", newline="")
    with pytest.raises(AnnotationSetError) as e:
        csvlinks.load_csv_file(project, path)
    assert e.value.problems[0][0] == 3 and "set.csv" in str(e.value)
    assert project.spans(doc.id) == [] and "newtag" not in [t.name for t in project.tags()]


def test_long_text_excerpts_are_short(project):
    doc, _ = project.add_document("T", "x" * 500)
    problems = _problems(project, f"document_id,tag,start,end,text\n{doc.id},claim,0,500,{'y' * 500}\n")
    assert len(problems[2]) < 200


# -- escaping decided per file ----------------------------------------------------------


def test_escaped_file_is_detected_from_a_formula_like_span(project):
    doc, _ = project.add_document("T", TEXT)
    at = TEXT.index("=11")
    data = _span_csv(doc, "claim", at, at + 3, note="=note")
    assert ",'=11,'=note," in data
    plan = plan_load(project, _read(data))
    assert plan.escaped and plan.spans[0].note == "=note"


def test_plain_file_is_detected_from_a_formula_like_span(project):
    doc, _ = project.add_document("T", TEXT)
    at = TEXT.index("=11")
    data = _csv([_row(document_id=doc.id, document_sha256=doc.sha256, start=at, end=at + 7, text="=11,000",
                      note="'=note")], plain=True)
    plan = plan_load(project, _read(data))
    assert not plan.escaped and plan.spans[0].note == "'=note"


def test_without_evidence_cells_are_unescaped_unless_plain_is_forced(project):
    doc, _ = project.add_document("T", TEXT)
    data = _span_csv(doc, "claim", 0, 5, note="=note")
    assert plan_load(project, _read(data)).spans[0].note == "=note"
    plain = plan_load(project, _read(data), plain=True)
    assert not plain.escaped and plain.spans[0].note == "'=note"


def test_forcing_plain_on_an_escaped_file_reports_the_text_mismatch(project):
    doc, _ = project.add_document("T", TEXT)
    at = TEXT.index("-5%")
    problems = _problems(project, _span_csv(doc, "claim", at, at + 3), plain=True)
    assert "text \"'-5%\" is not the document's text" in problems[2]


def test_leading_quote_before_a_trigger_round_trips(project):
    doc, _ = project.add_document("T", TEXT)
    at = TEXT.index("'=quoted")
    data = _span_csv(doc, "claim", at, at + 8)
    assert ",''=quoted," in data
    assert plan_load(project, _read(data)).spans[0].end == at + 8


# -- whole files --------------------------------------------------------------------------


def test_export_file_is_atomic_and_keeps_the_old_file_on_failure(project, tmp_path, monkeypatch):
    doc, _ = project.add_document("T", TEXT)
    project.add_span(doc.id, 1, 0, 5)
    out = tmp_path / "out.csv"
    out.write_text("old", encoding="utf-8")

    def broken(rows, stream, *, plain=False, attributes=()):
        stream.write("half")
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(csvset, "write_csv", broken)
    with pytest.raises(NewsmarkError, match="No space left"):
        csvset.export_csv_file(project, out)
    assert out.read_text(encoding="utf-8") == "old" and sorted(p.name for p in tmp_path.iterdir() if "out" in p.name) == ["out.csv"]
    monkeypatch.undo()
    assert csvset.export_csv_file(project, out) == 1
    assert out.read_bytes().startswith(b"\xef\xbb\xbfdocument_id,")


def test_export_refuses_to_overwrite_the_project(project):
    from newsmark.core.formats import registry

    with pytest.raises(NewsmarkError, match="is the open project"):
        registry.export(project, "csv", project.path)


def test_non_utf8_csv_is_a_clear_error(project, tmp_path):
    path = tmp_path / "latin.csv"
    path.write_bytes("document_id,tag,start,end,text\n1,claim,0,1,caf\xe9\n".encode("latin-1"))
    with pytest.raises(NewsmarkError, match="not UTF-8"):
        csvlinks.load_csv_file(project, path)


span_texts = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=40)


@settings(max_examples=25)
@given(st.lists(span_texts, min_size=1, max_size=4), st.booleans())
def test_export_then_load_into_a_fresh_project_gives_the_same_csv(pieces, plain):
    text = "".join(pieces)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        with Project.open(folder / "a.newsmark", create=True) as a, Project.open(folder / "b.newsmark", create=True) as b:
            doc, _ = a.add_document("=Title", text)
            b.add_document("=Title", text)
            odd = a.add_tag("-odd", "#000000")
            at = 0
            # Added in export order, so the fresh project numbers its spans the same way.
            for i, piece in enumerate(pieces):
                a.add_span(doc.id, 1 + i % 4, at, at + len(piece), note=piece)
                if i == 0:
                    a.add_span(doc.id, odd.id, 0, len(text), annotator="=someone")
                at += len(piece)
            first = folder / "a.csv"
            csvset.export_csv_file(a, first, plain=plain)
            plan = csvlinks.load_csv_file(b, first, plain=True if plain else None)
            assert len(plan.spans) == len(pieces) + 1
            second = folder / "b.csv"
            csvset.export_csv_file(b, second, plain=plain)
            assert second.read_bytes() == first.read_bytes()



def test_attribute_values_have_columns_and_load_back_checked(tmp_path):
    import json
    from newsmark.core.attributes import with_value

    source = Project.open(tmp_path / "a.newsmark", create=True)
    doc, _ = source.add_document("T", "Seoul said 11,000 troops, down -5%.")
    figure = source.tags()[1]
    span = source.add_span(doc.id, figure.id, 11, 17)
    values = with_value(with_value("{}", "value", "11000"), "unit", "-troops")
    source.update_span(span.id, attributes=values)
    out = tmp_path / "set.csv"
    csvset.export_csv_file(source, out)
    source.close()
    header, row = out.read_text(encoding="utf-8-sig").splitlines()[:2]
    assert header.endswith(",attr_status,attr_source,attr_value,attr_unit,attr_speaker,attr_place,attr_geonames_id,attr_country")
    assert row.endswith(",,,11000,'-troops,,,,")  # a formula-like value is escaped like any text cell
    with Project.open(tmp_path / "b.newsmark", create=True) as target:
        target.add_document("T", "Seoul said 11,000 troops, down -5%.")
        csvlinks.load_csv_file(target, out)
        (loaded,) = target.spans(1)
        assert json.loads(loaded.attributes) == {"unit": "-troops", "value": "11000"}
    bad = out.read_text(encoding="utf-8-sig").replace(",11000,", ",many,")
    (tmp_path / "bad.csv").write_text(bad, encoding="utf-8")
    with Project.open(tmp_path / "c.newsmark", create=True) as target:
        target.add_document("T", "Seoul said 11,000 troops, down -5%.")
        with pytest.raises(AnnotationSetError, match="value must be a number, not 'many'"):
            csvlinks.load_csv_file(target, tmp_path / "bad.csv")
        assert target.spans(1) == []
