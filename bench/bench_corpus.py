"""Benchmark the window at corpus scale (10,000 articles, 1M spans), each bulk action beside a bare baseline.

Drives the real MainWindow offscreen over a real project file and prints, beside the same
work done bare in the same run (plain sqlite3 on a copy of the file, no window):
  open project        (window built, document list filled, first document shown)     target <= 1 s
  switch document     (median of 20 clicks in the document list)                      target <= 50 ms
  tag all "Kursk"     (every document; bare: read the texts, re.finditer, one executemany)
  ... undo / redo     (bare: one executemany of deletes / of inserts)
  export CSV          (bare: sqlite3 + csv.writer, the same columns)
  load CSV            (into the same documents without spans; bare: csv.reader + one executemany)
Target (issue #8): each bulk action <= 3x its bare baseline.
Usage: QT_QPA_PLATFORM=offscreen python bench/bench_corpus.py [--docs 10000] [--spans 1000000]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import random
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from newsmark.core.storage import Project  # noqa: E402
from newsmark.core.text.search import Query  # noqa: E402
from newsmark.ui import dialogs  # noqa: E402
from newsmark.ui.mainwindow import MainWindow  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

WORD = "Kursk"
VOCABULARY = (
    "the troops officials said region soldiers Ukraine border Moscow forces café naïve estimated total "
    "increase Seoul allies figure claim report village bridge convoy ministry spokesman statement week "
    "attack defence drone river night morning reporters according analysts"
).split()
STAMP = "2026-11-30T00:00:00.000Z"
SPAN_COLUMNS = 'id, document_id, tag_id, start, "end", note, annotator, created_at, updated_at, attributes'


def make_corpus(folder: Path, docs: int, spans: int, chars: int, word_per_doc: int) -> tuple[Path, Path]:
    """A project with ``docs`` articles and ``spans`` spans, and a copy of it with the articles only."""
    rng = random.Random(8)
    path, empty = folder / "corpus.newsmark", folder / "empty.newsmark"
    Project.open(path, create=True).close()  # the real schema and tag set
    conn = sqlite3.connect(path)
    words_per_doc = chars // 7
    rows, lengths = [], []
    for i in range(1, docs + 1):
        words = rng.choices(VOCABULARY, k=words_per_doc)
        for at in rng.sample(range(words_per_doc), word_per_doc):
            words[at] = WORD
        text = " ".join(words) + f" (article {i}).\n"
        lengths.append(len(text))
        digest = hashlib.sha256(text.encode()).hexdigest()
        rows.append((i, f"Article {i}", text, len(text), f"/corpus/{i}.txt", digest, STAMP))
    conn.executemany(
        "INSERT INTO documents (id, title, text, chars, source_path, sha256, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)", rows
    )
    conn.commit()
    conn.close()
    shutil.copy(path, empty)  # no connection is open: a plain copy is safe
    conn = sqlite3.connect(path)
    tags = [r[0] for r in conn.execute("SELECT id FROM tags")]
    span_rows = []
    for n in range(spans):
        document_id = 1 + n % docs
        start = rng.randrange(0, lengths[document_id - 1] - 60)
        span_rows.append((n + 1, document_id, rng.choice(tags), start, start + rng.randint(3, 50), "", "bench", STAMP, STAMP, "{}"))
    conn.executemany(f"INSERT INTO spans ({SPAN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", span_rows)
    conn.commit()
    conn.close()
    return path, empty


def bare_connection(path: Path) -> sqlite3.Connection:
    """A plain connection with the project's own durability settings."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    return conn


def ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def bare_tag_all(path: Path, tag_id: int) -> tuple[float, float, float, int]:
    """Tag all, undo, redo done bare: (tag ms, undo ms, redo ms, matches)."""
    conn = bare_connection(path)
    # The same search the window runs for a whole-word query (any case, word neighbours looked at).
    pattern = re.compile(rf"(?<![\w])(?:{WORD})(?![\w])", re.IGNORECASE)
    t0 = time.perf_counter()
    first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM spans").fetchone()[0]
    new = []
    for document_id, text in conn.execute("SELECT id, text FROM documents"):
        for m in pattern.finditer(text):
            new.append((first + len(new), document_id, tag_id, m.start(), m.end(), "", "bench", STAMP, STAMP, "{}"))
    with conn:
        conn.executemany(f"INSERT INTO spans ({SPAN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new)
    tag = ms(t0)
    t0 = time.perf_counter()
    with conn:
        conn.executemany("DELETE FROM spans WHERE id = ?", [(r[0],) for r in new])
    undo = ms(t0)
    t0 = time.perf_counter()
    with conn:
        conn.executemany(f"INSERT INTO spans ({SPAN_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new)
    redo = ms(t0)
    conn.close()
    return tag, undo, redo, len(new)


def bare_export(path: Path, out: Path) -> float:
    conn = bare_connection(path)
    t0 = time.perf_counter()
    texts = {i: (title, text) for i, title, text in conn.execute("SELECT id, title, text FROM documents")}
    with open(out, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["document_id", "title", "span_id", "tag", "start", "end", "text", "note", "annotator", "created_at", "updated_at"])
        rows = conn.execute(
            'SELECT s.document_id, s.id, t.name, s.start, s."end", s.note, s.annotator, s.created_at, s.updated_at '
            'FROM spans s JOIN tags t ON t.id = s.tag_id ORDER BY s.document_id, s.start, s."end", s.id'
        )
        for document_id, span_id, tag, start, end, note, who, created, updated in rows:
            title, text = texts[document_id]
            writer.writerow([document_id, title, span_id, tag, start, end, text[start:end], note, who, created, updated])
    took = ms(t0)
    conn.close()
    return took


def bare_load(path: Path, source: Path) -> float:
    conn = bare_connection(path)
    t0 = time.perf_counter()
    tags = {name: i for i, name in conn.execute("SELECT id, name FROM tags")}
    with open(source, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        rows = [
            (int(r["document_id"]), tags[r["tag"]], int(r["start"]), int(r["end"]), r["note"], r["annotator"],
             r["created_at"], r["updated_at"], "{}")
            for r in reader
        ]
    with conn:
        conn.executemany(f"INSERT INTO spans ({SPAN_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    took = ms(t0)
    conn.close()
    return took


def settle(app: QApplication) -> None:
    """Let queued work (deferred slices, repaints) finish."""
    for _ in range(3):
        app.processEvents()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--spans", type=int, default=1_000_000)
    parser.add_argument("--chars", type=int, default=4_000, help="characters per article")
    args = parser.parse_args()
    word_per_doc = max(1, 50_000 // args.docs)  # about 50k matches in all
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    t0 = time.perf_counter()
    path, empty = make_corpus(folder, args.docs, args.spans, args.chars, word_per_doc)
    print(f"corpus: {args.docs:,} articles, {args.docs * args.chars / 1e6:.0f} M characters, {args.spans:,} spans "
          f"(made in {ms(t0) / 1000:.0f} s)")
    bare_copy, bare_empty = folder / "bare.newsmark", folder / "bare-empty.newsmark"
    shutil.copy(path, bare_copy)
    shutil.copy(empty, bare_empty)

    tag_id = 1
    bare_tag, bare_undo, bare_redo, matches = bare_tag_all(bare_copy, tag_id)
    bare_csv = folder / "bare.csv"
    bare_export_ms = bare_export(bare_copy, bare_csv)
    bare_load_ms = bare_load(bare_empty, bare_csv)

    settings = QSettings(str(folder / "settings.ini"), QSettings.IniFormat)
    dialogs.ask_annotate_all = lambda *_a: True  # no preview dialog in a benchmark
    results = []

    t0 = time.perf_counter()
    window = MainWindow(Project.open(path), settings)
    window.show()
    settle(app)
    results.append(("open project", ms(t0), None, "<= 1000 ms"))

    rng = random.Random(3)
    model = window.document_list.model()
    switches = []
    for row in rng.sample(range(model.rowCount()), min(20, model.rowCount())):
        t0 = time.perf_counter()
        window.document_list.setCurrentIndex(model.index(row))
        settle(app)
        switches.append(ms(t0))
    results.append(("switch document", statistics.median(switches), None, "<= 50 ms"))

    t0 = time.perf_counter()
    window.finder.annotate(Query(WORD, whole_word=True), tag_id, everywhere=True)
    settle(app)
    tagged = ms(t0)
    assert window.undo_stack.count() == 1, "tag all was pushed"
    results.append((f"tag all “{WORD}” ({matches:,})", tagged, bare_tag, "<= 3x"))
    for name, action, bare in (("  ... undo", window.actions.undo, bare_undo), ("  ... redo", window.actions.redo, bare_redo)):
        t0 = time.perf_counter()
        action.trigger()
        settle(app)
        results.append((name, ms(t0), bare, "<= 3x"))

    out = folder / "export.csv"
    dialogs.ask_export_path = lambda *_a, **_k: out
    t0 = time.perf_counter()
    window.actions.export_csv.trigger()
    settle(app)
    results.append(("export CSV", ms(t0), bare_export_ms, "<= 3x"))
    window.close()
    settle(app)

    window = MainWindow(Project.open(empty), settings)
    window.show()
    settle(app)
    dialogs.ask_annotation_set_path = lambda *_a, **_k: out
    t0 = time.perf_counter()
    window.actions.load_set.trigger()
    settle(app)
    loaded = ms(t0)
    assert window.undo_stack.count() == 1, "the load was pushed"
    results.append(("load CSV", loaded, bare_load_ms, "<= 3x"))
    t0 = time.perf_counter()
    window.actions.undo.trigger()
    settle(app)
    results.append(("  ... undo", ms(t0), None, ""))
    window.close()

    print(f"{'':30}{'newsmark':>11}{'bare':>11}{'ratio':>8}   target")
    for name, took, bare, target in results:
        bare_text = f"{bare:>9.0f}ms" if bare else f"{'':>11}"
        ratio = f"{took / bare:>7.1f}x" if bare else f"{'':>8}"
        print(f"{name:30}{took:>9.0f}ms{bare_text}{ratio}   {target}")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
