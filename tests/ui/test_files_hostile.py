"""Add Folder… over hostile files: the window uses the same pipeline as ``newsmark add``, one undo step, problems named from the folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.cli.test_add_hostile import SPECIAL, make_specials
from tests.ui.conftest import rows


def titles(window):
    model = window.document_list.model()
    return [model.document_at(r).title for r in range(model.rowCount())]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX pipes, sockets and links")
def test_add_folder_names_pipes_and_bad_links_from_the_folder_and_adds_the_rest(window, dialog, tmp_path, project_path):
    folder = tmp_path / "inbox"
    make_specials(folder)
    (folder / "fine.txt").write_text("A fine article\n", encoding="utf-8")
    Path(os.fsdecode(bytes(folder) + b"/caf\xe9.txt")).write_text("Café prices\n", encoding="utf-8")
    dialog.answer("ask_document_folder", folder)
    window.actions.add_folder.trigger()  # a pipe opened for reading would block here
    assert titles(window) == ["Kyiv", "Café prices", "A fine article"]
    ((_title, summary),) = dialog.problems
    headline, _blank, *lines = summary.splitlines()
    assert headline == f"{len(SPECIAL)} files could not be added:"
    assert sorted(line.split('"')[1] for line in lines) == sorted(f"inbox/{name}" for name in SPECIAL)
    assert str(tmp_path) not in summary
    assert rows(project_path, "SELECT source_path FROM documents WHERE title = 'Café prices'") == [
        (f"{folder}/caf\\xe9.txt",)
    ]
    window.actions.undo.trigger()  # one step takes both out
    assert titles(window) == ["Kyiv"]


def test_texts_already_in_the_project_are_counted_in_the_status(window, dialog, tmp_path):
    from tests.ui.conftest import ARTICLE

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text("New text\n", encoding="utf-8")
    dialog.answer("ask_documents", [tmp_path / "a.txt", tmp_path / "b.txt"])
    window.actions.add_documents.trigger()
    assert titles(window) == ["Kyiv", "New text"]
    assert window.statusBar().currentMessage() == "Added 1 document; 1 already in the project"


def test_adding_only_a_text_already_in_shows_its_document(window, dialog, tmp_path):
    from tests.ui.conftest import ARTICLE

    (tmp_path / "new.txt").write_text("New text\n", encoding="utf-8")
    dialog.answer("ask_documents", [tmp_path / "new.txt"])
    window.actions.add_documents.trigger()
    (tmp_path / "again.txt").write_text(ARTICLE, encoding="utf-8")
    dialog.answer("ask_documents", [tmp_path / "again.txt"])
    window.actions.add_documents.trigger()
    assert window.session.document.title == "Kyiv"
