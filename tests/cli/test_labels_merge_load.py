"""Two analysts' same document label survives ``merge``, every exported format and ``load`` back: one row each."""

from __future__ import annotations

import json

import pytest
from newsmark.cli import main
from newsmark.core.storage import Project

TEXT = "Officials said 8,000 troops arrived in Kursk."


def _analyst(path, name, genre="news"):
    """A project with the shared document, a claim, and ``name``'s genre and topic for it."""
    with Project.open(path, create=True) as p:
        doc, _ = p.add_document("One", TEXT)
        p.add_span(doc.id, p.tags()[0].id, 0, 14, annotator=name)
        topic, genre_category, _ = p.categories()
        p.set_document_labels(doc.id, genre_category.id, [genre], annotator=name)
        p.set_document_labels(doc.id, topic.id, ["war"], annotator=name)
    return path


def _labels(path):
    with Project.open(path, readonly=True) as p:
        names = {c.id: c.name for c in p.categories()}
        return [(names[x.category_id], x.value, x.annotator) for d in p.documents() for x in p.document_labels(d.id)]


EVERYONE = [("topic", "war", "ana"), ("topic", "war", "bo"), ("genre", "news", "ana"), ("genre", "news", "bo")]


def test_merge_keeps_each_analysts_same_label_and_adds_nothing_the_second_time(tmp_path, capsys):
    ana, bo = _analyst(tmp_path / "ana.newsmark", "ana"), _analyst(tmp_path / "bo.newsmark", "bo")
    team = tmp_path / "team.newsmark"
    assert main(["merge", str(team), str(ana), str(bo)]) == 0
    assert "bo.newsmark:" in capsys.readouterr().out
    assert _labels(team) == EVERYONE
    assert main(["merge", str(team), str(bo)]) == 0
    assert "0 document labels added, 2 already there" in capsys.readouterr().out
    assert _labels(team) == EVERYONE


@pytest.mark.parametrize("suffix", ["csv", "xlsx", "jsonl", "json"])
def test_an_export_of_two_analysts_same_label_loads_back_as_two_rows(tmp_path, capsys, suffix):
    team = tmp_path / "team.newsmark"
    assert main(["merge", str(team), str(_analyst(tmp_path / "ana.newsmark", "ana")),
                 str(_analyst(tmp_path / "bo.newsmark", "bo"))]) == 0
    out = tmp_path / f"set.{suffix}"
    fmt = {"csv": "csv", "xlsx": "xlsx", "jsonl": "jsonl", "json": "labelstudio"}[suffix]
    assert main(["export", str(team), "-o", str(out), "--format", fmt]) == 0
    fresh = tmp_path / "fresh.newsmark"
    with Project.open(fresh, create=True) as p:
        p.add_document("One", TEXT)
    assert main(["load", str(fresh), str(out), "--format", fmt]) == 0, capsys.readouterr().err
    assert _labels(fresh) == EVERYONE
    _analyst(tmp_path / "cy.newsmark", "cy", genre="opinion")  # a third answer, loaded on top, is a third row
    cy_set = tmp_path / f"cy.{suffix}"
    assert main(["export", str(tmp_path / "cy.newsmark"), "-o", str(cy_set), "--format", fmt]) == 0
    assert main(["load", str(fresh), str(cy_set), "--format", fmt]) == 0, capsys.readouterr().err
    assert sorted(_labels(fresh)) == sorted(EVERYONE + [("topic", "war", "cy"), ("genre", "opinion", "cy")])


def test_brat_which_has_no_annotators_writes_two_analysts_same_label_once(tmp_path, capsys):
    team = tmp_path / "team.newsmark"
    assert main(["merge", str(team), str(_analyst(tmp_path / "ana.newsmark", "ana")),
                 str(_analyst(tmp_path / "bo.newsmark", "bo", genre="opinion"))]) == 0
    assert main(["export", str(team), "-o", str(tmp_path / "out"), "--format", "brat"]) == 0
    attributes = [line.split("\t")[1] for line in (tmp_path / "out" / "0001-One.ann").read_text().splitlines()
                  if line.startswith("A")]
    assert attributes == ["topic T3 war", "genre T3 news", "genre T3 opinion"]


def test_label_studio_lists_each_chosen_value_once_and_says_who_chose_it(tmp_path, capsys):
    team = tmp_path / "team.newsmark"
    assert main(["merge", str(team), str(_analyst(tmp_path / "ana.newsmark", "ana")),
                 str(_analyst(tmp_path / "bo.newsmark", "bo", genre="opinion"))]) == 0
    out = tmp_path / "set.json"
    assert main(["export", str(team), "-o", str(out), "--format", "labelstudio"]) == 0
    results = json.loads(out.read_text(encoding="utf-8"))[0]["annotations"][0]["result"]
    chosen = {r["from_name"]: (r["value"]["choices"], [(m["value"], m["annotator"]) for m in r["meta"]["newsmark"]])
              for r in results if r["type"] == "choices"}
    assert chosen == {"topic": (["war"], [("war", "ana"), ("war", "bo")]),
                      "genre": (["news", "opinion"], [("news", "ana"), ("opinion", "bo")])}


def test_an_older_label_studio_export_listing_a_value_once_per_analyst_still_loads(tmp_path, capsys):
    out = tmp_path / "old.json"
    task = {"id": 1, "data": {"text": TEXT, "title": "One"}, "annotations": [{"result": [
        {"id": "c1", "from_name": "topic", "to_name": "text", "type": "choices", "value": {"choices": ["war", "war"]},
         "meta": {"newsmark": [{"annotator": "ana", "created_at": ""}, {"annotator": "bo", "created_at": ""}]}}]}]}
    out.write_text(json.dumps([task]), encoding="utf-8")
    fresh = tmp_path / "fresh.newsmark"
    with Project.open(fresh, create=True) as p:
        p.add_document("One", TEXT)
    assert main(["load", str(fresh), str(out), "--format", "labelstudio"]) == 0, capsys.readouterr().err
    assert sorted(_labels(fresh)) == [("topic", "war", "ana"), ("topic", "war", "bo")]
