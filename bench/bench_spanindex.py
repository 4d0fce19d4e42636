"""Benchmark the span index with 200k overlapping spans over 10M characters, beside plain-list baselines.

Prints mean times, each beside a baseline measured in the same run:
  build           SpanIndex(spans)             vs sorted(spans) in (start, end, id) order
  viewport query  overlapping(a, a + 3000)     vs a linear scan of that sorted list
  add + remove    add() then remove() a span   vs insort + bisect + del on that sorted list
Usage: python bench/bench_spanindex.py [--spans 200000] [--chars 10000000] [--seed 3]
"""

from __future__ import annotations

import argparse
import bisect
import random
import time
from operator import attrgetter

from newsmark.core.model import Span
from newsmark.core.spanindex import SpanIndex

ORDER = attrgetter("start", "end", "id")
VIEWPORT = 3000


def make_spans(count: int, chars: int, rng: random.Random, first_id: int = 1) -> list[Span]:
    """Random spans: mostly words and sentences, some paragraphs, one in 10,000 up to the whole text."""
    spans = []
    for i in range(first_id, first_id + count):
        kind = rng.random()
        if kind < 0.0001:
            length = rng.randint(100_000, chars)  # a whole section or article: the case that breaks naive look-back
        elif kind < 0.05:
            length = rng.randint(600, 5000)
        else:
            length = rng.choice((rng.randint(3, 60), rng.randint(60, 600)))
        start = rng.randrange(chars - min(length, chars - 1))
        spans.append(Span(i, 1, rng.randint(1, 4), start, min(start + length, chars)))
    return spans


def mean_seconds(fn, args: list) -> float:
    """The mean wall time of ``fn(arg)`` over ``args``."""
    t0 = time.perf_counter()
    for arg in args:
        fn(arg)
    return (time.perf_counter() - t0) / len(args)


def main() -> None:
    """Run the three measurements and print them as a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--spans", type=int, default=200_000)
    parser.add_argument("--chars", type=int, default=10_000_000)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    spans = make_spans(args.spans, args.chars, rng)

    # (a) Bulk build: both sides start from the same unordered list.
    t0 = time.perf_counter()
    index = SpanIndex(spans)
    build = time.perf_counter() - t0
    t0 = time.perf_counter()
    plain = sorted(spans, key=ORDER)
    build_base = time.perf_counter() - t0

    # (b) Viewport query: many windows for the index; the scan is slow enough that a few give a stable mean.
    windows = [rng.randrange(args.chars - VIEWPORT) for _ in range(2000)]
    query = mean_seconds(lambda a: index.overlapping(a, a + VIEWPORT), windows)
    scan_windows = windows[:10]
    query_base = mean_seconds(lambda a: [s for s in plain if s.start < a + VIEWPORT and s.end > a], scan_windows)
    found = 0
    for a in scan_windows:
        expected = [s for s in plain if s.start < a + VIEWPORT and s.end > a]
        assert index.overlapping(a, a + VIEWPORT) == expected, "index and scan disagree"
        found += len(expected)

    # (c) One span added then removed, as an analyst's edit (and its undo) does.
    extras = make_spans(2000, args.chars, rng, first_id=args.spans + 1)
    add = mean_seconds(lambda s: (index.add(s), index.remove(s.id)), extras)

    def plain_add_remove(span: Span) -> None:
        bisect.insort(plain, span, key=ORDER)
        del plain[bisect.bisect_left(plain, ORDER(span), key=ORDER)]

    add_base = mean_seconds(plain_add_remove, extras)
    assert len(index) == len(plain) == args.spans

    long_spans = sum(1 for s in spans if s.end - s.start >= 100_000)
    print(f"{args.spans:,} spans ({long_spans} of 100k+ characters) over {args.chars / 1e6:g} M characters")
    print(f"viewport {VIEWPORT:,} characters, mean {found / len(scan_windows):.0f} spans found per query")
    print(f"{'':16}{'SpanIndex':>12}{'baseline':>14}{'index/base':>12}")
    rows = [
        ("build", build * 1e3, build_base * 1e3, "ms", "sorted() by (start, end, id)"),
        ("viewport query", query * 1e6, query_base * 1e6, "µs", "linear scan of the sorted list"),
        ("add + remove", add * 1e6, add_base * 1e6, "µs", "insort + bisect + del on the sorted list"),
    ]
    for name, ours, base, unit, what in rows:
        print(f"{name:16}{ours:>10.1f}{unit}{base:>12.1f}{unit}{ours / base:>11.4f}x   (baseline: {what})")


if __name__ == "__main__":
    main()
