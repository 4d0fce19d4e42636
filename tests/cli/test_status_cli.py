"""`newsmark status`: a document's status from the command line, with the analyst's done mark, in one transaction."""

from __future__ import annotations

import pytest
from newsmark import cli
from newsmark.core.storage import Project

from tests.core.transactions import ONE, count_transactions


@pytest.fixture
def project(tmp_path, capsys):
    """A project of two articles, closed again."""
    paths = []
    for name, text in (("kyiv.txt", "The mayor said 3 bridges closed.\n"), ("lima.txt", "Rain fell on Lima.\n")):
        paths.append(tmp_path / name)
        paths[-1].write_text(text, encoding="utf-8")
    path = tmp_path / "p.newsmark"
    assert cli.main(["add", str(path), *map(str, paths)]) == 0
    capsys.readouterr()
    return path


def _marks(path):
    with Project.open(path, readonly=True) as p:
        return [(m.document_id, m.annotator) for m in p.done_marks()], [d.status for d in p.documents()]


def test_done_records_the_named_analysts_mark_and_todo_takes_only_theirs_away(project, capsys):
    assert cli.main(["status", str(project), "1", "done", "--annotator", "Ana"]) == 0
    assert cli.main(["status", str(project), "1", "reviewed", "--annotator", "Bo"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "1\tThe mayor said 3 bridges closed.\treviewed\tdone by: Ana, Bo"
    assert _marks(project) == ([(1, "Ana"), (1, "Bo")], ["reviewed", "todo"])
    assert cli.main(["status", str(project), "1", "in_progress", "--annotator", "Ana"]) == 0
    assert _marks(project) == ([(1, "Bo")], ["in_progress", "todo"])
    assert cli.main(["status", str(project), "1", "todo", "--annotator", "Bo"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "1\tThe mayor said 3 bridges closed.\ttodo\tdone by: nobody"
    assert _marks(project) == ([], ["todo", "todo"])


def test_the_default_analyst_is_newsmark_annotator_as_for_load(project, monkeypatch):
    monkeypatch.setenv("NEWSMARK_ANNOTATOR", "Dana Reyes")
    assert cli.main(["status", str(project), "2", "done"]) == 0
    assert _marks(project) == ([(2, "Dana Reyes")], ["todo", "done"])


def test_hyphen_and_case_are_forgiven(project):
    assert cli.main(["status", str(project), "2", "In-Progress", "--annotator", "Ana"]) == 0
    assert _marks(project) == ([], ["todo", "in_progress"])


def test_status_is_one_transaction(project, monkeypatch):
    counted = []
    real_set_status = Project.set_status

    def counting(self, *args):
        result = []
        counted.append(count_transactions(self, lambda: result.append(real_set_status(self, *args))))
        return result[0]

    monkeypatch.setattr(Project, "set_status", counting)
    assert cli.main(["status", str(project), "1", "done", "--annotator", "Ana"]) == 0
    assert counted == [ONE]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["1", "finished"], "unknown status 'finished'; use todo, in_progress, done, reviewed"),
        (["9", "done"], "no document 9"),
        (["1", "done", "--annotator", "  "], "no annotator name"),
    ],
)
def test_a_mistake_is_one_line_and_changes_nothing(project, capsys, args, said):
    assert cli.main(["status", str(project), *args]) == 1
    err = capsys.readouterr().err
    assert err.startswith("newsmark: ") and err.count("\n") == 1 and said in err, err
    assert _marks(project) == ([], ["todo", "todo"])


def test_a_missing_project_is_one_line(tmp_path, capsys):
    assert cli.main(["status", str(tmp_path / "none.newsmark"), "1", "done", "--annotator", "Ana"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and not (tmp_path / "none.newsmark").exists()


def test_list_shows_status_and_who_marked_it_done(project, capsys):
    assert cli.main(["status", str(project), "2", "done", "--annotator", "Ana"]) == 0
    assert cli.main(["status", str(project), "2", "done", "--annotator", "Bo"]) == 0
    capsys.readouterr()
    assert cli.main(["list", str(project)]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()]
    assert rows[0][-2:] == ["status", "done_by"]
    assert [r[-2:] for r in rows[1:]] == [["todo", ""], ["done", "Ana,Bo"]]


def test_marks_set_from_the_command_line_travel_through_export_and_load(project, tmp_path, capsys):
    assert cli.main(["status", str(project), "1", "done", "--annotator", "Ana"]) == 0
    assert cli.main(["status", str(project), "2", "reviewed", "--annotator", "Bo"]) == 0
    capsys.readouterr()
    out = tmp_path / "set.xlsx"
    assert cli.main(["export", str(project), "-o", str(out), "--format", "xlsx", "--no-card"]) == 0
    assert capsys.readouterr().out == f"exported 0 spans, 2 done marks to {out}\n"
    copy = tmp_path / "copy.newsmark"
    assert cli.main(["add", str(copy), str(tmp_path / "kyiv.txt"), str(tmp_path / "lima.txt")]) == 0
    capsys.readouterr()
    assert cli.main(["load", str(copy), str(out)]) == 0
    assert capsys.readouterr().out == "added 0 spans (0 new tags), 2 done marks; skipped 0 already present\n"
    assert _marks(copy) == ([(1, "Ana"), (2, "Bo")], ["todo", "todo"])
    assert cli.main(["export", str(project), "-o", str(tmp_path / "brat"), "--format", "brat", "--no-card"]) == 0
    assert "warning: the brat format has no place for: done marks (2)" in capsys.readouterr().err
