"""`export --annotator gold`: the curated gold set alone, its spans and links under the name gold."""

from __future__ import annotations

import csv
import io
import json

from newsmark import cli
from newsmark.core.review.curation import accept_plan, apply_plan, auto_merge_plan, review
from newsmark.core.storage import Project

TEXT = "Officials said 8,000 troops arrived in Kursk.\n"


def _curated(tmp_path):
    path = tmp_path / "team.newsmark"
    with Project.open(path, create=True) as p:
        p.add_document("Kursk", TEXT)
        ends = {}
        for who, end in (("ana", 20), ("ben", 27)):
            figure = p.add_span(1, 2, 15, 20, annotator=who)
            claim = p.add_span(1, 1, 15, 44, annotator=who)
            p.add_span(1, 4, 39, 44, annotator=who)
            p.add_span(1, 3, 0, end, annotator=who) if who == "ben" else None
            ends[who] = (figure, claim)
        p.add_link(1, 1, *[s.id for s in ends["ana"]], annotator="ana")  # evidence: only ana linked them
        apply_plan(p, auto_merge_plan(review(p.spans(1))))  # figure, claim, location
        rev = review(p.spans(1), p.links(1))
        (link,) = [d for d in rev.disagreements if d.kind == "links"]
        apply_plan(p, accept_plan(rev, link, [0]))
    return path


def test_export_annotator_gold_writes_the_gold_set_alone(tmp_path, capsys):
    path = _curated(tmp_path)
    out = tmp_path / "gold.csv"
    assert cli.main(["export", str(path), "-o", str(out), "--plain", "--annotator", "gold"]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert sorted((r["tag"], r["text"], r["annotator"]) for r in rows) == [
        ("claim", "8,000 troops arrived in Kursk", "gold"), ("figure", "8,000", "gold"), ("location", "Kursk", "gold"),
    ]
    links = list(csv.DictReader(io.StringIO((tmp_path / "gold.links.csv").read_text(encoding="utf-8-sig"))))
    assert [(k["type"], k["annotator"]) for k in links] == [("evidence", "gold")]
    assert "exported 3 spans" in capsys.readouterr().out


def test_export_annotator_gold_as_jsonl(tmp_path, capsys):
    path = _curated(tmp_path)
    assert cli.main(["export", str(path), "--format", "jsonl", "--annotator", "gold"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    record = json.loads(line)
    assert [e["label"] for e in record["entities"]] == ["figure", "claim", "location"]
    assert [s["annotator"] for s in record["newsmark"]["spans"]] == ["gold"] * 3
    assert [r["type"] for r in record["relations"]] == ["evidence"]
    assert [k["annotator"] for k in record["newsmark"]["links"]] == ["gold"]

