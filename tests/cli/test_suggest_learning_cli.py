"""`newsmark suggest --learn` holds back what the project's decisions reject; without it, and in `evaluate`, the rules alone."""

from __future__ import annotations

import csv

import pytest
from newsmark.cli import main
from newsmark.core.storage import Project
from tests.core.suggest.learningcase import NEW, decide, make_project


@pytest.fixture
def decided(tmp_path, capsys):
    path = make_project(tmp_path)
    with Project.open(path) as p:
        first = [str(d.id) for d in p.documents()[:-1]]
    assert main(["suggest", str(path), *[a for i in first for a in ("--document", i)]]) == 0
    with Project.open(path) as p:
        decide(p)
    capsys.readouterr()
    return path


def located(path, new_id):
    with Project.open(path) as p:
        names = {t.id: t.name for t in p.tags()}
        return sorted((NEW[s.start:s.end], s.start) for s in p.suggestions(new_id) if names[s.tag_id] == "location")


def test_suggest_learn_holds_back_what_was_rejected_and_says_so(decided, capsys):
    assert main(["suggest", str(decided), "--document", "9", "--tag", "location", "--learn"]) == 0
    assert "2 held back by what you rejected before" in capsys.readouterr().out
    assert located(decided, 9) == [("Croatia", NEW.index("Croatia", 20))]


@pytest.mark.parametrize("flags", [[], ["--no-learn"], ["--learn", "--no-learn"]])
def test_by_default_and_with_no_learn_suggest_proposes_what_the_rules_find(decided, capsys, flags):
    assert main(["suggest", str(decided), "--document", "9", "--tag", "location", *flags]) == 0
    assert "held back" not in capsys.readouterr().out
    assert located(decided, 9) == [("Croatia", 0), ("Croatia", NEW.index("Croatia", 20)), ("Slovakia", 13)]


def test_evaluate_scores_the_plain_rules_unless_asked_to_learn(decided, tmp_path, capsys):
    gold = tmp_path / "gold.csv"
    with open(gold, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["document_id", "tag", "start", "end", "text"])
        start = NEW.index("Croatia", 20)
        w.writerow([9, "location", start, start + 7, "Croatia"])
    found = {}
    for flags in ([], ["--learn"]):
        assert main(["evaluate", str(decided), str(gold), "--suggestions", "--tag", "location", *flags]) == 0
        found[bool(flags)] = capsys.readouterr().out
    assert "location         1      3" in found[False]
    assert "location         1      1" in found[True]
    assert main(["evaluate", str(decided), str(gold), "--learn"]) == 1
    assert "--learn goes with --suggestions" in capsys.readouterr().err
