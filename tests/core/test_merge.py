"""Merging analysts' projects: documents by text, tags by name, spans with their annotator, no duplicates."""

from __future__ import annotations

import sqlite3

import pytest

from newsmark.cli import main
from newsmark.core.storage import Project

SHARED = "Officials said 8,000 troops moved to 👨‍👩‍👧 Kursk.\n"


def analyst(tmp_path, name, extra_tag=None):
    path = tmp_path / f"{name}.newsmark"
    with Project.open(path, create=True) as p:
        doc, _ = p.add_document("Shared", SHARED)
        p.add_span(doc.id, p.tags()[1].id, 15, 20, annotator=name, note=f"{name}'s note")  # 8,000
        p.add_span(doc.id, p.tags()[0].id, 0, 14, annotator="common")  # the same span in both projects
        own, _ = p.add_document(f"{name}'s own", f"Only {name} read this.\n")
        if extra_tag:
            tag = p.add_tag(extra_tag, "#000000", "5")
            p.add_span(own.id, tag.id, 0, 4, annotator=name)
    return path


def test_merge_keeps_annotators_and_skips_identical_spans(tmp_path, capsys):
    ana, ben = analyst(tmp_path, "ana"), analyst(tmp_path, "ben", extra_tag="rumour")
    out = tmp_path / "team.newsmark"
    assert main(["merge", str(out), str(ana), str(ben)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "ana.newsmark: 2 spans added, 0 already there; 2 documents added, 0 matched; 0 tags added",
        "ben.newsmark: 2 spans added, 1 already there; 1 documents added, 1 matched; 1 tags added",
    ]
    conn = sqlite3.connect(out)
    spans = conn.execute(
        "SELECT d.title, t.name, s.start, s.\"end\", s.annotator, s.note FROM spans s "
        "JOIN documents d ON d.id = s.document_id JOIN tags t ON t.id = s.tag_id ORDER BY s.id"
    ).fetchall()
    tags = conn.execute("SELECT name, key FROM tags ORDER BY position").fetchall()
    conn.close()
    assert spans == [
        ("Shared", "claim", 0, 14, "common", ""), ("Shared", "figure", 15, 20, "ana", "ana's note"),
        ("Shared", "figure", 15, 20, "ben", "ben's note"), ("ben's own", "rumour", 0, 4, "ben", ""),
    ]
    assert tags[-1] == ("rumour", "5")
    assert main(["merge", str(out), str(ana)]) == 0  # merging again adds nothing
    assert capsys.readouterr().out.startswith("ana.newsmark: 0 spans added, 2 already there; 0 documents added, 2 matched")


def test_merge_refuses_bad_inputs_before_writing_anything(tmp_path, capsys):
    ana = analyst(tmp_path, "ana")
    assert main(["merge", str(ana), str(ana)]) == 1
    assert "among the projects to merge" in capsys.readouterr().err
    out = tmp_path / "team.newsmark"
    assert main(["merge", str(out), str(ana), str(tmp_path / "missing.newsmark")]) == 1
    assert "no project file" in capsys.readouterr().err and not out.exists()


def test_a_merge_that_fails_midway_leaves_the_target_as_it_was(tmp_path, monkeypatch):
    from newsmark.core import merge

    ana = analyst(tmp_path, "ana")
    out = tmp_path / "team.newsmark"
    Project.open(out, create=True).close()

    def broken(*_args):
        raise RuntimeError("disk trouble")

    with Project.open(out) as target, Project.open(ana, readonly=True) as source:
        monkeypatch.setattr(target, "add_spans", broken)
        with pytest.raises(RuntimeError):
            merge.merge_into(target, source)
        assert target.documents() == [] and len(target.tags()) == 4


def test_merge_carries_a_documents_metadata_and_origin(tmp_path):
    source, out = tmp_path / "ana.newsmark", tmp_path / "team.newsmark"
    with Project.open(source, create=True) as p:
        doc, _ = p.add_document("Page", SHARED, "/in/page.html", author="A", url="https://e.org", site="E", origin='{"file": "page.html"}')
        p.update_document(doc.id, status="done")
    assert main(["merge", str(out), str(source)]) == 0
    with Project.open(out, readonly=True) as p:
        merged = p.document(1)
    assert (merged.author, merged.url, merged.site, merged.origin, merged.status) == (
        "A", "https://e.org", "E", '{"file": "page.html"}', "done"
    )
