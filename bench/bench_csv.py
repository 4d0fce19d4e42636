"""Benchmark exporting and loading 1M spans as CSV, each beside the bare loop it must stay close to.

  export  newsmark export (escaping, attribute columns, atomic write)
          vs a bare sqlite3 + csv.writer loop over the same rows            target <= 1.5x
  load    newsmark load (read, check every row against its document, one transaction)
          vs a raw executemany of the same rows in one transaction          target <= 2x
Usage: python bench/bench_csv.py [--spans 1000000]
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

from newsmark.core import csvset  # noqa: E402
from newsmark.core.model import Span, now_iso  # noqa: E402
from newsmark.core.storage import Project  # noqa: E402

SPANS = (
    'SELECT s.id, t.name, s.start, s."end", s.note, s.annotator, s.created_at, s.updated_at FROM spans s '
    'JOIN tags t ON t.id = s.tag_id WHERE s.document_id = ? ORDER BY s.start, s."end", s.id'
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spans", type=int, default=1_000_000)
    args = parser.parse_args()
    rng = random.Random(5)
    folder = Path(tempfile.mkdtemp())
    source = folder / "source.newsmark"
    stamp = now_iso()
    with Project.open(source, create=True) as p:
        docs = []
        for i in range(20):  # 20 articles of 200k characters
            doc, _ = p.add_document(f"article {i}", make_text(200_000, rng))
            docs.append(doc)
        spans = []
        for _ in range(args.spans):
            doc = rng.choice(docs)
            start = rng.randrange(len(doc.text) - 100)
            spans.append(Span(0, doc.id, rng.randint(1, 4), start, start + rng.randint(1, 80), "", "bench", stamp, stamp))
        p.add_spans(spans)

    out = folder / "set.csv"
    with Project.open(source, readonly=True) as p:
        t0 = time.perf_counter()
        count = csvset.export_csv_file(p, out)
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
    assert count == args.spans

    target = folder / "target.newsmark"
    with Project.open(target, create=True) as p:
        with Project.open(source, readonly=True) as s:
            for info in s.documents():
                doc = s.document(info.id)
                p.add_document(doc.title, doc.text)
        t0 = time.perf_counter()
        plan = csvset.load_csv_file(p, out)
        load_s = time.perf_counter() - t0
    assert len(plan.spans) == args.spans - plan.skipped

    bare = folder / "bare.newsmark"
    with Project.open(bare, create=True) as p:
        with Project.open(source, readonly=True) as s:
            for info in s.documents():
                doc = s.document(info.id)
                p.add_document(doc.title, doc.text)
    with open(out, encoding="utf-8-sig", newline="") as f:
        rows = [(int(r[0]), 1, int(r[5]), int(r[6]), r[8], r[9], r[10], r[11]) for r in list(csv.reader(f))[1:]]
    conn = sqlite3.connect(bare)
    t0 = time.perf_counter()
    with conn:
        conn.executemany(
            'INSERT INTO spans (document_id, tag_id, start, "end", note, annotator, created_at, updated_at) '
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows,
        )
    bare_load_s = time.perf_counter() - t0
    conn.close()

    print(f"{args.spans:,} spans in 20 documents of 200k characters")
    print(f"{'export CSV':12}{export_s:>8.2f} s   bare query + csv.writer {bare_export_s:>6.2f} s   "
          f"{export_s / bare_export_s:.2f}x (target <= 1.5x)")
    print(f"{'load CSV':12}{load_s:>8.2f} s   bare executemany        {bare_load_s:>6.2f} s   "
          f"{load_s / bare_load_s:.2f}x (target <= 2x)")


if __name__ == "__main__":
    main()
