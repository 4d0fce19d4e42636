"""Benchmark the article view on a 5 MB article with 50k overlapping spans, beside a bare QPlainTextEdit.

Prints, for the real MainWindow over a real project file:
  open + first paint   (read the document and the first screen's spans from SQLite, lay out, paint)
  every span listed    (the rest of the spans read, indexed and listed, right after the first paint)
  one viewport paint   (scrolled to the middle, where spans are dense; again at 1.5 line spacing)
  add one span         (push the command: committed to disk, indexed, listed, repainted)
each beside the same measurement of a bare QPlainTextEdit holding the same text with no highlights.
Targets (issue #2): first paint <= 300 ms, paint <= 2x bare, add <= 16 ms.
Usage: QT_QPA_PLATFORM=offscreen python bench/bench_view.py [--mb 5] [--spans 50000]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from newsmark.core.model import Span, now_iso  # noqa: E402
from newsmark.core.storage import Project  # noqa: E402
from newsmark.ui.mainwindow import MainWindow  # noqa: E402

WORDS = (
    "the troops officials said Kursk region 8,000 soldiers Ukraine border Moscow's forces "
    "café naïve 🇺🇦 👨‍👩‍👧 estimated total increase Seoul allies “quote” figure — claim"
).split()
SIZE = (1200, 800)


def make_text(chars: int, rng: random.Random) -> str:
    parts, n = [], 0
    while n < chars:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 30))) + ". "
        if rng.random() < 0.15:
            sentence += "\n\n"
        parts.append(sentence)
        n += len(sentence)
    return "".join(parts)[:chars]


def make_spans(doc_id: int, length: int, count: int, rng: random.Random) -> list[Span]:
    stamp = now_iso()
    spans = []
    for _ in range(count):
        start = rng.randrange(0, length - 400)
        end = start + rng.choice((rng.randint(3, 40), rng.randint(40, 300)))
        spans.append(Span(0, doc_id, rng.randint(1, 4), start, end, "", "bench", stamp, stamp))
    return spans


def timed(fn, repeat: int = 1) -> list[float]:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return times


def bare_view(app: QApplication, text: str, size) -> tuple[float, float]:
    view = QPlainTextEdit()
    view.setReadOnly(True)
    view.resize(size)  # the article view's own size: the same number of glyphs to paint

    def open_and_paint():
        view.setPlainText(text)
        view.show()
        view.viewport().repaint()

    first = timed(open_and_paint)[0]
    _scroll_to_middle(view, len(text))
    app.processEvents()
    paint = statistics.median(timed(view.viewport().repaint, 30))
    view.close()
    return first, paint


def _scroll_to_middle(view: QPlainTextEdit, length: int) -> None:
    cursor = view.textCursor()
    cursor.setPosition(length // 2)
    view.setTextCursor(cursor)
    view.centerCursor()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--spans", type=int, default=50_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    rng = random.Random(7)
    text = make_text(int(args.mb * 1_000_000), rng)
    folder = Path(tempfile.mkdtemp())
    with Project.open(folder / "bench.newsmark", create=True) as project:
        doc, _ = project.add_document("bench", text)
        project.add_spans(make_spans(doc.id, len(text), args.spans, rng))
    settings = QSettings(str(folder / "settings.ini"), QSettings.IniFormat)

    # A first window, untimed: it gives the article view's size for the bare view, and it warms
    # font and glyph caches for both measurements alike.
    warm = MainWindow(Project.open(folder / "bench.newsmark"), settings)
    warm.resize(*SIZE)
    warm.show()
    app.processEvents()
    view_size = warm.view.size()
    warm.close()
    app.processEvents()
    bare_first, bare_paint = bare_view(app, text, view_size)

    window = None

    def open_and_paint():
        nonlocal window
        window = MainWindow(Project.open(folder / "bench.newsmark"), settings)
        window.resize(*SIZE)
        window.show()
        window.view.viewport().repaint()

    t0 = time.perf_counter()
    open_and_paint()
    first = (time.perf_counter() - t0) * 1000
    while len(window.session.index) < args.spans:  # the rest of the spans follow the first paint
        app.processEvents()
    everything = (time.perf_counter() - t0) * 1000
    _scroll_to_middle(window.view, len(text))
    app.processEvents()
    paint = statistics.median(timed(window.view.viewport().repaint, 30))
    window.view.set_line_spacing(1.5)
    window.view.viewport().repaint()  # lays the visible blocks out again, spaced
    spaced_paint = statistics.median(timed(window.view.viewport().repaint, 30))
    window.view.set_line_spacing(1.0)
    window.view.viewport().repaint()
    visible = len(window.view._index.overlapping(len(text) // 2 - 3000, len(text) // 2 + 3000))

    adds = []
    for i in range(20):
        at = len(text) // 2 + i * 37
        cursor = window.view.textCursor()
        cursor.setPosition(at)
        cursor.setPosition(at + 12, QTextCursor.KeepAnchor)
        window.view.setTextCursor(cursor)

        def add():
            window.tag_selection(1 + i % 4)
            window.view.viewport().repaint()

        adds.append(timed(add)[0])
    add = statistics.median(adds)
    window.close()
    app.processEvents()

    print(f"article: {len(text) / 1e6:.1f} M characters, {args.spans:,} spans (~{visible} near the middle)")
    print(f"{'':24}{'newsmark':>12}{'bare view':>12}{'ratio':>8}   target")
    print(f"{'open + first paint':24}{first:>10.1f}ms{bare_first:>10.1f}ms{first / bare_first:>7.1f}x   <= 300 ms")
    print(f"{'every span listed':24}{everything:>10.1f}ms{'':>12}{'':>8}   (the span table, after the first paint)")
    print(f"{'one viewport paint':24}{paint:>10.2f}ms{bare_paint:>10.2f}ms{paint / bare_paint:>7.2f}x   <= 2x bare")
    print(f"{'  ... at 1.5 spacing':24}{spaced_paint:>10.2f}ms{bare_paint:>10.2f}ms{spaced_paint / bare_paint:>7.2f}x   <= 2x bare")
    print(f"{'add one span':24}{add:>10.2f}ms{bare_paint:>10.2f}ms{add / bare_paint:>7.2f}x   <= 16 ms (baseline: a bare paint)")


if __name__ == "__main__":
    main()
