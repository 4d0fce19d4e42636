"""Export As…, Export CSV and Load Annotation Set… in the real window refuse the project's own files and other projects."""

from __future__ import annotations

import os

import pytest
from newsmark.core.formats import registry
from newsmark.core.storage import Project
from newsmark.ui.exportdialog import ExportChoice


def _stat(path) -> tuple:
    """A file's identity, size and time: os.stat opens nothing, so the window's locks stay as they are."""
    st = os.stat(path)
    return st.st_ino, st.st_size, st.st_mtime_ns


@pytest.fixture
def other_project(tmp_path):
    path = tmp_path / "colleague.newsmark"
    with Project.open(path, create=True):
        pass
    return path


@pytest.mark.parametrize("fmt", registry.NAMES)
@pytest.mark.parametrize("target", ["p", "p-wal", "p-shm", "p.lock", "link", "other"])
def test_export_as_refuses_project_files_in_every_format(window, dialog, project_path, other_project, tmp_path, fmt, target):
    link = tmp_path / "link.json"
    os.link(project_path, link)
    path = {
        "p": project_path, "p-wal": project_path.with_name(project_path.name + "-wal"),
        "p-shm": project_path.with_name(project_path.name + "-shm"),
        "p.lock": project_path.with_name(project_path.name + ".lock"), "link": link, "other": other_project,
    }[target]
    watched = [project_path, other_project, *(p for p in project_path.parent.iterdir() if p.name.startswith("analyst"))]
    before = {p: _stat(p) for p in watched}
    dialog.answer("ask_export_options", ExportChoice(fmt, path))
    window.actions.export_set.trigger()
    ((title, message),) = dialog.errors
    assert title == "Export failed" and "nothing was written" in message and path.name in message
    assert {p: _stat(p) for p in watched} == before
    window.undo_stack.clear()


@pytest.mark.parametrize("which", ["project", "wal", "other"])
def test_export_csv_refuses_project_files(window, dialog, project_path, other_project, which):
    path = {"project": project_path, "wal": project_path.with_name(project_path.name + "-wal"), "other": other_project}[which]
    before = _stat(path)
    dialog.answer("ask_export_path", path)
    window.actions.export_csv.trigger()
    assert dialog.errors and dialog.errors[-1][0] == "Export failed" and "nothing was written" in dialog.errors[-1][1]
    assert _stat(path) == before


def test_brat_export_as_refuses_the_project_s_folder(window, dialog, project_path):
    dialog.answer("ask_export_options", ExportChoice("brat", project_path.parent))
    window.actions.export_set.trigger()
    assert "the folder that holds the project" in dialog.errors[-1][1]
    assert not list(project_path.parent.glob("*.ann"))


def test_loading_the_project_itself_is_refused_without_reading_it(window, dialog, project_path):
    before = _stat(project_path)
    dialog.answer("ask_annotation_set_path", project_path)
    window.actions.load_set.trigger()
    assert "is the open project, not an annotation set" in dialog.errors[-1][1]
    assert window.undo_stack.count() == 0 and _stat(project_path) == before
