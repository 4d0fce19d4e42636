"""The add pipeline, the export and load checks and ``is_project_file`` give one answer on the tricky cases."""

from __future__ import annotations

import os

import pytest

from newsmark.core import projectfiles
from newsmark.core.articles.adding import add_articles
from newsmark.core.formats import safetarget
from newsmark.core.storage import Project

SQLITE = b"SQLite format 3\x00" + bytes(200)  # a database, not ours (no Newsmark application id)
# name -> (a project's file?, the open project's own?)
CASES = {
    "p.newsmark-wal": (True, True),
    "p.newsmark-shm": (True, True),
    "p.newsmark-journal": (True, True),
    "p.newsmark.lock": (True, True),
    "other.newsmark-journal": (True, False),
    "notes.newsmark": (True, False),  # not SQLite at all, but named as a project
    "plain.db": (False, False),
    "link-to-p.txt": (True, True),
    "link-to-other.txt": (True, False),
    "link-to-other-journal.txt": (True, False),
    "folder-link/p.newsmark-wal": (True, True),
    "article.txt": (False, False),
}


class Sink:
    """Takes every article, knows none."""

    def find(self, sha256):
        return None

    def add(self, imported):
        return 1


@pytest.fixture
def folder(tmp_path):
    with Project.open(tmp_path / "other.newsmark", create=True):
        pass
    (tmp_path / "other.newsmark-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + bytes(100))
    (tmp_path / "notes.newsmark").write_text("Not a database, though named as a project.\n", encoding="utf-8")
    (tmp_path / "plain.db").write_bytes(SQLITE)
    (tmp_path / "plain.db-wal").write_bytes(bytes(64))
    (tmp_path / "article.txt").write_text("Kyiv\n\nTroops moved.\n", encoding="utf-8")
    (tmp_path / "link-to-p.txt").symlink_to(tmp_path / "p.newsmark")
    (tmp_path / "link-to-other.txt").symlink_to(tmp_path / "other.newsmark")
    (tmp_path / "link-to-other-journal.txt").symlink_to(tmp_path / "other.newsmark-journal")
    (tmp_path / "folder-link").symlink_to(tmp_path, target_is_directory=True)
    with Project.open(tmp_path / "p.newsmark", create=True) as project:
        project.add_document("Kyiv", "Troops moved.")
        yield project.path


def _answers(project, path):
    """(is_project_file, the add pipeline's refusal, export's refusal, load's refusal) for one path."""
    messages = add_articles(Sink(), [path], project=project).problems if path.exists() else []
    added_as = "own" if any("project's own file" in m for m in messages) else (
        "project" if any("is a Newsmark project file" in m for m in messages) else "")
    try:
        safetarget.check_export_target(project, path)
        exported = ""
    except safetarget.UnsafeTargetError as e:
        exported = "own" if "open project" in str(e) else "project"
    try:
        safetarget.check_load_source(project, path)
        loaded = ""
    except safetarget.UnsafeTargetError:
        loaded = "own"
    return projectfiles.is_project_file(path), added_as, exported, loaded


@pytest.mark.parametrize("name", CASES)
def test_every_entry_point_agrees(folder, name):
    is_project, own = CASES[name]
    path = folder.parent / name
    found = projectfiles.project_file(path, folder)
    assert (found is not None and found.project, found is not None and found.own) == (is_project, own)
    word = "own" if own else "project" if is_project else ""
    expected_add = word if path.exists() else ""  # a missing companion is never found in a folder to add
    assert _answers(folder, path) == (is_project, expected_add, word, "own" if own else "")


def test_a_database_s_companion_is_no_project_file_but_is_never_written(folder):
    path = folder.parent / "plain.db-wal"
    assert not projectfiles.is_project_file(path)
    with pytest.raises(safetarget.UnsafeTargetError, match="belongs to the database plain.db"):
        safetarget.check_export_target(folder, path)


def test_no_answer_opens_the_open_project(folder, monkeypatch):
    opened = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda file, *a, **k: opened.append(os.fspath(file)) or real_open(file, *a, **k))
    for name in CASES:
        projectfiles.project_file(folder.parent / name, folder)
        projectfiles.is_project_file(folder.parent / name)
    assert not [p for p in opened if os.path.realpath(p).startswith(str(folder))]
