"""Export filters by tag, document, status and annotator apply to every format."""

from __future__ import annotations

import csv
import io
import json

import pytest

from newsmark.cli import main
from newsmark.core.errors import NewsmarkError
from newsmark.core.formats.exportfilter import FilteredProject
from newsmark.core.storage import Project


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.newsmark"
    with Project.open(path, create=True) as p:
        a, _ = p.add_document("A", "Kyiv said 8,000.")
        b, _ = p.add_document("B", "Seoul said 11,000.")
        claim, figure = p.tags()[0].id, p.tags()[1].id
        p.add_span(a.id, claim, 0, 9, annotator="ana")
        p.add_span(a.id, figure, 10, 15, annotator="ben")
        p.add_span(b.id, figure, 11, 17, annotator="ana")
        p.update_document(b.id, status="done")
    return path


def csv_rows(capsys):
    text = capsys.readouterr().out.removeprefix("\ufeff")
    return [(r["document_title"], r["tag"], r["annotator"]) for r in csv.DictReader(io.StringIO(text))]


@pytest.mark.parametrize(
    "args,expected",
    [
        ([], [("A", "claim", "ana"), ("A", "figure", "ben"), ("B", "figure", "ana")]),
        (["--tag", "figure"], [("A", "figure", "ben"), ("B", "figure", "ana")]),
        (["--annotator", "ana"], [("A", "claim", "ana"), ("B", "figure", "ana")]),
        (["--status", "done"], [("B", "figure", "ana")]),
        (["--document", "1", "--tag", "claim", "--tag", "figure"], [("A", "claim", "ana"), ("A", "figure", "ben")]),
    ],
)
def test_csv_export_filters(project, capsys, args, expected):
    assert main(["export", str(project), *args]) == 0
    assert csv_rows(capsys) == expected


def test_the_same_filters_apply_to_jsonl_and_label_studio(project, capsys):
    assert main(["export", str(project), "--format", "jsonl", "--status", "todo", "--annotator", "ben"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["newsmark"]["title"], [label[2] for label in r["label"]]) for r in records] == [("A", ["figure"])]
    assert main(["export", str(project), "--format", "labelstudio", "--tag", "claim"]) == 0
    tasks = json.loads(capsys.readouterr().out)
    labels = [[r["value"]["labels"][0] for a in t["annotations"] for r in a["result"]] for t in tasks]
    assert labels == [["claim"], []]


def test_unknown_tags_and_statuses_are_clear_errors(project, capsys):
    assert main(["export", str(project), "--tag", "rumour"]) == 1
    assert capsys.readouterr().err.strip() == "newsmark: no tag called 'rumour' in p.newsmark"
    with Project.open(project, readonly=True) as p, pytest.raises(NewsmarkError, match="unknown status"):
        FilteredProject(p, statuses=["finished"])
