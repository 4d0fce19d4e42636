"""`newsmark suggest`, `newsmark evaluate` and `export --suggestions` on a real project, with one-line refusals."""

from __future__ import annotations

import csv
import json
import pytest
from newsmark.cli import main
from newsmark.core.storage import Project

TEXT = (
    "Officials said around 8,000 troops had crossed the border.\n\n"
    "\u201cWe will not give up a single metre of our land,\u201d said Zelenskyy on Tuesday.\n"
)


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.newsmark"
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert main(["add", str(path), str(tmp_path / "a.txt")]) == 0
    return path


def rows(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_suggest_stores_for_review_and_a_second_run_keeps_decisions(project, capsys):
    assert main(["suggest", str(project)]) == 0
    assert "stored" in capsys.readouterr().out
    with Project.open(project) as p:
        found = p.suggestions(1)
        figure = next(s for s in found if p.tag(s.tag_id).name == "figure")
        assert TEXT[figure.start:figure.end].startswith("8,000")
        quote = next(s for s in found if p.tag(s.tag_id).name == "quote")
        assert json.loads(quote.attributes) == {"speaker": "Zelenskyy"}
        p.reject_suggestions([figure.id])
        before = len(found)
    assert main(["suggest", str(project)]) == 0
    assert "1 already decided" in capsys.readouterr().out
    with Project.open(project, readonly=True) as p:
        assert len(p.suggestions(1)) == before - 1


def test_suggest_to_a_csv_writes_confidence_and_stores_nothing(project, tmp_path, capsys):
    out = tmp_path / "s.csv"
    assert main(["suggest", str(project), "-o", str(out), "--tag", "figure"]) == 0
    got = rows(out)
    assert got and {r["tag"] for r in got} == {"figure"}
    assert all(0 < float(r["confidence"]) <= 1 and r["suggester"] for r in got)
    assert got[0]["attr_value"] == "8000" and got[0]["text"] == TEXT[int(got[0]["start"]):int(got[0]["end"])]
    with Project.open(project, readonly=True) as p:
        assert p.suggestions(1) == []
    # The set loads back as spans: the CSV contract, plus columns a load ignores.
    assert main(["load", str(project), str(out), "--annotator", "ana"]) == 0
    with Project.open(project, readonly=True) as p:
        assert [s.annotator for s in p.spans(1)] == ["ana"] * len(got)


def test_suggest_to_stdout(project, capsysbinary):
    assert main(["suggest", str(project), "-o", "-", "--tag", "quote"]) == 0
    lines = capsysbinary.readouterr().out.decode("utf-8").splitlines()
    assert lines[0].lstrip("\ufeff").startswith("document_id,") and lines[0].endswith(",confidence,suggester")
    assert len(lines) == 2 and "Zelenskyy" in lines[1]


@pytest.mark.parametrize("args, said", [
    (["--tag", "weather"], "no tag called 'weather'"),
    (["--document", "7"], "there is no document 7"),
])
def test_suggest_refuses_with_one_line(project, capsys, args, said):
    assert main(["suggest", str(project), *args]) == 1
    err = capsys.readouterr().err
    assert said in err and len(err.strip().splitlines()) == 1


def test_suggest_never_writes_onto_the_project(project, capsys):
    before = project.read_bytes()
    assert main(["suggest", str(project), "-o", str(project)]) == 1
    assert project.read_bytes() == before
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def gold_file(tmp_path, project, spans):
    """A gold CSV of (tag, start, end, attributes) for document 1, made by exporting a scratch copy."""
    with Project.open(project, readonly=True) as p:
        doc = p.document(1)
    path = tmp_path / "gold.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["document_sha256", "tag", "start", "end", "text", "attr_value", "attr_unit", "attr_speaker"])
        for tag, start, end, attributes in spans:
            writer.writerow([doc.sha256, tag, start, end, doc.text[start:end], attributes.get("value", ""),
                             attributes.get("unit", ""), attributes.get("speaker", "")])
    return path


def test_evaluate_scores_the_suggesters_and_an_annotator(project, tmp_path, capsys):
    figure = TEXT.index("8,000")
    quote = TEXT.index("We will")
    quote_end = TEXT.index(",\u201d")
    gold = gold_file(tmp_path, project, [
        ("figure", figure, figure + len("8,000 troops"), {"value": "8000", "unit": "troops"}),
        ("quote", quote, quote_end, {"speaker": "Zelenskyy"}),
        ("location", 0, 9, {}),  # a mark no suggester makes: recall below 1
    ])
    assert main(["evaluate", str(project), str(gold), "--suggestions", "--json", "--tag", "figure", "--tag", "quote"]) == 0
    report = json.loads(capsys.readouterr().out)
    everything = report["tags"][-1]
    assert report["documents"] == 1 and everything["tag"] == "all" and everything["gold"] == 2
    assert everything["overlap"]["recall"] == 1.0
    quote_row = next(t for t in report["tags"] if t["tag"] == "quote")
    assert quote_row["attributes"]["speaker"]["accuracy"] == 1.0
    # Nothing was stored by evaluating.
    with Project.open(project, readonly=True) as p:
        assert p.suggestions(1) == []
    assert main(["load", str(project), str(gold), "--annotator", "ana"]) == 0
    capsys.readouterr()
    assert main(["evaluate", str(project), str(gold), "--annotator", "ana"]) == 0
    table = capsys.readouterr().out
    assert "all" in table and "1.000" in table
    assert main(["evaluate", str(project), str(gold), "--annotator", "bo"]) == 1
    assert "no spans by 'bo'" in capsys.readouterr().err


def test_evaluate_names_bad_gold_rows_and_writes_nothing(project, tmp_path, capsys):
    bad = gold_file(tmp_path, project, [("figure", 0, 500, {})])
    before = project.read_bytes()
    assert main(["evaluate", str(project), str(bad), "--suggestions"]) == 1
    err = capsys.readouterr().err
    assert "gold.csv" in err and "row 2: end 500 is past the end" in err and len(err.strip().splitlines()) == 1
    assert project.read_bytes() == before
    with Project.open(project, readonly=True) as p:
        assert p.spans(1) == []


def test_export_with_suggestions_adds_the_open_ones_as_spans_by_their_suggester(project, tmp_path):
    assert main(["suggest", str(project), "--tag", "quote"]) == 0
    plain, both = tmp_path / "plain.csv", tmp_path / "both.csv"
    assert main(["export", str(project), "-o", str(plain)]) == 0
    assert main(["export", str(project), "-o", str(both), "--suggestions"]) == 0
    assert rows(plain) == []
    (row,) = rows(both)
    assert row["annotator"] == "suggested:quotes" and row["attr_speaker"] == "Zelenskyy" and int(row["span_id"]) > 0
    assert main(["export", str(project), "-o", str(tmp_path / "b.jsonl"), "--format", "jsonl", "--suggestions"]) == 0
    assert "Zelenskyy" in (tmp_path / "b.jsonl").read_text(encoding="utf-8")


def test_a_spacy_pipeline_adds_its_entities_mapped_to_tags(project, tmp_path):
    spacy = pytest.importorskip("spacy")  # the test extra installs it; only `pip install newsmark` lacks it
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "GPE", "pattern": "Zelenskyy"}, {"label": "PERSON", "pattern": "Officials"}])
    nlp.to_disk(tmp_path / "model")
    out = tmp_path / "s.csv"
    assert main(["suggest", str(project), "-o", str(out), "--model", str(tmp_path / "model"), "--tag", "location"]) == 0
    got = rows(out)
    assert [(r["text"], r["suggester"].startswith("spacy:")) for r in got if r["suggester"].startswith("spacy:")] == [("Zelenskyy", True)]


