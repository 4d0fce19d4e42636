"""File dialogs start in the user's documents folder, then in the folder last used for the same purpose, kept in the window's settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from newsmark.core.storage import Project
from newsmark.ui import dialogs, filedialogs
from newsmark.ui.mainwindow import MainWindow

# The real questions, taken before the dialog fixture replaces every ask_* with a recorder.
REAL = {name: getattr(dialogs, name) for name in dir(dialogs) if name.startswith("ask_")}


class Shown:
    """Stands in for running a file dialog: records the built QFileDialog's folder and answers with a path."""

    def __init__(self):
        self.folders: list[Path] = []
        self.providers: list[object] = []
        self.answer: list[str] = []

    def __call__(self, dialog: QFileDialog) -> list[str]:
        self.folders.append(Path(dialog.directory().absolutePath()))
        self.providers.append(dialog.iconProvider())
        dialog.deleteLater()
        return self.answer


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A home folder with a documents folder (Qt reads $HOME and the XDG user dirs at each call)."""
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(tmp_path)  # the current folder is not where any dialog should start
    return home


@pytest.fixture
def shown(monkeypatch, dialog):
    for name in ("ask_open_project", "ask_documents", "ask_document_folder", "ask_annotation_set_path",
                 "ask_tag_set_file", "ask_tag_set_save_path", "ask_export_path"):
        monkeypatch.setattr(dialogs, name, REAL[name])
    recorder = Shown()
    monkeypatch.setattr(filedialogs, "_run", recorder)
    return recorder


def test_without_documents_folder_dialogs_start_at_home(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert filedialogs.default_folder() == tmp_path


def test_each_purpose_starts_in_documents_then_where_it_was_last_used(window, home, shown, settings, tmp_path):
    documents = home / "Documents"
    articles = tmp_path / "inbox"
    articles.mkdir()
    (articles / "a.txt").write_text("An article about Kyiv.\n", encoding="utf-8")
    window.actions.add_documents.trigger()
    window.actions.add_documents.trigger()  # nothing chosen: nothing remembered
    shown.answer = [str(articles / "a.txt")]
    window.actions.add_documents.trigger()
    window.actions.add_documents.trigger()
    assert shown.folders == [documents, documents, documents, articles]
    shown.answer = []
    window.actions.load_set.trigger()  # another purpose: still the documents folder
    window.actions.import_tag_set.trigger()
    window.actions.open_project.trigger()
    window.actions.add_folder.trigger()  # the same purpose as adding documents
    assert shown.folders[4:] == [documents, documents, documents, articles]
    assert settings.value("fileDialogs/documents") == str(articles)
    assert all(isinstance(p, filedialogs.NameOnlyIconProvider) for p in shown.providers)  # never reads a listed file


def test_a_save_dialog_suggests_the_projects_name_in_the_last_export_folder(window, home, shown, tmp_path, qtbot):
    out = tmp_path / "exports"
    out.mkdir()
    shown.answer = [str(out / "mine.csv")]
    window.actions.export_csv.trigger()
    assert (out / "mine.csv").exists()
    window.actions.export_csv.trigger()
    assert shown.folders == [home / "Documents", out]  # never the hidden folder the project may live in
    window.actions.export_tag_set.trigger()
    assert shown.folders[2] == home / "Documents"


def test_the_last_folders_outlive_the_window_in_its_settings(qtbot, home, shown, settings, project_path, tmp_path):
    sets = tmp_path / "sets"
    sets.mkdir()
    first = MainWindow(Project.open(project_path), settings)
    qtbot.addWidget(first)
    shown.answer = [str(sets / "missing.csv")]
    first.actions.load_set.trigger()  # the load fails, but the folder was chosen
    first.close()
    second = MainWindow(Project.open(project_path), settings)
    qtbot.addWidget(second)
    shown.answer = []
    second.actions.load_set.trigger()
    assert shown.folders == [home / "Documents", sets]
    second.close()


def test_a_remembered_folder_that_is_gone_falls_back_to_documents(settings, home, tmp_path):
    gone = tmp_path / "gone"
    gone.mkdir()
    filedialogs.remember_folder(settings, filedialogs.EXPORT, gone / "x.csv")
    assert filedialogs.start_folder(settings, filedialogs.EXPORT) == gone
    gone.rmdir()
    assert filedialogs.start_folder(settings, filedialogs.EXPORT) == home / "Documents"


def test_export_as_suggests_the_last_export_folder(window, home, shown, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QDialog

    from newsmark.ui.exportdialog import ExportDialog

    monkeypatch.setattr(dialogs, "ask_export_options", REAL["ask_export_options"])
    suggested, out = [], tmp_path / "exports"
    out.mkdir()

    def run(box):
        suggested.append(Path(box.path.text()))
        box.path.setText(str(out / "set.csv"))  # the analyst picks another folder
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", run)
    window.actions.export_set.trigger()
    window.actions.export_set.trigger()
    assert suggested == [home / "Documents" / "analyst.csv", out / "analyst.csv"]
    assert (out / "set.csv").exists()
