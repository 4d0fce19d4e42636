"""The ``newsmark`` command: every subcommand, its output formats, and its refusals as one line and an exit code."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import types
from pathlib import Path

import pytest

import newsmark
from newsmark import cli
from newsmark.core.formats import csvset
from newsmark.core.defaults import default_project_path, ensure_default_project
from newsmark.core.storage import Project

ARTICLE = "Seoul said =11,000 troops 👍🏽 moved.\r\nThe Kremlin denied it: -5% +3 @ 'quoted.\r\n"


@pytest.fixture
def files(tmp_path):
    """Two article files (one with CRLF line ends and emoji) and a binary one named like text."""
    a = tmp_path / "seoul.txt"
    a.write_bytes(ARTICLE.encode("utf-8"))
    b = tmp_path / "kyiv.md"
    b.write_text("# Kyiv\n\nThe mayor said 3 bridges closed.\n", encoding="utf-8")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    return a, b, binary


@pytest.fixture
def project(tmp_path, files):
    """A project holding both articles, with a few spans, closed again."""
    path = tmp_path / "p.newsmark"
    assert cli.main(["add", str(path), str(files[0]), str(files[1])]) == 0
    with Project.open(path) as p:
        text = p.document(1).text
        # In text order, so span ids follow export order (a fresh project numbers loaded spans that way).
        for tag_id, word in ((4, "Seoul"), (2, "=11,000"), (1, "-5% +3"), (3, "'quoted")):
            at = text.index(word)
            p.add_span(1, tag_id, at, at + len(word), note=f"=note on {word}")
        p.add_span(2, 4, 2, 6)
    return path


def run(*args, cwd=None) -> subprocess.CompletedProcess:
    """``python -m newsmark ARGS`` as a user runs it, with bytes out."""
    # This checkout's code, even from another folder (a relative PYTHONPATH would find an installed copy).
    code = str(Path(newsmark.__file__).resolve().parents[1])
    env = os.environ | {"PYTHONPATH": os.pathsep.join(filter(None, [code, os.environ.get("PYTHONPATH")]))}
    return subprocess.run([sys.executable, "-m", "newsmark", *map(str, args)], capture_output=True, cwd=cwd, env=env)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_error_line(stderr: str) -> str:
    assert stderr.startswith("newsmark: ") and stderr.count("\n") == 1 and "Traceback" not in stderr, stderr
    return stderr


# -- version and dispatch --------------------------------------------------------------


def test_version(capsys):
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out == f"newsmark {newsmark.__version__}\n"


def test_version_as_a_process():
    done = run("--version")
    assert (done.returncode, done.stdout) == (0, f"newsmark {newsmark.__version__}\n".encode())


@pytest.fixture
def fake_gui(monkeypatch):
    """Stand in for ``newsmark.ui.app`` so dispatch is tested without Qt."""
    calls = []
    module = types.ModuleType("newsmark.ui.app")
    module.run_gui = lambda path: calls.append(path) or 0
    monkeypatch.setitem(sys.modules, "newsmark.ui.app", module)
    return calls


def test_no_arguments_opens_the_app_on_the_default_project(fake_gui):
    assert cli.main([]) == 0 and fake_gui == [None]


def test_a_project_file_opens_the_app_on_it(fake_gui):
    assert cli.main(["mine.newsmark"]) == 0 and fake_gui == [Path("mine.newsmark")]


def test_two_non_commands_are_a_usage_error(fake_gui, capsys):
    assert cli.main(["a.newsmark", "b.newsmark"]) == 2
    assert fake_gui == [] and "expected one project file" in capsys.readouterr().err


@pytest.mark.parametrize("args", [["add"], ["text", "p.newsmark", "one"], ["export"], ["--nope"], ["list", "a", "b"]])
def test_usage_errors_exit_2(args, capsys):
    assert cli.main(args) == 2
    assert "usage:" in capsys.readouterr().err


def test_headless_commands_never_load_qt(project):
    code = (
        "import sys\nfrom newsmark.cli import main\n"
        f"assert main(['list', {str(project)!r}]) == 0\n"
        f"assert main(['export', {str(project)!r}]) == 0\n"
        "print([m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))], file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0 and done.stderr.strip() == "[]", done.stderr


# -- add -----------------------------------------------------------------------------


def test_add_makes_the_project_and_prints_ids_and_titles(tmp_path, files, capsys):
    path = tmp_path / "new.newsmark"
    assert cli.main(["add", str(path), str(files[0]), str(files[1])]) == 0
    out = capsys.readouterr()
    assert out.out == "1\tSeoul said =11,000 troops 👍🏽 moved.\n2\tKyiv\n"
    assert out.err == "newsmark: added 2 documents, skipped 0 already in the project, 0 failed\n"
    with Project.open(path, readonly=True) as p:
        assert p.document(1).text == ARTICLE.replace("\r\n", "\n")


def test_adding_a_text_again_prints_the_existing_id(project, files, capsys):
    assert cli.main(["add", str(project), str(files[1])]) == 0
    assert capsys.readouterr().out == "2\tKyiv\n"
    with Project.open(project, readonly=True) as p:
        assert len(p.documents()) == 2


def test_bad_files_are_named_on_stderr_and_the_good_ones_still_added(tmp_path, files):
    path = tmp_path / "new.newsmark"
    done = run("add", path, files[2], files[0], tmp_path / "missing.txt", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stdout.decode("utf-8") == "1\tSeoul said =11,000 troops 👍🏽 moved.\n"
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 3 and all(line.startswith("newsmark: ") for line in lines)
    assert '"photo.txt" is a PNG image' in lines[0] and "missing.txt" in lines[1] and "does not exist" in lines[1]
    assert lines[2] == "newsmark: added 1 document, skipped 0 already in the project, 2 failed"


def test_add_with_only_bad_files_makes_no_project(tmp_path, files, capsys):
    path = tmp_path / "new.newsmark"
    assert cli.main(["add", str(path), str(files[2])]) == 1
    assert not path.exists() and capsys.readouterr().out == ""


# -- list and text ----------------------------------------------------------------------


def test_list_is_tab_separated_with_a_header(project, capsys):
    assert cli.main(["list", str(project)]) == 0
    with Project.open(project, readonly=True) as p:
        shas = [d.sha256 for d in p.documents()]
    chars = len(ARTICLE) - 2  # CRLF became LF
    kyiv = len("# Kyiv\n\nThe mayor said 3 bridges closed.\n")
    assert capsys.readouterr().out == (
        "id\ttitle\tchars\tspans\tsha256\tstatus\tdone_by\n"
        f"1\tSeoul said =11,000 troops 👍🏽 moved.\t{chars}\t4\t{shas[0]}\ttodo\t\n"
        f"2\tKyiv\t{kyiv}\t1\t{shas[1]}\ttodo\t\n"
    )


def test_text_writes_the_stored_text_byte_for_byte(project):
    done = run("text", project, 1)
    assert done.returncode == 0 and done.stderr == b""
    with Project.open(project, readonly=True) as p:
        assert done.stdout == p.document(1).text.encode("utf-8") == ARTICLE.replace("\r\n", "\n").encode("utf-8")


def test_text_of_an_unknown_document(project):
    done = run("text", project, 9)
    assert done.returncode == 1 and b"no document 9" in done.stderr
    _one_error_line(done.stderr.decode())


def test_readonly_commands_work_while_the_project_is_open_for_writing(project, tmp_path, capsys):
    with Project.open(project) as gui:
        assert gui.writable
        assert cli.main(["list", str(project)]) == 0
        assert cli.main(["text", str(project), "2"]) == 0
        assert cli.main(["export", str(project), "-o", str(tmp_path / "x.csv")]) == 0
        capsys.readouterr()
        assert cli.main(["load", str(project), str(tmp_path / "x.csv")]) == 1
        assert "open in another Newsmark" in _one_error_line(capsys.readouterr().err)


# -- export --------------------------------------------------------------------------


def test_export_to_stdout_is_the_spreadsheet_safe_csv(project):
    done = run("export", project)
    assert done.returncode == 0
    data = done.stdout
    assert data.startswith(b"\xef\xbb\xbfdocument_id,document_title,document_sha256,span_id,tag,start,end,text,note,"
                           b"annotator,created_at,updated_at,attr_status,attr_source,attr_value,attr_unit,attr_speaker,attr_place,attr_geonames_id,attr_country\r\n")
    assert data.count(b"\r\n") == 6
    text = data.decode("utf-8-sig")
    assert ",'=11,000," not in text and "\"'=11,000\"" in text  # quoted for its comma
    assert ",'-5% +3,'=note on -5% +3,tester," in text
    assert ",''quoted," not in text and ",'quoted," in text  # a quote before a non-trigger is not escaped


def test_export_to_dash_is_stdout_not_a_file_named_dash(project, tmp_path):
    done = run("export", project, "-o", "-", cwd=tmp_path)
    assert done.returncode == 0 and done.stdout == run("export", project).stdout
    assert not (tmp_path / "-").exists()


def test_export_plain_writes_exact_text(project, capsys):
    assert cli.main(["export", str(project), "--plain"]) == 0
    out = capsys.readouterr().out
    assert ",-5% +3,=note on -5% +3,tester," in out


def test_export_to_a_file_replaces_it_atomically(project, tmp_path, capsys, monkeypatch):
    out = tmp_path / "out.csv"
    out.write_text("previous export", encoding="utf-8")

    def fail_midway(rows, stream, *, plain=False, attributes=()):
        stream.write("document_id,half a file")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(csvset, "write_csv", fail_midway)
    assert cli.main(["export", str(project), "-o", str(out)]) == 1
    assert "No space left on device" in _one_error_line(capsys.readouterr().err)
    assert out.read_text(encoding="utf-8") == "previous export"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []
    monkeypatch.undo()
    assert cli.main(["export", str(project), "-o", str(out)]) == 0
    assert capsys.readouterr().out == f"exported 5 spans to {out}\n"
    assert out.read_bytes() == run("export", project).stdout


def test_export_into_a_missing_folder_fails_cleanly(project, tmp_path):
    done = run("export", project, "-o", tmp_path / "nowhere" / "out.csv")
    assert done.returncode == 1 and b"cannot write" in done.stderr and done.stdout == b""
    _one_error_line(done.stderr.decode())


# -- load ------------------------------------------------------------------------------


def _fresh_with_same_documents(tmp_path, files) -> Path:
    fresh = tmp_path / "fresh.newsmark"
    assert cli.main(["add", str(fresh), str(files[0]), str(files[1])]) == 0
    return fresh


def test_export_then_load_into_a_fresh_project_gives_the_same_csv(project, tmp_path, files, capsys):
    with Project.open(project) as p:  # a tag the fresh project lacks, with a formula-like name
        tag = p.add_tag("-rumour", "#000000")
        at = p.document(2).text.index("mayor")
        p.add_span(2, tag.id, at, at + 5, annotator="=eve", note="+1\r\nsecond line")
    first = tmp_path / "first.csv"
    assert cli.main(["export", str(project), "-o", str(first)]) == 0
    fresh = _fresh_with_same_documents(tmp_path, files)
    capsys.readouterr()
    assert cli.main(["load", str(fresh), str(first)]) == 0
    assert capsys.readouterr().out == "added 6 spans (1 new tag); skipped 0 already present\n"
    second = tmp_path / "second.csv"
    assert cli.main(["export", str(fresh), "-o", str(second)]) == 0
    assert second.read_bytes() == first.read_bytes()
    assert cli.main(["load", str(fresh), str(first)]) == 0
    assert capsys.readouterr().out.endswith("added 0 spans (0 new tags); skipped 6 already present\n")


def test_plain_export_loads_with_plain(project, tmp_path, files):
    first = tmp_path / "first.csv"
    assert cli.main(["export", str(project), "-o", str(first), "--plain"]) == 0
    fresh = _fresh_with_same_documents(tmp_path, files)
    done = run("load", fresh, first, "--plain")
    assert (done.returncode, done.stdout) == (0, b"added 5 spans (0 new tags); skipped 0 already present\n")
    with Project.open(fresh, readonly=True) as p:
        assert [s.note for s in p.spans(1)][0].startswith("=note")


def test_csv_with_bad_rows_adds_nothing_and_names_them(project, tmp_path, files):
    data = run("export", project).stdout.decode("utf-8-sig").splitlines(keepends=True)
    assert ",0,5,Seoul," in data[1]
    data[1] = data[1].replace(",0,5,Seoul,", ",0,5,Seoux,")  # row 2: the text is not the document's
    data.append("1,x,,,claim,0,99999,Seoul,,,,\r\n")  # row 7: past the document's end
    bad = tmp_path / "bad.csv"
    bad.write_text("".join(data), encoding="utf-8", newline="")
    fresh = _fresh_with_same_documents(tmp_path, files)
    before = _digest(fresh)
    done = run("load", fresh, bad)
    assert done.returncode == 1 and done.stdout == b""
    err = _one_error_line(done.stderr.decode())
    assert "bad.csv: 2 bad row(s), nothing added" in err
    assert "row 2: text 'Seoux'" in err and "row 7: end 99999 is past the end" in err
    with Project.open(fresh, readonly=True) as p:
        assert [d.spans for d in p.documents()] == [0, 0]
    assert _digest(fresh) == before


def test_non_utf8_csv_is_one_line(project, tmp_path):
    bad = tmp_path / "latin.csv"
    bad.write_bytes("document_id,tag,start,end,text\n1,claim,0,5,Caf\xe9\n".encode("latin-1"))
    done = run("load", project, bad)
    assert done.returncode == 1 and "not UTF-8" in _one_error_line(done.stderr.decode())


def test_missing_csv_is_one_line(project, tmp_path):
    done = run("load", project, tmp_path / "none.csv")
    assert done.returncode == 1 and "cannot read" in _one_error_line(done.stderr.decode())


# -- projects that cannot be used ------------------------------------------------------------


@pytest.mark.parametrize("command", [["list"], ["text", "1"], ["export"], ["load", "x.csv"]])
def test_a_missing_project_is_an_error_and_is_not_made(tmp_path, command):
    path = tmp_path / "none.newsmark"
    done = run(command[0], path, *command[1:], cwd=tmp_path)
    assert done.returncode == 1 and "there is no project file" in _one_error_line(done.stderr.decode())
    assert not path.exists()


@pytest.mark.parametrize("command", [["list"], ["text", "1"], ["export"], ["load", "x.csv"], ["add", "a.txt"]])
def test_a_file_that_is_not_a_project_is_left_byte_identical(tmp_path, files, command):
    path = tmp_path / "notes.newsmark"
    path.write_bytes(b"my own notes, not a database\n" * 10)
    (tmp_path / "a.txt").write_text("An article.\n", encoding="utf-8")
    before = _digest(path)
    done = run(command[0], path, *command[1:], cwd=tmp_path)
    assert done.returncode == 1 and "is not a Newsmark project" in _one_error_line(done.stderr.decode())
    assert _digest(path) == before


@pytest.mark.parametrize("command", [["list"], ["export"], ["add", "a.txt"]])
def test_a_project_from_a_newer_version_is_refused(project, tmp_path, command):
    conn = sqlite3.connect(project)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    (tmp_path / "a.txt").write_text("An article.\n", encoding="utf-8")
    before = _digest(project)
    done = run(command[0], project, *command[1:], cwd=tmp_path)
    assert done.returncode == 1 and "newer Newsmark" in _one_error_line(done.stderr.decode())
    assert _digest(project) == before


# -- the default project --------------------------------------------------------------


def test_default_project_is_made_once_with_the_sample_article(tmp_path):
    path = ensure_default_project()
    assert path == default_project_path() and path.name == "default.newsmark"
    assert path.is_relative_to(os.environ["XDG_DATA_HOME"])  # conftest's isolated data folder
    with Project.open(path, readonly=True) as p:
        (doc,) = p.documents()
    assert "North Korea" in doc.title
    with Project.open(path) as p:
        p.remove_document(doc.id)
    before = _digest(path)
    assert ensure_default_project() == path and _digest(path) == before