def test_a_missing_spacy_pipeline_is_one_line(project, tmp_path, capsys):
    assert main(["suggest", str(project), "-o", str(tmp_path / "s.csv"), "--model", str(tmp_path / "nowhere")]) == 1
    err = capsys.readouterr().err
    assert "cannot load the spaCy pipeline" in err and len(err.strip().splitlines()) == 1


def test_the_projects_team_rules_join_the_suggesters(project, tmp_path):
    with Project.open(project) as p:
        p.set_rule_text("gazetteer", "Zelenskyy\tstop\nborder\tarea\n")
        p.set_rule_text("patterns", '{"label": "claim", "pattern": "troops had crossed the border"}\n')
    out = tmp_path / "s.csv"
    assert main(["suggest", str(project), "-o", str(out)]) == 0
    got = {(r["tag"], r["text"], r["suggester"]) for r in rows(out)}
    assert ("claim", "troops had crossed the border", "patterns") in got
    assert any(t == "location" and x == "border" for t, x, _ in got)  # the team's own place name


def test_a_stop_line_silences_a_built_in_place(tmp_path):
    path = tmp_path / "p.newsmark"
    (tmp_path / "a.txt").write_text("Troops moved from Kyiv to Kharkiv on Monday.\n", encoding="utf-8")
    assert main(["add", str(path), str(tmp_path / "a.txt")]) == 0
    out = tmp_path / "s.csv"
    assert main(["suggest", str(path), "-o", str(out), "--tag", "location"]) == 0
    assert {r["text"] for r in rows(out)} == {"Kyiv", "Kharkiv"}
    kyiv = next(r for r in rows(out) if r["text"] == "Kyiv")
    # A new project's location tag holds the GeoNames id and country code, and the suggester fills them.
    assert (kyiv["attr_place"], kyiv["attr_country"], kyiv["attr_geonames_id"]) == ("Kyiv", "UA", "703448")
    with Project.open(path) as p:
        p.set_rule_text("gazetteer", "Kyiv\tstop\n")
    assert main(["suggest", str(path), "-o", str(out), "--tag", "location"]) == 0
    assert {r["text"] for r in rows(out)} == {"Kharkiv"}


def test_a_broken_team_rule_file_is_one_line_naming_its_line(project, capsys):
    with Project.open(project) as p:
        p.set_rule_text("patterns", '{"label": "claim", "pattern": "x"}\n{"label": \n')
    assert main(["suggest", str(project)]) == 1
    err = capsys.readouterr().err
    assert "line 2" in err and len(err.strip().splitlines()) == 1


def test_demonyms_are_places_only_when_asked(tmp_path):
    path = tmp_path / "p.newsmark"
    (tmp_path / "a.txt").write_text("Russian troops shelled the town on Monday.\n", encoding="utf-8")
    assert main(["add", str(path), str(tmp_path / "a.txt")]) == 0
    out = tmp_path / "s.csv"
    assert main(["suggest", str(path), "-o", str(out), "--tag", "location"]) == 0
    assert rows(out) == []
    assert main(["suggest", str(path), "-o", str(out), "--tag", "location", "--demonyms"]) == 0
    assert [(r["text"], r["attr_place"]) for r in rows(out)] == [("Russian", "Russia")]
