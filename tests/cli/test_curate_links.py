"""`newsmark curate --auto-merge` carries the links enough annotators drew and says how many."""

from __future__ import annotations

from newsmark import cli
from newsmark.core.storage import Project

TEXT = "Officials said 8,000 troops arrived in Kursk.\n"


def test_auto_merge_counts_and_copies_the_links(tmp_path, capsys):
    path = tmp_path / "team.newsmark"
    with Project.open(path, create=True) as p:
        p.add_document("Kursk", TEXT)
        for who in ("ana", "ben"):
            figure = p.add_span(1, 2, 15, 20, annotator=who)
            place = p.add_span(1, 4, 39, 44, annotator=who)
            p.add_link(1, 2, figure.id, place.id, annotator=who)
    assert cli.main(["curate", str(path), "--auto-merge", "--dry-run"]) == 0
    assert capsys.readouterr().out == "1\tKursk\t2 spans and 1 link to gold\nwould copy 2 spans and 1 link into gold\n"
    assert cli.main(["curate", str(path), "--auto-merge"]) == 0
    assert capsys.readouterr().out.endswith("copied 2 spans and 1 link into gold\n")
    with Project.open(path, readonly=True) as p:
        gold = {s.id for s in p.spans(1) if s.annotator == "gold"}
        assert [(k.type_id, k.annotator) for k in p.links(1) if k.source_id in gold] == [(2, "gold")]
    assert cli.main(["curate", str(path), "--auto-merge"]) == 0
    assert capsys.readouterr().out.endswith("copied 0 spans into gold\n")
