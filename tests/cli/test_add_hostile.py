"""``newsmark add`` over hostile files: each refused with one line and the project left byte for byte as it was."""

from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path

import pytest

from newsmark import cli
from newsmark.core.storage import Project

HOSTILE = Path(__file__).resolve().parents[1] / "hostile_articles"

# What each committed file gets: the start of its one line, or the title it is added with.
REFUSED = {
    "bad-utf8-bom.txt": "is marked as UTF-8 but is damaged",
    "blank.md": "contains only blank space",
    "bom-only.txt": "is empty",
    "controls.txt": "looks like a binary file",
    "deep.html": "has no article text Newsmark can find",
    "empty.docx": "is damaged or not a Word document",
    "empty.html": "has no article text Newsmark can find",
    "empty.pdf": "is damaged or not a PDF document",
    "empty.txt": "is empty",
    "encrypted-part.docx": "is password-protected",
    "flate-bomb.pdf": "has no text layer",
    "lying-size.docx": "is damaged or not a Word document",
    "not-a-pdf.pdf": "is damaged or not a PDF document",
    "not-a-zip.docx": "is damaged or not a Word document",
    "not-word.docx": "is damaged or not a Word document",
    "nul.txt": "looks like a binary file",
    "odd-utf16.txt": "is marked as UTF-16 but is damaged",
    "png.txt": "is a PNG image, not text",
    "truncated.pdf": "is damaged or not a PDF document",
    "xml-bomb.docx": "holds more than 32 MB of text and markup",
}
ADDED = {
    "bom.txt": "A headline after a BOM",
    "huge-line.txt": "The port strike goes on",
    "latin1.txt": "Café crème à Orléans coûte plus cher.",
    "picture-bomb.docx": "Port strike enters its second week",
}
# Made here: git holds no pipes, sockets or link loops. Each named from its folder.
SPECIAL = {
    "pipe.txt": "is a named pipe (FIFO), not a regular file",
    "socket.txt": "is a socket, not a regular file",
    "loop.txt": "is a link that leads back to itself",
    "dangling.txt": "is a link to a file that does not exist",
}


@pytest.fixture
def project(tmp_path):
    """A project with one document, closed: its bytes can be compared."""
    path = tmp_path / "p.newsmark"
    with Project.open(path, create=True) as opened:
        opened.add_document("Kyiv", "The bridge reopened.\n", "/articles/kyiv.txt")
    return path


def folder_state(folder: Path) -> dict[str, bytes]:
    """Every file in the project's folder and its bytes (no connection is open in this process)."""
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def test_the_corpus_lists_every_committed_file():
    committed = {p.name for p in HOSTILE.iterdir() if p.suffix != ".py"}
    assert committed == set(REFUSED) | set(ADDED)


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_each_hostile_file_is_refused_with_one_line_and_the_project_unchanged(project, name, capsys):
    before = folder_state(project.parent)
    assert cli.main(["add", str(project), str(HOSTILE / name)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    line, summary = err.splitlines()
    assert line.startswith(f'newsmark: "{name}" {REFUSED[name]}'), line
    assert summary == "newsmark: added 0 documents, skipped 0 already in the project, 1 failed"
    assert folder_state(project.parent) == before


@pytest.mark.parametrize("name", sorted(ADDED))
def test_hostile_files_that_are_fine_articles_are_added(project, name, capsys):
    assert cli.main(["add", str(project), str(HOSTILE / name)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith(f"2\t{ADDED[name]}") and err.count("\n") == 1
    with Project.open(project, readonly=True) as opened:
        assert len(opened.documents()) == 2


def make_specials(folder: Path) -> None:
    """A pipe, a socket, a link loop and a dangling link, each named like an article."""
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(folder / "socket.txt"))
    finally:
        server.close()  # the socket file stays
    (folder / "loop.txt").symlink_to("loop.txt")
    (folder / "dangling.txt").symlink_to("gone.txt")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX pipes, sockets and links")
def test_pipes_sockets_and_bad_links_in_a_folder_are_named_from_it_and_never_opened(tmp_path, project, capsys):
    folder = tmp_path / "inbox"
    make_specials(folder)
    shutil.copy(HOSTILE / "bom.txt", folder / "fine.txt")
    assert cli.main(["add", str(project), str(folder)]) == 1  # a pipe opened for reading would block here
    out, err = capsys.readouterr()
    assert out == "2\tA headline after a BOM\n"
    *lines, summary = err.splitlines()
    for name, reason in SPECIAL.items():
        assert any(line.startswith(f'newsmark: "inbox/{name}" {reason}') for line in lines), name
    assert len(lines) == len(SPECIAL) and str(tmp_path) not in err  # no absolute paths
    assert summary == "newsmark: added 1 document, skipped 0 already in the project, 4 failed"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX pipes, sockets and links")
@pytest.mark.parametrize("name", sorted(SPECIAL))
def test_each_special_file_named_directly_leaves_the_project_unchanged(tmp_path, project, name, capsys):
    make_specials(tmp_path / "inbox")
    before = folder_state(project.parent)
    assert cli.main(["add", str(project), str(tmp_path / "inbox" / name)]) == 1
    line, _summary = capsys.readouterr().err.splitlines()
    assert SPECIAL[name] in line and "Traceback" not in line
    assert folder_state(project.parent) == before


def test_a_whole_folder_of_hostile_files_gives_one_line_per_refusal(tmp_path, project, capsys):
    folder = tmp_path / "hostile"
    shutil.copytree(HOSTILE, folder, ignore=shutil.ignore_patterns("*.py"))
    assert cli.main(["add", str(project), str(folder)]) == 1
    out, err = capsys.readouterr()
    *lines, summary = err.splitlines()
    assert [line.split('"')[1] for line in lines] == [f"hostile/{name}" for name in sorted(REFUSED)]
    assert summary == f"newsmark: added {len(ADDED)} documents, skipped 0 already in the project, {len(REFUSED)} failed"
    assert len(out.splitlines()) == len(ADDED)


@pytest.mark.skipif(os.fsencode("\udce9") != b"\xe9", reason="needs a file system that takes any bytes")
def test_a_folder_with_a_file_name_that_is_not_utf8_is_added_whole(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    Path(os.fsdecode(bytes(folder) + b"/caf\xe9.txt")).write_text("Café prices\n", encoding="utf-8")
    (folder / "tea.txt").write_text("Tea prices\n", encoding="utf-8")
    path = tmp_path / "p.newsmark"
    assert cli.main(["add", str(path), str(folder)]) == 0
    assert capsys.readouterr().out == "1\tCafé prices\n2\tTea prices\n"
    assert cli.main(["list", str(path)]) == 0
    with Project.open(path, readonly=True) as project:
        assert project.document(1).source_path == f"{folder}/caf\\xe9.txt"


def test_an_add_that_fails_before_anything_went_in_leaves_no_project(tmp_path, monkeypatch, capsys):
    from newsmark.core.errors import ProjectError

    def full(*_args, **_kwargs):
        raise ProjectError("cannot write p.newsmark: the disk is full")

    monkeypatch.setattr(Project, "add_document", full)
    (tmp_path / "a.txt").write_text("Text\n", encoding="utf-8")
    assert cli.main(["add", str(tmp_path / "p.newsmark"), str(tmp_path / "a.txt")]) == 1
    assert capsys.readouterr().err == "newsmark: cannot write p.newsmark: the disk is full\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]
