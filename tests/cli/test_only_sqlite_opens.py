"""Only SQLite opens a project file: no command opens, removes or renames it (or its -wal, -shm, -journal) itself.

SQLite's own opens are C calls and raise no audit event; every one Python makes does
(tests/auditopens.py), so the events seen while every command runs must name no project file.
"""

from __future__ import annotations

from newsmark import cli
from newsmark.core.storage import Project
from tests.auditopens import of_project, recording

ARTICLE = ('Officials in Kyiv said 8,000 troops had moved. "We will hold the bridge," Mayor Vitali Klitschko '
           'said.\n\nThe ministry said that the port would reopen, according to the governor of Odesa.\n')


def test_no_command_opens_a_project_file_behind_sqlite(tmp_path):
    article = tmp_path / "kyiv.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    path, other, merged = tmp_path / "a.newsmark", tmp_path / "b.newsmark", tmp_path / "m.newsmark"
    out = tmp_path / "out"
    out.mkdir()
    with recording() as touched:
        _run_every_command(article, path, other, merged, out)
    assert [p.name for p in out.iterdir()]  # the exports were written (opened by Python, beside the projects)
    assert any(p.endswith("spans.csv") for _, p in touched)  # the hook saw Python's own opens
    for project in (path, other, merged):
        assert of_project(touched, project) == [], project


def _run_every_command(article, path, other, merged, out):
    for project in (path, other):
        assert cli.main(["add", str(project), str(article)]) == 0
        assert cli.main(["suggest", str(project)]) == 0  # stored for review: a write
        with Project.open(project) as p:  # an analyst's span, as the window adds it
            p.add_span(1, 2, ARTICLE.index("8,000"), ARTICLE.index("8,000") + 5)
    steps = [
        ["list", str(path)],
        ["links", str(path)],
        ["text", str(path), "1"],
        ["status", str(path), "1", "done", "--annotator", "ana"],
        ["export", str(path), "-o", str(out / "spans.csv")],
        ["export", str(path), "--format", "jsonl", "-o", str(out / "spans.jsonl")],
        ["export", str(path), "--format", "brat", "-o", str(out / "brat")],
        ["export", str(path), "--suggestions", "-o", str(out / "all.csv")],
        ["suggest", str(path), "-o", str(out / "suggested.csv")],
        ["load", str(other), str(out / "spans.csv")],
        ["evaluate", str(path), str(out / "spans.csv")],
        ["merge", str(merged), str(path), str(other)],
        ["curate", str(merged)],
        ["agreement", str(merged)],
        ["report", str(path), "-o", str(out / "report.html")],
        ["split", str(path)],
    ]
    for argv in steps:
        assert cli.main(argv) == 0, argv


def test_the_check_itself_sees_python_open_and_remove_a_project_file(tmp_path):
    """The audit hook is live: a plain open() of a project's -wal and a removal of its -shm are caught."""
    path = tmp_path / "p.newsmark"
    with Project.open(path, create=True) as project:
        project.add_document("Kyiv", "Kyiv families fled.")
        with recording() as touched:
            with open(f"{path}-wal", "rb"):
                pass
    with recording() as removed:
        (tmp_path / "p.newsmark-shm").unlink(missing_ok=True)
    assert of_project(touched, path) == [("open", f"{path}-wal")]
    assert of_project(removed, path) == [("os.remove", f"{path}-shm")]
