"""A nested quote and the quote around it through `suggest -o`, `export --suggestions` (every format) and `evaluate`."""

from __future__ import annotations

import json

import pytest

from newsmark.cli import main
from newsmark.core.storage import Project
from tests.cli.test_suggest_cli import gold_file, rows

TEXT = ("The council met on Monday.\n\n"
        "\u201cI stood up and said, \u2018We will not close this library,\u2019 and the room went quiet,\u201d "
        "Ana Ruiz said.\n")
OUTER, OUTER_END = TEXT.index("I stood"), TEXT.index(",\u201d")
INNER, INNER_END = TEXT.index("We will"), TEXT.index(",\u2019")


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.newsmark"
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert main(["add", str(path), str(tmp_path / "a.txt")]) == 0
    return path


def test_suggest_to_a_csv_writes_both_quotes(project, tmp_path):
    out = tmp_path / "s.csv"
    assert main(["suggest", str(project), "-o", str(out), "--tag", "quote"]) == 0
    got = [(int(r["start"]), int(r["end"]), r["attr_speaker"]) for r in rows(out)]
    assert got == [(OUTER, OUTER_END, "Ana Ruiz"), (INNER, INNER_END, "Ana Ruiz")]


@pytest.mark.parametrize("fmt, suffix", [("csv", "csv"), ("jsonl", "jsonl"), ("brat", "zip"), ("labelstudio", "json"),
                                         ("xlsx", "xlsx")])
def test_export_with_suggestions_keeps_both_overlapping_quotes(project, tmp_path, fmt, suffix):
    assert main(["suggest", str(project), "--tag", "quote"]) == 0
    out = tmp_path / f"both.{suffix}"
    assert main(["export", str(project), "-o", str(out), "--format", fmt, "--suggestions"]) == 0
    if fmt == "csv":
        assert [(int(r["start"]), int(r["end"])) for r in rows(out)] == [(OUTER, OUTER_END), (INNER, INNER_END)]
    # Every format loads back into a fresh copy as two overlapping quote spans.
    copy = tmp_path / "copy.newsmark"
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "a.txt").write_text(TEXT, encoding="utf-8")
    assert main(["add", str(copy), str(tmp_path / "b" / "a.txt")]) == 0
    assert main(["load", str(copy), str(out), "--annotator", "ana"]) == 0
    with Project.open(copy, readonly=True) as p:
        assert sorted((s.start, s.end) for s in p.spans(1)) == [(OUTER, OUTER_END), (INNER, INNER_END)]


def test_evaluate_matches_each_quote_to_its_own_gold(project, tmp_path, capsys):
    gold = gold_file(tmp_path, project, [("quote", OUTER, OUTER_END, {"speaker": "Ana Ruiz"}),
                                         ("quote", INNER, INNER_END, {"speaker": "Ana Ruiz"})])
    assert main(["evaluate", str(project), str(gold), "--suggestions", "--json", "--tag", "quote"]) == 0
    quote = next(t for t in json.loads(capsys.readouterr().out)["tags"] if t["tag"] == "quote")
    assert quote["exact"]["matched"] == 2 and quote["predicted"] == 2
    assert quote["attributes"]["speaker"]["right"] == 2

