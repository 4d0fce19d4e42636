"""``newsmark agreement``: a readable table, JSON with pairs and all, one line when nobody can be compared."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from newsmark.cli import main
from newsmark.core.storage import Project

TEXT = "Officials said 8,000 troops moved to Kursk on Tuesday, the ministry said."


@pytest.fixture
def team(tmp_path):
    """One article annotated by ana, ben and gold (claim and figure spans), and one only ana annotated."""
    path = tmp_path / "team.newsmark"
    with Project.open(path, create=True) as p:
        claim, figure = p.tags()[0].id, p.tags()[1].id
        doc, _ = p.add_document("Kursk", TEXT)
        work = {"ana": [(claim, 0, 9), (figure, 15, 20), (claim, 37, 42)],
                "ben": [(claim, 0, 9), (figure, 15, 27), (figure, 37, 42)],
                "gold": [(claim, 0, 14), (figure, 15, 20)]}
        for name, spans in work.items():
            for tag, start, end in spans:
                p.add_span(doc.id, tag, start, end, annotator=name)
        alone, _ = p.add_document("Only ana", "Nobody else read this one.")
        p.add_span(alone.id, claim, 0, 6, annotator="ana")
    return path


def test_table(team, capsys):
    assert main(["agreement", str(team)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Pairs, over the documents both annotated (tag * = all tags)",
        "annotator A  annotator B  tag     documents  F1 exact  F1 overlap  kappa",
        "ana          ben          claim           1     0.667       0.667  0.632",
        "ana          ben          figure          1     0.000       0.667  0.440",
        "ana          ben          *               1     0.333       0.667  0.654",
        "ana          gold         claim           1     0.000       0.667  0.417",
        "ana          gold         figure          1     1.000       1.000  1.000",
        "ana          gold         *               1     0.400       0.800  0.600",
        "ben          gold         claim           1     0.000       1.000  0.632",
        "ben          gold         figure          1     0.000       0.667  0.440",
        "ben          gold         *               1     0.000       0.800  0.481",
        "",
        "All 3 annotators (ana, ben, gold), over the 1 document every one annotated",
        "tag     alpha  unitizing alpha",
        "claim   0.557            0.824",
        "figure  0.557            0.507",
        "*       0.584            0.714",
    ]


def test_json_with_one_tag(team, capsys):
    assert main(["agreement", str(team), "--tag", "FIGURE", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["annotators"] == ["ana", "ben", "gold"]
    assert [(p["annotator_a"], p["annotator_b"], p["tag"]) for p in found["pairs"]] == [
        ("ana", "ben", "figure"), ("ana", "gold", "figure"), ("ben", "gold", "figure")]
    against_gold = found["pairs"][1]
    # ana's figure span is gold's exactly: F1 1 both ways, and the tokens agree everywhere.
    assert against_gold == {"annotator_a": "ana", "annotator_b": "gold", "tag": "figure", "documents": 1,
                            "f1_exact": 1.0, "f1_overlap": 1.0, "kappa": 1.0, "spans_a": 1, "spans_b": 1}
    assert [g["tag"] for g in found["all"]] == ["figure"]
    assert set(found["all"][0]) == {"tag", "documents", "alpha_nominal", "alpha_unitizing"}


def test_overall_rows_are_tag_star(team, capsys):
    assert main(["agreement", str(team), "--tag", "*", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert {p["tag"] for p in found["pairs"]} == {g["tag"] for g in found["all"]} == {"*"}
    assert found["pairs"][0]["f1_exact"] == pytest.approx(1 / 3) and found["pairs"][0]["f1_overlap"] == pytest.approx(2 / 3)


def test_fewer_than_two_annotators_is_one_line(team, capsys):
    assert main(["agreement", str(team), "--document", "2"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "newsmark: agreement needs two annotators or more on the same documents; document 2 has 1 annotator (ana)\n")


def test_a_project_of_one_annotator(tmp_path, capsys):
    path = tmp_path / "solo.newsmark"
    with Project.open(path, create=True) as p:
        doc, _ = p.add_document("Solo", TEXT)
        p.add_span(doc.id, p.tags()[0].id, 0, 9, annotator="ana")
    assert main(["agreement", str(path)]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "newsmark: agreement needs two annotators or more on the same documents; solo.newsmark has 1 annotator (ana)"]


def test_unknown_tag_and_document(team, capsys):
    assert main(["agreement", str(team), "--tag", "rumour"]) == 1
    assert main(["agreement", str(team), "--document", "99"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == "newsmark: there is no tag 'rumour'; the tags are claim, figure, quote, location"
    assert err[1].startswith("newsmark: there is no document 99") and len(err) == 2


def test_agreement_never_loads_qt(team):
    code = (
        "import sys\nfrom newsmark.cli import main\n"
        f"assert main(['agreement', {str(team)!r}, '--json']) == 0\n"
        "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))], file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0 and done.stderr.strip() == "[]", done.stderr


def test_a_document_ana_finished_empty_counts_against_bens_spans(tmp_path, capsys):
    """ben marks "Kyiv" in a document ana set done with no span: 0 matches of 1 span, F1 0 over that document."""
    path = tmp_path / "done.newsmark"
    with Project.open(path, create=True) as p:
        doc, _ = p.add_document("Kyiv", "Kyiv said so.")
        p.add_span(doc.id, p.tags()[0].id, 0, 4, annotator="ben")
        p.set_status(doc.id, "done", "ana")
    assert main(["agreement", str(path), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["annotators"] == ["ana", "ben"]
    assert [(r["tag"], r["documents"], r["spans_a"], r["spans_b"], r["f1_exact"]) for r in found["pairs"]] == [
        ("claim", 1, 0, 1, 0.0), ("*", 1, 0, 1, 0.0)]
