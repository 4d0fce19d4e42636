"""Benchmark exporting and loading 1M spans as CSV, each beside the bare loop it must stay close to.

  export  newsmark export (escaping, attribute columns, atomic write)
          vs a bare sqlite3 + csv.writer loop over the same rows            target <= 1.5x
  load    newsmark load (read, check every row against its document, one transaction)
          vs the least a load must do: read the same file with the csv module and executemany
          its rows into the same spans table (same indexes, same pragmas) in one transaction,
          both timed from opening the file to the commit                     target <= 2x
The two loaded tables are compared afterwards, so the baseline is known to do the same job.
Usage: python bench/bench_csv.py [--spans 1000000]   (a smaller --spans for quick runs)
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_view import make_text  # noqa: E402

from newsmark.core.formats import csvlinks, csvset  # noqa: E402
from newsmark.core.model import Span, now_iso  # noqa: E402
from newsmark.core.storage import Project  # noqa: E402

SPANS = (
    'SELECT s.id, t.name, s.start, s."end", s.note, s.annotator, s.created_at, s.updated_at FROM spans s '
    'JOIN tags t ON t.id = s.tag_id WHERE s.document_id = ? ORDER BY s.start, s."end", s.id'
)


INSERT = 'INSERT INTO spans (document_id, tag_id, start, "end", note, annotator, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'


def bare_load(csv_path: Path, project_path: Path) -> float:
    """Seconds for the least a correct load does: read the file, find each tag's id, insert every row, commit."""
    conn = sqlite3.connect(project_path)
    conn.execute("PRAGMA foreign_keys=ON")  # as Project.open sets them: SQLite checks each row's document and tag
    conn.execute("PRAGMA synchronous=FULL")
    tags = dict(conn.execute("SELECT name, id FROM tags"))
    t0 = time.perf_counter()
    # The bench's note, annotator and tag cells are never formula-like, so they need no unescaping.
    with open(csv_path, encoding="utf-8-sig", newline="") as f, conn:
        reader = csv.reader(f)
        next(reader)
        conn.executemany(INSERT, ((int(r[0]), tags[r[4]], int(r[5]), int(r[6]), r[8], r[9], r[10], r[11]) for r in reader))
    elapsed = time.perf_counter() - t0
    conn.close()
    return elapsed


def same_spans(a: Path, b: Path) -> bool:
    """Whether two projects hold exactly the same span rows, ids included (compared inside SQLite, for memory)."""
    columns = 'id, document_id, tag_id, start, "end", note, annotator, created_at, updated_at, attributes'
    conn = sqlite3.connect(a)
    try:
        conn.execute("ATTACH DATABASE ? AS b", (str(b),))
        differ = conn.execute(
            f"SELECT count(*) FROM (SELECT {columns} FROM main.spans EXCEPT SELECT {columns} FROM b.spans)"
        ).fetchone()[0]
        counts = conn.execute("SELECT (SELECT count(*) FROM main.spans), (SELECT count(*) FROM b.spans)").fetchone()
        return differ == 0 and counts[0] == counts[1]
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spans", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:  # about 700 MB at a million spans: not left behind
        run(args.spans, Path(folder))


def run(count: int, folder: Path) -> None:
    """Make ``count`` spans, export and load them in ``folder``, each beside its baseline, and print the figures."""
    rng = random.Random(5)
    source = folder / "source.newsmark"
    stamp = now_iso()
    with Project.open(source, create=True) as p:
        docs = []
        for i in range(20):  # 20 articles of 200k characters
            doc, _ = p.add_document(f"article {i}", make_text(200_000, rng))
            docs.append(doc)
        spans, keys = [], set()
        while len(spans) < count:
            doc = rng.choice(docs)
            start = rng.randrange(len(doc.text) - 100)
            span = Span(0, doc.id, rng.randint(1, 4), start, start + rng.randint(1, 80), "", "bench", stamp, stamp)
            if span[1:5] not in keys:  # no duplicates: the load would skip them and the baseline would not
                keys.add(span[1:5])
                spans.append(span)
        p.add_spans(spans)

    out = folder / "set.csv"
    with Project.open(source, readonly=True) as p:
        t0 = time.perf_counter()
        written = csvset.export_csv_file(p, out)
        export_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    conn = sqlite3.connect(source)
    with open(folder / "bare.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)  # the least a correct export must do: each text once, sliced per span
        for doc_id, title, digest, text in conn.execute("SELECT id, title, sha256, text FROM documents ORDER BY id"):
            for span_id, tag, start, end, note, who, created, updated in conn.execute(SPANS, (doc_id,)):
                writer.writerow((doc_id, title, digest, span_id, tag, start, end, text[start:end], note, who, created, updated))
    conn.close()
    bare_export_s = time.perf_counter() - t0
    assert written == count

    target, bare = folder / "target.newsmark", folder / "bare.newsmark"
    for path in (target, bare):
        with Project.open(path, create=True) as p, Project.open(source, readonly=True) as s:
            for info in s.documents():
                doc = s.document(info.id)
                p.add_document(doc.title, doc.text)
    with Project.open(target) as p:
        t0 = time.perf_counter()
        plan = csvlinks.load_csv_file(p, out)
        load_s = time.perf_counter() - t0
    assert len(plan.spans) == count and plan.skipped == 0
    bare_load_s = bare_load(out, bare)
    assert same_spans(target, bare), "the baseline did not load the same spans"

    print(f"{count:,} spans in 20 documents of 200k characters")
    print(f"{'export CSV':12}{export_s:>8.2f} s   bare query + csv.writer {bare_export_s:>6.2f} s   "
          f"{export_s / bare_export_s:.2f}x (target <= 1.5x)")
    print(f"{'load CSV':12}{load_s:>8.2f} s   bare csv + executemany  {bare_load_s:>6.2f} s   "
          f"{load_s / bare_load_s:.2f}x (target <= 2x)")


if __name__ == "__main__":
    main()
