"""A full disk during add, load and merge: one "disk full: …" line, exit 1, and the project as it was."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess

import pytest

from newsmark import cli
from newsmark.core import schema
from newsmark.core import storageconnect as connect
from newsmark.core.storage import Project

BIG = "The mayor said the bridge closed. " * 3000  # ~100 KB: more than the room left


@pytest.fixture
def full(monkeypatch):
    """Every project opened for writing from now on can grow by only a few pages, as on a nearly full disk."""
    set_up = connect._set_up_writer

    def nearly_full(conn, path):
        set_up(conn, path)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 2}")

    monkeypatch.setattr(connect, "_set_up_writer", nearly_full)


@pytest.fixture
def project(tmp_path):
    path = tmp_path / "p.newsmark"
    with Project.open(path, create=True) as p:
        doc, _ = p.add_document("Kyiv", "Kyiv families fled.")
        p.add_span(doc.id, 1, 0, 4)
    return path


def _spans_and_documents(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT (SELECT count(*) FROM spans), (SELECT count(*) FROM documents)").fetchone()
    finally:
        conn.close()


def _one_line(err: str) -> str:
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


def test_add(project, tmp_path, full, capsys):
    article = tmp_path / "big.txt"
    article.write_text(BIG, encoding="utf-8")
    assert cli.main(["add", str(project), str(article)]) == 1
    assert _one_line(capsys.readouterr().err).startswith("newsmark: disk full: p.newsmark was not changed")
    assert _spans_and_documents(project) == (1, 1)


def test_load(project, tmp_path, full, capsys):
    rows = "".join(f"1,claim,0,4,Kyiv,note {'x' * 200},analyst {i}\n" for i in range(400))
    (tmp_path / "set.csv").write_text("document_id,tag,start,end,text,note,annotator\n" + rows, encoding="utf-8")
    assert cli.main(["load", str(project), str(tmp_path / "set.csv"), "--plain"]) == 1
    assert _one_line(capsys.readouterr().err).startswith("newsmark: disk full: p.newsmark was not changed")
    assert _spans_and_documents(project) == (1, 1)


def test_merge(project, tmp_path, full, capsys):
    target = tmp_path / "target.newsmark"
    with Project.open(target, create=True):
        pass
    source = tmp_path / "source.newsmark"
    conn = sqlite3.connect(project)
    conn.execute("VACUUM INTO ?", (str(source),))
    conn.close()
    sqlite3.connect(source).execute(f"UPDATE documents SET text = ?, chars = {len(BIG)}", (BIG,)).connection.commit()
    assert cli.main(["merge", str(target), str(source)]) == 1
    assert _one_line(capsys.readouterr().err).startswith("newsmark: disk full: target.newsmark was not changed")
    assert _spans_and_documents(target) == (0, 0)


@pytest.mark.skipif(os.geteuid() != 0, reason="mounts a small tmpfs")
def test_a_really_full_disk(tmp_path, capsys):
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(disk)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        path = disk / "p.newsmark"
        article = tmp_path / "big.txt"
        article.write_text(BIG * 3, encoding="utf-8")
        assert cli.main(["add", str(path), str(article)]) == 1
        err = _one_line(capsys.readouterr().err.splitlines()[-1] + "\n")
        assert "disk full: p.newsmark" in err
        assert not (disk / "p.newsmark.lock").exists()
    finally:
        subprocess.run(["umount", str(disk)], check=True)


def test_no_room_even_for_the_lock_file_leaves_no_lock_and_holds_none(project, tmp_path, monkeypatch, capsys):
    lock = tmp_path / "p.newsmark.lock"
    real_write = os.write

    def write(fd, data):  # a disk so full that the writer's pid does not fit in its lock file
        if lock.exists() and os.path.samestat(os.fstat(fd), os.stat(lock)):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", write)
    (tmp_path / "a.txt").write_text("An article.", encoding="utf-8")
    assert cli.main(["add", str(project), str(tmp_path / "a.txt")]) == 1
    assert _one_line(capsys.readouterr().err) == "newsmark: disk full: p.newsmark was not changed; free some space and try again\n"
    assert not lock.exists()
    monkeypatch.undo()
    with Project.open(project):  # the failed attempt holds no lock in this process either
        pass
    assert _spans_and_documents(project) == (1, 1)


@pytest.mark.skipif(os.geteuid() != 0, reason="mounts a small tmpfs")
def test_a_disk_already_full_before_the_project_opens(project, tmp_path, capsys):
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(disk)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    try:
        shutil.copy(project, disk / "p.newsmark")
        with open(disk / "filler", "wb", buffering=0) as filler:  # every byte left
            try:
                while True:
                    filler.write(b"\0" * 4096)
            except OSError:
                pass
        before = sorted(os.listdir(disk)), (disk / "p.newsmark").read_bytes()
        (tmp_path / "a.txt").write_text("An article.", encoding="utf-8")
        assert cli.main(["add", str(disk / "p.newsmark"), str(tmp_path / "a.txt")]) == 1
        assert _one_line(capsys.readouterr().err).startswith("newsmark: disk full: p.newsmark was not changed")
        assert (sorted(os.listdir(disk)), (disk / "p.newsmark").read_bytes()) == before  # no empty .lock left
    finally:
        subprocess.run(["umount", "--lazy", str(disk)], check=True)


@pytest.fixture
def small_disk(tmp_path):
    """A 256 KB tmpfs, unmounted afterwards (root only)."""
    if os.geteuid() != 0:
        pytest.skip("mounts a small tmpfs")
    disk = tmp_path / "disk"
    disk.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(disk)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here")
    yield disk
    subprocess.run(["umount", "--lazy", str(disk)], check=True)


def _leave_free(disk, kib: int) -> None:
    """Fill the disk until only about ``kib`` KiB are left."""
    st = os.statvfs(disk)
    room = st.f_bavail * st.f_frsize - kib * 1024
    (disk / "filler").write_bytes(b"\0" * max(room, 0))


def _version_1_file(path) -> None:
    conn = sqlite3.connect(path)
    schema.MIGRATIONS[1](conn)
    schema.seed_tags(conn, [])
    conn.execute("INSERT INTO documents VALUES (1, 'Old', ?, 13, '', 'x', '2024-01-01T00:00:00Z')", ("old text " * 1500,))
    conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("free", [48, 24])
def test_a_new_project_that_does_not_fit_is_not_left_behind(small_disk, tmp_path, free, capsys):
    (tmp_path / "a.txt").write_text(BIG, encoding="utf-8")
    _leave_free(small_disk, free)
    assert cli.main(["add", str(small_disk / "new.newsmark"), str(tmp_path / "a.txt")]) == 1
    # Before: "cannot use new.newsmark: cannot rollback - no transaction is active", and an empty new.newsmark.
    assert _one_line(capsys.readouterr().err).startswith("newsmark: disk full: new.newsmark")
    assert sorted(os.listdir(small_disk)) == ["filler"]


@pytest.mark.parametrize("free", [48, 40, 24, 12])
def test_an_upgrade_that_does_not_fit_leaves_the_older_file_exactly_as_it_was(small_disk, tmp_path, free, capsys):
    path = small_disk / "old.newsmark"
    _version_1_file(path)
    _leave_free(small_disk, free)
    before = sorted(os.listdir(small_disk)), path.read_bytes()
    (tmp_path / "a.txt").write_text("An article.", encoding="utf-8")
    assert cli.main(["add", str(path), str(tmp_path / "a.txt")]) == 1
    assert _one_line(capsys.readouterr().err).startswith("newsmark: disk full: old.newsmark was not changed")
    # Before: some steps committed (the file changed), and a full or empty old.newsmark.v1.bak was left.
    assert (sorted(os.listdir(small_disk)), path.read_bytes()) == before
