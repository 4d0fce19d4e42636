"""Benchmark the article view on a large article with many overlapping spans, beside a bare QPlainTextEdit.

Prints, for the real MainWindow over a real project file:
  open + first paint   (read the document and the first screen's spans from SQLite, lay out, paint)
  longest stall        (the longest gap of a 5 ms heartbeat timer from the first paint until every span is listed)
  every span listed    (the rest of the spans read in slices, indexed and listed, after the first paint)
  peak memory          (peak RSS of a fresh process that opens the window and lists every span,
                        beside a fresh process holding the same text in a bare QPlainTextEdit)
  one viewport paint   (scrolled to the middle, where spans are dense; again at 1.5 line spacing)
  add one span         (push the command: committed to disk, indexed, listed, repainted)
  with --links N: N links between nearby spans; the viewport paint again with every link on screen
  drawn (View › Show All Links), and adding one link (committed, shown, listed, repainted)
each beside the same measurement of a bare QPlainTextEdit holding the same text with no highlights.
Targets (issues #2, #8): first paint <= 300 ms, stall <= 100 ms, every span listed <= 3 s,
memory <= 1.5x bare, paint <= 2x bare, add <= 16 ms.
Targets for links (issue #10): first paint and viewport paint <= 2x bare with 50k links, add a link <= 16 ms.
Usage: QT_QPA_PLATFORM=offscreen python bench/bench_view.py [--mb 10] [--spans 200000] [--mixed] [--links 50000]
(--mixed: Arabic and Hebrew words in every paragraph, mixed with English and numbers)
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import random
import statistics
import sys
import tempfile
from types import SimpleNamespace
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from newsmark.core.model import Link, Span, now_iso  # noqa: E402
from newsmark.core.storage import Project  # noqa: E402
from newsmark.ui.mainwindow import MainWindow  # noqa: E402

WORDS = (
    "the troops officials said Kursk region 8,000 soldiers Ukraine border Moscow's forces "
    "café naïve 🇺🇦 👨‍👩‍👧 estimated total increase Seoul allies “quote” figure — claim"
).split()
# --mixed: right-to-left words in every paragraph, so every block takes the article view's exact (bidi) path.
MIXED_WORDS = WORDS + "قال مجلس الأمن إن القوات كورسك צה״ל אמר חיילים 10,000".split()
SIZE = (1200, 800)


def make_text(chars: int, rng: random.Random, words: list[str] = WORDS) -> str:
    parts, n = [], 0
    while n < chars:
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(8, 30))) + ". "
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


def make_links(project: Project, doc_id: int, count: int, rng: random.Random) -> int:
    """``count`` links of a type allowed between any tags, each between two spans near each other in the text."""
    spans = sorted(project.spans(doc_id), key=lambda s: s.start)
    kind = next(t for t in project.link_types() if not t.sources and not t.targets)
    stamp, links, seen = now_iso(), [], set()
    while len(links) < count:
        i = rng.randrange(len(spans) - 1)
        j = min(len(spans) - 1, max(0, i + rng.randint(-6, 6)))
        a, b = spans[i].id, spans[j].id
        if a != b and frozenset((a, b)) not in seen:  # the type is symmetric: b -> a is the same link
            seen.add(frozenset((a, b)))
            links.append(Link(0, doc_id, kind.id, a, b, "", "bench", stamp, stamp))
    project.add_links(links)
    return kind.id


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


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB.

    VmHWM, not getrusage's ru_maxrss: that one survives exec, so a child started by a large
    parent would report the parent's size.
    """
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # not Linux


