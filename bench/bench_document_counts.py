"""Benchmark the document list's open-suggestion counts at corpus scale (10,000 documents, 300,000 suggestions).

Drives the real MainWindow offscreen and prints, beside baselines measured in the same run:
  open project      the window with the counts, and the same window with the counts left out
  accept one        Enter on the current suggestion (the list reads one document's count again);
                    the bare baseline is the same count read alone, and the whole project's grouped count
Usage: QT_QPA_PLATFORM=offscreen python bench/bench_document_counts.py [--docs 10000] [--per-doc 30]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from newsmark.core.storage import Project  # noqa: E402
from newsmark.ui import documentlistmodel  # noqa: E402
from newsmark.ui.mainwindow import MainWindow  # noqa: E402

SENTENCE = "About 8,000 troops crossed the border near the river, officials said on Tuesday. "
STAMP = "2026-11-30T00:00:00.000Z"


def make_project(path: Path, docs: int, per_doc: int) -> None:
    """``docs`` articles, each with ``per_doc`` open figure suggestions (written straight into the table)."""
    with Project.open(path, create=True) as project:
        project.add_documents([(f"Report {i}", f"Report {i}\n\n" + SENTENCE * per_doc, "", {}) for i in range(docs)])
        figure = next(t.id for t in project.tags() if t.name == "figure")
    conn = sqlite3.connect(path)
    rows = [(d, figure, 12 + n * len(SENTENCE) + 6, 12 + n * len(SENTENCE) + 11, "{}", 0.9, "figures", STAMP)
            for d in range(1, docs + 1) for n in range(per_doc)]
    with conn:
        conn.executemany('INSERT INTO suggestions (document_id, tag_id, start, "end", attributes, confidence, suggester, '
                         "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.close()


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def open_window(app: QApplication, path: Path, settings: QSettings) -> tuple[MainWindow, float]:
    started = time.perf_counter()
    window = MainWindow(Project.open(path), settings)
    window.show()
    settle(app)
    return window, (time.perf_counter() - started) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--per-doc", type=int, default=30)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    path = folder / "counts.newsmark"
    make_project(path, args.docs, args.per_doc)
    settings = QSettings(str(folder / "settings.ini"), QSettings.IniFormat)
    settings.setValue("annotator", "bench")

    open_window(app, path, settings)[0].close()  # warm up: imports, fonts, the file in the page cache
    real = documentlistmodel.DocumentListModel.follow_suggestions
    bare_opens, opens = [], []
    for _ in range(3):
        documentlistmodel.DocumentListModel.follow_suggestions = lambda self, read: None  # the list without counts
        window, took = open_window(app, path, settings)
        bare_opens.append(took)
        window.close()
        documentlistmodel.DocumentListModel.follow_suggestions = real
        window, took = open_window(app, path, settings)
        opens.append(took)
        window.close()
    bare_open, with_counts = statistics.median(bare_opens), statistics.median(opens)
    window = open_window(app, path, settings)[0]

    project, model = window.session.project, window.document_list.model()
    started = time.perf_counter()
    every = project.count_suggestions()
    grouped = (time.perf_counter() - started) * 1000
    window.review.start()
    accepts, reads = [], []
    for _ in range(15):
        document_id = window.session.document.id
        started = time.perf_counter()
        window.review.accept()
        settle(app)
        accepts.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        project.count_suggestions(document_ids=[document_id])
        reads.append((time.perf_counter() - started) * 1000)
    shown = model.index(0).data()
    window.close()

    print(f"{args.docs:,} documents, {sum(every.values()):,} open suggestions; first row: {shown!r}")
    print(f"open project:   median of 3 with counts {with_counts:7.0f} ms;  without counts (baseline) {bare_open:7.0f} ms")
    print(f"accept one:     median {statistics.median(accepts):7.1f} ms in the window (the list reads one count again)")
    print(f"baseline:       that one document's count read alone {statistics.median(reads):6.2f} ms; "
          f"every document's count (one grouped query) {grouped:6.1f} ms")


if __name__ == "__main__":
    main()
