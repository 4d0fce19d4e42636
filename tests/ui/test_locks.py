"""The window keeps SQLite's locks on its project, so no other process deletes its WAL (docs/locks.md).

Each test holds a project in another process, as the window does (tests/ui/lockholder.py),
and looks at that process's POSIX locks with F_GETLK from here.
"""

from __future__ import annotations

import os
import sqlite3
import sys

import pytest

from newsmark import cli
from newsmark.core.storage import Project

import lockholder

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="POSIX lock semantics of Linux")


@pytest.fixture
def project_path(tmp_path):
    path = tmp_path / "desk.newsmark"
    with Project.open(path, create=True) as project:
        project.add_document("Kyiv", "Kyiv families fled.")
    return path


@pytest.fixture
def hold(project_path):
    """Start holder processes on the project (see lockholder.py); each is killed at the end."""
    holders = []

    def start(how):
        holders.append(lockholder.start(project_path, how))
        return holders[-1]
    yield start
    for holder in holders:
        lockholder.kill(holder)


def _another_process_reads_and_closes(path) -> None:
    """A read-write connection elsewhere (sqlite3, an older Newsmark): if it believes it is last, it deletes the WAL."""
    conn = sqlite3.connect(path)
    conn.execute("SELECT count(*) FROM spans").fetchone()
    conn.close()


def _kill_and_count_spans(holder, path) -> int:
    lockholder.kill(holder)
    with Project.open(path, readonly=True) as project:
        return len(project.spans(1))


def test_the_check_sees_a_lock_dropped_by_opening_and_closing_the_file(project_path, hold):
    holder = hold("none")
    assert lockholder.holds_sqlite_locks(project_path, holder.pid)
    lockholder.kill(holder)
    hold("plain")
    assert lockholder.lock_owner(project_path, lockholder.SHARED_FIRST, lockholder.SHARED_SIZE) is None


def test_a_stock_qt_file_dialog_on_the_folder_drops_the_locks(project_path, hold):
    """The cause: Qt's stock icon provider sniffs each listed file by content, opening and closing it."""
    holder = hold("stock")
    assert not lockholder.holds_sqlite_locks(project_path, holder.pid)


def test_our_file_dialog_on_the_folder_keeps_them_and_nothing_saved_is_lost(project_path, hold, capsys):
    holder = hold("factory")
    assert lockholder.holds_sqlite_locks(project_path, holder.pid)
    wal = os.stat(f"{project_path}-wal")
    assert cli.main(["list", str(project_path)]) == 0
    assert "Kyiv" in capsys.readouterr().out
    _another_process_reads_and_closes(project_path)
    assert lockholder.holds_sqlite_locks(project_path, holder.pid)
    assert os.path.samestat(os.stat(f"{project_path}-wal"), wal)  # the window's WAL is still the file's
    lockholder.write_span(holder)
    assert _kill_and_count_spans(holder, project_path) == 1


def test_a_span_saved_after_the_wal_was_deleted_under_the_writer_survives_a_kill(project_path, hold):
    """Defense in depth: even if something drops the locks, a commit notices the vanished WAL and checkpoints."""
    holder = hold("plain")
    _another_process_reads_and_closes(project_path)
    assert not os.path.exists(f"{project_path}-wal")  # the hazard happened: the writer's WAL is deleted
    lockholder.write_span(holder)
    assert _kill_and_count_spans(holder, project_path) == 1
