"""A report's reads can be stopped from another thread (the window's, while a worker counts statistics)."""

from __future__ import annotations

import sqlite3
import threading

from newsmark.core.storage import Project

# A query that never ends by itself, standing in for a grouped count over millions of spans.
ENDLESS = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n"


def test_interrupt_from_another_thread_stops_a_read_under_way(tmp_path):
    path = tmp_path / "p.newsmark"
    with Project.open(path, create=True) as project:
        project.add_document("Kyiv", "Kyiv said.")
    opened = threading.Event()
    box: dict = {}

    def count() -> None:  # as the statistics worker does: the reader is opened, used and closed on this thread
        reader = box["reader"] = Project.open(path, readonly=True)
        opened.set()
        try:
            reader._conn.execute(ENDLESS).fetchone()
        except sqlite3.OperationalError as e:
            box["error"] = e
        finally:
            reader.close()

    worker = threading.Thread(target=count)
    worker.start()
    opened.wait(10)
    for _ in range(400):  # an interrupt before the query starts does nothing: ask until it has stopped
        box["reader"].interrupt()
        worker.join(0.05)
        if not worker.is_alive():
            break
    assert not worker.is_alive() and str(box["error"]) == "interrupted"


def test_interrupt_with_nothing_under_way_or_after_close_does_nothing(tmp_path):
    with Project.open(tmp_path / "p.newsmark", create=True) as project:
        project.interrupt()
        assert project.document_statuses() == {}
    project.interrupt()
