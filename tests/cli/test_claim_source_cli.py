"""`newsmark suggest` writes and stores each claim's source in the claim tag's ``source`` attribute."""

from __future__ import annotations

import csv
import json

from newsmark.cli import main
from newsmark.core.storage import Project

TEXT = ("Harbour wall gives way\n\n"
        "Harbour engineer Peter Vasquez inspected the sea wall on Sunday. "
        "Vasquez said that the wall had cracked in three places. "
        "Damage ran to about $40 million, according to the Coastal Insurance Association.\n")


def _project(tmp_path):
    path = tmp_path / "p.newsmark"
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    assert main(["add", str(path), str(tmp_path / "a.txt")]) == 0
    return path


def test_suggest_to_a_csv_gives_each_claim_its_source(tmp_path):
    out = tmp_path / "s.csv"
    assert main(["suggest", str(_project(tmp_path)), "-o", str(out), "--tag", "claim"]) == 0
    with open(out, encoding="utf-8-sig", newline="") as f:
        got = [(r["text"], r["attr_source"], r["attr_status"]) for r in csv.DictReader(f)]
    assert got == [("the wall had cracked in three places", "Peter Vasquez", "unverified"),
                   ("Damage ran to about $40 million", "Coastal Insurance Association", "unverified")]


def test_stored_claim_suggestions_carry_the_source_for_review(tmp_path):
    path = _project(tmp_path)
    assert main(["suggest", str(path), "--tag", "claim"]) == 0
    with Project.open(path, readonly=True) as p:
        assert [json.loads(s.attributes)["source"] for s in p.suggestions(1)] == [
            "Peter Vasquez", "Coastal Insurance Association"]
