"""``newsmark merge`` carries done marks: the source's own, or its one analyst's for documents finished before marks."""

from __future__ import annotations

import sqlite3

from newsmark.cli import main
from newsmark.core.merge import merge_into
from newsmark.core.review.agreement import project_agreement
from newsmark.core.storage import Project

from tests.core.test_storage import old_project

SHARED = "Kyiv said so. Kursk too.\n"


def _marks(path):
    with Project.open(path, readonly=True) as p:
        titles = {d.id: d.title for d in p.documents()}
        return sorted((titles[m.document_id], m.annotator) for m in p.done_marks())


def test_a_document_ana_finished_empty_reaches_the_team_project_and_agreement_compares_it(tmp_path, capsys):
    ana, ben, team = tmp_path / "ana.newsmark", tmp_path / "ben.newsmark", tmp_path / "team.newsmark"
    with Project.open(ana, create=True) as p:
        doc, _ = p.add_document("Shared", SHARED)
        p.set_status(doc.id, "done", "ana")  # read, and nothing to mark
        other, _ = p.add_document("Other", "Nothing here either.\n")
        p.set_status(other.id, "reviewed", "ana")
    with Project.open(ben, create=True) as p:
        doc, _ = p.add_document("Shared", SHARED)
        p.add_span(doc.id, p.tags()[3].id, 0, 4, annotator="ben")
        p.set_status(doc.id, "done", "ben")
    assert main(["merge", str(team), str(ana), str(ben)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "ana.newsmark: 0 spans added, 0 already there; 2 documents added, 0 matched; 0 tags added; "
        "2 done marks added, 0 already there",
        "ben.newsmark: 1 spans added, 0 already there; 0 documents added, 1 matched; 0 tags added; "
        "1 done marks added, 0 already there",
    ]
    assert _marks(team) == [("Other", "ana"), ("Shared", "ana"), ("Shared", "ben")]
    assert main(["merge", str(team), str(ana), str(ben)]) == 0  # again: nothing new, the marks kept
    assert "0 done marks added, 2 already there" in capsys.readouterr().out
    assert _marks(team) == [("Other", "ana"), ("Shared", "ana"), ("Shared", "ben")]
    with Project.open(team, readonly=True) as p:
        _, report = project_agreement(p)
    assert report.pair("ana", "ben").documents == 1 and report.pair("ana", "ben").f1_exact == 0.0


def test_an_older_source_gives_its_one_analysts_mark_to_its_finished_documents_only(tmp_path):
    source, team = tmp_path / "v10.newsmark", tmp_path / "team.newsmark"
    documents = (
        "INSERT INTO documents (id, title, text, chars, sha256, added_at, status) VALUES (?, ?, ?, 9, ?, 't', ?)",
        [(1, "Done", "Done one.", "a", "done"), (2, "Open", "Open one.", "b", "in_progress"),
         (3, "Reviewed", "Rev. one.", "c", "reviewed")],
    )
    span = 'INSERT INTO spans (document_id, tag_id, start, "end", annotator, created_at, updated_at) VALUES (2, 1, 0, 4, "cy", "t", "t")'
    old_project(source, 10, documents, span).close()
    with Project.open(team, create=True) as target, Project.open(source, readonly=True) as p:
        assert merge_into(target, p).marks_added == 2
    assert _marks(team) == [("Done", "cy"), ("Reviewed", "cy")]
    assert sqlite3.connect(source).execute("PRAGMA user_version").fetchone()[0] == 10  # read as it is


def test_a_source_of_several_analysts_gives_no_guessed_marks(tmp_path):
    source, team = tmp_path / "merged.newsmark", tmp_path / "team.newsmark"
    with Project.open(source, create=True) as p:
        doc, _ = p.add_document("Done", "Done one.")
        for name in ("ana", "ben"):
            p.add_span(doc.id, p.tags()[0].id, 0, 4, annotator=name)
        p.update_document(doc.id, status="done")  # finished, but by whom?
    with Project.open(team, create=True) as target, Project.open(source, readonly=True) as p:
        report = merge_into(target, p)
    assert (report.marks_added, report.marks_skipped) == (0, 0) and _marks(team) == []
