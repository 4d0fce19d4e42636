"""Learn from Decisions never stalls the window: the model is learned on a worker, kept, and relearned when stale."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer

from newsmark.core.storage import Project
from newsmark.core.suggest import learning, running
from newsmark.core.suggest.running import project_suggester
from newsmark.ui import learnedmodels, suggestall
from tests.core.suggest.learningcase import CITIES, NEW, TEAMS
from tests.ui.conftest import trigger

ROUNDS = 40  # documents of each of the eight kinds: 320 decided articles, 1,280 decisions
TICKS = 5  # turns of the window's event loop the learning waits for: it cannot end while the window is blocked


def article(n: int) -> str:
    """A sports sentence (its country names are teams the analyst rejects) and two real places, numbered."""
    (a, b), (c, d) = TEAMS[n % 8], CITIES[n % 8]
    return f"{a} beat {b} 2-0 in round {n}. Fans had gathered in {c} before the game, and more in {d} after it."


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "decided.newsmark"
    with Project.open(path, create=True) as p:
        p.add_documents([(f"Round {n}", article(n), "", {}) for n in range(8 * ROUNDS)] + [("New", NEW, "", {})])
        p.delete_tag(next(t.id for t in p.tags() if t.name == "figure"))
        suggester = project_suggester(p)
        documents = p.documents()
        p.store_suggestions({d.id: suggester(p.document(d.id).text) for d in documents[:-1]})
        names = {t.id: t.name for t in p.tags()}
        rejected, accepted = [], []
        for n, d in enumerate(documents[:-1]):
            text = p.document(d.id).text
            for s in p.suggestions(d.id):
                if names[s.tag_id] == "location":
                    (rejected if text[s.start:s.end] in TEAMS[n % 8] else accepted).append(s.id)
        p.reject_suggestions(rejected)
        p.accept_suggestions([(i, {}) for i in accepted])
        p.clear_suggestions()
    return path


@pytest.fixture
def window(open_window, path, settings):
    settings.setValue("annotator", "ana")
    settings.setValue("suggest/learn", True)
    window = open_window(path)
    window.session.open_document(window.session.project.documents()[-1].id)
    return window


class Gate:
    """Wraps ``train``: records the thread it ran on, and lets it run only after the window's event loop turned TICKS times.

    A QTimer ticks every 20 ms on the window's thread; were the learning on that thread, no tick could come
    while it waited, and ``released`` would stay False (after a 10 s timeout).
    """

    def __init__(self, monkeypatch, qtbot):
        self.threads: list[int] = []
        self.released: list[bool] = []
        self.ticks = 0
        self._open = threading.Event()
        real = learning.train

        def gated(examples, stopped=None):
            self.threads.append(threading.get_ident())
            self.released.append(self._open.wait(10))
            return real(examples, stopped)

        for module in (learnedmodels, running):  # the worker's learning and the synchronous one alike
            monkeypatch.setattr(module, "train", gated)
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self):
        self.ticks += 1
        if self.ticks >= TICKS:
            self._open.set()


def open_rows(project):
    return sorted((s.document_id, s.tag_id, s.start, s.end, s.confidence, s.attributes) for s in project.suggestions())


def test_suggest_all_learns_on_its_worker_and_equals_the_synchronous_path(window, dialog, qtbot, monkeypatch):
    gate = Gate(monkeypatch, qtbot)
    trigger(window, "suggestAll")
    assert dialog.notes == [suggestall.LEARNING]
    qtbot.waitUntil(lambda: not window.suggest_all.running, timeout=30000)
    assert gate.released == [True] and gate.threads[0] != threading.get_ident()
    project = window.session.project
    learned = open_rows(project)
    message = window.statusBar().currentMessage()
    assert "held back by what you rejected before" in message
    assert window.learned.fresh() is not None  # Suggest for This Document takes the worker's model as it is
    monkeypatch.setattr(running, "train", learning.train)
    synchronous = project_suggester(project, learn=True)  # the old way, on this thread
    project.store_suggestions({d.id: synchronous(project.document(d.id).text) for d in project.documents()})
    assert open_rows(project) == learned
    new = project.documents()[-1].id
    assert sorted(NEW[s.start:s.end] for s in project.suggestions(new)) == ["Croatia"]  # the teams are held back


def test_cancel_while_learning_stops_it_and_stores_nothing(window, dialog, qtbot, monkeypatch):
    real = learning.train
    seen = []

    def until_stopped(examples, stopped=None):
        seen.append(stopped)
        while not stopped():  # learning goes on until Cancel is pressed
            threading.Event().wait(0.01)
        return real(examples, stopped)

    monkeypatch.setattr(learnedmodels, "train", until_stopped)
    dialog.cancel_after = 0  # Cancel is pressed while the progress dialog says it is learning
    trigger(window, "suggestAll")
    qtbot.waitUntil(lambda: not window.suggest_all.running, timeout=30000)
    assert len(seen) == 1 and seen[0]()
    assert window.session.project.count_suggestions() == {}
    assert window.statusBar().currentMessage().startswith("Stopped: 0 suggestions in 0 of")
    assert window.learned.fresh() is None  # a stopped learning keeps no model
    monkeypatch.setattr(learnedmodels, "train", real)
    dialog.cancel_after = None
    trigger(window, "suggestAll")  # a run after a cancel learns and suggests
    qtbot.waitUntil(lambda: not window.suggest_all.running, timeout=30000)
    assert len(window.session.project.count_suggestions()) == 1  # the new document: the decided ones are all decided


def test_suggest_for_this_document_learns_on_a_worker_then_reuses_the_model_until_a_decision(window, qtbot, monkeypatch):
    gate = Gate(monkeypatch, qtbot)
    trigger(window, "suggestDocument")
    assert window.statusBar().currentMessage() == "Learning from your decisions… the suggestions follow."
    trigger(window, "suggestDocument")  # pressed again while learning: still one learning, one run
    said = "1 suggestion to review in this document · 2 held back by what you rejected before."
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == said, timeout=30000)
    assert gate.released == [True] and gate.threads[0] != threading.get_ident()
    assert [NEW[s.start:s.end] for s in window.review.rows] == ["Croatia"]
    project = window.session.project
    monkeypatch.setattr(running, "train", learning.train)
    synchronous = project_suggester(project, learn=True)
    assert [(s.start, s.end) for s in synchronous(NEW)] == [(s.start, s.end) for s in window.review.rows]

    trigger(window, "suggestDocument")  # nothing decided since: the kept model, at once
    assert window.statusBar().currentMessage() == said and len(gate.threads) == 1

    trigger(window, "rejectSuggestion")  # a new decision: the kept model is stale
    assert window.learned.fresh() is None
    trigger(window, "suggestDocument")
    assert window.statusBar().currentMessage() == "Learning from your decisions… the suggestions follow."
    qtbot.waitUntil(lambda: len(gate.threads) == 2 and not window.learned.training, timeout=30000)
    assert gate.released == [True, True]
    assert window.learned.fresh() is not None


def test_closing_the_window_while_learning_ends_the_worker(window, qtbot, monkeypatch):
    started = threading.Event()
    real = learning.train

    def slow(examples, stopped=None):
        started.set()
        while not stopped():
            threading.Event().wait(0.01)
        return real(examples, stopped)

    monkeypatch.setattr(learnedmodels, "train", slow)
    trigger(window, "suggestDocument")
    qtbot.waitUntil(started.is_set, timeout=30000)
    thread = window.learned._thread
    window.close()
    assert thread.isFinished() and not window.learned.training


def test_a_database_error_while_learning_is_one_clear_message(window, dialog, qtbot, monkeypatch):
    import sqlite3

    def broken(project, stopped=None):
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr(learnedmodels, "project_examples", broken)
    trigger(window, "suggestAll")
    qtbot.waitUntil(lambda: not window.suggest_all.running, timeout=30000)
    assert dialog.errors and dialog.errors[0][0] == "Could not learn from your decisions"
    assert "database disk image is malformed" in dialog.errors[0][1]