def memory_child(kind: str, project: Path, spans: int) -> None:
    """Run in a fresh process: open the window (or a bare view) on the project's article, print the peak RSS."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if kind == "bare":
        with Project.open(project, readonly=True) as p:
            text = p.document(p.documents()[0].id).text
        view = QPlainTextEdit()
        view.setReadOnly(True)
        view.resize(*SIZE)
        view.setPlainText(text)
        view.show()
        app.processEvents()
        view.viewport().repaint()
    else:
        window = MainWindow(Project.open(project), QSettings(str(project.with_suffix(".ini")), QSettings.IniFormat))
        window.resize(*SIZE)
        window.show()
        while window.span_table.model().rowCount() < spans:
            app.processEvents()
        window.view.viewport().repaint()
    app.processEvents()
    print(json.dumps({"peak_mb": peak_rss_mb()}))


def measure_memory(kind: str, project: Path, spans: int) -> float:
    """Peak RSS (MB) of a fresh process doing ``kind``'s work: each measurement starts clean."""
    out = subprocess.run(
        [sys.executable, __file__, "--memory-child", kind, "--project", str(project), "--spans", str(spans)],
        check=True, capture_output=True, text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])["peak_mb"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=5.0)
    parser.add_argument("--spans", type=int, default=50_000)
    parser.add_argument("--mixed", action="store_true", help="right-to-left words in every paragraph")
    parser.add_argument("--links", type=int, default=0, help="links between nearby spans (issue #10: 50000)")
    parser.add_argument("--memory-child", choices=("bare", "newsmark"), help=argparse.SUPPRESS)
    parser.add_argument("--project", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(args.memory_child, args.project, args.spans)
        return
    app = QApplication.instance() or QApplication(sys.argv[:1])
    rng = random.Random(7)
    text = make_text(int(args.mb * 1_000_000), rng, MIXED_WORDS if args.mixed else WORDS)
    folder = Path(tempfile.mkdtemp())
    with Project.open(folder / "bench.newsmark", create=True) as project:
        doc, _ = project.add_document("bench", text)
        project.add_spans(make_spans(doc.id, len(text), args.spans, rng))
        if args.links:
            make_links(project, doc.id, args.links, rng)
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
    beats = [time.perf_counter()]  # from the first paint on, a heartbeat every 5 ms: its longest gap is the stall
    heartbeat = QTimer()
    heartbeat.setInterval(5)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    heartbeat.start()
    while window.span_table.model().rowCount() < args.spans:  # the rest of the spans follow the first paint
        app.processEvents()
    everything = (time.perf_counter() - t0) * 1000
    beats.append(time.perf_counter())
    heartbeat.stop()
    stall = max(b - a for a, b in zip(beats, beats[1:])) * 1000
    _scroll_to_middle(window.view, len(text))
    app.processEvents()
    paint = statistics.median(timed(window.view.viewport().repaint, 30))
    window.view.set_line_spacing(1.5)
    window.view.viewport().repaint()  # lays the visible blocks out again, spaced
    spaced_paint = statistics.median(timed(window.view.viewport().repaint, 30))
    window.view.set_line_spacing(1.0)
    window.view.viewport().repaint()
    all_links_paint = linked_paint = None
    if args.links:
        # The selected span's links (a span in the middle with links), then every link on screen.
        middle = window.view.cursor_code_point()
        linked = next(s for s in window.session.index.overlapping(middle - 3000, middle + 3000)
                      if window.session.links.count(s.id))
        window.select_span_row(linked.id)
        app.processEvents()
        linked_paint = statistics.median(timed(window.view.viewport().repaint, 30))
        window.actions.show_all_links.setChecked(True)
        window.view.viewport().repaint()
        all_links_paint = statistics.median(timed(window.view.viewport().repaint, 30))
        window.actions.show_all_links.setChecked(False)
        window.span_table.clearSelection()
    visible = len(window.view._index.overlapping(len(text) // 2 - 3000, len(text) // 2 + 3000))

    adds = []
    for i in range(20):
        at = len(text) // 2 + i * 37
        cursor = window.view.textCursor()
        cursor.setPosition(at)
        cursor.setPosition(at + 12, QTextCursor.KeepAnchor)
        window.view.setTextCursor(cursor)

        def add():
            window.span_actions.tag_selection(1 + i % 4)
            window.view.viewport().repaint()

        adds.append(timed(add)[0])
    add = statistics.median(adds)
    link_adds = []
    if args.links:
        near = window.session.index.overlapping(len(text) // 2, len(text) // 2 + 4000)
        # Where several types are allowed the window asks; the bench answers at once, as a key press would.
        window.context.dialogs = SimpleNamespace(ask_link_type=lambda _parent, kinds: kinds[-1])
        for i in range(20):
            source, target = near[i], near[-1 - i]

            def add_link():
                window.select_span_row(source.id)
                window.linker.finish(source.id, target.id)
                window.view.viewport().repaint()

            link_adds.append(timed(add_link)[0])
    window.close()
    app.processEvents()
    bare_mb = measure_memory("bare", folder / "bench.newsmark", args.spans)
    newsmark_mb = measure_memory("newsmark", folder / "bench.newsmark", args.spans)

    mixed = ", Arabic and Hebrew in every paragraph" if args.mixed else ""
    print(f"article: {len(text) / 1e6:.1f} M characters{mixed}, {args.spans:,} spans (~{visible} near the middle)")
    print(f"{'':24}{'newsmark':>12}{'bare view':>12}{'ratio':>8}   target")
    print(f"{'open + first paint':24}{first:>10.1f}ms{bare_first:>10.1f}ms{first / bare_first:>7.1f}x   <= 300 ms")
    print(f"{'longest stall':24}{stall:>10.1f}ms{'':>12}{'':>8}   <= 100 ms (heartbeat every 5 ms, first paint to last span)")
    print(f"{'every span listed':24}{everything:>10.1f}ms{'':>12}{'':>8}   <= 3000 ms (the span table, from the start)")
    print(f"{'peak memory':24}{newsmark_mb:>10.0f}MB{bare_mb:>10.0f}MB{newsmark_mb / bare_mb:>7.2f}x   <= 1.5x bare (fresh processes)")
    print(f"{'one viewport paint':24}{paint:>10.2f}ms{bare_paint:>10.2f}ms{paint / bare_paint:>7.2f}x   <= 2x bare")
    print(f"{'  ... at 1.5 spacing':24}{spaced_paint:>10.2f}ms{bare_paint:>10.2f}ms{spaced_paint / bare_paint:>7.2f}x   <= 2x bare")
    print(f"{'add one span':24}{add:>10.2f}ms{bare_paint:>10.2f}ms{add / bare_paint:>7.2f}x   <= 16 ms (baseline: a bare paint)")
    if args.links:
        link_add = statistics.median(link_adds)
        print(f"links: {args.links:,} ({len(window.session.links):,} shown)")
        print(f"{'paint, a span selected':24}{linked_paint:>10.2f}ms{bare_paint:>10.2f}ms{linked_paint / bare_paint:>7.2f}x   <= 2x bare (its links drawn)")
        print(f"{'paint, all links shown':24}{all_links_paint:>10.2f}ms{bare_paint:>10.2f}ms{all_links_paint / bare_paint:>7.2f}x   <= 2x bare (every link on screen)")
        print(f"{'add one link':24}{link_add:>10.2f}ms{bare_paint:>10.2f}ms{link_add / bare_paint:>7.2f}x   <= 16 ms (baseline: a bare paint)")


if __name__ == "__main__":
    main()
