"""JSONL annotation sets (doccano's layout): exact offsets, round trips, all-or-nothing loads."""

from __future__ import annotations

import json

import pytest

from newsmark.cli import main
from newsmark.core.attributes import with_value
from newsmark.core.errors import AnnotationSetError
from newsmark.core.formats.jsonlset import export_jsonl_file, load_jsonl_file
from newsmark.core.storage import Project
from newsmark.core.articles.plaintext import normalize_newlines

TEXTS = ["Kyiv 👨‍👩‍👧 said “8,000 troops”.\n", normalize_newlines("Seoul\r\nsaid 11,000.\r\n"), "No spans here.\n"]


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "a.newsmark"
    with Project.open(path, create=True) as p:
        docs = [p.add_document(f"doc {i}", t)[0] for i, t in enumerate(TEXTS)]
        figure = p.tags()[1].id
        s = p.add_span(docs[0].id, figure, TEXTS[0].index("8,000"), TEXTS[0].index("8,000") + 5, note="US figure")
        p.update_span(s.id, attributes=with_value("{}", "value", "8000"))
        p.add_span(docs[1].id, p.tags()[3].id, 0, 5)
        p.add_span(docs[1].id, p.tags()[0].id, 0, 12)
    return path


def test_each_document_is_a_line_with_exact_code_point_labels(source, tmp_path):
    out = tmp_path / "set.jsonl"
    with Project.open(source, readonly=True) as p:
        assert export_jsonl_file(p, out) == 3
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["text"] for r in records] == TEXTS
    for record in records:
        for start, end, tag in record["label"]:
            assert isinstance(start, int) and isinstance(end, int) and isinstance(tag, str)
            assert 0 <= start < end <= len(record["text"].encode("utf-16-le")) // 2
    # doccano's offsets are UTF-16 code units, as JavaScript slices strings: the family emoji is 8 of them.
    (start, end, tag), = records[0]["label"]
    units = records[0]["text"].encode("utf-16-le")
    assert (units[2 * start:2 * end].decode("utf-16-le"), tag) == ("8,000", "figure")
    assert start == TEXTS[0].index("8,000") + 3 and records[0]["newsmark"]["offsets"] == "utf-16"
    assert records[0]["newsmark"]["spans"][0]["attributes"] == {"value": "8000"}
    assert records[2]["label"] == []


def test_export_load_export_is_identical(source, tmp_path):
    first, second = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    with Project.open(source, readonly=True) as p:
        export_jsonl_file(p, first)
    target = tmp_path / "b.newsmark"
    with Project.open(target, create=True) as p:
        for i, text in enumerate(TEXTS):
            p.add_document(f"doc {i}", text)
        plan = load_jsonl_file(p, first)
        assert len(plan.spans) == 3
        export_jsonl_file(p, second)
        assert load_jsonl_file(p, first).skipped == 3  # loading again adds nothing
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")


def test_a_bad_label_or_line_adds_nothing_and_is_named(source, tmp_path):
    with Project.open(source, readonly=True) as p:
        export_jsonl_file(p, tmp_path / "set.jsonl")
    lines = (tmp_path / "set.jsonl").read_text(encoding="utf-8").splitlines()
    broken = json.loads(lines[1])
    broken["label"][0][1] = 999
    (tmp_path / "bad.jsonl").write_text("\n".join([lines[0], json.dumps(broken), "{oops"]) + "\n", encoding="utf-8")
    target = tmp_path / "b.newsmark"
    with Project.open(target, create=True) as p:
        for text in TEXTS:
            p.add_document("d", text)
        with pytest.raises(AnnotationSetError, match="row 3: not a document line"):
            load_jsonl_file(p, tmp_path / "bad.jsonl")
        (tmp_path / "bad.jsonl").write_text("\n".join(lines[:1] + [json.dumps(broken)]) + "\n", encoding="utf-8")
        with pytest.raises(AnnotationSetError, match="row 2: end 999"):
            load_jsonl_file(p, tmp_path / "bad.jsonl")
        assert all(p.spans(d.id) == [] for d in p.documents())


def test_the_cli_exports_and_loads_jsonl(source, tmp_path, capsys):
    assert main(["export", str(source), "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["text"] for line in lines] == TEXTS
    (tmp_path / "set.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    target = tmp_path / "b.newsmark"
    assert main(["add", str(target), *[str(_write(tmp_path, i, t)) for i, t in enumerate(TEXTS)]]) == 0
    capsys.readouterr()
    assert main(["load", str(target), str(tmp_path / "set.jsonl")]) == 0
    assert capsys.readouterr().out == "added 3 spans (0 new tags); skipped 0 already present\n"


def _write(folder, i, text):
    path = folder / f"doc{i}.txt"
    path.write_bytes(text.encode("utf-8"))
    return path


def test_code_point_offsets_are_read_when_a_file_says_so_and_mid_pair_ones_refused(tmp_path):
    text = "😀 Kursk"
    target = tmp_path / "b.newsmark"
    with Project.open(target, create=True) as p:
        p.add_document("d", text)
        good = {"text": text, "label": [[2, 7, "location"]], "newsmark": {"offsets": "code points"}}
        (tmp_path / "cp.jsonl").write_text(json.dumps(good) + "\n", encoding="utf-8")
        assert len(load_jsonl_file(p, tmp_path / "cp.jsonl").spans) == 1
        assert [(s.start, s.end) for s in p.spans(1)] == [(2, 7)]
        bad = {"text": text, "label": [[1, 8, "claim"]]}  # UTF-16 1 is inside the emoji's pair
        (tmp_path / "bad.jsonl").write_text(json.dumps(bad) + "\n", encoding="utf-8")
        with pytest.raises(AnnotationSetError, match="surrogate pair"):
            load_jsonl_file(p, tmp_path / "bad.jsonl")
