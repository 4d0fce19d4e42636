"""``newsmark add`` with folders and every article format: progress on a terminal, failures named, duplicates skipped."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from newsmark import cli
from newsmark.core.storage import Project

DATA = Path(__file__).resolve().parents[1] / "data"
GOOD = ["cafe-prices.htm", "grain-exports.pdf", "kyiv-bridge.html", "port-strike.docx"]
BROKEN = ["encrypted.pdf", "no-article.html", "scanned.pdf", "truncated.docx"]


class Terminal(io.StringIO):
    """A captured stderr that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def folder(tmp_path):
    """The test articles, good and broken, in a folder with a subfolder."""
    target = tmp_path / "articles"
    shutil.copytree(DATA, target, ignore=shutil.ignore_patterns("*.py"))
    (target / "more").mkdir()
    (target / "more" / "note.txt").write_text("A short note\n\nOn the strike.\n", encoding="utf-8")
    return target


def test_a_folder_adds_every_good_article_and_names_each_broken_one(tmp_path, folder, capsys):
    path = tmp_path / "p.newsmark"
    assert cli.main(["add", str(path), str(folder)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "1\tCafé prices climb again in Lyon",
        "2\tGrain exports fall as drought bites",
        "3\tKyiv reopens Darnytskyi bridge after repairs",
        "4\tA short note",
        "5\tPort strike enters its second week",
    ]
    lines = err.splitlines()
    # Sorted order, one line each, named from the folder given.
    assert [line.split('"')[1] for line in lines[:-1]] == [f"{folder.name}/{name}" for name in BROKEN]
    assert "is password-protected" in lines[0] and "no article text" in lines[1]
    assert "no text layer (a scanned PDF?)" in lines[2] and "is damaged or not a Word document" in lines[3]
    assert lines[-1] == "newsmark: added 5 documents, skipped 0 already in the project, 4 failed"
    assert "\r" not in err  # not a terminal: no progress bar
    with Project.open(path, readonly=True) as p:
        page = p.document(3)
    assert (page.author, page.published, page.url, page.site) == (
        "Olena Kovalenko", "2024-03-14", "https://ledger.example.org/world/2024/03/kyiv-bridge", "The Northern Ledger"
    )
    assert page.source_path == str(folder / "kyiv-bridge.html")
    assert json.loads(page.origin)["file"] == "kyiv-bridge.html"


def test_the_same_text_again_is_skipped_not_added(tmp_path, folder, capsys):
    path = tmp_path / "p.newsmark"
    copy = tmp_path / "copy-of-kyiv.html"
    shutil.copy(folder / "kyiv-bridge.html", copy)
    assert cli.main(["add", str(path), str(folder / "kyiv-bridge.html"), str(folder / "port-strike.docx"), str(copy)]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "1\tKyiv reopens Darnytskyi bridge after repairs", "2\tPort strike enters its second week",
        "1\tKyiv reopens Darnytskyi bridge after repairs",  # the id it already has, as before
    ]
    assert err.splitlines() == [
        'newsmark: skipped "copy-of-kyiv.html": its text is already in the project as document 1',
        "newsmark: added 2 documents, skipped 1 already in the project, 0 failed",
    ]
    with Project.open(path, readonly=True) as p:
        assert len(p.documents()) == 2


def test_a_terminal_gets_a_progress_bar_that_clears_before_each_message(tmp_path, folder, capsys, monkeypatch):
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert cli.main(["add", str(tmp_path / "p.newsmark"), str(folder)]) == 1
    err = terminal.getvalue()
    assert "\r[" in err and "] 0/9 cafe-prices.htm" in err and "] 8/9 truncated.docx" in err
    assert "[" + "#" * 24 + "]" not in err  # drawn before each file, never as finished: it is cleared instead
    for line in err.split("\n")[:-1]:  # every message starts on a blank line: the bar was wiped first
        message = line.rsplit("\r", 1)[-1]
        assert message.startswith("newsmark: "), repr(line)
    assert err.endswith("newsmark: added 5 documents, skipped 0 already in the project, 4 failed\n")
    assert capsys.readouterr().out.count("\n") == 5  # stdout is the same as without a terminal


def test_one_file_on_a_terminal_gets_no_bar(tmp_path, monkeypatch):
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert cli.main(["add", str(tmp_path / "p.newsmark"), str(DATA / "port-strike.docx")]) == 0
    assert terminal.getvalue() == "newsmark: added 1 document, skipped 0 already in the project, 0 failed\n"


def test_a_folder_with_no_articles_is_a_failure_and_makes_no_project(tmp_path, capsys):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "photo.png").write_bytes(b"\x89PNG")
    path = tmp_path / "p.newsmark"
    assert cli.main(["add", str(path), str(empty)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and not path.exists()
    assert err.splitlines() == [
        f'newsmark: "{empty}" holds no article files; nothing was added from it',
        "newsmark: added 0 documents, skipped 0 already in the project, 1 failed",
    ]


def test_files_of_one_name_in_different_subfolders_are_told_apart(tmp_path, capsys):
    for day in ("monday", "tuesday"):
        (tmp_path / "saved" / day).mkdir(parents=True)
        (tmp_path / "saved" / day / "index.html").write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    single = tmp_path / "index.html"
    single.write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    assert cli.main(["add", str(tmp_path / "p.newsmark"), str(tmp_path / "saved"), str(single)]) == 1
    named = [line.split('"')[1] for line in capsys.readouterr().err.splitlines()[:-1]]
    assert named == ["saved/monday/index.html", "saved/tuesday/index.html", "index.html"]  # a file named directly: its name
