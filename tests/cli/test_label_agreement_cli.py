"""``newsmark agreement`` on document labels: the "Document labels" table, JSON ``labels``, nothing when nobody labelled."""

from __future__ import annotations

import json

import pytest

from newsmark.cli import main
from newsmark.core.storage import Project

TEXT = "Officials said 8,000 troops moved to Kursk on Tuesday, the ministry said."


def labelled_project(path, spans: bool = True):
    """Two documents: genre by ana, ben and gold (gold only the first), topic by ana and ben on the first."""
    with Project.open(path, create=True) as p:
        first, _ = p.add_document("Kursk", TEXT)
        second, _ = p.add_document("Seoul", "Seoul is far from Kursk.")
        if spans:
            for name in ("ana", "ben"):
                p.add_span(first.id, p.tags()[0].id, 0, 9, annotator=name)
        category = {c.name: c.id for c in p.categories()}
        answers = [(first, "genre", "ana", ["news"]), (first, "genre", "ben", ["news"]),
                   (first, "genre", "gold", ["opinion"]), (second, "genre", "ana", ["news"]),
                   (second, "genre", "ben", ["opinion"]), (first, "topic", "ana", ["war", "economy"]),
                   (first, "topic", "ben", ["war"])]
        for document, name, who, values in answers:
            p.set_document_labels(document.id, category[name], values, annotator=who)
    return path


# By hand. genre: ana/ben agree on 1 of 2 (ana news twice, ben news once: chance 2·1/4, kappa 0); gold differs
# from both on the one document it shares (chance 0, kappa 0). Alpha: pairable values news 3, opinion 2 (n 5);
# disagreeing coincidences 2 (first document) + 2 (second) = 4; expected 25 - 13 = 12; 1 - 4·4/12 = -0.333.
# topic: units war (yes, yes) and economy (yes, no): observed 0.5, chance 0.5, kappa 0; alpha 1 - 3·2/6 = 0.
LABEL_LINES = [
    "",
    "Document labels, pairs over the documents both labelled (several values: each value a yes/no unit)",
    "category  annotator A  annotator B  documents  observed  kappa",
    "topic     ana          ben                  1     0.500  0.000",
    "genre     ana          ben                  2     0.500  0.000",
    "genre     ana          gold                 1     0.000  0.000",
    "genre     ben          gold                 1     0.000  0.000",
    "",
    "Document labels, all analysts over the documents two or more labelled",
    "category  annotators  documents   alpha",
    "topic              2          1   0.000",
    "genre              3          2  -0.333",
]


def test_the_document_labels_table_follows_the_span_tables(tmp_path, capsys):
    path = labelled_project(tmp_path / "team.newsmark")
    assert main(["agreement", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Pairs, over the documents both annotated (tag * = all tags)"
    start = lines.index("Document labels, pairs over the documents both labelled (several values: each value a yes/no unit)")
    assert lines[start - 1:] == LABEL_LINES


def test_labels_without_spans_to_compare_still_print(tmp_path, capsys):
    path = labelled_project(tmp_path / "labels.newsmark", spans=False)
    assert main(["agreement", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Spans: agreement needs two annotators or more on the same documents; labels.newsmark has no spans"
    assert lines[1:] == LABEL_LINES


def test_json_has_labels_pairs_and_all(tmp_path, capsys):
    path = labelled_project(tmp_path / "team.newsmark")
    assert main(["agreement", str(path), "--json"]) == 0
    labels = json.loads(capsys.readouterr().out)["labels"]
    assert labels["pairs"][1] == {"category": "genre", "annotator_a": "ana", "annotator_b": "ben", "documents": 2,
                                  "units": 2, "observed": 0.5, "kappa": 0.0}
    assert labels["pairs"][0]["units"] == 2  # topic: war and economy on the one document
    assert labels["all"][1]["category"] == "genre" and labels["all"][1]["alpha_nominal"] == pytest.approx(-1 / 3)
    assert set(labels["all"][0]) == {"category", "annotators", "documents", "units", "alpha_nominal"}


def test_a_project_without_labels_has_no_label_table_and_empty_json(tmp_path, capsys):
    path = tmp_path / "spans.newsmark"
    with Project.open(path, create=True) as p:
        doc, _ = p.add_document("Kursk", TEXT)
        for name in ("ana", "ben"):
            p.add_span(doc.id, p.tags()[0].id, 0, 9, annotator=name)
    assert main(["agreement", str(path)]) == 0
    assert "Document labels" not in capsys.readouterr().out
    assert main(["agreement", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["labels"] == {"pairs": [], "all": []}


def test_one_analysts_labels_and_no_spans_is_still_one_line(tmp_path, capsys):
    path = tmp_path / "solo.newsmark"
    with Project.open(path, create=True) as p:
        doc, _ = p.add_document("Kursk", TEXT)
        genre = next(c.id for c in p.categories() if c.name == "genre")
        p.set_document_labels(doc.id, genre, ["news"], annotator="ana")
    assert main(["agreement", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith("newsmark: agreement needs two annotators or more")
