"""No export, in any format, writes onto the project, its companions or backups, or any other project file."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from newsmark import cli
from newsmark.core.formats import registry, safetarget
from newsmark.core.storage import Project

TEXT = "Kyiv said 8,000 troops moved.\n"
# Each unsafe target as a name in the project's folder (made by _unsafe) and the words the refusal uses.
UNSAFE = {
    "p.newsmark": "is the open project",
    "p.newsmark-wal": "belongs to the open project (its wal file)",
    "p.newsmark-shm": "belongs to the open project (its shm file)",
    "p.newsmark-journal": "belongs to the open project (its journal file)",
    "p.newsmark.lock": "belongs to the open project (its lock file)",
    "p.newsmark.v1.bak": "is a backup of the open project",
    "hard-link.csv": "is the open project",
    "sym-link.csv": "is the open project",
    "other.newsmark": "is a Newsmark project",
    "renamed-project.csv": "is a Newsmark project",
    "other.newsmark-wal": "belongs to the database other.newsmark (its wal file)",
    "other.newsmark.v2.bak": "is the name of a project's backup",
}


@pytest.fixture
def project(tmp_path) -> Path:
    path = tmp_path / "p.newsmark"
    with Project.open(path, create=True) as p:
        p.add_span(p.add_document("Kyiv", TEXT)[0].id, 1, 0, 4)
    for name in ("other.newsmark", "renamed-project.csv"):
        with Project.open(tmp_path / name, create=True):
            pass
    os.link(path, tmp_path / "hard-link.csv")
    (tmp_path / "sym-link.csv").symlink_to(path)
    shutil.copyfile(path, tmp_path / "p.newsmark.v1.bak")
    return path


def _snapshot(folder: Path) -> dict[str, tuple]:
    """Every file's identity, size, time and bytes (the projects are closed: reading them drops no lock)."""
    return {
        p.name: (p.stat().st_ino, p.stat().st_mtime_ns, p.read_bytes())
        for p in sorted(folder.iterdir()) if p.is_file() and not p.is_symlink()
    }


@pytest.mark.parametrize("target", sorted(UNSAFE))
@pytest.mark.parametrize("fmt", registry.NAMES)
def test_export_refuses_every_project_file(project, capsys, fmt, target):
    before = _snapshot(project.parent)
    code = cli.main(["export", str(project), "--format", fmt, "-o", str(project.parent / target)])
    out, err = capsys.readouterr()
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and UNSAFE[target] in err and "nothing was written" in err, err
    assert _snapshot(project.parent) == before
    assert sorted(p.name for p in project.parent.iterdir()) == sorted(before) + ["sym-link.csv"]


def test_brat_refuses_the_folder_that_holds_the_project(project, capsys):
    before = _snapshot(project.parent)
    assert cli.main(["export", str(project), "--format", "brat", "-o", str(project.parent)]) == 1
    assert "the folder that holds the project" in capsys.readouterr().err
    assert _snapshot(project.parent) == before


def test_brat_checks_every_file_it_writes(project, tmp_path, capsys):
    folder = tmp_path / "brat"
    folder.mkdir()
    with Project.open(folder / "0001-Kyiv.txt", create=True):  # a project named like the file brat would write
        pass
    before = _snapshot(folder)
    assert cli.main(["export", str(project), "--format", "brat", "-o", str(folder)]) == 1
    assert "0001-Kyiv.txt is a Newsmark project" in capsys.readouterr().err
    assert _snapshot(folder) == before


@pytest.mark.parametrize("fmt", registry.NAMES)
def test_a_safe_target_beside_the_project_is_written(project, capsys, fmt):
    pytest.importorskip("spacy") if fmt == "spacy" else None
    target = project.parent / ("brat-out" if fmt == "brat" else f"out-{fmt}")
    assert cli.main(["export", str(project), "--format", fmt, "-o", str(target)]) == 0
    assert target.exists()


def test_the_open_project_is_never_opened_by_the_check(project, monkeypatch):
    opened = []
    real_open = open
    monkeypatch.setattr("builtins.open", lambda file, *a, **k: opened.append(os.fspath(file)) or real_open(file, *a, **k))
    for name in ("hard-link.csv", "sym-link.csv", "p.newsmark", "p.newsmark-wal"):
        with pytest.raises(safetarget.UnsafeTargetError):
            safetarget.check_export_target(project, project.parent / name)
    with pytest.raises(safetarget.UnsafeTargetError):  # hard-link.csv-wal: its base is the project by another name
        safetarget.check_export_target(project, project.parent / "hard-link.csv-wal")
    assert not [p for p in opened if "p.newsmark" in p or "link" in p]


def test_stdout_appended_to_the_project_is_refused(project):
    # The stream is opened before and closed after the project, as a shell's `>>` would be.
    with open(project, "ab") as stream, Project.open(project, readonly=True) as p:
        with pytest.raises(safetarget.UnsafeTargetError, match="the output is p.newsmark"):
            safetarget.check_export_stream(p.path, stream.fileno())


@pytest.mark.parametrize("name", ["p.newsmark", "p.newsmark-wal", "hard-link.csv"])
def test_load_refuses_the_project_s_own_files_before_reading_them(project, capsys, name):
    before = _snapshot(project.parent)
    assert cli.main(["load", str(project), str(project.parent / name)]) == 1
    err = capsys.readouterr().err
    assert "not an annotation set; nothing was read" in err and err.count("\n") == 1
    assert _snapshot(project.parent) == before
