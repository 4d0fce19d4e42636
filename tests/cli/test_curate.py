"""`newsmark curate`: each document's open disagreements, and auto-merge into the gold set headless."""

from __future__ import annotations

from newsmark import cli
from newsmark.core.storage import Project

TEXT = "Officials said 8,000 troops arrived in Kursk.\n"


def _team(tmp_path):
    path = tmp_path / "team.newsmark"
    with Project.open(path, create=True) as p:
        p.add_document("Kursk", TEXT)
        for who in ("ana", "ben", "cy"):
            p.add_span(1, 4, 39, 44, annotator=who)  # all three: Kursk
        p.add_span(1, 2, 15, 20, annotator="ana")
        p.add_span(1, 2, 15, 20, annotator="ben")  # two of three: 8,000
    return path


def test_curate_lists_open_disagreements_and_auto_merges_headless(tmp_path, capsys):
    path = _team(tmp_path)
    assert cli.main(["curate", str(path)]) == 0
    assert capsys.readouterr().out == "1\tKursk\tana,ben,cy\t1 of 1 open\t0 gold spans\n"
    assert cli.main(["curate", str(path), "--auto-merge", "--at-least", "2", "--dry-run"]) == 0
    assert capsys.readouterr().out.endswith("would copy 2 spans into gold\n")
    with Project.open(path, readonly=True) as p:
        assert [s.annotator for s in p.spans(1)].count("gold") == 0
    assert cli.main(["curate", str(path), "--auto-merge", "--curator", "lead"]) == 0
    assert capsys.readouterr().out == "1\tKursk\t1 span to lead\ncopied 1 span into lead\n"
    with Project.open(path, readonly=True) as p:
        assert [(s.start, s.end) for s in p.spans(1) if s.annotator == "lead"] == [(39, 44)]
    assert cli.main(["curate", str(path), "--at-least", "0"]) == 1
    assert capsys.readouterr().err == "newsmark: --at-least must be 1 or more\n"
    assert cli.main(["curate", str(path), "--document", "7"]) == 1
    assert "no document 7" in capsys.readouterr().err
