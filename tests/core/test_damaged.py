"""Damaged project files: one "damaged: …" line from the CLI and Project.open, never a traceback or a stale lock."""

from __future__ import annotations

import hashlib
import os

import pytest

from newsmark import cli
from newsmark.core.errors import DamagedProjectError
from newsmark.core.storage import Project

DAMAGES = ("flipped", "truncated", "header18", "header19", "schema", "tail")


def damage(data: bytes, kind: str) -> bytes:
    """A project file's bytes hurt in one of the ways disks and careless tools hurt them."""
    b = bytearray(data)
    if kind == "flipped":  # a whole page overwritten: a b-tree page no longer parses
        b[4096:8192] = b"\xff" * 4096
    elif kind == "truncated":
        b = b[: len(b) // 2]
    elif kind == "header18":  # the format's write version: above 2, SQLite keeps the file read-only
        b[18] = 3
    elif kind == "header19":  # the format's read version: above 2, SQLite cannot read it at all
        b[19] = 3
    elif kind == "schema":  # the schema table's cells on page 1
        b[100:300] = b"\xa5" * 200
    elif kind == "tail":  # the last page, holding text
        b[-4096:] = b"\x00\x01" * 2048
    return bytes(b)


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    path = tmp_path_factory.mktemp("good") / "good.newsmark"
    with Project.open(path, create=True) as project:
        for i in range(40):
            doc, _ = project.add_document(f"Article {i}", f"word {i} " * 300)
            project.add_span(doc.id, 1, 0, 4)
    return path.read_bytes()


@pytest.fixture(params=DAMAGES)
def damaged(request, good, tmp_path):
    path = tmp_path / f"{request.param}.newsmark"
    path.write_bytes(damage(good, request.param))
    return path


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_opening_a_damaged_project_for_writing_says_damaged_and_leaves_it_as_it_was(damaged):
    names, digest = sorted(os.listdir(damaged.parent)), _digest(damaged)
    with pytest.raises(DamagedProjectError, match=f"^damaged: {damaged.name}"):
        Project.open(damaged)
    assert sorted(os.listdir(damaged.parent)) == names and _digest(damaged) == digest  # no .lock, no -wal


@pytest.mark.parametrize("command", [["list"], ["text", "3"], ["export"], ["load", "set.csv"], ["add", "a.txt"]])
def test_every_command_on_a_damaged_project_is_one_line_or_a_clean_read(damaged, command, capsys):
    (damaged.parent / "a.txt").write_text("An article.\n", encoding="utf-8")
    (damaged.parent / "set.csv").write_text("document_id,tag,start,end\n1,claim,0,4\n", encoding="utf-8")
    names, digest = sorted(os.listdir(damaged.parent)), _digest(damaged)
    extra = [str(damaged.parent / a) if a.endswith((".txt", ".csv")) else a for a in command[1:]]
    code = cli.main([command[0], str(damaged), *extra])
    err = capsys.readouterr().err
    if command[0] in ("load", "add"):  # writers check the whole file first
        assert code == 1 and err.startswith(f"newsmark: damaged: {damaged.name}") and err.count("\n") == 1, err
    else:  # readers read what they need: it either reads cleanly or says it is damaged
        assert code == 0 and err == "" or code == 1 and err.startswith("newsmark: damaged: ") and err.count("\n") == 1
    assert sorted(os.listdir(damaged.parent)) == names and _digest(damaged) == digest


@pytest.fixture
def not_utf8(good, tmp_path):
    """A sound database whose stored article text holds a byte that is not UTF-8 (quick_check cannot see it)."""
    data = bytearray(good)
    at = data.index(b"word 3 word 3 ")
    data[at] = 0xFF
    path = tmp_path / "bytes.newsmark"
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("command", [["text", "4"], ["export"], ["export", "--format", "jsonl"]])
def test_text_that_is_not_utf8_is_damaged_in_one_line(not_utf8, command, capsys):
    names, digest = sorted(os.listdir(not_utf8.parent)), _digest(not_utf8)
    assert cli.main([command[0], str(not_utf8), *command[1:]]) == 1
    err = capsys.readouterr().err
    assert err == f"newsmark: damaged: {not_utf8.name} holds text that is not valid UTF-8; it was left untouched. " \
        "Open a backup, or ask for help to recover it\n"
    assert sorted(os.listdir(not_utf8.parent)) == names and _digest(not_utf8) == digest
