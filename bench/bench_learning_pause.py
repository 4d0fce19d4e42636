"""Benchmark Learn from Decisions in the real window: the longest GUI-thread stall with learning on, beside rules alone.

A project of sports reports holds about 10,000 decisions (the teams rejected, the places accepted). A timer
ticks every 5 ms on the GUI thread (bench_suggest_all.StallMeter); a stall is how much later than due a
tick came. Measured in one run: Suggest for All Documents with rules alone, then with learning (no model
kept, so its worker learns first), Suggest for This Document with a stale model (learned on a worker,
the suggestions follow), and as the baseline of the old way, the time the window's thread spent learning
itself (project_suggester(..., learn=True)). Issue 11's target: no stall over 100 ms.
Usage: QT_QPA_PLATFORM=offscreen python bench/bench_learning_pause.py [--documents 2500]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_suggest_all import StallMeter, run_until  # noqa: E402

from newsmark.core.storage import Project  # noqa: E402
from newsmark.core.suggest.running import project_suggester  # noqa: E402

TEAMS = [("Wales", "Hungary"), ("Spain", "Italy"), ("Brazil", "Chile"), ("Ghana", "Egypt"), ("Norway", "Sweden")]
PLACES = [("Paris", "Lyon"), ("London", "Leeds"), ("Berlin", "Munich"), ("Madrid", "Seville"), ("Rome", "Milan")]


def report(n: int) -> str:
    """A short sports report: two teams (country names) and two places, numbered so each is a document of its own."""
    (a, b), (c, d) = TEAMS[n % 5], PLACES[(n // 5) % 5]
    return (f"Round {n}\n\n{a} beat {b} 2-0 in round {n} of the cup. Fans had gathered in {c} before the game, "
            f"and more in {d} after it, officials said.\n")


def build(path: Path, documents: int) -> int:
    """The project, its suggestions decided as an analyst would; returns how many decisions it holds."""
    with Project.open(path, create=True) as p:
        p.add_documents([(f"Round {n}", report(n), "", {}) for n in range(documents)] + [("New", report(documents), "", {})])
        suggester = project_suggester(p, tags=["location"])
        ids = [d.id for d in p.documents()[:-1]]
        p.store_suggestions({i: suggester(text) for i, _title, text in p.document_texts(ids)})
        texts = dict((i, text) for i, _title, text in p.document_texts(ids))
        rejected, accepted = [], []
        for s in p.suggestions():
            words = texts[s.document_id][s.start:s.end]
            (rejected if any(words in pair for pair in TEAMS) else accepted).append(s.id)
        p.reject_suggestions(rejected)
        p.accept_suggestions([(i, {}) for i in accepted])
        p.clear_suggestions()
        return len(rejected) + len(accepted)


def measured(app, meter: StallMeter, act, done) -> tuple[float, float, float]:
    """(seconds, longest stall ms, p99 ms) of ``act`` until ``done()``."""
    meter.start()
    began = time.perf_counter()
    act()
    run_until(app, done, 600.0)
    seconds = time.perf_counter() - began
    settle = time.perf_counter() + 0.2  # a few more ticks: a stall at the very end (or of a synchronous act) is seen
    run_until(app, lambda: time.perf_counter() > settle, 1.0)
    return (seconds, *meter.stop())


def main() -> None:
    """Build the project, then measure each way in the same window."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2500)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    from newsmark.ui.mainwindow import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.newsmark"
        decisions = build(path, args.documents)
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.IniFormat)
        settings.setValue("annotator", "bench")
        window = MainWindow(Project.open(path), settings)
        window.show()
        project = window.session.project
        window.session.open_document(project.documents()[-1].id)
        meter = StallMeter()
        learn = window.actions.learn_from_decisions

        def suggest_all() -> tuple[float, float, float]:
            project.clear_suggestions()
            return measured(app, meter, window.actions.suggest_all.trigger, lambda: not window.suggest_all.running)

        learn.setChecked(False)
        rules = suggest_all()
        learn.setChecked(True)
        window.learned.stop()  # no model kept: the worker learns one first
        learning = suggest_all()
        window.learned.stop()
        status = window.statusBar()
        document = measured(app, meter, window.actions.suggest_document.trigger,
                            lambda: "to review" in status.currentMessage() or "Nothing new" in status.currentMessage())
        kept = measured(app, meter, window.actions.suggest_document.trigger, lambda: True)
        began = time.perf_counter()
        project_suggester(project, learn=True)  # the old way: the window's thread learns
        old = time.perf_counter() - began
        window.close()

    print(f"{args.documents + 1} documents, {decisions:,} decisions")
    for name, (seconds, longest, p99) in (
        ("suggest for all, rules alone (baseline)", rules),
        ("suggest for all, learning on its worker", learning),
        ("suggest for this document, stale model ", document),
        ("suggest for this document, model kept  ", kept),
    ):
        print(f"{name}: {seconds:6.2f} s; longest GUI stall {longest:6.1f} ms (p99 {p99:.1f} ms)")
    print(f"baseline, the old way (learning on the window's thread): a stall of {old * 1000:.0f} ms")
    worst = max(learning[1], document[1], kept[1])
    print(f"target: no stall over 100 ms with learning on -> {'met' if worst <= 100 else 'NOT met'}")


if __name__ == "__main__":
    main()
