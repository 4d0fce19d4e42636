"""Benchmark "tag all matches" of a common word over a 5 MB article, beside finding the matches alone.

Drives the real window: search, skip already-tagged matches, one transaction to disk,
index and table updated, one undo step. Target (issue #3): under a second.
Usage: QT_QPA_PLATFORM=offscreen python bench/bench_annotate_all.py [--mb 5] [--word troops]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from bench_view import make_text  # noqa: E402

from newsmark.core.text.search import Query, find_all  # noqa: E402
from newsmark.core.storage import Project  # noqa: E402
from newsmark.ui import dialogs  # noqa: E402
from newsmark.ui.mainwindow import MainWindow  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--word", default="troops")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    text = make_text(int(args.mb * 1_000_000), random.Random(11))
    folder = Path(tempfile.mkdtemp())
    with Project.open(folder / "bench.newsmark", create=True) as project:
        project.add_document("bench", text)
    window = MainWindow(Project.open(folder / "bench.newsmark"), QSettings(str(folder / "s.ini"), QSettings.IniFormat))
    window.show()
    dialogs.ask_annotate_all = lambda *_a: True  # no preview dialog in a benchmark
    query = Query(args.word, whole_word=True)

    t0 = time.perf_counter()
    matches = find_all(text, query)
    find_ms = (time.perf_counter() - t0) * 1000

    t0 = time.perf_counter()
    window.finder.annotate(query, tag_id=1, everywhere=False)
    app.processEvents()
    tag_ms = (time.perf_counter() - t0) * 1000
    assert len(window.session.index) == len(matches), "every match became a span"

    t0 = time.perf_counter()
    window.actions.undo.trigger()
    app.processEvents()
    undo_ms = (time.perf_counter() - t0) * 1000
    window.close()

    print(f"article: {len(text) / 1e6:.1f} M characters; “{args.word}”: {len(matches):,} matches")
    print(f"{'find the matches alone':28}{find_ms:>9.1f} ms")
    print(f"{'tag all (saved, shown)':28}{tag_ms:>9.1f} ms  ({tag_ms / find_ms:.1f}x finding; target < 1000 ms)")
    print(f"{'undo it (one step)':28}{undo_ms:>9.1f} ms")


if __name__ == "__main__":
    main()
