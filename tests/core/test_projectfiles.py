"""The guard every writer of user files asks: is this path a project file or a companion?"""

from __future__ import annotations

import os

import pytest

from newsmark.core.projectfiles import is_project_file
from newsmark.core.storage import Project


@pytest.mark.parametrize("name", [
    "p.newsmark", "p.newsmark-wal", "p.newsmark-shm", "p.newsmark-journal", "p.newsmark.lock", "p.newsmark.v4.bak",
])
def test_projects_and_their_companions_by_name_even_when_missing(tmp_path, name):
    assert is_project_file(tmp_path / name)


@pytest.mark.parametrize("name", ["p.csv", "p.newsmark.csv", "notes.txt", "wal", "p.jsonl"])
def test_other_names_are_not(tmp_path, name):
    assert not is_project_file(tmp_path / name)


def test_a_link_to_an_open_project_or_its_wal_is_one(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as project:
        os.link(project.path, tmp_path / "innocent.csv")
        os.link(f"{project.path}-wal", tmp_path / "log.txt")
        assert is_project_file(tmp_path / "innocent.csv")
        assert is_project_file(tmp_path / "log.txt")
        project.add_document("T", "text")  # still writable: nothing opened behind SQLite's back


def test_a_project_under_another_name_is_known_by_its_header(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True):
        pass
    os.rename(tmp_path / "p.newsmark", tmp_path / "team.db")
    assert is_project_file(tmp_path / "team.db")
    assert is_project_file(tmp_path / "team.db-wal")  # a companion of it, by its base
    (tmp_path / "plain.db").write_bytes(b"SQLite format 3\x00" + bytes(200))
    assert not is_project_file(tmp_path / "plain.db")
