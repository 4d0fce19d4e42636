"""Suggest for all documents: the suggesters run on a worker thread, results are stored a batch per transaction."""

from __future__ import annotations

import threading

import pytest

from newsmark.core.storage import Project
from newsmark.ui import suggestall
from tests.ui.conftest import trigger

DOCUMENTS = 40


@pytest.fixture
def many(tmp_path, counter, open_window, monkeypatch):
    monkeypatch.setattr(suggestall, "BATCH_DOCUMENTS", 5)
    path = tmp_path / "many.newsmark"
    with Project.open(path, create=True) as project:
        project.add_documents([
            (f"Report {i}", f"Report {i}\n\nAbout {1000 + i} troops crossed the border, and {i + 3} tanks followed.\n",
             "", {})
            for i in range(DOCUMENTS)
        ])
    return open_window(path)


def test_batches_split_by_count_and_size_and_a_long_document_goes_alone():
    assert suggestall.batches([(1, 10), (2, 10), (3, 10)], characters=100, documents=2) == [[1, 2], [3]]
    assert suggestall.batches([(1, 10), (2, 500), (3, 10)], characters=100, documents=9) == [[1], [2], [3]]
    assert suggestall.batches([]) == []


def test_suggest_all_runs_off_the_gui_thread_and_stores_each_batch_in_one_transaction(many, counter, qtbot, monkeypatch):
    threads = set()
    real = suggestall.project_suggester

    def recording_suggester(project, **options):
        suggester = real(project, **options)  # built on the GUI thread, from the project's tags and rules

        def recording(text):
            threads.add(threading.get_ident())
            return suggester(text)

        return recording

    monkeypatch.setattr(suggestall, "project_suggester", recording_suggester)

    def run():
        trigger(many, "suggestAll")
        qtbot.waitUntil(lambda: not many.suggest_all.running, timeout=20000)

    connections = len(counter.connections)
    begins, commits, rollbacks, stray = counter.count(run)
    assert len(counter.connections) == connections  # no second connection: the GUI thread alone reads and writes
    assert commits == DOCUMENTS // 5 and begins == commits and rollbacks == stray == 0
    assert threads and threading.get_ident() not in threads  # only the worker ran the suggesters
    counts = many.session.project.count_suggestions()
    assert len(counts) == DOCUMENTS and all(n == 2 for n in counts.values())
    assert many.review.on and many.review.current is not None  # the shown document's are up for review
    assert many.findChild(suggestall.QThread) is None or not many.findChild(suggestall.QThread).isRunning()


def test_cancel_keeps_what_was_stored_and_ends_the_worker(many, dialog, qtbot):
    dialog.cancel_after = 1  # Cancel is pressed at the second batch's step
    trigger(many, "suggestAll")
    qtbot.waitUntil(lambda: not many.suggest_all.running, timeout=20000)
    counts = many.session.project.count_suggestions()
    assert len(counts) == 10  # two batches of five were stored; the one in flight was dropped
    assert "Stopped" in many.statusBar().currentMessage()
    trigger(many, "suggestAll")  # a new run after a cancel works
    qtbot.waitUntil(lambda: not many.suggest_all.running, timeout=20000)
    dialog.cancel_after = None
    assert len(many.session.project.count_suggestions()) >= 10


def test_closing_the_window_during_a_run_ends_the_worker(many, dialog, qtbot):
    trigger(many, "suggestAll")
    many.close()
    assert not many.suggest_all.running
