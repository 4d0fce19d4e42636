"""Opening projects: readers never write (no upgrade, no lock, no -wal/-shm left), writers refuse what they cannot write."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess

import pytest

from newsmark import cli
from newsmark.core.errors import ProjectError, ReadOnlyProjectError
from newsmark.core.storage import SCHEMA_VERSION, Project

from test_storage import old_project


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _names(folder):
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def made(tmp_path):
    """A closed project with one document and one span."""
    path = tmp_path / "p.newsmark"
    with Project.open(path, create=True) as project:
        doc, _ = project.add_document("Kyiv", "Kyiv families fled.")
        project.add_span(doc.id, 1, 0, 4)
    return path


@pytest.fixture
def frozen():
    """Make files or folders unwritable even by root (chattr +i as root, else chmod); undone at the end."""
    undo = []

    def freeze(path):
        if os.geteuid() == 0:
            done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
            if done.returncode:
                pytest.skip(f"chattr +i is not available here: {done.stderr.decode().strip()}")
            undo.append(["chattr", "-i", str(path)])
        else:
            mode = os.stat(path).st_mode
            os.chmod(path, 0o555 if path.is_dir() else 0o444)
            undo.append(lambda p=path, m=mode: os.chmod(p, m))
    yield freeze
    for step in reversed(undo):
        subprocess.run(step, check=True) if isinstance(step, list) else step()


def test_reading_a_project_nobody_has_open_leaves_nothing_beside_it(made):
    names, digest = _names(made.parent), _digest(made)
    with Project.open(made, readonly=True) as project:
        assert [d.title for d in project.documents()] == ["Kyiv"]
        assert _names(made.parent) == names  # no -wal, -shm or .lock, even while open
        assert not project.writable
    assert _names(made.parent) == names and _digest(made) == digest


def test_a_reader_sees_what_the_writer_saved_and_never_gets_in_its_way(made):
    with Project.open(made) as writer:
        writer.add_span(1, 2, 5, 13)  # in the writer's WAL only
        with Project.open(made, readonly=True) as reader:
            assert len(reader.spans(1)) == 2
        writer.add_span(1, 3, 14, 18)
    assert not os.path.exists(f"{made}-wal")  # the writer, last out, checkpointed and removed its WAL
    with Project.open(made, readonly=True) as reader:
        with Project.open(made) as writer:  # a reader takes no lock a writer would need
            writer.add_span(1, 4, 0, 4)
        with pytest.raises(ProjectError, match="changed by another Newsmark while it was read"):
            reader.close()


def test_a_reader_never_writes(made):
    with Project.open(made, readonly=True) as reader:
        with pytest.raises(ProjectError, match="cannot"):
            reader.add_span(1, 2, 5, 13)


def test_an_older_format_is_read_as_it_is_without_upgrading_or_a_backup(tmp_path, capsys):
    path = tmp_path / "v4.newsmark"
    old_project(
        path, 4,
        "INSERT INTO documents (id, title, text, chars, sha256, added_at) VALUES (7, 'Old', 'old text', 8, 'x', 't')",
        "INSERT INTO spans (document_id, tag_id, start, \"end\", created_at, updated_at) VALUES (7, 1, 0, 3, 't', 't')",
    ).close()
    names, digest = _names(tmp_path), _digest(path)
    assert cli.main(["list", str(path)]) == 0
    assert "7\tOld\t8\t1\tx" in capsys.readouterr().out
    assert cli.main(["export", str(path)]) == 0
    assert ",old," in capsys.readouterr().out
    assert _names(tmp_path) == names and _digest(path) == digest
    assert sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0] == 4 < SCHEMA_VERSION


@pytest.mark.parametrize("command", [["list"], ["text", "1"], ["export"]])
def test_a_format_too_old_to_read_says_to_open_it_in_the_app(tmp_path, capsys, command):
    path = tmp_path / "v3.newsmark"
    old_project(path, 3).close()
    names, digest = _names(tmp_path), _digest(path)
    assert cli.main([command[0], str(path), *command[1:]]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "format 3" in err and "open it in Newsmark once to upgrade it" in err
    assert _names(tmp_path) == names and _digest(path) == digest


def test_a_format_too_old_to_read_in_a_read_only_folder_says_to_copy_it_first(tmp_path, frozen, capsys):
    folder = tmp_path / "archive"
    folder.mkdir()
    path = folder / "v3.newsmark"
    old_project(path, 3).close()
    frozen(path)
    frozen(folder)
    assert cli.main(["list", str(path)]) == 1
    # Before: "open it in Newsmark once", which the app refuses there ("read-only: …"): each sent the user to the other.
    assert capsys.readouterr().err == (
        "newsmark: read-only: v3.newsmark is in format 3, which this command does not read, and it cannot be "
        "upgraded where it is: copy it to a folder you can write to, open the copy in Newsmark once to upgrade it, "
        "then try again\n"
    )
    assert sorted(os.listdir(folder)) == ["v3.newsmark"]

def test_a_project_in_a_read_only_folder_can_be_listed_and_exported(made, tmp_path, frozen, capsys):
    out = tmp_path / "out"
    out.mkdir()
    frozen(made.parent / "p.newsmark")
    frozen(made.parent)
    assert cli.main(["list", str(made)]) == 0
    assert "Kyiv" in capsys.readouterr().out
    assert cli.main(["export", str(made), "-o", str(out / "p.csv")]) == 0
    assert "exported 1 span" in capsys.readouterr().out
    with pytest.raises(ReadOnlyProjectError, match="^read-only: "):
        Project.open(made)


def test_a_read_only_project_file_is_refused_for_writing_and_leaves_no_lock(made, frozen, capsys):
    frozen(made)
    names = _names(made.parent)
    with pytest.raises(ReadOnlyProjectError, match="^read-only: p.newsmark"):
        Project.open(made)
    assert _names(made.parent) == names
    assert cli.main(["load", str(made), str(made.parent / "none.csv")]) == 1
    assert capsys.readouterr().err.startswith("newsmark: read-only: p.newsmark")
    assert cli.main(["list", str(made)]) == 0
