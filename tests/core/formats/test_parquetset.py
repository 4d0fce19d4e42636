"""The parquet export: one row per document, read back by Hugging Face datasets and by DuckDB."""

from __future__ import annotations

import io
import json
import sys

import pytest

from newsmark.core.errors import NewsmarkError
from newsmark.core.formats import registry
from newsmark.core.formats.conllset import write_conll
from newsmark.core.formats.exportfilter import FilteredProject
from newsmark.core.storage import Project

duckdb = pytest.importorskip("duckdb")

TEXT = "Seoul said 11,000 troops moved to Kursk.\nKyiv denied it 👍🏽 on Monday."


@pytest.fixture
def project(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as p:
        tags = {t.name: t.id for t in p.tags()}
        doc, _ = p.add_document("Troops", TEXT)
        seoul = p.add_span(doc.id, tags["location"], 0, 5, annotator="ana")
        figure = p.add_span(doc.id, tags["figure"], 11, 17, annotator="bo", note="troops")
        p.add_span(doc.id, tags["claim"], 0, 39, annotator="ana")  # overlaps both
        p.update_span(figure.id, attributes='{"unit": "troops", "approximate": true}')
        about = next(t.id for t in p.link_types() if t.name == "about")
        p.add_link(doc.id, about, figure.id, seoul.id, note="source")
        p.set_document_labels(doc.id, p.categories()[0].id, [p.categories()[0].choices[0]], annotator="ana")
        p.add_document("Empty", "Nothing here.")
        p.save_split({1: "train", 2: "test"}, seed=4, ratios={"train": 0.5, "dev": 0, "test": 0.5})
        yield p


@pytest.fixture
def offline(tmp_path, monkeypatch):
    """Hugging Face libraries kept off the network and out of the home folder."""
    for name in ("HF_DATASETS_OFFLINE", "HF_HUB_OFFLINE"):
        monkeypatch.setenv(name, "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("HF_DATASETS_CACHE", str(tmp_path / "hf" / "datasets"))
    return tmp_path / "hf" / "datasets"


def test_datasets_loads_one_row_per_document_with_spans_links_labels_and_the_iob_view(project, tmp_path, offline):
    datasets = pytest.importorskip("datasets")
    out = tmp_path / "set.parquet"
    report = registry.export(project, "parquet", out)
    assert (report.spans, report.links, report.labels, report.problems) == (3, 1, 1, [])
    rows = datasets.load_dataset("parquet", data_files=str(out), split="train", cache_dir=str(offline))
    assert rows.num_rows == 2 and rows["id"] == [1, 2] and rows["split"] == ["train", "test"]
    first = rows[0]
    assert first["text"] == TEXT and first["title"] == "Troops" and len(first["sha256"]) == 64
    spans = {(s["start"], s["end"], s["tag"], s["text"], s["annotator"]) for s in first["spans"]}
    assert spans == {(0, 5, "location", "Seoul", "ana"), (11, 17, "figure", "11,000", "bo"),
                     (0, 39, "claim", TEXT[:39], "ana")}
    figure = next(s for s in first["spans"] if s["tag"] == "figure")
    assert json.loads(figure["attributes"]) == {"unit": "troops", "approximate": True} and figure["note"] == "troops"
    (link,) = first["links"]
    assert (link["source_id"], link["target_id"], link["note"]) == (figure["id"], first["spans"][0]["id"], "source")
    assert first["labels"][0]["category"] == project.categories()[0].name
    # The token view is CoNLL's: the same tokens and tags, with code point offsets into the text.
    conll = io.StringIO()
    write_conll(FilteredProject(project, documents=[1]), conll)
    pairs = [line.split(" ") for line in conll.getvalue().splitlines()[2:] if line]
    assert [[t, g] for t, g in zip(first["tokens"], first["iob_tags"])] == pairs
    assert all(TEXT[a:b] == t for a, b, t in zip(first["token_starts"], first["token_ends"], first["tokens"]))
    # IOB2 keeps the longest of overlapping spans (the claim); the other two stay in "spans" only.
    assert "👍🏽" in first["tokens"] and first["iob_tags"][:1] == ["B-claim"] and "B-location" not in first["iob_tags"]


def test_duckdb_reads_the_file_as_it_is(project, tmp_path):
    out = tmp_path / "set.parquet"
    registry.export(project, "parquet", out)
    counts = duckdb.sql(
        f"SELECT s.tag, count(*) FROM (SELECT unnest(spans) AS s FROM '{out}') GROUP BY s.tag ORDER BY s.tag"
    ).fetchall()
    assert counts == [("claim", 1), ("figure", 1), ("location", 1)]
    ((unit,),) = duckdb.sql(
        f"SELECT json_extract_string(s.attributes, '$.unit') FROM (SELECT unnest(spans) AS s FROM '{out}') "
        "WHERE s.tag = 'figure'"
    ).fetchall()
    assert unit == "troops"
    assert duckdb.sql(f"SELECT id, split, len(tokens) > 0 FROM '{out}' ORDER BY id").fetchall() == [
        (1, "train", True), (2, "test", True)
    ]


def test_a_split_export_holds_that_part_only(project, tmp_path):
    out = tmp_path / "test.parquet"
    registry.export(FilteredProject(project, split="test"), "parquet", out)
    assert duckdb.sql(f"SELECT id, split, len(spans) FROM '{out}'").fetchall() == [(2, "test", 0)]


def test_an_empty_project_gives_a_file_with_every_column_and_no_rows(tmp_path):
    with Project.open(tmp_path / "e.newsmark", create=True) as empty:
        registry.export(empty, "parquet", tmp_path / "e.parquet")
    relation = duckdb.sql(f"SELECT * FROM '{tmp_path / 'e.parquet'}'")
    assert relation.fetchall() == [] and "iob_tags" in relation.columns and "spans" in relation.columns
    assert registry.detect(tmp_path / "e.parquet").name == "parquet"


def test_parquet_refuses_stdout_and_loading_and_says_what_it_needs(project, tmp_path, monkeypatch):
    with pytest.raises(NewsmarkError, match="parquet writes a binary file: give a file with -o FILE.parquet"):
        registry.export_stream(project, "parquet", io.StringIO())
    registry.export(project, "parquet", tmp_path / "x.parquet")
    with pytest.raises(NewsmarkError, match="x.parquet is a parquet set, written for training only"):
        registry.load(project, tmp_path / "x.parquet")
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # as if it were not installed
    with pytest.raises(NewsmarkError, match=r"the parquet format needs pyarrow: pip install 'newsmark\[parquet\]'"):
        registry.export(project, "parquet", tmp_path / "y.parquet")
    assert not (tmp_path / "y.parquet").exists()
