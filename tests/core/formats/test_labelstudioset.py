"""Label Studio task lists: the documented shape, code point offsets, round trips, all-or-nothing loads."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from newsmark.cli import main
from newsmark.core.errors import AnnotationSetError
from newsmark.core.formats.labelstudioset import export_labelstudio_file, labelling_config, load_labelstudio_file
from newsmark.core.storage import Project

TEXTS = ["Kyiv 👨‍👩‍👧 said “8,000 troops”.\n", "Seoul\nsaid 11,000.\n"]


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "a.newsmark"
    with Project.open(path, create=True) as p:
        docs = [p.add_document(f"doc {i}", t)[0] for i, t in enumerate(TEXTS)]
        at = TEXTS[0].index("8,000")
        p.add_span(docs[0].id, p.tags()[1].id, at, at + 5, note="US figure")
        p.add_span(docs[1].id, p.tags()[3].id, 0, 5)
    return path


def check_task_shape(task):
    """Label Studio's import format for a text task with labels regions."""
    assert isinstance(task["id"], int) and isinstance(task["data"]["text"], str)
    for annotation in task["annotations"]:
        for region in annotation["result"]:
            assert set(region) >= {"id", "from_name", "to_name", "type", "value"}
            assert (region["from_name"], region["to_name"], region["type"]) == ("label", "text", "labels")
            value = region["value"]
            assert isinstance(value["start"], int) and isinstance(value["end"], int)
            assert isinstance(value["labels"], list) and all(isinstance(x, str) for x in value["labels"])
            assert task["data"]["text"][value["start"]:value["end"]] == value["text"]  # code points


def test_export_has_the_documented_shape_and_code_point_offsets(source, tmp_path):
    out = tmp_path / "tasks.json"
    with Project.open(source, readonly=True) as p:
        assert export_labelstudio_file(p, out) == 2
        config = ET.fromstring(labelling_config(p))
    data = json.loads(out.read_text(encoding="utf-8"))
    for task in data:
        check_task_shape(task)
    region = data[0]["annotations"][0]["result"][0]
    assert region["value"]["start"] == TEXTS[0].index("8,000") and region["meta"]["text"] == ["US figure"]
    assert [label.get("value") for label in config.iter("Label")] == ["claim", "figure", "quote", "location"]


def test_export_load_export_is_identical(source, tmp_path):
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    with Project.open(source, readonly=True) as p:
        export_labelstudio_file(p, first)
    with Project.open(tmp_path / "b.newsmark", create=True) as p:
        for i, text in enumerate(TEXTS):
            p.add_document(f"doc {i}", text)
        assert len(load_labelstudio_file(p, first).spans) == 2
        export_labelstudio_file(p, second)
    strip = lambda tasks: [{**t, "annotations": [{"result": [{**r, "id": ""} for r in a["result"]]} for a in t["annotations"]]} for t in tasks]  # noqa: E731
    assert strip(json.loads(first.read_text(encoding="utf-8"))) == strip(json.loads(second.read_text(encoding="utf-8")))


def test_a_region_whose_text_does_not_match_adds_nothing(source, tmp_path):
    out = tmp_path / "tasks.json"
    with Project.open(source, readonly=True) as p:
        export_labelstudio_file(p, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    data[1]["annotations"][0]["result"][0]["value"]["end"] = 6  # "Seoul\n": no longer the region's text
    out.write_text(json.dumps(data), encoding="utf-8")
    with Project.open(tmp_path / "b.newsmark", create=True) as p:
        for text in TEXTS:
            p.add_document("d", text)
        with pytest.raises(AnnotationSetError, match="row 2: text 'Seoul'"):
            load_labelstudio_file(p, out)
        assert all(p.spans(d.id) == [] for d in p.documents())


def test_the_cli_writes_tasks_to_stdout_and_loads_a_json_file(source, tmp_path, capsys):
    assert main(["export", str(source), "--format", "labelstudio"]) == 0
    (tmp_path / "tasks.json").write_text(capsys.readouterr().out, encoding="utf-8")
    target = tmp_path / "b.newsmark"
    with Project.open(target, create=True) as p:
        for text in TEXTS:
            p.add_document("d", text)
    assert main(["load", str(target), str(tmp_path / "tasks.json")]) == 0
    assert capsys.readouterr().out == "added 2 spans (0 new tags); skipped 0 already present\n"
