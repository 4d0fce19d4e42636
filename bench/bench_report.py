"""Benchmark the statistics report over a large project (default 10,000 documents, 1,000,000 spans).

Prints the time to collect every figure and to render the HTML, next to a baseline measured in the same run:
reading every span's key into Python once (``Project.span_keys``), which any per-span Python pass would cost at least.
Usage: python bench/bench_report.py [--documents 10000] [--spans 1000000]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from newsmark.core.model import Span
from newsmark.core.review.htmlreport import html_report
from newsmark.core.review.stats import collect
from newsmark.core.storage import Project

WORDS = ["Kyiv", "Kursk", "Seoul", "troops", "said", "prices", "rose", "8,000", "talks", "minister", "the", "of"]


def build(path: Path, documents: int, spans: int, rnd: random.Random) -> None:
    """A project of ``documents`` articles (~2,000 characters) and ``spans`` spans by three annotators over 60 days."""
    with Project.open(path, create=True) as project:
        tags = project.tags()
        per_document = spans // documents
        batch = []
        for n in range(documents):
            text = " ".join(rnd.choice(WORDS) for _ in range(330))
            doc, _ = project.add_document(f"Article {n}", text)
            for _ in range(per_document):
                tag = rnd.choice(tags)
                start = rnd.randrange(len(text) - 20)
                value = {"claim": '{"status": "true"}', "quote": '{"speaker": "Minister %d"}' % rnd.randrange(50),
                         "location": '{"place": "Kyiv"}' if rnd.random() < 0.5 else "{}"}.get(tag.name, "{}")
                stamp = f"2024-{rnd.randint(3, 4):02d}-{rnd.randint(1, 30):02d}T10:00:00.000Z"
                batch.append(Span(0, doc.id, tag.id, start, start + rnd.randint(3, 18), "", rnd.choice("abc"), stamp, stamp, value))
            if len(batch) >= 200_000:
                project.add_spans(batch)
                batch = []
        project.add_spans(batch)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--spans", type=int, default=1_000_000)
    args = parser.parse_args()
    path = Path(tempfile.mkdtemp()) / "big.newsmark"
    started = time.perf_counter()
    build(path, args.documents, args.spans, random.Random(5))
    print(f"built {args.documents:,} documents, {args.spans:,} spans in {time.perf_counter() - started:.1f} s")
    with Project.open(path, readonly=True) as project:
        started = time.perf_counter()
        keys = project.span_keys()
        baseline = time.perf_counter() - started
        started = time.perf_counter()
        stats = collect(project)
        collecting = time.perf_counter() - started
    started = time.perf_counter()
    html = html_report(stats)
    rendering = time.perf_counter() - started
    assert stats.spans == len(keys) or stats.spans >= len(keys)
    print(f"baseline: every span's key read into Python once   {baseline:6.2f} s")
    print(f"report:   every figure collected                   {collecting:6.2f} s  ({collecting / baseline:.2f}x the baseline)")
    print(f"report:   HTML with {html.count('<svg')} charts rendered               {rendering:6.2f} s  ({len(html) / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
