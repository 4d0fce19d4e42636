"""Benchmark Suggest for All Documents in the real window: the longest event-loop stall while it runs.

A timer ticks every 5 ms on the GUI thread; a stall is how much later than due a tick came. Printed
beside two baselines measured in the same run: the same timer with the window idle (what the loop
costs anyway), and the time the suggesters alone take for the corpus on one thread (the stall the
window would show if it ran them itself). Issue 11's target: no stall over 100 ms.
Usage: QT_QPA_PLATFORM=offscreen python bench/bench_suggest_all.py [--documents 1200] [--seed 11]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from newsmark.core.storage import Project
from newsmark.core.suggest import suggest

SAMPLE = Path(__file__).resolve().parent.parent / "resources" / "sample-article.txt"
TICK_MS = 5


def make_documents(count: int, rng: random.Random) -> list[tuple[str, str, str, dict]]:
    """News-like documents: three to eight of the sample article's paragraphs each, in random order."""
    paragraphs = [p for p in SAMPLE.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    docs = []
    for i in range(count):
        body = "\n\n".join(rng.sample(paragraphs, min(len(paragraphs), rng.randint(3, 8))))
        docs.append((f"Report {i}", f"Report {i}\n\n{body}\n", "", {}))
    return docs


class StallMeter:
    """Records how late each tick of a fast timer on the GUI thread came."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.stalls: list[float] = []

    def start(self) -> None:
        self.stalls = []
        self.clock.start()
        self._last = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed() / 1e6
        self.stalls.append(now - self._last - TICK_MS)
        self._last = now

    def stop(self) -> tuple[float, float]:
        """(longest stall, 99th percentile) in milliseconds."""
        self.timer.stop()
        ordered = sorted(self.stalls) or [0.0]
        return ordered[-1], ordered[int(len(ordered) * 0.99)]


def run_until(app: QApplication, done, limit_s: float) -> None:
    deadline = time.perf_counter() + limit_s
    while not done() and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.001)


def main() -> None:
    """Measure the baselines, then the run."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    from newsmark.ui.mainwindow import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.newsmark"
        docs = make_documents(args.documents, random.Random(args.seed))
        with Project.open(path, create=True) as project:
            project.add_documents(docs)
        words = sum(len(text.split()) for _t, text, _s, _m in docs)
        t0 = time.perf_counter()
        for _t, text, _s, _m in docs:
            suggest(text)
        alone = time.perf_counter() - t0

        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.IniFormat)
        settings.setValue("annotator", "bench")
        window = MainWindow(Project.open(path), settings)
        window.show()
        meter = StallMeter()
        meter.start()
        idle_until = time.perf_counter() + 1.0
        run_until(app, lambda: time.perf_counter() > idle_until, 2.0)
        idle_max, idle_p99 = meter.stop()

        meter.start()
        t0 = time.perf_counter()
        window.actions.suggest_all.trigger()
        run_until(app, lambda: not window.suggest_all.running, 600.0)
        elapsed = time.perf_counter() - t0
        run_max, run_p99 = meter.stop()
        stored = sum(window.session.project.count_suggestions().values())
        window.close()

    print(f"{args.documents} documents, {words:,} words, {stored:,} suggestions stored")
    print(f"suggest for all documents: {elapsed:6.2f} s in the window; longest stall {run_max:6.1f} ms (p99 {run_p99:.1f} ms)")
    print(f"baseline, idle window:               longest stall {idle_max:6.1f} ms (p99 {idle_p99:.1f} ms)")
    print(f"baseline, suggesters on one thread: {alone:6.2f} s (the stall if the window ran them itself)")
    print(f"target: no stall over 100 ms -> {'met' if run_max <= 100 else 'NOT met'}")


if __name__ == "__main__":
    main()
