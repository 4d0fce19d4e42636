"""``newsmark links``: every link, tab-separated, from a read-only open; errors are one line."""

from __future__ import annotations

import sqlite3

from newsmark.cli import main
from newsmark.core.storage import Project

from tests.core.test_storage import old_project

TEXT = "Officials said 8,000 troops arrived in Kursk."
HEADER = ("link_id\tdocument_id\ttype\tsource_span_id\ttarget_span_id\tsource_start\tsource_end\ttarget_start\t"
          "target_end\tnote\tannotator\tcreated_at")


def _project(tmp_path):
    path = tmp_path / "p.newsmark"
    with Project.open(path, create=True) as p:
        tags = {t.name: t.id for t in p.tags()}
        types = {t.name: t.id for t in p.link_types()}
        first, _ = p.add_document("One", TEXT)
        second, _ = p.add_document("Two", "Kursk, again.")
        claim = p.add_span(first.id, tags["claim"], 15, 44)
        figure = p.add_span(first.id, tags["figure"], 15, 20)
        place = p.add_span(first.id, tags["location"], 39, 44)
        evidence = p.add_link(first.id, types["evidence"], figure.id, claim.id, note="the\tcount\nhere", annotator="ana")
        about = p.add_link(first.id, types["about"], claim.id, place.id, annotator="bo")
        a = p.add_span(second.id, tags["location"], 0, 5)
        b = p.add_span(second.id, tags["claim"], 0, 12)
        same = p.add_link(second.id, types["same_as"], a.id, b.id, annotator="ana")
    return path, (evidence, about, same)


def test_links_lists_every_link_with_its_spans_offsets(tmp_path, capsys):
    path, (evidence, about, same) = _project(tmp_path)
    assert main(["links", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        HEADER,
        f"{evidence.id}\t1\tevidence\t2\t1\t15\t20\t15\t44\tthe count here\tana\t{evidence.created_at}",
        f"{about.id}\t1\tabout\t1\t3\t15\t44\t39\t44\t\tbo\t{about.created_at}",
        f"{same.id}\t2\tsame_as\t4\t5\t0\t5\t0\t12\t\tana\t{same.created_at}",
    ]
    assert not (tmp_path / "p.newsmark-wal").exists()  # read-only: nothing written beside the file


def test_links_of_one_document(tmp_path, capsys):
    path, (_, _, same) = _project(tmp_path)
    assert main(["links", str(path), "--document", "2"]) == 0
    assert capsys.readouterr().out.splitlines() == [HEADER, f"{same.id}\t2\tsame_as\t4\t5\t0\t5\t0\t12\t\tana\t{same.created_at}"]


def test_links_errors_are_one_line(tmp_path, capsys):
    path, _ = _project(tmp_path)
    assert main(["links", str(path), "--document", "9"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no document 9" in err
    assert main(["links", str(tmp_path / "missing.newsmark")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no project file" in err and "Traceback" not in err


def test_links_of_a_format_5_project_is_just_the_header_and_leaves_it_as_it_was(tmp_path, capsys):
    path = tmp_path / "old.newsmark"
    old_project(path, 5, "INSERT INTO documents (id, title, text, chars, source_path, sha256, added_at) "
                         "VALUES (1, 'Old', 'Old text.', 9, '', 'x', 't')").close()
    assert main(["links", str(path)]) == 0
    assert capsys.readouterr().out.splitlines() == [HEADER]
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 5
